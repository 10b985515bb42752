/**
 * `.programmalintrc.json` lookup for the language server: from a document's folder upwards,
 * the nearest file wins. Texts come from open editors first, then the disk; results are cached
 * until {@link ConfigFiles.invalidate} (a watched config file changed, or one was edited).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Config, type ConfigProblem, CONFIG_FILE_NAME, parseConfig } from '../service/config.js';

/** A configuration file: its text parsed, with its problems (then `config` is absent). */
export interface LoadedConfig {
  path: string;
  text: string;
  config?: Config;
  problems: ConfigProblem[];
}

export interface ConfigSource {
  /** The editor's text of a file when it is open, else undefined. */
  openText(path: string): string | undefined;
  /** Called once for every loaded file that has problems (until it changes). */
  onProblems?(loaded: LoadedConfig): void;
}

export class ConfigFiles {
  /** Folder → path of the nearest configuration file (null: none up to the root). */
  private readonly nearest = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig | null>();

  constructor(private readonly source: ConfigSource) {}

  /** Whether a path names a configuration file. */
  static isConfigPath(path: string): boolean {
    return path.endsWith(`/${CONFIG_FILE_NAME}`) || path.endsWith(`\\${CONFIG_FILE_NAME}`) || path === CONFIG_FILE_NAME;
  }

  /** The configuration file that applies to a document, if any. */
  forDocument(path: string): LoadedConfig | undefined {
    const file = this.find(dirname(path));
    return file ? this.load(file) : undefined;
  }

  /** The nearest configuration file from a folder upwards. */
  find(folder: string): string | undefined {
    const visited: string[] = [];
    let dir = folder;
    let found: string | null | undefined;
    for (;;) {
      found = this.nearest.get(dir);
      if (found !== undefined) break;
      visited.push(dir);
      const candidate = join(dir, CONFIG_FILE_NAME);
      if (this.source.openText(candidate) !== undefined || existsSync(candidate)) {
        found = candidate;
        break;
      }
      const parent = dirname(dir);
      if (parent === dir) {
        found = null;
        break;
      }
      dir = parent;
    }
    for (const d of visited) this.nearest.set(d, found);
    return found ?? undefined;
  }

  /** A configuration file, parsed (undefined when it cannot be read). */
  load(path: string): LoadedConfig | undefined {
    const cached = this.loaded.get(path);
    if (cached !== undefined) return cached ?? undefined;
    let text = this.source.openText(path);
    if (text === undefined) {
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        this.loaded.set(path, null);
        return undefined;
      }
    }
    const { config, problems } = parseConfig(text);
    const result: LoadedConfig = { path, text, problems };
    if (config) result.config = config;
    this.loaded.set(path, result);
    if (problems.length > 0) this.source.onProblems?.(result);
    return result;
  }

  /** Forgets every lookup and parse (a configuration file was created, changed, deleted or edited). */
  invalidate(): void {
    this.nearest.clear();
    this.loaded.clear();
  }
}
