/** `programmalint/documentInfo`: kind and year for the client's status bar. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorkspace, PULL_CAPABILITIES, removeWorkspace, TestClient, uriOf } from './client.js';

describe('language server: document info', () => {
  let folder: string;
  let client: TestClient;

  before(async () => {
    folder = makeWorkspace({});
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder });
  });
  after(async () => {
    await client.stop();
    removeWorkspace(folder);
  });

  const info = (uri: string) => client.connection.sendRequest('programmalint/documentInfo', { textDocument: { uri } });

  it('gives kind and year from the front matter', async () => {
    const uri = uriOf(folder, 'rekening.md');
    await client.open(uri, readFileSync(join(folder, 'rekening.md'), 'utf8'));
    assert.deepEqual(await info(uri), { kind: 'rekening', year: 2018, inferred: false });
  });

  it('says when they are inferred', async () => {
    const uri = uriOf(folder, 'zonder.md');
    const text = readFileSync(join(folder, 'begroting.md'), 'utf8').replace(/^---[\s\S]*?---\n/, '');
    await client.open(uri, text);
    assert.deepEqual(await info(uri), { kind: 'begroting', year: 2019, inferred: true });
  });

  it('answers null for a document it does not know', async () => {
    assert.equal(await info(uriOf(folder, 'onbekend.md')), null);
  });
});
