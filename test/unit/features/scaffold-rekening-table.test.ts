/** Scaffolding a rekening table from the begroting of the same year. */
import assert from 'node:assert/strict';
import { scaffoldRekeningTable } from '../../../server/src/service/features/index.js';
import { begroting2019, lines, r, rekening2018, workspace } from './setup.js';

const rekening2019 = lines(
  '---',
  'document: rekening',
  'jaar: 2019',
  'programma: 4',
  '---',
  '',
  '# Programma 4: Welzijn, gezondheid en zorg',
  '',
  '## 4.2.1 Ondersteunende voorzieningen', // 8
  '',
  'Met de onderstaande indicatoren is de voortgang van dit beleidsveld in 2019 gemeten.', // 10
  '',
  '### Wat wilden we bereiken in 2019?', // 12
  '',
  'Passende ondersteuning.',
);

/** The begroting with footnote markers in a name and a value: they must not be copied. */
const begrotingWithMarkers = begroting2019.replace('hulpvraag | > 70% |', 'hulpvraag (I) | > 70% (II) |');

const table = [
  '| Prestatie-indicatoren | Behaald 2018 | Beoogd 2019 | Behaald 2019 |',
  '| --- | --- | --- | --- |',
  '| % bewoners dat zegt dat de geboden ondersteuning past bij de hulpvraag | 70% | > 70% |  |',
  '| % hulpvragen dat is verwezen naar sociale basisvoorzieningen | 57% (uitdraai op 27-2-19) | toename |  |',
  '| Aantal geïndiceerde vervoer- en woonvoorzieningen | 14.134 (8.488 pers.) | - |  |',
].join('\n');

function edits(edit: ReturnType<typeof scaffoldRekeningTable>, uri: string): string[] | null {
  return edit && (edit.changes?.[uri] ?? []).map((e) => `${r(e.range)} ${JSON.stringify(e.newText)}`);
}

describe('features: scaffoldRekeningTable', () => {
  const files = {
    'begroting-2019.md': begrotingWithMarkers,
    'rekening-2018.md': rekening2018,
    'rekening-2019.md': rekening2019,
  };
  const uri = 'file:///ws/rekening-2019.md';

  it("builds the table from the begroting's targets and last year's results, at a blank line", () => {
    const { ctx, docs } = workspace(files);
    assert.deepEqual(edits(scaffoldRekeningTable(docs['rekening-2019.md'], { line: 11, character: 0 }, ctx), uri), [
      `11:0-11:0 ${JSON.stringify(`\n${table}\n`)}`,
    ]);
  });

  it('inserts after the beleidsveld heading when the cursor is on it, and before a line of prose', () => {
    const { ctx, docs } = workspace(files);
    const doc = docs['rekening-2019.md'];
    assert.deepEqual(edits(scaffoldRekeningTable(doc, { line: 8, character: 5 }, ctx), uri), [
      `9:0-9:0 ${JSON.stringify(`\n${table}\n`)}`,
    ]);
    assert.deepEqual(edits(scaffoldRekeningTable(doc, { line: 10, character: 20 }, ctx), uri), [
      `10:0-10:0 ${JSON.stringify(`${table}\n\n`)}`,
    ]);
  });

  it('writes - for last year when there is no rekening of last year', () => {
    const { ctx, docs } = workspace({ 'begroting-2019.md': begroting2019, 'rekening-2019.md': rekening2019 });
    const edit = scaffoldRekeningTable(docs['rekening-2019.md'], { line: 11, character: 0 }, ctx);
    assert.deepEqual(edits(edit, uri), [
      `11:0-11:0 ${JSON.stringify(
        '\n' +
          [
            '| Prestatie-indicatoren | Behaald 2018 | Beoogd 2019 | Behaald 2019 |',
            '| --- | --- | --- | --- |',
            '| % bewoners dat zegt dat de geboden ondersteuning past bij de hulpvraag | - | > 70% |  |',
            '| % hulpvragen dat is verwezen naar sociale basisvoorzieningen | - | toename |  |',
            '| Aantal geïndiceerde vervoer- en woonvoorzieningen | - | - |  |',
          ].join('\n') +
          '\n',
      )}`,
    ]);
  });

  it('replaces a table of the beleidsveld that has no rows yet', () => {
    const text = rekening2019.replace(
      'gemeten.\n',
      'gemeten.\n\n| Prestatie-indicatoren | Behaald 2018 | Beoogd 2019 | Behaald 2019 |\n| --- | --- | --- | --- |\n',
    );
    const { ctx, docs } = workspace({ ...files, 'rekening-2019.md': text });
    assert.deepEqual(edits(scaffoldRekeningTable(docs['rekening-2019.md'], { line: 16, character: 0 }, ctx), uri), [
      `12:0-13:25 ${JSON.stringify(table)}`,
    ]);
  });

  it('gives null where it does not apply', () => {
    const { ctx, docs } = workspace(files);
    // A begroting; outside any beleidsveld.
    assert.equal(scaffoldRekeningTable(docs['begroting-2019.md'], { line: 11, character: 0 }, ctx), null);
    assert.equal(scaffoldRekeningTable(docs['rekening-2019.md'], { line: 6, character: 0 }, ctx), null);
    // A beleidsveld that already has a table with rows.
    const withRows = rekening2019.replace(
      'gemeten.\n',
      'gemeten.\n\n| Prestatie-indicatoren | Behaald 2018 | Beoogd 2019 | Behaald 2019 |\n| --- | --- | --- | --- |\n| Aantal cliënten | - | - | 120 |\n',
    );
    const { ctx: rows, docs: w } = workspace({ ...files, 'rekening-2019.md': withRows });
    assert.equal(scaffoldRekeningTable(w['rekening-2019.md'], { line: 18, character: 0 }, rows), null);
    // No begroting of the same year in the workspace.
    const { ctx: alone, docs: d } = workspace({ 'rekening-2019.md': rekening2019, 'rekening-2018.md': rekening2018 });
    assert.equal(scaffoldRekeningTable(d['rekening-2019.md'], { line: 11, character: 0 }, alone), null);
    // A begroting with another beleidsveld number.
    const { ctx: other, docs: o } = workspace({
      'begroting-2019.md': begroting2019.replace('## 4.2.1', '## 4.2.2'),
      'rekening-2019.md': rekening2019,
    });
    assert.equal(scaffoldRekeningTable(o['rekening-2019.md'], { line: 11, character: 0 }, other), null);
  });
});
