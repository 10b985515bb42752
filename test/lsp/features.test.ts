/**
 * The editor features over real JSON-RPC: completion, hover, definition, references, rename,
 * document symbols, folding, code actions and the two commands. The workspace holds the templates
 * (rekening 2018, begroting 2019) and a rekening 2019 of the same beleidsveld.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, CompletionItem, Hover, Location, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { REKENING_2019 } from './chapters.js';
import { makeWorkspace, PULL_CAPABILITIES, removeWorkspace, TestClient, uriOf } from './client.js';

/** A range from 0-based line/character pairs. */
function range(line: number, start: number, endLine: number, end: number) {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

/** The row of rekening.md with the markers (I) and (II) (0-based line 16). */
const ROW = 16;

describe('language server: features', () => {
  let folder: string;
  let client: TestClient;
  let rekening: string;
  let rekeningText: string;
  let rekening2019: string;

  beforeEach(async () => {
    folder = makeWorkspace({ 'rekening-2019.md': REKENING_2019 });
    rekening = uriOf(folder, 'rekening.md');
    rekening2019 = uriOf(folder, 'rekening-2019.md');
    rekeningText = readFileSync(join(folder, 'rekening.md'), 'utf8');
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder });
  });

  afterEach(async () => {
    await client.stop();
    removeWorkspace(folder);
  });

  const request = <R>(method: string, params: object): Promise<R> => client.connection.sendRequest(method, params);
  /** The first marker (II) of the row: `(II)` at 16:83-16:87, its numeral at 16:84-16:86. */
  const atMarker = () => ({ textDocument: { uri: rekening }, position: { line: ROW, character: 85 } });

  it('hovers a footnote marker with its definition', async () => {
    await client.open(rekening, rekeningText);
    assert.deepEqual(await request<Hover>('textDocument/hover', atMarker()), {
      contents: { kind: 'markdown', value: '**(II)** Op het aandeel bewoners dat zegt contact te hebben gehad met WIJ-Groningen.' },
      range: range(ROW, 83, ROW, 87),
    });
  });

  it('hovers an indicator with its values across the workspace', async () => {
    await client.open(rekening2019, REKENING_2019);
    assert.deepEqual(
      await request<Hover>('textDocument/hover', { textDocument: { uri: rekening2019 }, position: { line: ROW, character: 10 } }),
      {
        contents: {
          kind: 'markdown',
          value: [
            '**% bewoners dat zegt dat de geboden ondersteuning past bij de hulpvraag**',
            '',
            '| Kolom | Waarde | Bestand |',
            '| --- | --- | --- |',
            '| Behaald 2017 | 68% (II) | rekening.md |',
            '| Beoogd 2018 | Toename | rekening.md |',
            '| Behaald 2018 | 70% | rekening-2019.md |',
            '| Behaald 2018 | 70% (II) | rekening.md |',
            '| Beoogd 2019 | \\> 70% | begroting.md |',
            '| Beoogd 2019 | \\> 70% | rekening-2019.md |',
            '| Behaald 2019 | 72% | rekening-2019.md |',
          ].join('\n'),
        },
        range: range(ROW, 2, ROW, 72),
      },
    );
  });

  it('goes to the definition of a marker and finds its references', async () => {
    await client.open(rekening, rekeningText);
    assert.deepEqual(await request<Location[]>('textDocument/definition', atMarker()), [
      { uri: rekening, range: range(22, 0, 22, 79) },
    ]);
    const uses = [
      { uri: rekening, range: range(ROW, 84, ROW, 86) },
      { uri: rekening, range: range(ROW, 105, ROW, 107) },
    ];
    assert.deepEqual(
      await request<Location[]>('textDocument/references', { ...atMarker(), context: { includeDeclaration: true } }),
      [...uses, { uri: rekening, range: range(22, 0, 22, 2) }],
    );
    assert.deepEqual(
      await request<Location[]>('textDocument/references', { ...atMarker(), context: { includeDeclaration: false } }),
      uses,
    );
  });

  it('renames a footnote numeral in every marker and its definition', async () => {
    await client.open(rekening, rekeningText);
    assert.deepEqual(await request('textDocument/prepareRename', atMarker()), {
      range: range(ROW, 84, ROW, 86),
      placeholder: 'II',
    });
    assert.deepEqual(await request<WorkspaceEdit>('textDocument/rename', { ...atMarker(), newName: 'III' }), {
      changes: {
        [rekening]: [
          { range: range(ROW, 84, ROW, 86), newText: 'III' },
          { range: range(ROW, 105, ROW, 107), newText: 'III' },
          { range: range(22, 0, 22, 4), newText: 'III ' },
        ],
      },
    });
    // Outside a marker there is nothing to rename.
    assert.equal(await request('textDocument/prepareRename', { textDocument: { uri: rekening }, position: { line: 8, character: 5 } }), null);
  });

  it('completes footnote numerals: the next free one first, then the defined ones with their text', async () => {
    await client.open(rekening, rekeningText);
    const items = await request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: rekening },
      position: { line: ROW, character: 84 },
    });
    const numeral = range(ROW, 84, ROW, 86);
    assert.deepEqual(items, [
      { label: 'III', kind: 18, detail: 'nieuwe voetnoot', sortText: '0', preselect: true, textEdit: { range: numeral, newText: 'III' } },
      {
        label: 'I',
        kind: 18,
        detail: 'In de voorgaande Rekening is deze uitkomstmaat anders gedef…',
        documentation: { kind: 'markdown', value: '**(I)** In de voorgaande Rekening is deze uitkomstmaat anders gedefinieerd.' },
        sortText: '101',
        textEdit: { range: numeral, newText: 'I' },
      },
      {
        label: 'II',
        kind: 18,
        detail: 'Op het aandeel bewoners dat zegt contact te hebben gehad me…',
        documentation: { kind: 'markdown', value: '**(II)** Op het aandeel bewoners dat zegt contact te hebben gehad met WIJ-Groningen.' },
        sortText: '102',
        textEdit: { range: numeral, newText: 'II' },
      },
    ]);
  });

  it('completes a Beoogd cell with the begroting’s target first', async () => {
    await client.open(rekening2019, REKENING_2019.replace('| 70% | > 70% | 72% |', '| 70% |  | 72% |'));
    const items = await request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: rekening2019 },
      position: { line: ROW, character: 82 },
    });
    const at = range(ROW, 82, ROW, 82);
    assert.deepEqual(
      items.map((i) => [i.label, i.kind, i.detail, i.sortText, i.textEdit && 'range' in i.textEdit ? i.textEdit.range : undefined]),
      [
        ['> 70%', 12, 'Beoogd 2019 (begroting.md)', '0000', at],
        ['68%', 12, 'Behaald 2017 (rekening.md)', '2001', at],
        ['Toename', 12, 'Beoogd 2018 (rekening.md)', '2002', at],
        ['70%', 12, 'Behaald 2018 (rekening.md)', '2003', at],
        ['-', 21, 'geen gegevens', '1000', at],
        ['Toename', 14, 'trendwoord: stijging', '1001', at],
        ['Afname', 14, 'trendwoord: daling', '1002', at],
        ['Gelijk', 14, 'trendwoord: geen verandering', '1003', at],
        ['Stabiel', 14, 'trendwoord: geen verandering', '1004', at],
      ],
    );
    assert.equal(items[0].preselect, true);
  });

  it('lists the document symbols: programme, beleidsveld, sections, table', async () => {
    await client.open(rekening, rekeningText);
    assert.deepEqual(await request('textDocument/documentSymbol', { textDocument: { uri: rekening } }), [
      {
        name: 'Programma 4: Welzijn, gezondheid en zorg',
        kind: 2,
        range: range(6, 0, 34, 5),
        selectionRange: range(6, 2, 6, 42),
        children: [
          {
            name: '4.2.1 Ondersteunende voorzieningen',
            kind: 3,
            range: range(8, 0, 34, 5),
            selectionRange: range(8, 3, 8, 37),
            children: [
              {
                name: 'Prestatie-indicatoren',
                kind: 15,
                range: range(12, 0, 22, 79),
                selectionRange: range(12, 4, 12, 25),
                children: [
                  {
                    name: 'Prestatie-indicatoren',
                    detail: '3 rijen',
                    kind: 18,
                    range: range(14, 0, 18, 102),
                    selectionRange: range(14, 2, 14, 23),
                    children: [],
                  },
                ],
              },
              { name: 'Wat wilden we bereiken in 2018?', kind: 15, range: range(24, 0, 26, 23), selectionRange: range(24, 4, 24, 35), children: [] },
              { name: 'Wat hebben we hiervoor gedaan?', kind: 15, range: range(28, 0, 30, 5), selectionRange: range(28, 4, 28, 34), children: [] },
              { name: 'Conclusie', kind: 15, range: range(32, 0, 34, 5), selectionRange: range(32, 4, 32, 13), children: [] },
            ],
          },
        ],
      },
    ]);
  });

  it('folds the front matter, headings, the table and the footnotes', async () => {
    await client.open(rekening, rekeningText);
    assert.deepEqual(await request('textDocument/foldingRange', { textDocument: { uri: rekening } }), [
      { startLine: 0, endLine: 4 },
      { startLine: 6, endLine: 34 },
      { startLine: 8, endLine: 34 },
      { startLine: 12, endLine: 22 },
      { startLine: 14, endLine: 18 },
      { startLine: 20, endLine: 22 },
      { startLine: 24, endLine: 26 },
      { startLine: 28, endLine: 30 },
      { startLine: 32, endLine: 34 },
    ]);
  });

  it('offers the quick fix of a diagnostic and the fix-all source action', async () => {
    const text = rekeningText.replace('| 68% (II) | Toename | 70% (II) |', '| 68 % (II) | Toename | 70 % (II) |');
    await client.open(rekening, text);
    const [first, second] = (await client.pull(rekening)).items;
    assert.deepEqual([first.code, first.range, second.code, second.range], [
      'value-format',
      range(ROW, 79, ROW, 83),
      'value-format',
      range(ROW, 101, ROW, 105),
    ]);
    const fixAll: CodeAction = {
      title: 'Alle veilige correcties toepassen',
      kind: 'source.fixAll.programmalint',
      // `68 % (II) | Toename | 70 %` → `68% (II) | Toename | 70%`, as one minimal edit.
      edit: { changes: { [rekening]: [{ range: range(ROW, 81, ROW, 104), newText: '% (II) | Toename | 70' }] } },
    };
    assert.deepEqual(
      await request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: rekening },
        range: first.range,
        context: { diagnostics: [first] },
      }),
      [
        {
          title: "Vervangen door '68%'",
          kind: 'quickfix',
          edit: { changes: { [rekening]: [{ range: range(ROW, 79, ROW, 83), newText: '68%' }] } },
          diagnostics: [first],
          isPreferred: true,
        },
        fixAll,
      ],
    );
    assert.deepEqual(
      await request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: rekening },
        range: range(0, 0, 0, 0),
        context: { diagnostics: [], only: ['source.fixAll.programmalint'] },
      }),
      [fixAll],
    );
  });

  it('offers the cross-document quick fix from the diagnostic data', async () => {
    await client.open(rekening2019, REKENING_2019.replace('> 70% | 72%', '> 60% | 72%'));
    const [diagnostic] = (await client.pull(rekening2019)).items;
    assert.equal(diagnostic.code, 'cross-beoogd');
    assert.deepEqual(
      await request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: rekening2019 },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      }),
      [
        {
          title: 'Neem "> 70%" over uit de begroting',
          kind: 'quickfix',
          edit: { changes: { [rekening2019]: [{ range: range(ROW, 81, ROW, 86), newText: '> 70%' }] } },
          diagnostics: [diagnostic],
        },
      ],
    );
  });

  /** rekening.md with (II) used before (I): renumbering swaps them. */
  const swapped = () =>
    rekeningText.replace('hulpvraag (I) | 68% (II)', 'hulpvraag (II) | 68% (I)').replace('70% (II)', '70% (I)');
  const renumberEdits = () => [
    { range: range(ROW, 74, ROW, 76), newText: 'I' },
    { range: range(ROW, 85, ROW, 86), newText: 'II' },
    { range: range(ROW, 105, ROW, 106), newText: 'II' },
    { range: range(20, 0, 20, 71), newText: 'I   Op het aandeel bewoners dat zegt contact te hebben gehad met WIJ-Groningen.' },
    { range: range(22, 0, 22, 79), newText: 'II  In de voorgaande Rekening is deze uitkomstmaat anders gedefinieerd.' },
  ];

  it('offers renumbering footnotes as a refactoring, and runs it as a command', async () => {
    await client.open(rekening, swapped());
    const edit = { changes: { [rekening]: renumberEdits() } };
    assert.deepEqual(
      await request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: rekening },
        range: range(ROW, 0, ROW, 0),
        context: { diagnostics: [], only: ['refactor'] },
      }),
      [{ title: 'Voetnoten hernummeren', kind: 'refactor.rewrite', edit }],
    );
    const mark = client.mark;
    assert.deepEqual(
      await request('workspace/executeCommand', {
        command: 'programmalint.renumberFootnotes',
        arguments: [rekening, { line: ROW, character: 0 }],
      }),
      { applied: true },
    );
    assert.deepEqual(client.messages('workspace/applyEdit', mark), [{ label: 'Voetnoten hernummeren', edit }]);
  });

  it('scaffolds the rekening table from the begroting, as a refactoring and as a command', async () => {
    // REKENING_2019 without its table: the heading "Prestatie-indicatoren" (line 13) and a blank line stay.
    const text = REKENING_2019.split('\n').filter((_, i) => i < 14 || i > 19).join('\n');
    await client.open(rekening2019, text);
    const edit = {
      changes: {
        [rekening2019]: [
          {
            range: range(13, 0, 13, 0),
            newText: [
              '',
              '| Prestatie-indicatoren | Behaald 2018 | Beoogd 2019 | Behaald 2019 |',
              '| --- | --- | --- | --- |',
              '| % bewoners dat zegt dat de geboden ondersteuning past bij de hulpvraag | 70% | > 70% |  |',
              '| % hulpvragen dat is verwezen naar sociale basisvoorzieningen | 57% (uitdraai op 27-2-19) | toename |  |',
              '| Aantal geïndiceerde vervoer- en woonvoorzieningen | 14.134 (8.488 pers.) | - |  |',
              '',
            ].join('\n'),
          },
        ],
      },
    };
    assert.deepEqual(
      await request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: rekening2019 },
        range: range(13, 0, 13, 0),
        context: { diagnostics: [], only: ['refactor.rewrite'] },
      }),
      [{ title: 'Rekeningtabel opbouwen uit de begroting 2019', kind: 'refactor.rewrite', edit }],
    );
    const mark = client.mark;
    assert.deepEqual(
      await request('workspace/executeCommand', {
        command: 'programmalint.scaffoldRekeningTable',
        arguments: [{ textDocument: { uri: rekening2019 }, position: { line: 13, character: 0 } }],
      }),
      { applied: true },
    );
    assert.deepEqual(client.messages('workspace/applyEdit', mark), [
      { label: 'Rekeningtabel opbouwen uit de begroting 2019', edit },
    ]);
  });

  it('answers a command with nothing to do with null and applies nothing', async () => {
    await client.open(rekening, rekeningText);
    const mark = client.mark;
    assert.equal(
      await request('workspace/executeCommand', { command: 'programmalint.renumberFootnotes', arguments: [rekening] }),
      null,
    );
    assert.deepEqual(client.messages('workspace/applyEdit', mark), []);
  });
});
