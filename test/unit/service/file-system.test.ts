/** The one chapter reader (CLI, server, indexer): what it reads and what it refuses, and why in words. */
import assert from 'node:assert/strict';
import {
  MAX_FILE_BYTES,
  readChapter,
  readChapterSync,
  readFailureText,
  type ReadResult,
} from '../../../server/src/service/file-system.js';
import { MemoryFileSystem } from './memory-file-system.js';

describe('chapter reader', () => {
  const fileSystem = new MemoryFileSystem()
    .file('/ws/gewoon.md', '# Programma 4\n')
    .file('/ws/bom.md', '\ufeff# Programma 4\n')
    .file('/ws/binair.md', new Uint8Array([0x23, 0x20, 0, 1, 2]))
    .file('/ws/latin1.md', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))
    .file('/ws/groot.md', 'klein', MAX_FILE_BYTES + 1)
    .fifo('/ws/pijp.md')
    .directory('/ws/map.md')
    .link('/ws/lus.md', '/ws/lus.md')
    .denied('/ws/geheim.md');

  const both = async (path: string): Promise<ReadResult> => {
    const result = await readChapter(fileSystem, path);
    assert.deepEqual(readChapterSync(fileSystem, path), result, `${path}: the same synchronously`);
    return result;
  };

  it('reads UTF-8 text, keeping a byte order mark', async () => {
    assert.deepEqual(await both('/ws/gewoon.md'), { ok: true, text: '# Programma 4\n' });
    assert.deepEqual(await both('/ws/bom.md'), { ok: true, text: '\ufeff# Programma 4\n' });
  });

  it('refuses binary files, other encodings, huge files and anything but a regular file, without opening a FIFO', async () => {
    const reads = fileSystem.reads.length;
    assert.deepEqual(await both('/ws/groot.md'), { ok: false, reason: 'too-large', detail: String(MAX_FILE_BYTES + 1) });
    assert.deepEqual(await both('/ws/pijp.md'), { ok: false, reason: 'not-file' });
    assert.deepEqual(await both('/ws/map.md'), { ok: false, reason: 'not-file' });
    assert.equal(fileSystem.reads.length, reads, 'none of them was read');
    assert.deepEqual(await both('/ws/binair.md'), { ok: false, reason: 'binary' });
    assert.deepEqual(await both('/ws/latin1.md'), { ok: false, reason: 'encoding' });
    assert.deepEqual(await both('/ws/lus.md'), { ok: false, reason: 'io', detail: 'ELOOP: /ws/lus.md' });
    assert.deepEqual(await both('/ws/geheim.md'), { ok: false, reason: 'io', detail: 'EACCES: /ws/geheim.md' });
  });

  it('says why in both languages', async () => {
    const words = async (path: string) => {
      const result = await both(path);
      return result.ok ? undefined : readFailureText(result);
    };
    assert.deepEqual(await words('/ws/binair.md'), { nl: 'dit is geen tekstbestand', en: 'not a text file' });
    assert.deepEqual(await words('/ws/latin1.md'), { nl: 'geen geldige UTF-8-tekst', en: 'not valid UTF-8 text' });
    assert.deepEqual(await words('/ws/pijp.md'), { nl: 'geen gewoon bestand (een pipe, socket of apparaat)', en: 'not a regular file' });
    assert.deepEqual(await words('/ws/geheim.md'), { nl: 'kan het niet lezen: EACCES: /ws/geheim.md', en: 'cannot read it: EACCES: /ws/geheim.md' });
    assert.equal((await words('/ws/groot.md'))?.en, `too large (${MAX_FILE_BYTES + 1} bytes)`);
  });
});
