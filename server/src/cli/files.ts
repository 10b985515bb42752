/** Finding the chapters a command works on (reading them is the service's chapter reader: service/file-system.ts). */
import { constants } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

import { filesGlob, IGNORED_GLOBS as ALWAYS_IGNORED } from '../service/chapter-files.js';

/** A path that matched nothing, reported as a usage error. */
export class MissingPathError extends Error {
  constructor(readonly pattern: string) {
    super(pattern);
  }
}

/** What {@link expandPatterns} takes besides the patterns. */
export interface ExpandOptions {
  /** File extensions looked for in folders (default: the chapters', md and markdown). */
  extensions?: readonly string[];
  /** Called for every folder of a walk that cannot be read (its chapters are missing from the run). */
  onUnreadableFolder?(path: string, code: string): void;
}

/**
 * Expands paths, folders and globs into absolute file paths, sorted and without duplicates (a
 * file reached through a symbolic link too is listed once). No patterns means every chapter
 * (`.md`, `.markdown`) below `cwd` (or every file with one of `options.extensions`).
 */
export async function expandPatterns(patterns: string[], cwd: string, options: ExpandOptions = {}): Promise<string[]> {
  const found = new Set<string>();
  const inFolder = filesGlob(options.extensions);
  if (patterns.length === 0) {
    for (const m of await walk(cwd, inFolder, options)) found.add(m);
  }
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    let code: string | undefined;
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => void (code = error.code));
    let matches: string[];
    if (info?.isDirectory()) {
      matches = await walk(absolute, inFolder, options);
    } else if (info || (code !== undefined && code !== 'ENOENT' && code !== 'ENOTDIR')) {
      // A file, a FIFO, socket or device, or a path that exists but cannot be looked at (a link
      // loop, no permission): reading it reports what is wrong.
      matches = [absolute];
    } else if (isDynamicPattern(pattern)) {
      matches = await glob(pattern, { cwd, absolute: true, ignore: ALWAYS_IGNORED });
    } else {
      matches = [];
    }
    if (matches.length === 0) throw new MissingPathError(pattern);
    for (const m of matches) found.add(resolve(m));
  }
  return onePathPerFile([...found].sort());
}

/**
 * The files of a folder that match `pattern`. A second walk (at the same time) lists the folders,
 * so that one the walk could not enter (no permission) is reported instead of silently leaving
 * chapters out.
 */
async function walk(folder: string, pattern: string, options: ExpandOptions): Promise<string[]> {
  const [files, folders] = await Promise.all([
    glob(pattern, { cwd: folder, absolute: true, ignore: ALWAYS_IGNORED }),
    options.onUnreadableFolder
      ? glob('**', { cwd: folder, absolute: true, ignore: ALWAYS_IGNORED, onlyDirectories: true })
      : Promise.resolve([]),
  ]);
  if (options.onUnreadableFolder) {
    folders.unshift(folder);
    const seen = new Set<string>();
    for (const dir of folders) {
      const real = await realpath(dir).catch(() => dir);
      if (seen.has(real)) continue;
      seen.add(real);
      const problem = await access(dir, constants.R_OK | constants.X_OK).then(
        () => undefined,
        (error: NodeJS.ErrnoException) => error.code ?? error.message,
      );
      if (problem) options.onUnreadableFolder(dir.replace(/\/+$/, '') || dir, problem);
    }
  }
  return files;
}

/**
 * Drops the paths that name a file already in the list through a symbolic link (a link to a
 * chapter, a linked folder, a link loop that a folder walk went round once): each file is linted
 * and fixed once, under its own name when that is in the list, else under its first name.
 */
async function onePathPerFile(paths: string[]): Promise<string[]> {
  const byTarget = new Map<string, string>();
  const kept: string[] = [];
  for (const path of paths) {
    const target = await realpath(path).catch(() => path);
    const first = byTarget.get(target);
    if (first === undefined) {
      byTarget.set(target, path);
      kept.push(path);
    } else if (path === target) {
      // The file's own name wins over a link seen earlier in sorted order.
      kept[kept.indexOf(first)] = path;
      byTarget.set(target, path);
    }
  }
  return kept.sort();
}
