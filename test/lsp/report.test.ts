/** `programmalint/report`: the indicator report of the workspace, as the editor has the chapters. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportModel } from '../../server/src/service/report/model.js';
import { makeWorkspace, PULL_CAPABILITIES, removeWorkspace, TestClient, uriOf } from './client.js';

describe('language server: indicator report', () => {
  let folder: string;
  let client: TestClient;

  before(async () => {
    folder = makeWorkspace({ 'notities/leesmij.md': '# Geen hoofdstuk\n' });
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder });
  });
  after(async () => {
    await client.stop();
    removeWorkspace(folder);
  });

  const report = () => client.connection.sendRequest('programmalint/report') as Promise<ReportModel>;
  const status2018 = (model: ReportModel) =>
    model.programmes[0].beleidsvelden[0].indicators.find((i) => i.name.startsWith('% bewoners'))?.years.find((y) => y.year === 2018);

  it('reports every chapter of the workspace, named relative to its folder', async () => {
    const model = await report();
    assert.deepEqual(model.documents.map((d) => d.file), ['begroting.md', 'rekening.md']);
    assert.equal(status2018(model)?.status, 'met');
    assert.equal(model.locale, 'nl');
  });

  it('follows the editor’s unsaved text', async () => {
    const uri = uriOf(folder, 'rekening.md');
    const text = readFileSync(join(folder, 'rekening.md'), 'utf8').replace('| Toename | 70% (II) |', '| Toename | 60% (II) |');
    await client.open(uri, text);
    const row = status2018(await report());
    assert.equal(row?.status, 'not-met');
    assert.equal(row?.values.realised.text, '60% (II)');
    assert.equal(row?.statusSource?.uri, uri);
  });
});
