/** writeFileAtomic: the file it replaces is there, writable and stays what it was (a link stays a link). */
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadOnlyError, writeFileAtomic } from '../../server/src/cli/write-atomic.js';

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'programmalint-write-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the text and keeps the mode', async () => {
    const file = join(dir, 'a.md');
    writeFileSync(file, 'oud\r\n');
    chmodSync(file, 0o640);
    await writeFileAtomic(file, 'nieuw\r\n');
    assert.equal(readFileSync(file, 'utf8'), 'nieuw\r\n');
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir), ['a.md']);
  });

  it('does not bring back a file that vanished', async () => {
    const file = join(dir, 'weg.md');
    await assert.rejects(writeFileAtomic(file, 'x'), { code: 'ENOENT' });
    assert.deepEqual(readdirSync(dir), []);
  });

  it('refuses a read-only file, even where a rename could replace it', async () => {
    const file = join(dir, 'alleen-lezen.md');
    writeFileSync(file, 'oud');
    chmodSync(file, 0o444);
    await assert.rejects(writeFileAtomic(file, 'nieuw'), (error: unknown) => error instanceof ReadOnlyError && error.message === 'read-only file, not rewritten');
    assert.equal(readFileSync(file, 'utf8'), 'oud');
    assert.deepEqual(readdirSync(dir), ['alleen-lezen.md']);
  });

  it('writes through a symbolic link and keeps the link', async function () {
    if (process.platform === 'win32') this.skip();
    writeFileSync(join(dir, 'doel.md'), 'oud');
    symlinkSync('doel.md', join(dir, 'link.md'));
    await writeFileAtomic(join(dir, 'link.md'), 'nieuw');
    assert.ok(lstatSync(join(dir, 'link.md')).isSymbolicLink());
    assert.equal(readFileSync(join(dir, 'doel.md'), 'utf8'), 'nieuw');
    assert.deepEqual(readdirSync(dir).sort(), ['doel.md', 'link.md']);
  });
});
