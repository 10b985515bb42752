/**
 * The language server's diagnostics over real JSON-RPC: pulled (LSP 3.17 clients such as VS Code)
 * and pushed (older clients), refreshed when a counterpart changes in the editor or on disk, when
 * a configuration file or the client settings change, and cleared on close.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };
import {
  CancellationTokenSource,
  DidChangeWorkspaceFoldersNotification,
  DocumentDiagnosticRequest,
  FileChangeType,
  LSPErrorCodes,
  type PublishDiagnosticsParams,
  PublishDiagnosticsNotification,
  ResponseError,
} from 'vscode-languageserver-protocol/node';
import { REKENING_2019 } from './chapters.js';
import {
  briefDiagnostic,
  makeWorkspace,
  PULL_CAPABILITIES,
  PUSH_CAPABILITIES,
  removeWorkspace,
  TestClient,
  uriOf,
  writeFile,
} from './client.js';

/** The rule pages of the tag of this version. */
const DOCS = `https://github.com/programmalint/programmalint/blob/v${pkg.version}/docs/rules/`;

/** Line 17 of REKENING_2019: the first indicator row; its Beoogd 2019 cell `> 70%` is at 17:82-17:87. */
const BEGROTING_TARGET = { start: { line: 16, character: 75 }, end: { line: 16, character: 80 } };

/** The cross-beoogd finding on REKENING_2019 once the begroting 2019 says `> 75%` instead of `> 70%`. */
const CROSS_BEOOGD_75 =
  'cross-beoogd@17:82-17:87 Beoogd 2019 is hier "> 70%", maar in de begroting 2019 (begroting.md) "> 75%".';

describe('language server: pull diagnostics', () => {
  let folder: string;
  let client: TestClient;
  let rekening2019: string;
  let begroting: string;

  beforeEach(async () => {
    folder = makeWorkspace({ 'rekening-2019.md': REKENING_2019 });
    rekening2019 = uriOf(folder, 'rekening-2019.md');
    begroting = uriOf(folder, 'begroting.md');
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder });
  });

  afterEach(async () => {
    await client.stop();
    removeWorkspace(folder);
  });

  it('announces pull diagnostics and the features', () => {
    const caps = client.initializeResult.capabilities;
    assert.deepEqual(caps.diagnosticProvider, { identifier: 'programmalint', interFileDependencies: true, workspaceDiagnostics: false });
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.deepEqual(caps.codeActionProvider, {
      codeActionKinds: ['quickfix', 'source.fixAll.programmalint', 'refactor.rewrite'],
    });
    assert.deepEqual(caps.executeCommandProvider, {
      commands: ['programmalint.renumberFootnotes', 'programmalint.scaffoldRekeningTable', 'programmalint.importText'],
    });
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.definitionProvider, true);
    assert.equal(caps.referencesProvider, true);
    assert.equal(caps.documentSymbolProvider, true);
    assert.equal(caps.foldingRangeProvider, true);
    assert.deepEqual(caps.completionProvider, { triggerCharacters: ['(', '|', '#', ':', '*', ')', '^'], resolveProvider: false });
  });

  it('registers file watchers for chapters and configuration files', async () => {
    const registration = await client.waitFor(
      () =>
        client
          .messages<{ registrations: { method: string; registerOptions: unknown }[] }>('client/registerCapability')
          .flatMap((p) => p.registrations)
          .find((r) => r.method === 'workspace/didChangeWatchedFiles'),
      'the registration of workspace/didChangeWatchedFiles',
    );
    assert.deepEqual(registration.registerOptions, {
      watchers: [{ globPattern: '**/*.{md,markdown}' }, { globPattern: '**/.programmalintrc.json' }],
    });
  });

  it('reports a finding with code, docs link, source, severity, related information and fixes', async () => {
    const text = REKENING_2019.replace('| 70% | > 70% | 72% |', '| 70% | > 60% | 72% |');
    await client.open(rekening2019, text);
    const report = await client.pull(rekening2019);
    assert.deepEqual(report.items, [
      {
        range: { start: { line: 16, character: 81 }, end: { line: 16, character: 86 } },
        severity: 2,
        code: 'cross-beoogd',
        codeDescription: { href: `${DOCS}cross-beoogd.md` },
        source: 'programmalint',
        message: 'Beoogd 2019 is hier "> 60%", maar in de begroting 2019 (begroting.md) "> 70%".',
        data: {
          rule: 'cross-beoogd',
          fixes: [
            {
              title: 'Neem "> 70%" over uit de begroting',
              safe: false,
              edits: [{ range: { start: { line: 16, character: 81 }, end: { line: 16, character: 86 } }, newText: '> 70%' }],
            },
          ],
        },
        relatedInformation: [
          { location: { uri: begroting, range: BEGROTING_TARGET }, message: 'Beoogd 2019 in de begroting 2019' },
        ],
      },
    ]);
  });

  it('maps every severity', async () => {
    await client.configurationChanged({
      rules: { 'table-row-cells': 'error', 'cross-beoogd': 'warning', 'cross-behaald': 'info', 'cross-indicators': 'hint' },
    });
    const text = REKENING_2019.replace('| 70% | > 70% | 72% |', '| 69% | > 60% | 72% |')
      .replace('| 60% |', '| 60% | - |')
      .replace('| Aantal geïndiceerde vervoer- en woonvoorzieningen |', '| Aantal geïndiceerde vervoersvoorzieningen |');
    await client.open(rekening2019, text);
    const report = await client.pull(rekening2019);
    const byRule = new Map(report.items.map((d) => [d.code, d.severity]));
    assert.deepEqual(Object.fromEntries(byRule), {
      'cross-behaald': 3,
      'cross-beoogd': 2,
      'table-row-cells': 1,
      'cross-indicators': 4,
    });
  });

  it('answers "unchanged" when nothing changed since the last pull', async () => {
    await client.open(rekening2019, REKENING_2019.replace('> 70% | 72%', '> 60% | 72%'));
    const first = await client.pull(rekening2019);
    assert.equal(first.items.length, 1);
    const second = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri: rekening2019 },
      previousResultId: first.resultId,
    });
    assert.deepEqual(second, { kind: 'unchanged', resultId: first.resultId });
  });

  it('re-lints the text as edited (incremental changes)', async () => {
    await client.open(rekening2019, REKENING_2019);
    assert.deepEqual((await client.pull(rekening2019)).items, []);
    // `> 70%` → `> 60%` on line 17.
    await client.change(rekening2019, [{ range: { start: { line: 16, character: 83 }, end: { line: 16, character: 84 } }, text: '6' }]);
    assert.deepEqual((await client.pull(rekening2019)).items.map(briefDiagnostic), [
      'cross-beoogd@17:82-17:87 Beoogd 2019 is hier "> 60%", maar in de begroting 2019 (begroting.md) "> 70%".',
    ]);
  });

  it('refreshes a dependent document when its counterpart is edited in the editor', async () => {
    await client.open(rekening2019, REKENING_2019);
    assert.deepEqual((await client.pull(rekening2019)).items, []);
    const begrotingText = readFileSync(join(folder, 'begroting.md'), 'utf8');
    await client.open(begroting, begrotingText);
    assert.deepEqual((await client.pull(begroting)).items, []);

    const mark = client.mark;
    // `> 70%` → `> 75%` in the begroting (line 17 there).
    await client.change(begroting, [{ range: { start: { line: 16, character: 78 }, end: { line: 16, character: 79 } }, text: '5' }]);
    await client.refreshed(mark);
    assert.deepEqual((await client.pull(rekening2019)).items.map(briefDiagnostic), [CROSS_BEOOGD_75]);
  });

  it('refreshes a dependent document when its counterpart changes on disk', async () => {
    await client.open(rekening2019, REKENING_2019);
    assert.deepEqual((await client.pull(rekening2019)).items, []);

    const path = join(folder, 'begroting.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('| > 70% |', '| > 75% |'));
    const mark = client.mark;
    await client.watched([{ uri: begroting, type: FileChangeType.Changed }]);
    await client.refreshed(mark);
    assert.deepEqual((await client.pull(rekening2019)).items.map(briefDiagnostic), [CROSS_BEOOGD_75]);

    // Deleted: the begroting's findings go with it; the missing begroting is no finding.
    const mark2 = client.mark;
    removeFile(path);
    await client.watched([{ uri: begroting, type: FileChangeType.Deleted }]);
    await client.refreshed(mark2);
    assert.deepEqual((await client.pull(rekening2019)).items, []);
  });

  it('keeps the editor text of an open counterpart over the disk', async () => {
    await client.open(rekening2019, REKENING_2019);
    const path = join(folder, 'begroting.md');
    const original = readFileSync(path, 'utf8');
    await client.open(begroting, original.replace('| > 70% |', '| > 75% |'));
    assert.deepEqual((await client.pull(rekening2019)).items.map(briefDiagnostic), [CROSS_BEOOGD_75]);
    // A change on disk of an open document is not read: the editor has the text.
    writeFileSync(path, original.replace('| > 70% |', '| > 80% |'));
    await client.watched([{ uri: begroting, type: FileChangeType.Changed }]);
    assert.deepEqual((await client.pull(rekening2019)).items.map(briefDiagnostic), [CROSS_BEOOGD_75]);
    // Closed: back to the disk's text.
    const mark = client.mark;
    await client.close(begroting);
    await client.refreshed(mark);
    assert.deepEqual((await client.pull(rekening2019)).items.map(briefDiagnostic), [
      'cross-beoogd@17:82-17:87 Beoogd 2019 is hier "> 70%", maar in de begroting 2019 (begroting.md) "> 80%".',
    ]);
  });

  it('re-lints with a configuration file that appears, changes and goes', async () => {
    const text = REKENING_2019.replace('> 70% | 72%', '> 60% | 72%');
    await client.open(rekening2019, text);
    assert.deepEqual((await client.pull(rekening2019)).items.map(briefDiagnostic), [
      'cross-beoogd@17:82-17:87 Beoogd 2019 is hier "> 60%", maar in de begroting 2019 (begroting.md) "> 70%".',
    ]);

    const config = writeFile(folder, '.programmalintrc.json', JSON.stringify({ locale: 'en', rules: { 'cross-beoogd': 'error' } }));
    let mark = client.mark;
    await client.watched([{ uri: uriOf(folder, '.programmalintrc.json'), type: FileChangeType.Created }]);
    await client.refreshed(mark);
    let items = (await client.pull(rekening2019)).items;
    assert.deepEqual(items.map(briefDiagnostic), [
      'cross-beoogd@17:82-17:87 Beoogd 2019 is "> 60%" here, but "> 70%" in the begroting 2019 (begroting.md).',
    ]);
    assert.equal(items[0].severity, 1);

    writeFileSync(config, JSON.stringify({ rules: { 'cross-beoogd': 'off' } }));
    mark = client.mark;
    await client.watched([{ uri: uriOf(folder, '.programmalintrc.json'), type: FileChangeType.Changed }]);
    await client.refreshed(mark);
    assert.deepEqual((await client.pull(rekening2019)).items, []);

    removeFile(config);
    mark = client.mark;
    await client.watched([{ uri: uriOf(folder, '.programmalintrc.json'), type: FileChangeType.Deleted }]);
    await client.refreshed(mark);
    items = (await client.pull(rekening2019)).items;
    assert.deepEqual(items.map((d) => [d.code, d.severity]), [['cross-beoogd', 2]]);
  });

  it('takes the configuration file nearest to the document', async () => {
    writeFile(folder, '.programmalintrc.json', JSON.stringify({ locale: 'en' }));
    writeFile(folder, 'sub/.programmalintrc.json', JSON.stringify({ rules: { 'cross-beoogd': 'off' } }));
    const mark = client.mark;
    await client.watched([
      { uri: uriOf(folder, '.programmalintrc.json'), type: FileChangeType.Created },
      { uri: uriOf(folder, 'sub/.programmalintrc.json'), type: FileChangeType.Created },
    ]);
    await client.refreshed(mark);
    const nested = uriOf(folder, 'sub/rekening-2019-b.md');
    const text = REKENING_2019.replace('> 70% | 72%', '> 60% | 72%');
    await client.open(nested, text);
    await client.open(rekening2019, text);
    assert.deepEqual((await client.pull(nested)).items, []);
    assert.deepEqual((await client.pull(rekening2019)).items.map(briefDiagnostic), [
      'cross-beoogd@17:82-17:87 Beoogd 2019 is "> 60%" here, but "> 70%" in the begroting 2019 (begroting.md).',
    ]);
  });

  it('shows a bad configuration file as a diagnostic on it and in the log, and lints with the defaults', async () => {
    const configUri = uriOf(folder, '.programmalintrc.json');
    const configText = '{\n  "rules": { "cross-beoogd": "loud" }\n}\n';
    writeFile(folder, '.programmalintrc.json', configText);
    let mark = client.mark;
    await client.watched([{ uri: configUri, type: FileChangeType.Created }]);
    await client.refreshed(mark);
    const log = await client.logged(/\.programmalintrc\.json is not valid/, mark);
    assert.equal(log.type, 1);
    assert.equal(
      log.message,
      `programmalint: ${join(folder, '.programmalintrc.json')} is not valid, the defaults apply: ` +
        "2:30 'rules.cross-beoogd' has an invalid value; choose one of: error, warning, info, hint, off.",
    );
    await client.open(rekening2019, REKENING_2019.replace('> 70% | 72%', '> 60% | 72%'));
    assert.deepEqual((await client.pull(rekening2019)).items.map((d) => [d.code, d.severity]), [['cross-beoogd', 2]]);

    mark = client.mark;
    await client.open(configUri, configText, 'json');
    await client.refreshed(mark);
    assert.deepEqual((await client.pull(configUri)).items, [
      {
        range: { start: { line: 1, character: 29 }, end: { line: 1, character: 35 } },
        severity: 1,
        code: 'config',
        source: 'programmalint',
        message: "'rules.cross-beoogd' heeft een ongeldige waarde; kies uit: error, warning, info, hint, off.",
      },
    ]);

    // Fixed in the editor (not saved): the open text counts, for the file and for the chapters.
    mark = client.mark;
    await client.change(configUri, [{ text: '{ "rules": { "cross-beoogd": "off" } }\n' }]);
    await client.refreshed(mark);
    assert.deepEqual((await client.pull(configUri)).items, []);
    assert.deepEqual((await client.pull(rekening2019)).items, []);
  });

  it('follows the client settings: rules, locale, enable', async () => {
    await client.open(rekening2019, REKENING_2019.replace('> 70% | 72%', '> 60% | 72%'));
    assert.deepEqual((await client.pull(rekening2019)).items.map((d) => [d.code, d.severity]), [['cross-beoogd', 2]]);
    assert.deepEqual(client.configurationRequests.at(-1)?.items, [{ scopeUri: rekening2019, section: 'programmalint' }]);

    let mark = client.mark;
    await client.configurationChanged({ locale: 'en', rules: { 'cross-beoogd': 'hint' } });
    await client.refreshed(mark);
    let items = (await client.pull(rekening2019)).items;
    assert.deepEqual(items.map(briefDiagnostic), [
      'cross-beoogd@17:82-17:87 Beoogd 2019 is "> 60%" here, but "> 70%" in the begroting 2019 (begroting.md).',
    ]);
    assert.equal(items[0].severity, 4);

    mark = client.mark;
    await client.configurationChanged({ enable: false });
    await client.refreshed(mark);
    assert.deepEqual((await client.pull(rekening2019)).items, []);

    mark = client.mark;
    await client.configurationChanged({ rules: { 'cross-beoogd': 'off' } });
    await client.refreshed(mark);
    assert.deepEqual((await client.pull(rekening2019)).items, []);
  });

  it('with run = onSave keeps the diagnostics of the saved text until the next save', async () => {
    await client.configurationChanged({ run: 'onSave' });
    await client.open(rekening2019, REKENING_2019);
    assert.deepEqual((await client.pull(rekening2019)).items, []);
    await client.change(rekening2019, [{ range: { start: { line: 16, character: 83 }, end: { line: 16, character: 84 } }, text: '6' }]);
    assert.deepEqual((await client.pull(rekening2019)).items, []);
    const mark = client.mark;
    await client.save(rekening2019);
    await client.refreshed(mark);
    assert.deepEqual((await client.pull(rekening2019)).items.map(briefDiagnostic), [
      'cross-beoogd@17:82-17:87 Beoogd 2019 is hier "> 60%", maar in de begroting 2019 (begroting.md) "> 70%".',
    ]);
  });

  it('waits for the document to be quiet (debounce) and honours cancellation', async () => {
    await client.configurationChanged({ debounce: 400 });
    await client.open(rekening2019, REKENING_2019);
    assert.deepEqual((await client.pull(rekening2019)).items, []);
    await client.change(rekening2019, [{ range: { start: { line: 16, character: 83 }, end: { line: 16, character: 84 } }, text: '6' }]);
    const started = Date.now();
    const report = await client.pull(rekening2019);
    assert.ok(Date.now() - started >= 350, `answered after ${Date.now() - started} ms`);
    assert.equal(report.items.length, 1);

    await client.change(rekening2019, [{ range: { start: { line: 16, character: 83 }, end: { line: 16, character: 84 } }, text: '5' }]);
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest(
      DocumentDiagnosticRequest.type,
      { textDocument: { uri: rekening2019 } },
      source.token,
    );
    source.cancel();
    await assert.rejects(pending, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
  });

  it('indexes a workspace folder added later, and forgets a removed one', async () => {
    await client.stop();
    // Folder A: only the rekening 2019 (`> 60%`); folder B: the begroting 2019 it is compared with.
    rmSync(join(folder, 'begroting.md'));
    const other = makeWorkspace();
    try {
      client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder });
      await client.open(rekening2019, REKENING_2019.replace('> 70% | 72%', '> 60% | 72%'));
      assert.deepEqual((await client.pull(rekening2019)).items, []);

      const added = { uri: pathToFileURL(other).href, name: 'other' };
      let mark = client.mark;
      await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [added], removed: [] } });
      await client.refreshed(mark);
      assert.deepEqual((await client.pull(rekening2019)).items.map(briefDiagnostic), [
        'cross-beoogd@17:82-17:87 Beoogd 2019 is hier "> 60%", maar in de begroting 2019 (begroting.md) "> 70%".',
      ]);

      mark = client.mark;
      await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [], removed: [added] } });
      await client.refreshed(mark);
      assert.deepEqual((await client.pull(rekening2019)).items, []);
    } finally {
      removeWorkspace(other);
    }
  });

  it('uses the client locale when the settings say auto', async () => {
    await client.stop();
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder, locale: 'en-GB' });
    await client.open(rekening2019, REKENING_2019.replace('> 70% | 72%', '> 60% | 72%'));
    assert.deepEqual((await client.pull(rekening2019)).items.map(briefDiagnostic), [
      'cross-beoogd@17:82-17:87 Beoogd 2019 is "> 60%" here, but "> 70%" in the begroting 2019 (begroting.md).',
    ]);
    // A configuration file's locale goes before the client's.
    writeFile(folder, '.programmalintrc.json', JSON.stringify({ locale: 'nl' }));
    const mark = client.mark;
    await client.watched([{ uri: uriOf(folder, '.programmalintrc.json'), type: FileChangeType.Created }]);
    await client.refreshed(mark);
    assert.deepEqual((await client.pull(rekening2019)).items.map(briefDiagnostic), [
      'cross-beoogd@17:82-17:87 Beoogd 2019 is hier "> 60%", maar in de begroting 2019 (begroting.md) "> 70%".',
    ]);
  });
});

describe('language server: push diagnostics', () => {
  let folder: string;
  let client: TestClient;
  let rekening2019: string;
  let begroting: string;

  beforeEach(async () => {
    folder = makeWorkspace({ 'rekening-2019.md': REKENING_2019 });
    rekening2019 = uriOf(folder, 'rekening-2019.md');
    begroting = uriOf(folder, 'begroting.md');
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES, folder });
  });

  afterEach(async () => {
    await client.stop();
    removeWorkspace(folder);
  });

  it('does not announce pull diagnostics', () => {
    assert.equal(client.initializeResult.capabilities.diagnosticProvider, undefined);
  });

  it('publishes on open with the version, and again after an edit', async () => {
    const text = REKENING_2019.replace('> 70% | 72%', '> 60% | 72%');
    let mark = client.mark;
    await client.open(rekening2019, text);
    const opened = await client.pushed(rekening2019, mark);
    assert.equal(opened.version, 1);
    assert.deepEqual(opened.diagnostics.map(briefDiagnostic), [
      'cross-beoogd@17:82-17:87 Beoogd 2019 is hier "> 60%", maar in de begroting 2019 (begroting.md) "> 70%".',
    ]);
    assert.deepEqual(opened.diagnostics[0].data, {
      rule: 'cross-beoogd',
      fixes: [
        {
          title: 'Neem "> 70%" over uit de begroting',
          safe: false,
          edits: [{ range: { start: { line: 16, character: 81 }, end: { line: 16, character: 86 } }, newText: '> 70%' }],
        },
      ],
    });

    mark = client.mark;
    const version = await client.change(rekening2019, [
      { range: { start: { line: 16, character: 83 }, end: { line: 16, character: 84 } }, text: '7' },
    ]);
    const edited = await client.pushed(rekening2019, mark, version);
    assert.deepEqual(edited.diagnostics, []);
  });

  it('debounces an edit storm and publishes only the last version', async () => {
    await client.configurationChanged({ debounce: 300 });
    let mark = client.mark;
    await client.open(rekening2019, REKENING_2019);
    await client.pushed(rekening2019, mark);

    mark = client.mark;
    let version = 0;
    let sentLast = 0;
    // Overwrite the 7 of `> 70%` (line 17) twenty times, as fast as the client can send.
    for (let i = 0; i < 20; i++) {
      version = await client.change(rekening2019, [
        { range: { start: { line: 16, character: 83 }, end: { line: 16, character: 84 } }, text: String(i % 10) },
      ]);
      sentLast = Date.now();
    }
    const published = await client.pushed(rekening2019, mark, version);
    assert.ok(Date.now() - sentLast >= 300, `published ${Date.now() - sentLast} ms after the last edit`);
    const stale = client.messages<{ uri: string; version?: number }>('textDocument/publishDiagnostics', mark).filter(
      (p) => p.uri === rekening2019 && p.version !== version,
    );
    assert.deepEqual(stale, []);
    assert.deepEqual(published.diagnostics.map(briefDiagnostic), [
      'cross-beoogd@17:82-17:87 Beoogd 2019 is hier "> 90%", maar in de begroting 2019 (begroting.md) "> 70%".',
      'target-attainment@17:90-17:93 Doel niet gehaald: Beoogd 2019 is > 90%, Behaald 2019 is 72%.',
    ]);
  });

  it('re-publishes a dependent when its counterpart is edited, and clears on close', async () => {
    let mark = client.mark;
    await client.open(rekening2019, REKENING_2019);
    assert.deepEqual((await client.pushed(rekening2019, mark)).diagnostics, []);
    mark = client.mark;
    await client.open(begroting, readFileSync(join(folder, 'begroting.md'), 'utf8'));
    assert.deepEqual((await client.pushed(begroting, mark)).diagnostics, []);

    mark = client.mark;
    await client.change(begroting, [{ range: { start: { line: 16, character: 78 }, end: { line: 16, character: 79 } }, text: '5' }]);
    const dependent = await client.pushed(rekening2019, mark);
    assert.equal(dependent.version, 1);
    assert.deepEqual(dependent.diagnostics.map(briefDiagnostic), [CROSS_BEOOGD_75]);

    mark = client.mark;
    await client.close(begroting);
    assert.deepEqual(await client.pushed(begroting, mark), { uri: begroting, diagnostics: [] });
    // Closed without saving: the disk's begroting (> 70%) counts again.
    assert.deepEqual((await client.pushed(rekening2019, mark)).diagnostics, []);
  });

  it('re-publishes after a configuration file changes on disk', async () => {
    let mark = client.mark;
    await client.open(rekening2019, REKENING_2019.replace('> 70% | 72%', '> 60% | 72%'));
    assert.equal((await client.pushed(rekening2019, mark)).diagnostics.length, 1);
    writeFile(folder, '.programmalintrc.json', JSON.stringify({ rules: { 'cross-beoogd': 'off' } }));
    mark = client.mark;
    await client.watched([{ uri: uriOf(folder, '.programmalintrc.json'), type: FileChangeType.Created }]);
    assert.deepEqual((await client.pushed(rekening2019, mark)).diagnostics, []);
  });

  it('publishes the problems of an open configuration file', async () => {
    const configUri = uriOf(folder, '.programmalintrc.json');
    const mark = client.mark;
    await client.open(configUri, '{ "locale": "fr" }', 'json');
    const published = await client.pushed(configUri, mark);
    assert.deepEqual(published.diagnostics.map(briefDiagnostic), [
      "config@1:13-1:17 'locale' heeft een ongeldige waarde; kies uit: nl, en.",
    ]);
  });

  it('with run = onSave publishes on open and save only', async () => {
    // Debounce 0: a push on change would be due at once, before the sentinel's below.
    await client.configurationChanged({ run: 'onSave', debounce: 0 });
    let mark = client.mark;
    await client.open(rekening2019, REKENING_2019);
    await client.pushed(rekening2019, mark);
    mark = client.mark;
    const edited = await client.change(rekening2019, [
      { range: { start: { line: 16, character: 83 }, end: { line: 16, character: 84 } }, text: '6' },
    ]);
    // A document opened after the change is published after any push the change caused (timers
    // of equal delay fire in order, and the sentinel's settings take one more round trip).
    const sentinel = 'untitled:sentinel';
    await client.open(sentinel, '# Leeg\n');
    await client.pushed(sentinel, mark);
    assert.deepEqual(pushesOf(client, rekening2019, mark), [], 'nothing is published on change');
    await client.save(rekening2019);
    const saved = await client.pushed(rekening2019, mark);
    assert.equal(saved.version, edited);
    assert.deepEqual(saved.diagnostics.map(briefDiagnostic), [
      'cross-beoogd@17:82-17:87 Beoogd 2019 is hier "> 60%", maar in de begroting 2019 (begroting.md) "> 70%".',
    ]);
    assert.equal(pushesOf(client, rekening2019, mark).length, 1, 'one publication, on save');
  });
});

/** The diagnostics published for a document after message `after`. */
function pushesOf(client: TestClient, uri: string, after: number): PublishDiagnosticsParams[] {
  return client.messages<PublishDiagnosticsParams>(PublishDiagnosticsNotification.type.method, after).filter((p) => p.uri === uri);
}

function removeFile(path: string): void {
  rmSync(path);
}
