/**
 * Writes a file atomically: the new text goes to a temporary file in the same folder, which then
 * replaces the original by a rename. A crash or a full disk never leaves half a chapter, and the
 * original's file mode is kept. A symbolic link stays a link (its target is replaced), and a
 * read-only file is refused: a rename would replace it even though nobody may write to it.
 */
import { chmod, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file is read-only (no write permission bit): `--fix` leaves it alone. */
export class ReadOnlyError extends Error {
  constructor(readonly path: string) {
    // Worded like the system's messages, which the CLI prints after the file's name.
    super('read-only file, not rewritten');
  }
}

/**
 * Replaces `path` with `text` (UTF-8). Throws when the file cannot be written (it vanished, it is
 * read-only, the folder is not writable, the disk is full); the original is then untouched.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  // Through a link, the file it points to is replaced; the link itself stays.
  const target = await realpath(path);
  const { mode } = await stat(target);
  if ((mode & 0o222) === 0) throw new ReadOnlyError(path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', mode, flag: 'wx' });
    await chmod(temporary, mode);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
