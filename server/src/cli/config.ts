/**
 * The CLI's use of the one configuration resolver (service/config-resolver.ts): a configuration
 * that cannot be used (not valid, not readable, `--config` missing) stops the command with its
 * problems on stderr, `file:line:column: configuratiefout (key): message`, and exit code 2.
 */
import { relative } from 'node:path';
import { type ConfigProblem, type Locale } from '../service/index.js';
import { configProblems, type LoadedConfig, ConfigResolver } from '../service/config-resolver.js';
import { pick } from '../service/localize.js';
import { nodeFileSystem } from '../node-file-system.js';
import { placeOf } from './formatters/report.js';
import type { CliIo } from './io.js';

/** A configuration file that cannot be used: exit code 2. */
export class ConfigError extends Error {
  readonly problems: ConfigProblem[];

  constructor(readonly loaded: LoadedConfig) {
    super(loaded.path);
    this.problems = configProblems(loaded);
  }
}

/** Finds the configuration of the CLI's files (or takes `--config`), and refuses one that cannot be used. */
export class CliConfigs {
  private readonly resolver: ConfigResolver;

  /** @param explicit the absolute path of `--config`, if given */
  constructor(explicit?: string) {
    this.resolver = new ConfigResolver({ fileSystem: nodeFileSystem, explicit });
  }

  /** The configuration file that applies to a file, if any. Throws {@link ConfigError}. */
  forFile(path: string): LoadedConfig | undefined {
    const loaded = this.resolver.forDocument(path);
    if (loaded && loaded.state !== 'valid') throw new ConfigError(loaded);
    return loaded;
  }
}

/** Writes a configuration's problems to stderr, each with the file, line and column. */
export function reportConfigError(error: ConfigError, io: CliIo, locale: Locale): void {
  const where = relative(io.cwd, error.loaded.path) || error.loaded.path;
  for (const p of error.problems) {
    const label = pick(locale, 'configuratiefout', 'configuration error');
    io.stderr(`${placeOf(where, p.range)}: ${label}${p.key ? ` (${p.key})` : ''}: ${p.message[locale]}\n`);
  }
}
