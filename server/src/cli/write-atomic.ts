/**
 * Writes a file atomically: the new text goes to a temporary file in the same folder, which then
 * replaces the original by a rename. A crash or a full disk never leaves half a chapter, and the
 * original's file mode is kept.
 */
import { chmod, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Replaces `path` with `text` (UTF-8). Throws when the file cannot be written; the original is then untouched. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const { mode } = await stat(path);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', mode });
    await chmod(temporary, mode);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
