/**
 * Golden files: a test compares a whole output with a committed file, and mocha shows the diff.
 * `UPDATE_GOLDEN=1 npm test` (or the targeted mocha run) rewrites the files instead; review the
 * change with `git diff` before committing it.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Whether golden files are being rewritten. */
export const UPDATING_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/** Asserts that `actual` is the text of the golden file `path` (relative to the repository root). */
export function assertGolden(path: string, actual: string): void {
  if (UPDATING_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `${path} is missing: run the test with UPDATE_GOLDEN=1 to write it`);
  assert.equal(actual, readFileSync(path, 'utf8'), `${path} differs (UPDATE_GOLDEN=1 rewrites it)`);
}

/** A JSON array with one item per line, so a diff shows the items that changed. */
export function jsonLines(items: unknown[]): string {
  return items.length === 0 ? '[]\n' : `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]\n`;
}
