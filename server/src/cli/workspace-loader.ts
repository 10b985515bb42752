/**
 * Reading chapters into a language service (service/language-service.ts), as every command that
 * looks at more than one chapter needs it (lint, report, export): paths, folders and globs
 * expanded, configurations resolved per file (service/config-resolver.ts), a configuration's
 * `ignore` applied, chapters read by the one chapter reader, unreadable files reported on stderr.
 */
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Config, type LintSettings, type Locale, settingsFromConfig } from '../service/index.js';
import { type ReadFailure, readFailureText } from '../service/file-system.js';
import { createLanguageService, type LanguageService } from '../service/language-service.js';
import { pick } from '../service/localize.js';
import { nodeFileSystem } from '../node-file-system.js';
import { CliConfigs, ConfigError, reportConfigError } from './config.js';
import { expandPatterns, MissingPathError } from './files.js';
import type { CliIo } from './io.js';
import { cliLocale as cliLocaleOf, findingsLocale } from './locale.js';

/** What to read. */
export interface LoadOptions {
  /** The chapters of the command (files, folders, globs; none = every chapter, `.md` or `.markdown`, below the current folder). */
  patterns: string[];
  /** A folder (or glob) whose chapters are read as counterparts only (`--workspace`). */
  workspace?: string;
  /** `--config`. */
  config?: string;
  /** `--lang`. */
  lang?: Locale;
  /** False: read the texts only (`texts`), leaving the service's index empty for the caller to fill. */
  parse?: boolean;
}

/** A workspace read from disk. */
export interface LoadedWorkspace {
  /** The language service over the chapters read (file uris). */
  service: LanguageService;
  /** The command's own chapters that could be read, absolute paths in sorted order. */
  linted: string[];
  /** The lint settings of a file (from its configuration). */
  settingsFor(path: string): LintSettings;
  /** The configuration of a file and the locale of its findings: what its settings are made from. */
  configFor(path: string): { config?: Config; file?: string; locale: Locale };
  /** Every file read (the command's own and the counterparts), path → text as read. */
  texts: Map<string, string>;
  /** Files that start with a byte order mark (kept when a fix rewrites them). */
  withBom: Set<string>;
  /** How many of the command's own files, and folders of the walk, could not be read (reported on stderr). */
  readProblems: number;
  /** The language of the CLI's own messages: --lang, else the environment, else Dutch. */
  cliLocale: Locale;
}

/** The load failed: a usage or configuration error, already reported on stderr (exit code 2). */
export interface LoadFailure {
  failed: true;
}

/**
 * Reads the chapters of `options` (and the counterparts of `--workspace`) into a workspace index.
 * A path that matches nothing or a bad configuration is reported on stderr and fails the load.
 */
export async function loadWorkspace(options: LoadOptions, io: CliIo): Promise<LoadedWorkspace | LoadFailure> {
  // The CLI's own messages use --lang, else the environment; findings may follow a config's locale.
  const cliLocale = cliLocaleOf(options.lang, io.env);
  const loader = new CliConfigs(options.config ? relativeTo(io.cwd, options.config) : undefined);

  let files: string[];
  let counterparts: string[] = [];
  // A folder the walk cannot enter leaves chapters out: that fails the run like an unreadable file.
  let unreadableFolders = 0;
  const onUnreadableFolder = (path: string, code: string) => {
    unreadableFolders++;
    io.stderr(readMessage(relative(io.cwd, path) || '.', 'folder', code, cliLocale));
  };
  try {
    files = await expandPatterns(options.patterns, io.cwd, { onUnreadableFolder });
    if (options.workspace) counterparts = await expandPatterns([options.workspace], io.cwd, { onUnreadableFolder });
  } catch (error) {
    if (error instanceof MissingPathError) {
      io.stderr(pick(cliLocale, `programmalint: niets gevonden voor '${error.pattern}'.\n`, `programmalint: nothing found for '${error.pattern}'.\n`));
      return { failed: true };
    }
    throw error;
  }

  // Settings per file, from its configuration; a bad configuration stops the run (exit 2).
  const settingsByFile = new Map<string, LintSettings>();
  const localeOf = (config: Config | undefined): Locale => findingsLocale(options.lang, config?.locale, io.env);
  const settingsFor = (path: string): LintSettings => {
    let settings = settingsByFile.get(path);
    if (!settings) {
      const config = loader.forFile(path)?.config;
      settings = settingsFromConfig(config, localeOf(config));
      settingsByFile.set(path, settings);
    }
    return settings;
  };
  const pathOf = new Map<string, string>();
  const service = createLanguageService({ fileSystem: nodeFileSystem, settings: (uri) => settingsFor(pathOf.get(uri) ?? uri) });

  // A configuration's `ignore` applies to files found by walking folders and globs; a folder or
  // file named on the command line that lies inside an ignored path is read all the same.
  const named = [...options.patterns, ...(options.workspace ? [options.workspace] : [])].map((p) => resolve(io.cwd, p));
  const isIgnored = (path: string): boolean => {
    const config = loader.forFile(path);
    if (!config?.ignores(path)) return false;
    return !named.some((p) => (path === p || path.startsWith(p + sep)) && config.ignores(join(p, '_')));
  };
  const linted: string[] = [];
  const texts = new Map<string, string>();
  const withBom = new Set<string>();
  let readProblems = unreadableFolders;
  try {
    if (options.config) loader.forFile(io.cwd);
    const all = [...new Set([...files, ...counterparts])];
    const ownFiles = new Set(files);
    for (const path of all) {
      const own = ownFiles.has(path);
      if (isIgnored(path)) continue;
      // Read synchronously: the CLI has nothing else to do meanwhile, and one awaited read after
      // another costs a round trip through libuv's thread pool per file (most of a warm --cache run).
      const read = service.readChapterSync(path);
      if (!read.ok) {
        if (own) {
          readProblems++;
          io.stderr(skippedMessage(relative(io.cwd, path), read, cliLocale));
        }
        continue;
      }
      const uri = pathToFileURL(path).href;
      pathOf.set(uri, path);
      if (read.text.charCodeAt(0) === 0xfeff) withBom.add(path);
      texts.set(path, read.text);
      if (options.parse !== false) service.set(uri, read.text);
      if (own) linted.push(path);
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      reportConfigError(error, io, cliLocale);
      return { failed: true };
    }
    throw error;
  }
  const configFor = (path: string) => {
    const loaded = loader.forFile(path);
    return { config: loaded?.config, file: loaded?.path, locale: localeOf(loaded?.config) };
  };
  return { service, linted, settingsFor, configFor, texts, withBom, readProblems, cliLocale };
}

/** An absolute path for a path given on the command line. */
export function relativeTo(cwd: string, path: string): string {
  return new URL(path, pathToFileURL(cwd.endsWith('/') ? cwd : cwd + '/')).pathname;
}

/** The message for a chapter the reader refused: skipped, and why. */
export function skippedMessage(path: string, failure: ReadFailure, locale: Locale): string {
  // An I/O error is said as for a write: the file system failed, not the file's content.
  if (failure.reason === 'io') return readMessage(path, 'io', failure.detail, locale);
  return `${path}: ${pick(locale, 'overgeslagen', 'skipped')}: ${readFailureText(failure)[locale]}\n`;
}

/** The message for a file or folder that could not be read, or a file that could not be written. */
export function readMessage(path: string, reason: 'folder' | 'io', detail: string | undefined, locale: Locale): string {
  const text =
    reason === 'folder'
      ? pick(locale, `kan de map niet lezen (${detail}); de hoofdstukken erin zijn niet gecontroleerd`, `cannot read the folder (${detail}); the chapters in it were not checked`)
      : pick(locale, `kan niet lezen of schrijven: ${detail}`, `cannot read or write: ${detail}`);
  return `${path}: ${text}\n`;
}
