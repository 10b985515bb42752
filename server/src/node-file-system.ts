/**
 * Node's file system as the language service's {@link FileSystem}: what the CLI and the language
 * server (and its indexer) inject, so both read chapters and configuration files alike.
 */
import { lstatSync, readFileSync, type Stats, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import type { FileStat, FileSystem } from './service/file-system.js';

function fileStat(info: Stats): FileStat {
  return { type: info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other', size: info.size };
}

/** The {@link FileSystem} of the machine the shell runs on. */
export const nodeFileSystem: FileSystem = {
  stat: async (path) => fileStat(await stat(path)),
  readFile: (path) => readFile(path),
  statSync: (path) => fileStat(statSync(path)),
  readFileSync: (path) => readFileSync(path),
  exists(path) {
    try {
      return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
    } catch {
      return false;
    }
  },
  glob: (folder, pattern, ignore) => glob(pattern, { cwd: folder, absolute: true, ignore: [...ignore], followSymbolicLinks: false }),
};
