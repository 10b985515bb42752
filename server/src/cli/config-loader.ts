/** Finds and loads `.programmalintrc.json` from a file's folder upwards (or the one given by --config). */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import picomatch from 'picomatch';
import { type Config, CONFIG_FILE_NAME, type ConfigProblem, parseConfig } from '../service/index.js';

/** A configuration file that cannot be used: exit code 2. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ConfigProblem[],
  ) {
    super(file);
  }
}

export interface LoadedConfig {
  config?: Config;
  /** The file it came from, absent when none was found. */
  file?: string;
  /** Whether a path falls under the configuration's `ignore` globs. */
  ignores(path: string): boolean;
}

const NONE: LoadedConfig = { ignores: () => false };

/** Loads configurations, caching per folder and per file. */
export class ConfigLoader {
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly byDir = new Map<string, LoadedConfig>();

  constructor(private readonly explicit?: string) {}

  /** The configuration that applies to a file. Throws {@link ConfigError}. */
  forFile(path: string): LoadedConfig {
    if (this.explicit) return this.load(this.explicit, true);
    return this.forDir(dirname(path));
  }

  private forDir(dir: string): LoadedConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const candidate = join(dir, CONFIG_FILE_NAME);
    let loaded = this.load(candidate, false);
    if (!loaded.file) {
      const parent = dirname(dir);
      loaded = parent === dir ? NONE : this.forDir(parent);
    }
    this.byDir.set(dir, loaded);
    return loaded;
  }

  private load(file: string, required: boolean): LoadedConfig {
    const cached = this.byFile.get(file);
    if (cached) return cached;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return NONE;
      throw new ConfigError(file, [
        {
          key: '',
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          message: {
            nl: `Kan het configuratiebestand niet lezen: ${(error as Error).message}`,
            en: `Cannot read the configuration file: ${(error as Error).message}`,
          },
        },
      ]);
    }
    const { config, problems } = parseConfig(text);
    if (!config) throw new ConfigError(file, problems);
    const base = dirname(file);
    const matcher = config.ignore?.length ? picomatch(config.ignore, { dot: true }) : undefined;
    const loaded: LoadedConfig = {
      config,
      file,
      ignores: (path) => (matcher ? matcher(relative(base, path).split('\\').join('/')) : false),
    };
    this.byFile.set(file, loaded);
    return loaded;
  }
}
