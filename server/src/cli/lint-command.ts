/**
 * `programmalint [paths]`: lint chapters as one workspace, print findings, optionally fix.
 *
 * Files are parsed and checked by the single-document rules on worker threads (see
 * worker-pool.ts); their models come back and form the workspace index, over which the
 * cross-document rules then run here, file by file in sorted order, with `--fix` applied in the
 * same order as a single-threaded run would.
 */
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../../../package.json' with { type: 'json' };
import { compareFindings } from '../service/finding.js';
import { type Finding, fixChapter, lintChapter, rules } from '../service/index.js';
import { fromTransferModel, parsedText } from '../service/model-transfer.js';
import type { AnalysisJob, ConfigSpec } from './analysis.js';
import type { LintArgs } from './args.js';
import { type FileReport, formatters } from './formatters/index.js';
import type { CliIo } from './io.js';
import { t } from './messages.js';
import { loadWorkspace, readMessage } from './workspace-loader.js';
import { analyseAll, threadCount } from './worker-pool.js';
import { writeFileAtomic } from './write-atomic.js';

const CROSS_RULES = rules.filter((r) => r.crossDocument);

/** Exit codes. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Runs the lint command. Returns the exit code. */
export async function lintCommand(args: LintArgs, io: CliIo): Promise<number> {
  const loaded = await loadWorkspace({ ...args, parse: false }, io);
  if ('failed' in loaded) return EXIT_USAGE;
  const { index, linted, settingsFor, configFor, texts, withBom, cliLocale } = loaded;
  let { readProblems } = loaded;

  // Every file read is analysed (parsed; the own files also linted), on worker threads when the run is large.
  const own = new Set(linted);
  const configs: ConfigSpec[] = [];
  const configIndex = new Map<string, number>();
  const jobs: AnalysisJob[] = [];
  const paths: string[] = [];
  for (const [path, text] of texts) {
    const { config, locale } = configFor(path);
    const key = JSON.stringify([config ?? null, locale]);
    let id = configIndex.get(key);
    if (id === undefined) {
      configIndex.set(key, (id = configs.length));
      configs.push({ config, locale });
    }
    jobs.push({ uri: pathToFileURL(path).href, text, config: id, lint: own.has(path) });
    paths.push(path);
  }
  const bytes = jobs.reduce((sum, job) => sum + job.text.length, 0);
  const results = await analyseAll(jobs, configs, threadCount(bytes, io.env));
  const single = new Map<string, Finding[]>();
  results.forEach((result, i) => {
    index.add(fromTransferModel(result.model, parsedText(jobs[i].text)));
    single.set(paths[i], result.findings);
  });

  const reports: FileReport[] = [];
  for (const path of linted) {
    const uri = pathToFileURL(path).href;
    const doc = index.get(uri)!;
    // The single-document findings with those of the cross-document rules, as lintChapter orders them.
    const cross = lintChapter(doc, { ...settingsFor(path), workspace: index, rules: CROSS_RULES });
    let findings: Finding[] = cross.length === 0 ? single.get(path)! : [...single.get(path)!, ...cross].sort(compareFindings);
    if (args.fix) {
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
