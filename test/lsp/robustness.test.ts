/**
 * Robustness of the language server: failing handlers answer a default and log, positions
 * outside the document give answers inside it, unknown and non-chapter documents are harmless,
 * the uri spelling of the client is kept, and a 10,000-line chapter stays responsive.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileChangeType, type Range } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/service/positions.js';
import { Sanitizer } from '../../server/src/lsp/sanitize.js';
import { bigChapter, REKENING_2019 } from './chapters.js';
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

/** Every `range` in an answer, wherever it is nested. */
function rangesIn(value: unknown, found: Range[] = []): Range[] {
  if (Array.isArray(value)) value.forEach((v) => rangesIn(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (['range', 'selectionRange', 'insert', 'replace'].includes(key) && v && typeof v === 'object' && 'start' in v) {
        found.push(v as Range);
      } else rangesIn(v, found);
    }
  }
  return found;
}

describe('language server: robustness', () => {
  let folder: string;
  let client: TestClient;
  let rekening: string;
  let rekeningText: string;

  beforeEach(async () => {
    folder = makeWorkspace({ 'rekening-2019.md': REKENING_2019 });
    rekening = uriOf(folder, 'rekening.md');
    rekeningText = readFileSync(join(folder, 'rekening.md'), 'utf8');
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder });
  });

  afterEach(async () => {
    await client.stop();
    removeWorkspace(folder);
  });

  const request = <R>(method: string, params: object): Promise<R> => client.connection.sendRequest(method, params);

  it('logs a failing handler and answers its default', async () => {
    await client.open(rekening, rekeningText);
    const mark = client.mark;
    assert.equal(await request('textDocument/hover', { textDocument: { uri: rekening }, position: null }), null);
    assert.deepEqual(await request('textDocument/completion', { textDocument: { uri: rekening }, position: null }), []);
    const log = await client.logged(/textDocument\/hover failed/, mark);
    assert.equal(log.type, 1);
    assert.match(log.message, /^programmalint: textDocument\/hover failed: TypeError: /);
    await client.logged(/textDocument\/completion failed/, mark);
    // The server lives on.
    assert.deepEqual((await client.pull(rekening)).items, []);
  });

  it('answers positions outside the document with ranges inside it', async () => {
    // Line 17 is the first indicator row; its `68 %` gives a finding with a fix.
    const text = rekeningText.replace('| 68% (II) |', '| 68 % (II) |');
    const row = text.split('\n')[16];
    assert.match(row, /^\| % bewoners .* \| 68 % \(II\) \| Toename \| 70% \(II\) \|$/);
    await client.open(rekening, text);
    const diagnostics = (await client.pull(rekening)).items;
    assert.ok(diagnostics.length > 0);
    const lines = new LineIndex(text);
    const last = lines.lineCount - 1;
    const ranges: Record<string, number> = {};
    for (const position of [
      { line: 500, character: 0 },
      { line: 16, character: 10_000 },
      { line: -1, character: -5 },
    ]) {
      const at = { textDocument: { uri: rekening }, position };
      const answers = {
        hover: await request('textDocument/hover', at),
        completion: await request('textDocument/completion', at),
        definition: await request('textDocument/definition', at),
        references: await request('textDocument/references', { ...at, context: { includeDeclaration: true } }),
        prepareRename: await request('textDocument/prepareRename', at),
        rename: await request('textDocument/rename', { ...at, newName: 'IV' }),
        // As an editor asks: with the document's diagnostics.
        codeAction: await request('textDocument/codeAction', {
          textDocument: { uri: rekening },
          range: { start: position, end: { line: position.line + 3, character: 0 } },
          context: { diagnostics },
        }),
      };
      const found = rangesIn(Object.values(answers));
      ranges[JSON.stringify(position)] = found.length;
      for (const r of found) {
        for (const p of [r.start, r.end]) {
          assert.ok(p.line >= 0 && p.line <= last, `line ${p.line} outside 0..${last}`);
          assert.ok(p.character >= 0 && p.character <= lines.lineText(p.line).length, `character ${p.character} outside line ${p.line}`);
        }
      }
      // Past the end of a row is its end: the values of a next cell are offered there.
      if (position.line === 16) {
        const edits = rangesIn(answers.completion);
        assert.ok(edits.length > 0, 'completions after the row');
        for (const r of edits) assert.deepEqual(r, { start: { line: 16, character: row.length }, end: { line: 16, character: row.length } });
      }
    }
    for (const [position, n] of Object.entries(ranges)) assert.ok(n > 0, `ranges checked at ${position}`);
    // Far below the end there is nothing to hover.
    assert.equal(await request('textDocument/hover', { textDocument: { uri: rekening }, position: { line: 500, character: 0 } }), null);
  });

  it('answers defaults for documents it does not know or does not lint', async () => {
    const unknown = uriOf(folder, 'nowhere.md');
    assert.equal(await request('textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await request('textDocument/documentSymbol', { textDocument: { uri: unknown } }), []);
    assert.deepEqual(await request('textDocument/foldingRange', { textDocument: { uri: unknown } }), []);
    assert.deepEqual(await client.pull(unknown), { kind: 'full', items: [] });

    const text = uriOf(folder, 'notes.txt');
    await client.open(text, '| Prestatie-indicatoren | Behaald 2016 |\n| --- | --- |\n| a | 68 % |\n', 'plaintext');
    assert.deepEqual((await client.pull(text)).items, []);
    assert.deepEqual(await request('textDocument/documentSymbol', { textDocument: { uri: text } }), []);
  });

  it('rejects a command without a document', async () => {
    const mark = client.mark;
    assert.equal(await request('workspace/executeCommand', { command: 'programmalint.renumberFootnotes', arguments: [] }), null);
    const log = await client.logged(/needs a document uri/, mark);
    assert.equal(log.message, 'programmalint: programmalint.renumberFootnotes needs a document uri.');
  });

  it('lints untitled documents with the default settings', async () => {
    const untitled = 'untitled:Untitled-1';
    await client.open(untitled, rekeningText.replace('| 68% (II) |', '| 68 % (II) |'));
    assert.deepEqual((await client.pull(untitled)).items.map(briefDiagnostic), [
      "value-format@17:80-17:84 '68 %': geen spatie tussen het getal en het procentteken. Schrijf '68%'.",
    ]);
  });

  it('keeps the client’s spelling of a uri and indexes the file once', async () => {
    writeFile(folder, 'rekening (2019).md', REKENING_2019);
    // The file appeared after the start: the watcher tells.
    await client.watched([{ uri: uriOf(folder, 'rekening (2019).md'), type: FileChangeType.Created }]);
    // The client encodes the parentheses, Node's pathToFileURL does not.
    const spelled = uriOf(folder, 'rekening (2019).md').replace('(', '%28').replace(')', '%29');
    assert.notEqual(spelled, uriOf(folder, 'rekening (2019).md'));
    // `> 60%` (a cross-beoogd finding) and a footnote (I) on `72%`, defined below the table (line 21).
    const text = REKENING_2019.replace('> 70% | 72%', '> 60% | 72% (I)').replace(
      '| 14.134 | - | 14.000 |\n\n',
      '| 14.134 | - | 14.000 |\n\nI   Voorlopig cijfer.\n\n',
    );
    await client.open(spelled, text);
    assert.deepEqual((await client.pull(spelled)).items.map(briefDiagnostic), [
      'cross-beoogd@17:82-17:87 Beoogd 2019 is hier "> 60%", maar in de begroting 2019 (begroting.md) "> 70%".',
    ]);
    assert.deepEqual(
      await request('textDocument/definition', { textDocument: { uri: spelled }, position: { line: 16, character: 94 } }),
      [{ uri: spelled, range: { start: { line: 20, character: 0 }, end: { line: 20, character: 21 } } }],
    );
    // One document, not two (the disk's and the editor's): the hover lists rekening (2019).md once per value.
    const hover = await request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: spelled },
      position: { line: 16, character: 10 },
    });
    assert.deepEqual(
      hover.contents.value.split('\n').filter((l) => l.includes('rekening (2019).md')),
      [
        '| Behaald 2018 | 70% | rekening (2019).md |',
        '| Beoogd 2019 | \\> 60% | rekening (2019).md |',
        '| Behaald 2019 | 72% (I) | rekening (2019).md |',
      ],
    );
  });

  it('indexes only Markdown outside node_modules', async () => {
    await client.stop();
    writeFile(folder, 'node_modules/pkg/begroting.md', readFileSync(join(folder, 'begroting.md'), 'utf8').replace('> 70%', '> 99%'));
    writeFileSync(join(folder, 'begroting.md'), '# Leeg\n');
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder });
    const rekening2019 = uriOf(folder, 'rekening-2019.md');
    await client.open(rekening2019, REKENING_2019);
    // No begroting 2019 in the workspace (the one under node_modules does not count): no cross finding.
    assert.deepEqual((await client.pull(rekening2019)).items, []);
  });

  it('indexes a .markdown chapter like a .md one', async () => {
    await client.stop();
    const begroting = readFileSync(join(folder, 'begroting.md'), 'utf8').replace('> 70%', '> 75%');
    writeFileSync(join(folder, 'begroting.md'), '# Leeg\n');
    writeFile(folder, 'begroting-2019.markdown', begroting);
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder });
    const rekening2019 = uriOf(folder, 'rekening-2019.md');
    await client.open(rekening2019, REKENING_2019);
    assert.deepEqual((await client.pull(rekening2019)).items.map(briefDiagnostic), [
      'cross-beoogd@17:82-17:87 Beoogd 2019 is hier "> 70%", maar in de begroting 2019 (begroting-2019.markdown) "> 75%".',
    ]);
  });
});

describe('language server: a 10,000-line chapter', () => {
  let client: TestClient;
  const uri = 'file:///big/rekening-2018.md';
  const text = bigChapter(435);

  before(async () => {
    client = await TestClient.start({ capabilities: PUSH_CAPABILITIES });
  });

  after(async () => {
    await client.stop();
  });

  it('is linted once after an edit storm and answers requests meanwhile', async function () {
    this.timeout(60_000);
    assert.ok(new LineIndex(text).lineCount > 10_000);
    let mark = client.mark;
    await client.open(uri, text);
    assert.deepEqual((await client.pushed(uri, mark)).diagnostics, []);

    mark = client.mark;
    let version = 0;
    // Type "abcdefghij" at the end of the heading of the last beleidsveld, one key at a time.
    const line = text.split('\n').findIndex((l) => l === '## 4.2.435 Beleidsveld 435');
    for (let i = 0; i < 10; i++) {
      version = await client.change(uri, [
        { range: { start: { line, character: 26 + i }, end: { line, character: 26 + i } }, text: 'abcdefghij'[i] },
      ]);
    }
    const started = Date.now();
    const symbols = await client.connection.sendRequest<{ children?: { name: string }[] }[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    const elapsed = Date.now() - started;
    assert.equal(symbols[0].children?.at(-1)?.name, '4.2.435 Beleidsveld 435abcdefghij');
    assert.ok(elapsed < 10_000, `documentSymbol took ${elapsed} ms`);

    const published = await client.pushed(uri, mark, version);
    assert.deepEqual(published.diagnostics, []);
    const versions = client
      .messages<{ uri: string; version?: number }>('textDocument/publishDiagnostics', mark)
      .filter((p) => p.uri === uri)
      .map((p) => p.version);
    assert.deepEqual(versions, [version]);
  });
});

describe('language server: sanitizing answers', () => {
  const text = 'eerste regel\ntweede\n';
  const lines = new LineIndex(text);
  const sanitizer = new Sanitizer({
    lines: (uri) => (uri === 'file:///a.md' ? lines : undefined),
    clientUri: (uri) => (uri === 'file:///a.md' ? 'file:///A.md' : uri),
  });
  const r = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

  it('clamps ranges into the document and keeps them ordered', () => {
    assert.deepEqual(sanitizer.range(lines, r(0, 5, 9, 9)), r(0, 5, 2, 0));
    assert.deepEqual(sanitizer.range(lines, r(1, 99, 1, 99)), r(1, 6, 1, 6));
    assert.deepEqual(sanitizer.range(lines, r(1, 3, 0, 1)), r(1, 3, 1, 3));
    assert.deepEqual(sanitizer.range(lines, r(-2, -1, 0, 4)), r(0, 0, 0, 4));
  });

  it('keeps a symbol’s selection range inside its range', () => {
    assert.deepEqual(
      sanitizer.symbols('file:///a.md', [{ name: 's', kind: 15, range: r(0, 2, 1, 3), selectionRange: r(0, 0, 5, 0) }]),
      [{ name: 's', kind: 15, range: r(0, 2, 1, 3), selectionRange: r(0, 2, 1, 3) }],
    );
  });

  it('drops folding ranges that fold nothing and clamps the others', () => {
    assert.deepEqual(
      sanitizer.foldingRanges('file:///a.md', [
        { startLine: 0, endLine: 40 },
        { startLine: 2, endLine: 2 },
        { startLine: 7, endLine: 9 },
      ]),
      [{ startLine: 0, endLine: 2 }],
    );
  });

  it('maps uris to the client’s spelling in locations and edits', () => {
    assert.deepEqual(sanitizer.locations([{ uri: 'file:///a.md', range: r(0, 0, 0, 99) }]), [
      { uri: 'file:///A.md', range: r(0, 0, 0, 12) },
    ]);
    assert.deepEqual(
      sanitizer.workspaceEdit({
        changes: { 'file:///a.md': [{ range: r(3, 0, 3, 0), newText: 'x' }] },
        documentChanges: [{ textDocument: { uri: 'file:///a.md', version: 2 }, edits: [{ range: r(0, 20, 0, 30), newText: 'y' }] }],
      }),
      {
        changes: { 'file:///A.md': [{ range: r(2, 0, 2, 0), newText: 'x' }] },
        documentChanges: [{ textDocument: { uri: 'file:///A.md', version: 2 }, edits: [{ range: r(0, 12, 0, 12), newText: 'y' }] }],
      },
    );
    // Unknown documents are passed through.
    assert.deepEqual(sanitizer.locations([{ uri: 'file:///b.md', range: r(7, 0, 9, 9) }]), [
      { uri: 'file:///b.md', range: r(7, 0, 9, 9) },
    ]);
  });
});
