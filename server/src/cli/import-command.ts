/** `programmalint import [FILE.txt] [-o OUT.md] [--profile NAME]`: a chapter copied from the web or a PDF → the dialect. */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { vocabularyFor } from '../service/index.js';
import { profileNames, profiles } from '../service/profiles.js';
import { CliConfigs, ConfigError, reportConfigError } from './config.js';
import { profileArgument, profileCandidates } from '../import/choose-profile.js';
import { type ImportOptions, importChapter } from '../import/import-chapter.js';
import type { ImportArgs } from './args.js';
import type { CliIo } from './io.js';
import { cliLocale } from './locale.js';
import { pick } from '../service/localize.js';

/**
 * Runs the import command. Problems go to stderr with input line numbers; exit 2 on read/write
 * errors and on an unknown `--profile`. The text is read with `--profile` when given (it replaces
 * the configuration's profile), else with the configuration's profile; with neither, the built-in
 * profile that recognises the most column headers is used when the configured words recognise none.
 */
export async function importCommand(args: ImportArgs, io: CliIo): Promise<number> {
  const locale = cliLocale(args.lang, io.env);
  let chosen: string[] | undefined;
  if (args.profile !== undefined) {
    const { names, unknown } = profileArgument(args.profile);
    if (unknown.length > 0 || names.length === 0) {
      const known = profiles.map((p) => p.name).join(', ');
      const what = unknown.length > 0 ? unknown.map((n) => `'${n}'`).join(', ') : `'${args.profile}'`;
      io.stderr(
        `programmalint: --profile: ${pick(locale, `onbekend profiel ${what}; bekende profielen: ${known}`, `unknown profile ${what}; known profiles: ${known}`)}\n` +
          `${pick(locale, 'Zie programmalint --help.', 'See programmalint --help.')}\n`,
      );
      return 2;
    }
    chosen = names;
  }
  let text: string;
  const name = args.input ?? '-';
  try {
    text = args.input && args.input !== '-' ? await readFile(resolve(io.cwd, args.input), 'utf8') : await io.readStdin();
  } catch (error) {
    io.stderr(`${name}: ${pick(locale, 'kan niet lezen', 'cannot read')}: ${(error as Error).message}\n`);
    return 2;
  }
  // The configuration that applies where the output goes decides the vocabulary (column words).
  const options: ImportOptions = { fileName: args.input ? basename(args.input) : undefined };
  try {
    const target = resolve(io.cwd, args.output ?? args.input ?? join(io.cwd, 'chapter.md'));
    const config = new CliConfigs().forFile(join(dirname(target), basename(target)))?.config;
    if (chosen) {
      options.vocabulary = vocabularyFor({ ...(config ?? {}), profile: chosen });
    } else {
      options.vocabulary = vocabularyFor(config);
      // No profile anywhere: a new user's text may be in another municipality's layout.
      if (profileNames(config?.profile).length === 0) options.candidates = profileCandidates(config);
    }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    reportConfigError(error, io, locale);
    return 2;
  }
  const result = importChapter(text, options);
  for (const problem of result.problems) io.stderr(`${name}:${problem.line}: ${problem.message[locale]}\n`);
  if (args.output) {
    try {
      await writeFile(resolve(io.cwd, args.output), result.markdown, 'utf8');
    } catch (error) {
      io.stderr(`${args.output}: ${pick(locale, 'kan niet schrijven', 'cannot write')}: ${(error as Error).message}\n`);
      return 2;
    }
  } else {
    io.stdout(result.markdown);
  }
  return 0;
}
