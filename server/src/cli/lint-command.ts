/** `programmalint [paths]`: lint chapters as one workspace, print findings, optionally fix. */
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../../../package.json' with { type: 'json' };
import { type Finding, fixChapter } from '../service/index.js';
import type { LintArgs } from './args.js';
import { type FileReport, formatters } from './formatters/index.js';
import type { CliIo } from './io.js';
import { t } from './messages.js';
import { loadWorkspace, readMessage } from './workspace-loader.js';
import { writeFileAtomic } from './write-atomic.js';

/** Exit codes. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Runs the lint command. Returns the exit code. */
export async function lintCommand(args: LintArgs, io: CliIo): Promise<number> {
  const loaded = await loadWorkspace(args, io);
  if ('failed' in loaded) return EXIT_USAGE;
  const { index, linted, settingsFor, withBom, cliLocale } = loaded;
  let { readProblems } = loaded;

  const reports: FileReport[] = [];
  for (const path of linted) {
    const uri = pathToFileURL(path).href;
    let findings: Finding[] = index.lint(uri);
    if (args.fix) {
      const doc = index.get(uri)!;
      const fixed = fixChapter(doc, { ...settingsFor(path), workspace: index }, findings);
      if (fixed.applied > 0 && fixed.text !== doc.text) {
        try {
          await writeFileAtomic(path, (withBom.has(path) ? '\ufeff' : '') + fixed.text);
          index.set(uri, fixed.text, doc.version + 1);
          findings = index.lint(uri);
        } catch (error) {
          // This file keeps its findings unfixed; the other files are still fixed and reported.
          readProblems++;
          io.stderr(readMessage(relative(io.cwd, path), 'io', (error as Error).message, cliLocale));
        }
      }
    }
    if (args.quiet) findings = findings.filter((f) => f.severity === 'error');
    reports.push({ path: relative(io.cwd, path).split('\\').join('/'), findings });
  }

  const output = formatters[args.format](reports, {
    locale: cliLocale,
    cwd: io.cwd,
    color: io.color && !io.env.NO_COLOR,
    version: pkg.version,
  });
  if (output) io.stdout(output);

  if (linted.length === 0 && readProblems === 0 && args.format === 'stylish') {
    io.stderr(t(cliLocale, 'programmalint: geen Markdown-bestanden gevonden.\n', 'programmalint: no Markdown files found.\n'));
  }
  const all = reports.flatMap((r) => r.findings);
  // A file that could not be read or written is a failure of the run, whatever else was found.
  if (readProblems > 0) return EXIT_USAGE;
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return EXIT_FINDINGS;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.stderr(
      t(
        cliLocale,
        `programmalint: ${warnings} waarschuwingen, meer dan het maximum van ${args.maxWarnings}.\n`,
        `programmalint: ${warnings} warnings, more than the maximum of ${args.maxWarnings}.\n`,
      ),
    );
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}
