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
import { type Finding, rules } from '../service/index.js';
import { fromTransferModel, parsedText, type TransferModel } from '../service/model-transfer.js';
import { numbersOf, sourcesOf } from '../service/workspace.js';
import { analyse, type AnalysisJob, type ConfigSpec, SettingsTable } from './analysis.js';
import type { LintArgs } from './args.js';
import { type CacheEntry, cacheFile, cacheVersion, crossKey, entryKey, LintCache, packModel, type PartnerInfo, unpackModel } from './cache.js';
import { type FileReport, formatters } from './formatters/index.js';
import type { CliIo } from './io.js';
import { pick } from '../service/localize.js';
import { loadWorkspace, readMessage } from './workspace-loader.js';
import { analyseAll, threadCount } from './worker-pool.js';
import { writeFileAtomic } from './write-atomic.js';

const CROSS_RULES = rules.filter((r) => r.crossDocument);

/** Exit codes. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** One file of the run on its way through analysis, cache and cross-document rules. */
interface FileState {
  path: string;
  uri: string;
  text: string;
  config: number;
  /** Linted (one of the command's files), not only a counterpart. */
  lint: boolean;
  /** The cache key of its analysis ('' without --cache). */
  key: string;
  /** Its cache entry, when the key matched. */
  entry?: CacheEntry;
  findings: Finding[];
  partner: PartnerInfo;
  /** A model from this run's analysis (absent for a cache hit until needed). */
  model?: TransferModel;
  /** The cross-document findings (from the cache when it had them for the same counterparts). */
  cross?: Finding[];
  crossFromCache?: boolean;
  crossKey?: string;
}

function partnerOf(model: TransferModel): PartnerInfo {
  return { kind: model.kind, year: model.year, numbers: numbersOf(model) };
}

/** Runs the lint command. Returns the exit code. */
export async function lintCommand(args: LintArgs, io: CliIo): Promise<number> {
  const loaded = await loadWorkspace({ ...args, parse: false }, io);
  if ('failed' in loaded) return EXIT_USAGE;
  const { service, linted, configFor, texts, withBom, cliLocale } = loaded;
  let { readProblems } = loaded;
  const buildVersion = args.cache ? cacheVersion(pkg.version) : pkg.version;
  const cache = args.cache ? await LintCache.open(cacheFile(io.cwd, args.cacheLocation), buildVersion) : undefined;

  // Every file read is analysed (parsed; the own files also linted) unless the cache has it.
  const own = new Set(linted);
  const configs: ConfigSpec[] = [];
  const configIndex = new Map<string, number>();
  const files: FileState[] = [];
  for (const [path, text] of texts) {
    const { config, locale } = configFor(path);
    const configKey = JSON.stringify([config ?? null, locale]);
    let id = configIndex.get(configKey);
    if (id === undefined) {
      configIndex.set(configKey, (id = configs.length));
      configs.push({ config, locale });
    }
    const lint = own.has(path);
    const key = cache ? entryKey(buildVersion, configKey, text) : '';
    const entry = cache?.lookup(path, key, lint);
    files.push({ path, uri: pathToFileURL(path).href, text, config: id, lint, key, entry, findings: entry?.findings ?? [], partner: entry?.partner ?? { numbers: [] } });
  }
  const jobOf = (f: FileState): AnalysisJob => ({ uri: f.uri, text: f.text, config: f.config, lint: f.lint });
  const misses = files.filter((f) => !f.entry);
  const bytes = misses.reduce((sum, f) => sum + f.text.length, 0);
  const { results, workers } = await analyseAll(misses.map(jobOf), configs, threadCount(bytes, io.env));
  misses.forEach((f, i) => {
    f.findings = results[i].findings;
    f.model = results[i].model;
    f.partner = partnerOf(results[i].model);
  });

  // The counterparts of each linted file, from kind, year and numbers alone (no model needed).
  const filed = new Map<string, FileState[]>();
  for (const f of files) {
    const { kind, year, numbers } = f.partner;
    if (kind === undefined || year === undefined) continue;
    for (const n of numbers) {
      const key = `${kind}|${year}|${n}`;
      filed.set(key, [...(filed.get(key) ?? []), f]);
    }
  }
  const sources = (f: FileState): FileState[] => {
    const { kind, year, numbers } = f.partner;
    if (kind === undefined || year === undefined) return [];
    const found = new Set<FileState>();
    for (const source of sourcesOf(kind, year)) {
      for (const n of numbers) for (const other of filed.get(`${source.kind}|${source.year}|${n}`) ?? []) if (other !== f) found.add(other);
    }
    return [...found];
  };

  // The index holds the models the cross-document rules read: all of them without a cache or
  // with --fix (a fix changes what later files compare with), else those of the files whose
  // cross-document findings the cache does not have for these counterparts, and their counterparts.
  const needed = new Set<FileState>(!cache || args.fix ? files : []);
  for (const f of files) {
    if (!cache || !f.lint) continue;
    const theirs = sources(f);
    f.crossKey = crossKey(f.key, theirs);
    if (!args.fix && f.entry?.cross?.key === f.crossKey) {
      f.cross = f.entry.cross.findings;
      f.crossFromCache = true;
    }
    else for (const g of [f, ...theirs]) needed.add(g);
  }
  const settingsTable = new SettingsTable(configs);
  for (const f of needed) {
    let model = f.model ?? (f.entry ? unpackModel(f.entry.model) : undefined);
    if (!model) {
      // A damaged model in the cache: analyse the file again.
      const result = analyse(jobOf(f), settingsTable.get(f.config));
      f.entry = undefined;
      f.findings = result.findings;
      f.model = model = result.model;
    }
    service.add(fromTransferModel(model, parsedText(f.text)));
  }
  const byPath = new Map(files.map((f) => [f.path, f]));
  const fixedFiles = new Set<string>();

  const reports: FileReport[] = [];
  for (const path of linted) {
    const uri = pathToFileURL(path).href;
    const file = byPath.get(path)!;
    // The single-document findings with those of the cross-document rules, as lintChapter orders them.
    const cross = file.cross ?? service.lint(uri, { rules: CROSS_RULES });
    file.cross = cross;
    let findings: Finding[] = cross.length === 0 ? file.findings : [...file.findings, ...cross].sort(compareFindings);
    if (args.fix) {
      const doc = service.get(uri)!;
      const fixed = service.fix(uri, findings)!;
      if (fixed.applied > 0 && fixed.text !== doc.text) {
        try {
          await writeFileAtomic(path, (withBom.has(path) ? '\ufeff' : '') + fixed.text);
          service.set(uri, fixed.text, doc.version + 1);
          findings = service.lint(uri);
          fixedFiles.add(path);
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

  if (cache) {
    // A fixed file is analysed again next time; with --fix no cross-document findings are kept
    // (they were found against files fixed meanwhile).
    for (const f of files) {
      if (fixedFiles.has(f.path)) continue;
      const cross = f.lint && !args.fix && f.crossKey !== undefined ? { key: f.crossKey, findings: f.cross ?? [] } : f.lint ? undefined : f.entry?.cross;
      const unchanged = f.entry && f.entry.cross?.key === cross?.key && (f.entry.linted || !f.lint);
      cache.keep(
        f.path,
        unchanged
          ? f.entry!
          : { key: f.key, linted: f.lint || (f.entry?.linted ?? false), findings: f.findings, partner: f.partner, model: f.entry?.model ?? packModel(f.model!), cross },
      );
    }
    try {
      await cache.save();
    } catch (error) {
      io.stderr(
        pick(
          cliLocale,
          `programmalint: kan de cache ${relative(io.cwd, cache.file)} niet schrijven: ${(error as Error).message}\n`,
          `programmalint: cannot write the cache ${relative(io.cwd, cache.file)}: ${(error as Error).message}\n`,
        ),
      );
    }
  }

  if (io.env.PROGRAMMALINT_STATS) {
    // Statistics for whoever wants to see what the cache and the threads did (tests, the bench).
    const checked = files.filter((f) => f.lint).length;
    const reused = files.filter((f) => f.lint && f.crossFromCache).length;
    const analysed = files.filter((f) => !f.entry).length;
    io.stderr(
      `programmalint: ${files.length} files read, ${analysed} analysed (${workers} worker threads), ` +
        `${files.length - analysed} from the cache; cross-document rules run for ${checked - reused} of ${checked}\n`,
    );
  }

  const output = formatters[args.format](reports, {
    locale: cliLocale,
    cwd: io.cwd,
    color: io.color && !io.env.NO_COLOR,
    version: pkg.version,
  });
  if (output) io.stdout(output);

  if (linted.length === 0 && readProblems === 0 && args.format === 'stylish') {
    io.stderr(pick(cliLocale, 'programmalint: geen Markdown-bestanden gevonden.\n', 'programmalint: no Markdown files found.\n'));
  }
  const all = reports.flatMap((r) => r.findings);
  // A file that could not be read or written is a failure of the run, whatever else was found.
  if (readProblems > 0) return EXIT_USAGE;
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return EXIT_FINDINGS;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.stderr(
      pick(
        cliLocale,
        `programmalint: ${warnings} waarschuwingen, meer dan het maximum van ${args.maxWarnings}.\n`,
        `programmalint: ${warnings} warnings, more than the maximum of ${args.maxWarnings}.\n`,
      ),
    );
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}
