/**
 * Reading workspace chapters from disk for the server's index, with the CLI's rules: only
 * regular files, UTF-8 text, at most {@link MAX_FILE_BYTES}. A file that breaks them (binary,
 * another encoding, a FIFO that would block the read for ever, a link loop, no permission) is
 * left out of the index with one line in the log, instead of being indexed as garbage or
 * holding up every diagnostic.
 */
import { type ReadResult, readChapter, readChapterSync } from '../cli/files.js';

/** Where a refused file is reported. */
export type SkipLogger = (message: string) => void;

/** The text of a chapter on disk, or undefined (logged) when it is not one. */
export async function readWorkspaceChapter(path: string, log: SkipLogger): Promise<string | undefined> {
  return textOf(path, await readChapter(path), log);
}

/** {@link readWorkspaceChapter}, synchronously. */
export function readWorkspaceChapterSync(path: string, log: SkipLogger): string | undefined {
  return textOf(path, readChapterSync(path), log);
}

function textOf(path: string, read: ReadResult, log: SkipLogger): string | undefined {
  if (read.ok) return read.text;
  const why: Record<typeof read.reason, string> = {
    binary: 'not a text file',
    encoding: 'not valid UTF-8 text',
    'too-large': `too large (${read.detail} bytes)`,
    'not-file': 'not a regular file',
    io: `cannot read it: ${read.detail}`,
  };
  log(`programmalint: skipped ${JSON.stringify(path)}: ${why[read.reason]}.`);
  return undefined;
}
