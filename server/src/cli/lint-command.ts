/** `programmalint [paths]`: lint chapters as one workspace, print findings, optionally fix. */
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../../../package.json' with { type: 'json' };
import {
  type Finding,
  fixChapter,
  type LintSettings,
  type Locale,
  settingsFromConfig,
} from '../service/index.js';
import { WorkspaceIndex } from '../service/workspace.js';
import type { LintArgs } from './args.js';
import { ConfigError, ConfigLoader } from './config-loader.js';
import { expandPatterns, MissingPathError, readChapter } from './files.js';
import { type FileReport, formatters } from './formatters/index.js';
import type { CliIo } from './io.js';
import { localeFromEnv } from './locale.js';
import { writeFileAtomic } from './write-atomic.js';
import { t } from './messages.js';

/** Exit codes. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Runs the lint command. Returns the exit code. */
export async function lintCommand(args: LintArgs, io: CliIo): Promise<number> {
  const envLocale = localeFromEnv(io.env);
  // The CLI's own messages use --lang, else the environment; findings may follow a config's locale.
  const cliLocale: Locale = args.lang ?? envLocale ?? 'nl';
  const loader = new ConfigLoader(args.config ? relativeTo(io.cwd, args.config) : undefined);

  let files: string[];
  let counterparts: string[] = [];
  try {
    files = await expandPatterns(args.patterns, io.cwd);
    if (args.workspace) counterparts = await expandPatterns([args.workspace], io.cwd);
  } catch (error) {
    if (error instanceof MissingPathError) {
      io.stderr(t(cliLocale, `programmalint: niets gevonden voor '${error.pattern}'.\n`, `programmalint: nothing found for '${error.pattern}'.\n`));
      return EXIT_USAGE;
    }
    throw error;
  }

  // Settings per file, from its configuration; a bad configuration stops the run (exit 2).
  const settingsByFile = new Map<string, LintSettings>();
  const localeOf = (config: { locale?: Locale } | undefined): Locale => args.lang ?? config?.locale ?? envLocale ?? 'nl';
  const settingsFor = (path: string): LintSettings => {
    let settings = settingsByFile.get(path);
    if (!settings) {
      const { config } = loader.forFile(path);
      settings = settingsFromConfig(config, localeOf(config));
      settingsByFile.set(path, settings);
    }
    return settings;
  };
  const pathOf = new Map<string, string>();
  const index = new WorkspaceIndex({ settingsFor: (uri) => settingsFor(pathOf.get(uri) ?? uri) });

  // A configuration's `ignore` applies to files found by walking folders and globs; a folder or
  // file named on the command line that lies inside an ignored path is linted all the same.
  const named = [...args.patterns, ...(args.workspace ? [args.workspace] : [])].map((p) => resolve(io.cwd, p));
  const isIgnored = (path: string): boolean => {
    const config = loader.forFile(path);
    if (!config.ignores(path)) return false;
    return !named.some((p) => (path === p || path.startsWith(p + sep)) && config.ignores(join(p, '_')));
  };
  const linted: string[] = [];
  // Files that start with a byte order mark keep it when --fix rewrites them.
  const withBom = new Set<string>();
  let readProblems = 0;
  try {
    if (args.config) loader.forFile(io.cwd);
    const all = [...new Set([...files, ...counterparts])];
    for (const path of all) {
      const own = files.includes(path);
      if (isIgnored(path)) continue;
      const read = await readChapter(path);
      if (!read.ok) {
        if (own) {
          readProblems++;
          io.stderr(readMessage(relative(io.cwd, path), read.reason, read.detail, cliLocale));
        }
        continue;
      }
      const uri = pathToFileURL(path).href;
      pathOf.set(uri, path);
      if (read.text.charCodeAt(0) === 0xfeff) withBom.add(path);
      index.set(uri, read.text);
      if (own) linted.push(path);
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      const where = relative(io.cwd, error.file) || error.file;
      for (const p of error.problems) {
        const loc = `${where}:${p.range.start.line + 1}:${p.range.start.character + 1}`;
        io.stderr(`${loc}: ${t(cliLocale, 'configuratiefout', 'configuration error')}${p.key ? ` (${p.key})` : ''}: ${p.message[cliLocale]}\n`);
      }
      return EXIT_USAGE;
    }
    throw error;
  }

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

function relativeTo(cwd: string, path: string): string {
  return new URL(path, pathToFileURL(cwd.endsWith('/') ? cwd : cwd + '/')).pathname;
}

function readMessage(path: string, reason: string, detail: string | undefined, locale: Locale): string {
  const nl: Record<string, string> = {
    binary: 'overgeslagen: dit is geen tekstbestand',
    encoding: 'overgeslagen: geen geldige UTF-8-tekst',
    'too-large': `overgeslagen: te groot (${detail} bytes)`,
    io: `kan niet lezen of schrijven: ${detail}`,
  };
  const en: Record<string, string> = {
    binary: 'skipped: not a text file',
    encoding: 'skipped: not valid UTF-8 text',
    'too-large': `skipped: too large (${detail} bytes)`,
    io: `cannot read or write: ${detail}`,
  };
  return `${path}: ${(locale === 'nl' ? nl : en)[reason]}\n`;
}
