/**
 * The CLI cache (`--cache`): per file, what the analysis of its text gave (the single-document
 * findings and the model the cross-document rules compare with) under a key of its content,
 * its configuration and the programmalint version; and the cross-document findings under a key
 * of its own key and those of its counterparts. A warm run parses only files whose key changed,
 * and runs the cross-document rules only for files whose counterparts changed.
 *
 * One file, written atomically (a temporary file renamed over it). A file that cannot be read,
 * is of another version or is damaged counts as empty: the run is then a cold one, never a crash.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Finding } from '../service/finding.js';
import type { DocumentKind } from '../service/model.js';
import type { TransferModel } from '../service/model-transfer.js';

/** The default cache file, in the current folder. */
export const DEFAULT_CACHE_FILE = '.programmalintcache';

/** What marks a cache file of ours. */
const FORMAT = 'programmalint-cache/2';

/** Kind, year and beleidsveld numbers of a document: who it compares itself with, without its model. */
export interface PartnerInfo {
  kind?: DocumentKind;
  year?: number;
  numbers: string[];
}

/** One file's entry. */
export interface CacheEntry {
  /** {@link entryKey} of the text it was made from. */
  key: string;
  /** Whether the single-document rules ran (a counterpart only is parsed, not linted). */
  linted: boolean;
  /** The single-document findings (empty when not linted). */
  findings: Finding[];
  partner: PartnerInfo;
  /** The document model, serialized on its own so that a warm run reads only the models it needs. */
  model: Uint8Array;
  /** The cross-document findings, with the key of the counterparts they were found with. */
  cross?: { key: string; findings: Finding[] };
}

interface CacheFile {
  format: string;
  version: string;
  entries: Record<string, CacheEntry>;
}

/**
 * What the cache is keyed on besides content and configuration: the package version and, when
 * running from the bundle, a hash of the bundle itself. A build between two releases (a checkout
 * of main, a patched install) can change what the rules find without changing the version; its
 * findings must not be mixed with another build's. Run from compiled modules (tests of the
 * modules), only the version counts.
 */
export function cacheVersion(version: string, script: string = import.meta.url): string {
  if (!script.endsWith('.cjs')) return version;
  try {
    return `${version}+${createHash('sha256').update(readFileSync(fileURLToPath(script))).digest('base64url').slice(0, 16)}`;
  } catch {
    return version;
  }
}

/** The key of a file's analysis: programmalint version, configuration (with locale) and text. */
export function entryKey(version: string, configKey: string, text: string): string {
  return createHash('sha256').update(version).update('\0').update(configKey).update('\0').update(text).digest('base64');
}

/** The key of a file's cross-document findings: its own key and its counterparts' (path and key), in order. */
export function crossKey(own: string, sources: readonly { path: string; key: string }[]): string {
  const hash = createHash('sha256').update(own);
  for (const s of [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update('\0').update(s.path).update('\0').update(s.key);
  return hash.digest('base64');
}

/** Serializes a model for an entry. */
export function packModel(model: TransferModel): Uint8Array {
  return serialize(model);
}

/** A model from an entry; undefined when the bytes are damaged. */
export function unpackModel(bytes: Uint8Array): TransferModel | undefined {
  try {
    const model = deserialize(bytes) as TransferModel;
    return typeof model === 'object' && model !== null && Array.isArray(model.beleidsvelden) && Array.isArray(model.paragraphSpans) && typeof model.uri === 'string' ? model : undefined;
  } catch {
    return undefined;
  }
}

/** The cache file for `--cache-location` (a folder gets the default name inside it). */
export function cacheFile(cwd: string, location: string | undefined): string {
  const absolute = resolve(cwd, location ?? DEFAULT_CACHE_FILE);
  try {
    if (statSync(absolute).isDirectory()) return join(absolute, DEFAULT_CACHE_FILE);
  } catch {
    // Not there yet: a file to create.
  }
  return absolute;
}

/** An entry as read from disk, checked field by field (a damaged entry is no entry). */
function validEntry(value: unknown): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<CacheEntry>;
  const partner = e.partner as Partial<PartnerInfo> | undefined;
  return (
    typeof e.key === 'string' &&
    typeof e.linted === 'boolean' &&
    Array.isArray(e.findings) &&
    e.model instanceof Uint8Array &&
    typeof partner === 'object' &&
    partner !== null &&
    Array.isArray(partner.numbers) &&
    (e.cross === undefined || (typeof e.cross.key === 'string' && Array.isArray(e.cross.findings)))
  );
}

/** The cache of one run: read once at the start, written once at the end. */
export class LintCache {
  private readonly next = new Map<string, CacheEntry>();
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly version: string,
    private readonly previous: Map<string, CacheEntry>,
  ) {}

  /** Reads the cache file; anything unusable gives an empty cache. */
  static async open(file: string, version: string): Promise<LintCache> {
    let previous = new Map<string, CacheEntry>();
    try {
      const data = deserialize(await readFile(file)) as Partial<CacheFile>;
      if (data?.format === FORMAT && data.version === version && typeof data.entries === 'object' && data.entries !== null) {
        previous = new Map(Object.entries(data.entries).filter((e): e is [string, CacheEntry] => validEntry(e[1])));
      }
    } catch {
      // Missing, unreadable or damaged: start empty.
    }
    return new LintCache(file, version, previous);
  }

  /** The entry of a file for this key (and linted, when the findings are needed). */
  lookup(path: string, key: string, lint: boolean): CacheEntry | undefined {
    const entry = this.previous.get(path);
    return entry && entry.key === key && (entry.linted || !lint) ? entry : undefined;
  }

  /** Keeps an entry for the next run (a file not kept is dropped). */
  keep(path: string, entry: CacheEntry): void {
    const before = this.previous.get(path);
    if (before !== entry) this.changed = true;
    this.next.set(path, entry);
  }

  /**
   * Writes the cache when anything changed: the entries kept, and those of files this run did not
   * read that still exist (another run may lint them). Throws when the file cannot be written.
   */
  async save(): Promise<void> {
    for (const [path, entry] of this.previous) {
      if (this.next.has(path)) continue;
      if (existsSync(path)) this.next.set(path, entry);
      else this.changed = true;
    }
    if (!this.changed && this.next.size === this.previous.size) return;
    const data: CacheFile = { format: FORMAT, version: this.version, entries: Object.fromEntries(this.next) };
    const temporary = join(dirname(this.file), `.${basename(this.file)}.${process.pid}.${Date.now()}.tmp`);
    try {
      await writeFile(temporary, serialize(data));
      await rename(temporary, this.file);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }
}
