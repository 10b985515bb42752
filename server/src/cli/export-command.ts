/** `programmalint export CHAPTER.md [-o OUT] [--format html|docx]`: a chapter for the publishing platform. */
import { stat, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { withoutChapterExtension } from '../service/chapter-files.js';
import type { ExportArgs } from './args.js';
import type { CliIo } from './io.js';
import { cliLocale as cliLocaleOf } from './locale.js';
import { count, pick } from '../service/localize.js';
import { loadWorkspace, readMessage } from './workspace-loader.js';

/**
 * Runs the export command. Without `-o` the export goes next to the chapter, with the format's
 * extension (`rekening-2018.md` → `rekening-2018.docx`); `-o -` writes HTML to stdout. A chapter
 * with errors is exported all the same, with a warning on stderr. Exit 0, or 2 on usage,
 * configuration, read or write errors.
 */
export async function exportCommand(args: ExportArgs, io: CliIo): Promise<number> {
  const cliLocale = cliLocaleOf(args.lang, io.env);
  const info = await stat(resolve(io.cwd, args.input)).catch(() => undefined);
  if (info?.isDirectory()) {
    io.stderr(pick(cliLocale, `programmalint: export neemt één hoofdstuk, geen map: '${args.input}'.\n`, `programmalint: export takes one chapter, not a folder: '${args.input}'.\n`));
    return 2;
  }
  if (args.output === '-' && args.format === 'docx') {
    io.stderr(pick(cliLocale, 'programmalint: een Word-bestand kan niet naar de standaarduitvoer; geef -o BESTAND.docx.\n', 'programmalint: a Word file cannot go to standard output; give -o FILE.docx.\n'));
    return 2;
  }
  const loaded = await loadWorkspace({ patterns: [args.input], config: args.config, lang: args.lang }, io);
  if ('failed' in loaded) return 2;
  const path = loaded.linted[0];
  if (path === undefined) return 2; // unreadable: reported by the loader
  const uri = pathToFileURL(path).href;
  const doc = loaded.service.get(uri)!;

  const errors = loaded.service.lint(uri).filter((f) => f.severity === 'error').length;
  const name = relative(io.cwd, path) || path;
  if (errors > 0) {
    const n = count(loaded.cliLocale, errors, ['fout', 'fouten'], ['error', 'errors']);
    io.stderr(
      pick(
        loaded.cliLocale,
        `programmalint: ${name} heeft ${n} (zie programmalint ${args.input}); het hoofdstuk is toch geëxporteerd.\n`,
        `programmalint: ${name} has ${n} (see programmalint ${args.input}); the chapter was exported all the same.\n`,
      ),
    );
  }

  // Loaded on demand: the Word writer is large, and no other command needs it.
  const content: string | Uint8Array =
    args.format === 'docx'
      ? await (await import('../service/export/export-docx.js')).exportDocx(doc)
      : (await import('../service/export/export-html.js')).exportHtml(doc);
  if (args.output === '-') {
    io.stdout(content as string);
    return 0;
  }
  const output = resolve(io.cwd, args.output ?? withoutChapterExtension(path) + (args.format === 'docx' ? '.docx' : '.html'));
  if (output === path) {
    io.stderr(pick(loaded.cliLocale, `programmalint: de export zou het hoofdstuk zelf overschrijven: '${name}'.\n`, `programmalint: the export would overwrite the chapter itself: '${name}'.\n`));
    return 2;
  }
  try {
    await writeFile(output, content);
  } catch (error) {
    io.stderr(readMessage(relative(io.cwd, output) || output, 'io', (error as Error).message, loaded.cliLocale));
    return 2;
  }
  return 0;
}
