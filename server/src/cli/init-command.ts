/**
 * `programmalint init [chapters or folders] [-o FILE] [--force] [--profile NAME]`: learns a
 * municipality's configuration from its existing chapters (Markdown, or flattened website text
 * as `import` takes) and writes a commented `.programmalintrc.json`.
 */
import { access, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { nodeFileSystem } from '../node-file-system.js';
import { MARKDOWN_EXTENSIONS } from '../service/chapter-files.js';
import { readChapter } from '../service/file-system.js';
import { CONFIG_FILE_NAME, type Locale } from '../service/index.js';
import { commentedJson } from '../service/init/commented-json.js';
import { type ChapterSource, learnConfig } from '../service/init/learn-config.js';
import { count, pick } from '../service/localize.js';
import { profileByName, profiles } from '../service/profiles.js';
import type { InitArgs } from './args.js';
import { expandPatterns, MissingPathError } from './files.js';
import { placeOf } from './formatters/report.js';
import type { CliIo } from './io.js';
import { EXIT_USAGE } from './lint-command.js';
import { cliLocale } from './locale.js';
import { skippedMessage } from './workspace-loader.js';

/** How many remaining findings the summary lists before it says "and N more". */
const LISTED = 20;

/** Runs the init command. Exit 0 when a configuration was written, 2 on usage and read errors. */
export async function initCommand(args: InitArgs, io: CliIo): Promise<number> {
  const locale: Locale = cliLocale(args.lang, io.env);
  if (args.profile !== undefined && !profileByName(args.profile)) {
    io.stderr(
      pick(locale, `programmalint init: onbekend profiel '${args.profile}'. Bekend: `, `programmalint init: unknown profile '${args.profile}'. Known: `) +
        profiles.map((p) => p.name).join(', ') +
        '\n',
    );
    return EXIT_USAGE;
  }
  const output = resolve(io.cwd, args.output ?? CONFIG_FILE_NAME);
  if (!args.force && (await exists(output))) {
    io.stderr(
      pick(
        locale,
        `programmalint init: ${relative(io.cwd, output) || output} bestaat al; gebruik --force om het te overschrijven.\n`,
        `programmalint init: ${relative(io.cwd, output) || output} exists already; use --force to overwrite it.\n`,
      ),
    );
    return EXIT_USAGE;
  }

  let paths: string[];
  try {
    paths = await expandPatterns(args.patterns, io.cwd, { extensions: [...MARKDOWN_EXTENSIONS, 'txt'] });
  } catch (error) {
    if (error instanceof MissingPathError) {
      io.stderr(pick(locale, `programmalint init: niets gevonden voor '${error.pattern}'.\n`, `programmalint init: nothing found for '${error.pattern}'.\n`));
      return EXIT_USAGE;
    }
    throw error;
  }
  const sources: ChapterSource[] = [];
  for (const path of paths) {
    if (path === output) continue;
    const read = await readChapter(nodeFileSystem, path);
    const name = relative(io.cwd, path).split('\\').join('/');
    if (!read.ok) {
      io.stderr(skippedMessage(name, read, locale));
      continue;
    }
    sources.push({ name, text: read.text, markdown: !/\.txt$/i.test(path) });
  }
  if (sources.length === 0) {
    io.stderr(pick(locale, 'programmalint init: geen hoofdstukken gevonden (.md of .txt).\n', 'programmalint init: no chapters found (.md or .txt).\n'));
    return EXIT_USAGE;
  }

  const result = learnConfig(sources, { profile: args.profile, locale });
  const comments = new Map<string, string>();
  for (const item of result.learned) comments.set(item.key, item.what[locale]);
  const header = [
    pick(
      locale,
      `Geschreven door 'programmalint init' uit ${count(locale, sources.length, ['hoofdstuk', 'hoofdstukken'], ['chapter', 'chapters'])}. Pas gerust aan: zie docs/profiles.md.`,
      `Written by 'programmalint init' from ${count(locale, sources.length, ['hoofdstuk', 'hoofdstukken'], ['chapter', 'chapters'])}. Edit as you like: see docs/profiles.md.`,
    ),
  ];
  const text = commentedJson(result.config, comments, header);
  try {
    await writeFile(output, text, 'utf8');
  } catch (error) {
    io.stderr(`${relative(io.cwd, output) || output}: ${pick(locale, 'kan niet schrijven', 'cannot write')}: ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }

  const lines: string[] = [];
  lines.push(pick(locale, `${relative(io.cwd, output) || output} geschreven.`, `Wrote ${relative(io.cwd, output) || output}.`));
  lines.push(pick(locale, 'Herkend:', 'Recognised:'));
  for (const item of result.learned) lines.push(`  - ${item.what[locale]}`);
  if (result.unknownHeaders.length > 0) {
    lines.push(pick(locale, 'Niet herkend (kolomkoppen):', 'Not recognised (column headers):'));
    for (const { header: h, count } of result.unknownHeaders) lines.push(`  - '${h}'${count > 1 ? ` (${count}×)` : ''}`);
  }
  const left = result.evaluation.chapters.flatMap((c) =>
    c.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => ({ chapter: c.source.name, finding: f })),
  );
  if (left.length === 0) {
    lines.push(pick(locale, 'Met deze configuratie geven de hoofdstukken geen fouten of waarschuwingen.', 'With this configuration the chapters give no errors or warnings.'));
  } else {
    lines.push(
      pick(
        locale,
        `Nog ${count(locale, left.length, ['melding', 'meldingen'], ['finding', 'findings'])} (echte fouten in de tekst, of iets wat init niet kon leren):`,
        `${count(locale, left.length, ['melding', 'meldingen'], ['finding', 'findings'])} left (real mistakes in the text, or something init could not learn):`,
      ),
    );
    for (const { chapter, finding } of left.slice(0, LISTED)) {
      // Imported text has no lines of its own to point at; name the chapter only.
      const where = /\.txt$/i.test(chapter) ? chapter : placeOf(chapter, finding.range);
      lines.push(`  ${where} ${finding.rule}: ${finding.message}`);
    }
    if (left.length > LISTED) lines.push(pick(locale, `  … en nog ${left.length - LISTED}`, `  … and ${left.length - LISTED} more`));
  }
  io.stdout(lines.join('\n') + '\n');
  return 0;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
