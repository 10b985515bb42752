/** `programmalint report [paths] [-o report.html] [--format html|md|json]`: the indicator report. */
import { writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderReportHtml, renderReportJson, renderReportMarkdown } from '../service/report/index.js';
import type { ReportArgs } from './args.js';
import type { CliIo } from './io.js';
import { pick } from '../service/localize.js';
import { loadWorkspace, readMessage } from './workspace-loader.js';

/**
 * Runs the report command: reads the chapters as one workspace (so the cross-document findings
 * are in it) and writes the report to `-o` or stdout. Links point at the chapters relative to
 * the report's folder (or the current folder for stdout). Exit 0, or 2 on usage, configuration,
 * read or write errors (the report is written all the same when a chapter could not be read).
 */
export async function reportCommand(args: ReportArgs, io: CliIo): Promise<number> {
  const loaded = await loadWorkspace({ patterns: args.patterns, config: args.config, lang: args.lang }, io);
  if ('failed' in loaded) return 2;
  const { service, linted, readProblems, cliLocale } = loaded;

  const output = args.output !== undefined && args.output !== '-' ? resolve(io.cwd, args.output) : undefined;
  const base = output ? dirname(output) : io.cwd;
  const file = (uri: string): string => {
    try {
      return relative(base, fileURLToPath(uri)).split(sep).join('/');
    } catch {
      return uri;
    }
  };
  const uris = linted.map((path) => pathToFileURL(path).href);
  const model = service.report(uris, { locale: cliLocale, file });
  const text = args.format === 'json' ? renderReportJson(model) : args.format === 'md' ? renderReportMarkdown(model) : renderReportHtml(model);

  if (output) {
    try {
      await writeFile(output, text, 'utf8');
    } catch (error) {
      io.stderr(readMessage(relative(io.cwd, output) || output, 'io', (error as Error).message, cliLocale));
      return 2;
    }
  } else {
    io.stdout(text);
  }
  if (linted.length === 0 && readProblems === 0) {
    io.stderr(pick(cliLocale, 'programmalint: geen Markdown-bestanden gevonden.\n', 'programmalint: no Markdown files found.\n'));
  }
  return readProblems > 0 ? 2 : 0;
}
