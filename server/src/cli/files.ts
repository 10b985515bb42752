/** Finding the chapters to lint and reading them safely. */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

import { IGNORED_GLOBS as ALWAYS_IGNORED, MARKDOWN_EXTENSIONS } from '../service/chapter-files.js';

/** A path that matched nothing, reported as a usage error. */
export class MissingPathError extends Error {
  constructor(readonly pattern: string) {
    super(pattern);
  }
}

/**
 * Expands paths, folders and globs into absolute file paths, sorted and without duplicates.
 * No patterns means every chapter (`.md`, `.markdown`) below `cwd` (or every file with one of `options.extensions`).
 */
export async function expandPatterns(patterns: string[], cwd: string, options: { extensions?: readonly string[] } = {}): Promise<string[]> {
  const found = new Set<string>();
  const extensions = options.extensions ?? MARKDOWN_EXTENSIONS;
  const inFolder = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
  const list = patterns.length > 0 ? patterns : [inFolder];
  for (const pattern of list) {
    const absolute = resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => undefined);
    let matches: string[];
    if (info?.isDirectory()) {
      matches = await glob(inFolder, { cwd: absolute, absolute: true, ignore: ALWAYS_IGNORED });
    } else if (info?.isFile()) {
      matches = [absolute];
    } else if (isDynamicPattern(pattern)) {
      matches = await glob(pattern, { cwd, absolute: true, ignore: ALWAYS_IGNORED });
    } else {
      matches = [];
    }
    if (matches.length === 0 && patterns.length > 0) throw new MissingPathError(pattern);
    for (const m of matches) found.add(resolve(m));
  }
  return [...found].sort();
}

/** Largest file read (a chapter is rarely over 1 MB; this stops a stray dump from eating memory). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'binary' | 'encoding' | 'too-large' | 'io'; detail?: string };

/** Reads a chapter as UTF-8 text; binary files, other encodings and huge files are refused, not crashed on. */
export async function readChapter(path: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large', detail: String(info.size) };
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, reason: 'io', detail: (error as Error).message };
  }
  if (bytes.subarray(0, 8000).includes(0)) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'encoding' };
  }
}
