/**
 * An in-memory {@link FileSystem} for the service's tests: files, folders, FIFOs, symbolic links
 * and files that refuse to be read, with Node's error codes. Opening a FIFO fails the test (a
 * real one would block for ever), so a test can tell that the reader never opened it.
 */
import picomatch from 'picomatch';
import type { FileStat, FileSystem } from '../../../server/src/service/file-system.js';

type Entry =
  | { type: 'file'; bytes: Uint8Array; size?: number }
  | { type: 'directory' }
  | { type: 'fifo' }
  | { type: 'link'; target: string }
  | { type: 'denied' };

function fail(code: string, path: string): never {
  throw Object.assign(new Error(`${code}: ${path}`), { code });
}

export class MemoryFileSystem implements FileSystem {
  private readonly entries = new Map<string, Entry>();
  /** The paths read, in order (reads of file contents only). */
  readonly reads: string[] = [];

  /** Adds a file (its folders exist implicitly); `size` pretends another size to `stat`. */
  file(path: string, content: string | Uint8Array, size?: number): this {
    this.entries.set(path, { type: 'file', bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content, size });
    return this;
  }

  directory(path: string): this {
    this.entries.set(path, { type: 'directory' });
    return this;
  }

  fifo(path: string): this {
    this.entries.set(path, { type: 'fifo' });
    return this;
  }

  link(path: string, target: string): this {
    this.entries.set(path, { type: 'link', target });
    return this;
  }

  /** A file that exists but may not be read (EACCES). */
  denied(path: string): this {
    this.entries.set(path, { type: 'denied' });
    return this;
  }

  remove(path: string): this {
    this.entries.delete(path);
    return this;
  }

  async stat(path: string): Promise<FileStat> {
    return this.statSync(path);
  }

  async readFile(path: string): Promise<Uint8Array> {
    return this.readFileSync(path);
  }

  statSync(path: string): FileStat {
    const entry = this.resolve(path);
    if (entry.type === 'file') return { type: 'file', size: entry.size ?? entry.bytes.length };
    if (entry.type === 'denied') return { type: 'file', size: 10 };
    return { type: entry.type === 'directory' ? 'directory' : 'other', size: 0 };
  }

  readFileSync(path: string): Uint8Array {
    const entry = this.resolve(path);
    if (entry.type === 'directory') fail('EISDIR', path);
    if (entry.type === 'denied') fail('EACCES', path);
    if (entry.type === 'fifo') throw new Error(`a FIFO was opened: ${path}`);
    this.reads.push(path);
    return (entry as { bytes: Uint8Array }).bytes;
  }

  exists(path: string): boolean {
    return this.entries.has(path) || this.isImplicitFolder(path);
  }

  async glob(folder: string, pattern: string, ignore: readonly string[]): Promise<string[]> {
    const matches = picomatch(pattern, { dot: true });
    const ignored = picomatch([...ignore], { dot: true });
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    return [...this.entries]
      .filter(([path, entry]) => path.startsWith(prefix) && entry.type !== 'directory')
      .map(([path]) => path.slice(prefix.length))
      .filter((relative) => matches(relative) && !ignored(relative))
      .map((relative) => prefix + relative);
  }

  /** The entry a path names after following links (ELOOP after 8, ENOENT when nothing is there). */
  private resolve(path: string, depth = 0): Exclude<Entry, { type: 'link' }> {
    const entry = this.entries.get(path);
    if (!entry) return this.isImplicitFolder(path) ? { type: 'directory' } : fail('ENOENT', path);
    if (entry.type !== 'link') return entry;
    if (depth > 8) fail('ELOOP', path);
    return this.resolve(entry.target, depth + 1);
  }

  private isImplicitFolder(path: string): boolean {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    return [...this.entries.keys()].some((p) => p.startsWith(prefix));
  }
}
