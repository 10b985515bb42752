/** `programmalint import [FILE.txt] [-o OUT.md]`: a chapter copied from the web or a PDF → the dialect. */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { vocabularyFor } from '../service/index.js';
import { ConfigError, ConfigLoader } from './config-loader.js';
import { importChapter } from '../import/import-chapter.js';
import type { ImportArgs } from './args.js';
import type { CliIo } from './io.js';
import { localeFromEnv } from './locale.js';
import { t } from './messages.js';

/** Runs the import command. Problems go to stderr with input line numbers; exit 2 on read/write errors. */
export async function importCommand(args: ImportArgs, io: CliIo): Promise<number> {
  const locale = args.lang ?? localeFromEnv(io.env) ?? 'nl';
  let text: string;
  const name = args.input ?? '-';
  try {
    text = args.input && args.input !== '-' ? await readFile(resolve(io.cwd, args.input), 'utf8') : await io.readStdin();
  } catch (error) {
    io.stderr(`${name}: ${t(locale, 'kan niet lezen', 'cannot read')}: ${(error as Error).message}\n`);
    return 2;
  }
  // The configuration that applies where the output goes decides the vocabulary (column words).
  let vocabulary;
  try {
    const target = resolve(io.cwd, args.output ?? args.input ?? join(io.cwd, 'chapter.md'));
    vocabulary = vocabularyFor(new ConfigLoader().forFile(join(dirname(target), basename(target))).config);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const p of error.problems) {
      io.stderr(`${error.file}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message[locale]}\n`);
    }
    return 2;
  }
  const result = importChapter(text, { fileName: args.input ? basename(args.input) : undefined, vocabulary });
  for (const problem of result.problems) io.stderr(`${name}:${problem.line}: ${problem.message[locale]}\n`);
  if (args.output) {
    try {
      await writeFile(resolve(io.cwd, args.output), result.markdown, 'utf8');
    } catch (error) {
      io.stderr(`${args.output}: ${t(locale, 'kan niet schrijven', 'cannot write')}: ${(error as Error).message}\n`);
      return 2;
    }
  } else {
    io.stdout(result.markdown);
  }
  return 0;
}
