/**
 * Permission faults for tests: a file without read permission is still readable by root, so a
 * test running as root starts the CLI or the server as `nobody`, where the permission bits hold.
 */
import { chmodSync } from 'node:fs';

/** The user to run a child as so that permission bits apply: nobody when the tests run as root. */
export function unprivileged(): { uid: number; gid: number } | undefined {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
}

/** Opens a temporary folder (made 0700 by mkdtemp) to the unprivileged user. */
export function openToOthers(folder: string): void {
  if (unprivileged()) chmodSync(folder, 0o755);
}
