/** `programmalint.importText` over real JSON-RPC: copied text in, the dialect and its problems out. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { makeWorkspace, PULL_CAPABILITIES, removeWorkspace, TestClient, uriOf } from './client.js';

describe('language server: import command', () => {
  let folder: string;
  let client: TestClient;

  before(async () => {
    folder = makeWorkspace({ '.programmalintrc.json': JSON.stringify({ locale: 'en' }) });
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder });
  });
  after(async () => {
    await client.stop();
    removeWorkspace(folder);
  });

  it('is announced', () => {
    assert.ok(client.initializeResult.capabilities.executeCommandProvider?.commands.includes('programmalint.importText'));
  });

  it('converts a copied chapter and reports problems in the language of the target document', async () => {
    const text = readFileSync('test/fixtures/import/rekening-2020-4.2.2-specialistische-zorgvoorzieningen.txt', 'utf8');
    const result = await client.connection.sendRequest<{ markdown: string; problems: { line: number; message: string }[] }>(
      'workspace/executeCommand',
      { command: 'programmalint.importText', arguments: [text, uriOf(folder, 'nieuw.md')] },
    );
    assert.match(result.markdown, /^---\ndocument: rekening\njaar: 2020\n/);
    assert.match(result.markdown, /\n\| Indicatoren \| Behaald 2019 \| Beoogd 2020 \| Behaald 2020 \|\n/);
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0].line, 3);
    assert.match(result.problems[0].message, /^The title /);
  });

  it('answers null without text', async () => {
    assert.equal(await client.connection.sendRequest('workspace/executeCommand', { command: 'programmalint.importText', arguments: [] }), null);
  });
});
