/**
 * The file system as the language service sees it: injected by the shells (the CLI and the
 * language server give Node's, tests an in-memory one), so the service itself reads no disk.
 * Here too the one chapter reader: only regular files, at most {@link MAX_FILE_BYTES}, UTF-8 text
 * and nothing binary; a file that breaks a rule is refused with a reason, never read as garbage,
 * and never blocks (a FIFO is not opened).
 */
import { type Localized, msg } from './localize.js';

/** What is at a path. */
export interface FileStat {
  /** `other`: a FIFO, socket or device. */
  type: 'file' | 'directory' | 'other';
  size: number;
}

/**
 * The operations the service needs. Paths are absolute; a failure throws an error whose `code`
 * says why (`ENOENT`, `EISDIR`, `EACCES`, `ELOOP` …), as Node's do.
 */
export interface FileSystem {
  /** What a path names, following symbolic links. */
  stat(path: string): Promise<FileStat>;
  readFile(path: string): Promise<Uint8Array>;
  /** {@link stat}, synchronously (for a handler that must answer before the next message). */
  statSync(path: string): FileStat;
  readFileSync(path: string): Uint8Array;
  /** Whether anything has this name, a dangling or looping symbolic link included. */
  exists(path: string): boolean;
  /**
   * The files below `folder` that match `pattern` (a glob relative to it), without those under
   * the `ignore` globs, as absolute paths; symbolic links to folders are not followed.
   */
  glob(folder: string, pattern: string, ignore: readonly string[]): Promise<string[]>;
}

/** The error code of a failed file-system call (`EACCES`), else its message. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/** Largest file read (a chapter is rarely over 1 MB; this stops a stray dump from eating memory). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Why a file was not read as a chapter. */
export type ReadFailure = { ok: false; reason: 'binary' | 'encoding' | 'too-large' | 'not-file' | 'io'; detail?: string };

export type ReadResult = { ok: true; text: string } | ReadFailure;

/** Reads a chapter as UTF-8 text; binary files, other encodings, huge files and anything but a regular file are refused, not crashed on. */
export async function readChapter(fileSystem: FileSystem, path: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    const refused = refusal(await fileSystem.stat(path));
    if (refused) return refused;
    bytes = await fileSystem.readFile(path);
  } catch (error) {
    return ioFailure(error);
  }
  return decodeChapter(bytes);
}

/** {@link readChapter}, synchronously. */
export function readChapterSync(fileSystem: FileSystem, path: string): ReadResult {
  let bytes: Uint8Array;
  try {
    const refused = refusal(fileSystem.statSync(path));
    if (refused) return refused;
    bytes = fileSystem.readFileSync(path);
  } catch (error) {
    return ioFailure(error);
  }
  return decodeChapter(bytes);
}

/** A FIFO or a device would block the read (or never end): only regular files are chapters. */
function refusal(info: FileStat): ReadFailure | undefined {
  if (info.type !== 'file') return { ok: false, reason: 'not-file' };
  if (info.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large', detail: String(info.size) };
  return undefined;
}

function ioFailure(error: unknown): ReadFailure {
  return { ok: false, reason: 'io', detail: error instanceof Error ? error.message : String(error) };
}

/** The text of a chapter's bytes: UTF-8 (a byte order mark is kept), else refused as binary or another encoding. */
export function decodeChapter(bytes: Uint8Array): ReadResult {
  if (bytes.subarray(0, 8000).includes(0)) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'encoding' };
  }
}

/** Why a file was refused, in words (the shells say what they did with it: skipped, left out of the index). */
export function readFailureText(failure: ReadFailure): Localized {
  switch (failure.reason) {
    case 'binary':
      return msg('dit is geen tekstbestand', 'not a text file');
    case 'encoding':
      return msg('geen geldige UTF-8-tekst', 'not valid UTF-8 text');
    case 'too-large':
      return msg(`te groot (${failure.detail} bytes)`, `too large (${failure.detail} bytes)`);
    case 'not-file':
      return msg('geen gewoon bestand (een pipe, socket of apparaat)', 'not a regular file');
    case 'io':
      return msg(`kan het niet lezen: ${failure.detail}`, `cannot read it: ${failure.detail}`);
  }
}

/** Why a file that exists could not be read, by its error code, in words. */
export function readErrorText(code: string | undefined): Localized {
  switch (code) {
    case 'EISDIR':
      return msg('het is een map, geen bestand', 'it is a folder, not a file');
    case 'EACCES':
    case 'EPERM':
      return msg('geen toestemming om het te lezen', 'no permission to read it');
    case 'ELOOP':
      return msg('het is een snelkoppeling die naar zichzelf verwijst', 'it is a symbolic link that points to itself');
    case 'ENOENT':
      return msg('het is een snelkoppeling naar een bestand dat niet bestaat', 'it is a symbolic link to a file that does not exist');
    default:
      return msg(code ?? 'onbekende fout', code ?? 'unknown error');
  }
}
