/**
 * Workspace chapters read from disk for the server's index go through the one chapter reader
 * (service/file-system.ts, as the CLI's): only regular files, UTF-8 text, not too large. A file
 * that breaks the rules (binary, another encoding, a FIFO that would block the read for ever, a
 * link loop, no permission) is left out of the index with one line in the log, instead of being
 * indexed as garbage or holding up every diagnostic.
 */
import { readFailureText, type ReadResult } from '../service/file-system.js';

/** Where a refused file is reported. */
export type SkipLogger = (message: string) => void;

/** The text of a chapter read from disk, or undefined (logged) when it is not one. */
export function chapterText(path: string, read: ReadResult, log: SkipLogger): string | undefined {
  if (read.ok) return read.text;
  log(`programmalint: skipped ${JSON.stringify(path)}: ${readFailureText(read).en}.`);
  return undefined;
}
