/**
 * `.programmalintrc.json` lookup for the language server: from a document's folder upwards,
 * the nearest file wins. Texts come from open editors first, then the disk; results are cached
 * until {@link ConfigFiles.invalidate} (a watched config file changed, or one was edited).
 *
 * A file that turns invalid or unreadable while the server runs (half-typed JSON, emptied, made a
 * folder, no permission) does not throw the workspace back to the defaults: its last valid
 * version of this session stays in force until it is fixed. Every change of a file's state is
 * reported ({@link ConfigSource.onChange}), so the server can say what happened.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Config, type ConfigProblem, CONFIG_FILE_NAME, parseConfig } from '../service/config.js';

/** What a configuration file is: usable, not a valid configuration, not readable, or gone. */
export type ConfigState = 'valid' | 'invalid' | 'unreadable' | 'absent';

/** A configuration file as loaded. */
export interface LoadedConfig {
  path: string;
  /** The text read ('' when it could not be read). */
  text: string;
  state: Exclude<ConfigState, 'absent'>;
  /**
   * The configuration in force: the file's when it is valid, else its last valid version of this
   * session (see `lastValid`), else absent (the defaults apply).
   */
  config?: Config;
  /** The file's problems (state `invalid`). */
  problems: ConfigProblem[];
  /** Why it could not be read (state `unreadable`): the error code, such as EISDIR, EACCES or ELOOP. */
  error?: string;
  /** `config` is the last valid version, not the file's own text (which is invalid or unreadable). */
  lastValid: boolean;
  /** The text is the editor's (the file is open). */
  open: boolean;
}

/** A configuration file changed state, or (state `invalid`) got another invalid text. */
export interface ConfigChange {
  path: string;
  /** The state before; undefined when the file had not been loaded before. */
  previous: ConfigState | undefined;
  /** The file now; undefined when it is gone (state `absent`). */
  current: LoadedConfig | undefined;
  /** When it is gone: the configuration file that applies in its place, if any. */
  replacement?: string;
}

export interface ConfigSource {
  /** The editor's text of a file when it is open, else undefined. */
  openText(path: string): string | undefined;
  /** Called when a file is first loaded, when its state changes, and for every new invalid text. */
  onChange?(change: ConfigChange): void;
}

export class ConfigFiles {
  /** Folder → path of the nearest configuration file (null: none up to the root). */
  private readonly nearest = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();
  /** The last state and text reported per file (kept across {@link invalidate}). */
  private readonly seen = new Map<string, { state: ConfigState; text: string }>();
  /** The last valid configuration per file in this session (kept across {@link invalidate}). */
  private readonly lastGood = new Map<string, Config>();

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
      // A folder or a broken link of that name counts too: it is a configuration that cannot be read.
      if (this.source.openText(candidate) !== undefined || exists(candidate)) {
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

  /** A configuration file, parsed (cached until {@link invalidate}). */
  load(path: string): LoadedConfig {
    const cached = this.loaded.get(path);
    if (cached) return cached;
    const openText = this.source.openText(path);
    let text = openText;
    let error: string | undefined;
    if (text === undefined) {
      try {
        text = readFileSync(path, 'utf8');
      } catch (e) {
        error = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      }
    }
    const result: LoadedConfig = { path, text: text ?? '', state: 'unreadable', problems: [], lastValid: false, open: openText !== undefined };
    if (error !== undefined) {
      result.error = error;
    } else {
      const { config, problems } = parseConfig(result.text);
      result.problems = problems;
      if (config) {
        result.state = 'valid';
        result.config = config;
        this.lastGood.set(path, config);
      } else {
        result.state = 'invalid';
      }
    }
    if (result.state !== 'valid') {
      const good = this.lastGood.get(path);
      if (good) {
        result.config = good;
        result.lastValid = true;
      }
    }
    this.loaded.set(path, result);
    this.report(path, result.state, result.text, result);
    return result;
  }

  /**
   * Forgets every lookup and parse (a configuration file was created, changed, deleted or edited),
   * then looks again at every file seen before, so a change of state is reported at once.
   */
  invalidate(): void {
    this.nearest.clear();
    this.loaded.clear();
    for (const path of [...this.seen.keys()]) {
      if (this.source.openText(path) !== undefined || exists(path)) {
        this.load(path);
        continue;
      }
      this.lastGood.delete(path);
      const previous = this.seen.get(path)?.state;
      this.seen.delete(path);
      const replacement = this.find(dirname(dirname(path)));
      this.source.onChange?.({ path, previous, current: undefined, ...(replacement ? { replacement } : {}) });
    }
  }

  private report(path: string, state: ConfigState, text: string, current: LoadedConfig): void {
    const before = this.seen.get(path);
    if (before && before.state === state && (state !== 'invalid' || before.text === text)) return;
    this.seen.set(path, { state, text });
    this.source.onChange?.({ path, previous: before?.state, current });
  }
}

/** Whether something of that name exists, a dangling or looping symbolic link included. */
function exists(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}
