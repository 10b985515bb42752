/**
 * The one configuration resolver of the CLI and the language server: the nearest
 * `.programmalintrc.json` from a chapter's folder upwards (or the one file `--config` names),
 * read through the injected file system (texts of open editors first), parsed, validated and
 * cached until {@link ConfigResolver.invalidate}.
 *
 * A file that cannot be used says why, with its place, the same way to both shells
 * ({@link configProblems}): not valid (its problems), or not readable (a folder, a link loop, no
 * permission: one problem at its start). The CLI stops with these (exit 2); the server shows them
 * and goes on with the file's last valid version of the session, else the defaults: a file that
 * turns invalid while it is being typed does not throw the workspace back to the defaults.
 */
import { dirname, join, relative } from 'node:path';
import picomatch from 'picomatch';
import { CONFIG_FILE_NAME } from './chapter-files.js';
import { type Config, type ConfigProblem, parseConfig } from './config.js';
import { errorCode, type FileSystem, readErrorText } from './file-system.js';
import { type Localized, msg } from './localize.js';

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
  /** Why it could not be read (state `unreadable`): an error code such as EISDIR, EACCES or ELOOP. */
  error?: string;
  /** `config` is the last valid version, not the file's own text (which is invalid or unreadable). */
  lastValid: boolean;
  /** The text is the editor's (the file is open). */
  open: boolean;
  /** Whether a path falls under the `ignore` globs of the configuration in force. */
  ignores(path: string): boolean;
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

export interface ConfigResolverOptions {
  fileSystem: FileSystem;
  /** The editor's text of a file when it is open, else undefined. */
  openText?(path: string): string | undefined;
  /** Called when a file is first loaded, when its state changes, and for every new invalid text. */
  onChange?(change: ConfigChange): void;
  /** The one file that applies to every document (`--config`); it must exist. */
  explicit?: string;
}

/** The error code of a file named by `--config` that does not exist (a dangling link says ENOENT). */
const MISSING = 'missing';
/** The error code of a FIFO, socket or device of the configuration's name (never opened: it could block). */
const NOT_FILE = 'not-file';

/** Why a configuration file cannot be used, as problems with places; none when it is valid. */
export function configProblems(loaded: LoadedConfig): ConfigProblem[] {
  if (loaded.state === 'invalid') return loaded.problems;
  if (loaded.state === 'valid') return [];
  const why = unreadableReason(loaded.error);
  const start = { line: 0, character: 0 };
  return [
    {
      key: '',
      range: { start, end: start },
      message: { nl: `Kan het configuratiebestand niet lezen: ${why.nl}.`, en: `Cannot read the configuration file: ${why.en}.` },
    },
  ];
}

/** Why a configuration file could not be read, in words, by its {@link LoadedConfig.error}. */
export function unreadableReason(error: string | undefined): Localized {
  if (error === MISSING) return msg('het bestand bestaat niet', 'the file does not exist');
  if (error === NOT_FILE) return msg('het is geen gewoon bestand (een pipe, socket of apparaat)', 'it is not a regular file (a pipe, socket or device)');
  return readErrorText(error);
}

export class ConfigResolver {
  /** Folder → path of the nearest configuration file (null: none up to the root). */
  private readonly nearest = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();
  /** The last state and text reported per file (kept across {@link invalidate}). */
  private readonly seen = new Map<string, { state: ConfigState; text: string }>();
  /** The last valid configuration per file in this session (kept across {@link invalidate}). */
  private readonly lastGood = new Map<string, Config>();

  constructor(private readonly options: ConfigResolverOptions) {}

  /** Whether a path names a configuration file. */
  static isConfigPath(path: string): boolean {
    return path.endsWith(`/${CONFIG_FILE_NAME}`) || path.endsWith(`\\${CONFIG_FILE_NAME}`) || path === CONFIG_FILE_NAME;
  }

  /** The configuration file that applies to a document, if any. */
  forDocument(path: string): LoadedConfig | undefined {
    if (this.options.explicit !== undefined) return this.load(this.options.explicit);
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
      if (this.openText(candidate) !== undefined || this.options.fileSystem.exists(candidate)) {
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
    const openText = this.openText(path);
    const read = openText !== undefined ? { text: openText } : this.read(path);
    const result: LoadedConfig = {
      path,
      text: read.text ?? '',
      state: 'unreadable',
      problems: [],
      lastValid: false,
      open: openText !== undefined,
      ignores: () => false,
    };
    if (read.error !== undefined) {
      result.error = read.error;
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
    result.ignores = ignoreMatcher(path, result.config);
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
      if (this.openText(path) !== undefined || this.options.fileSystem.exists(path)) {
        this.load(path);
        continue;
      }
      this.lastGood.delete(path);
      const previous = this.seen.get(path)?.state;
      this.seen.delete(path);
      const replacement = this.find(dirname(dirname(path)));
      this.options.onChange?.({ path, previous, current: undefined, ...(replacement ? { replacement } : {}) });
    }
  }

  private openText(path: string): string | undefined {
    return this.options.openText?.(path);
  }

  /** The file's text, or why it cannot be read (a FIFO is refused before it is opened). */
  private read(path: string): { text?: string; error?: string } {
    const fs = this.options.fileSystem;
    try {
      const info = fs.statSync(path);
      if (info.type === 'directory') return { error: 'EISDIR' };
      if (info.type === 'other') return { error: NOT_FILE };
      return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(fs.readFileSync(path)) };
    } catch (error) {
      const code = errorCode(error);
      return { error: code === 'ENOENT' && !fs.exists(path) ? MISSING : code };
    }
  }

  private report(path: string, state: ConfigState, text: string, current: LoadedConfig): void {
    const before = this.seen.get(path);
    if (before && before.state === state && (state !== 'invalid' || before.text === text)) return;
    this.seen.set(path, { state, text });
    this.options.onChange?.({ path, previous: before?.state, current });
  }
}

/** The `ignore` globs of a configuration, relative to its file's folder. */
function ignoreMatcher(path: string, config: Config | undefined): (file: string) => boolean {
  if (!config?.ignore?.length) return () => false;
  const base = dirname(path);
  const matcher = picomatch(config.ignore, { dot: true });
  return (file) => matcher(relative(base, file).split('\\').join('/'));
}
