/** Renumbering footnotes in order of first use. */
import assert from 'node:assert/strict';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { renumberFootnotesEdit } from '../../../server/src/service/features/index.js';
import { applyEdits, type ChapterDocument, fixChapter, lintChapter, parseChapter, settingsFromConfig } from '../../../server/src/service/index.js';
import { getRenameEdits } from '../../../server/src/service/features/index.js';
import { lines, r, rekening2018, workspace } from './setup.js';

/** Markers used in the order II, I, IV; III is defined but unused. */
const outOfOrder = lines(
  '## 4.2.1 Ondersteunende voorzieningen', // 0
  '',
  '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |', // 2
  '| --- | --- | --- | --- |',
  '| % bewoners dat zegt dat de ondersteuning past (II) | 68% (I) | Toename | 70% (I) |', // 4
  '| % hulpvragen verwezen naar basisvoorzieningen (IV) | - | - | 57%* |', // 5
  '',
  'I   Eerste toelichting.', // 7
  '',
  'II  Tweede toelichting,', // 9
  'over twee regels.',
  '',
  'III Ongebruikte toelichting.', // 12
  '',
  'IV  Vierde toelichting.', // 14
  '',
  '\\* Voorlopig.', // 16
  '',
  '## 4.2.2 Specialistische zorgvoorzieningen', // 18
  '',
  '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |', // 20
  '| --- | --- | --- | --- |',
  '| Aantal cliënten (II) | 120 | - | 130 |', // 22
  '',
  'II  Enige toelichting.', // 24
);

function apply(doc: ChapterDocument, edit: WorkspaceEdit | null): string {
  const edits = edit?.changes?.[doc.uri] ?? [];
  return applyEdits(doc.text, edits.map((e) => ({ span: doc.lines.span(e.range), newText: e.newText }))).text;
}

describe('features: renumberFootnotesEdit', () => {
  it('renumbers markers by first use and puts the definitions in that order', () => {
    const { ctx, docs } = workspace({ 'x.md': outOfOrder });
    const doc = docs['x.md'];
    const edit = renumberFootnotesEdit(doc, { line: 4, character: 0 }, ctx);
    assert.deepEqual(
      edit?.changes?.[doc.uri].map((e) => `${r(e.range)} ${JSON.stringify(e.newText)}`),
      [
        '4:49-4:51 "I"',
        '4:60-4:61 "II"',
        '4:80-4:81 "II"',
        '5:49-5:51 "III"',
        '7:0-7:23 "I   Tweede toelichting,\\nover twee regels."',
        '9:0-10:17 "II  Eerste toelichting."',
        '12:0-12:28 "III Vierde toelichting."',
        '14:0-14:23 "IV  Ongebruikte toelichting."',
      ],
    );
    assert.equal(
      apply(doc, edit),
      outOfOrder
        .replace('past (II) | 68% (I) | Toename | 70% (I) |', 'past (I) | 68% (II) | Toename | 70% (II) |')
        .replace('basisvoorzieningen (IV)', 'basisvoorzieningen (III)')
        .replace(
          'I   Eerste toelichting.\n\nII  Tweede toelichting,\nover twee regels.\n\nIII Ongebruikte toelichting.\n\nIV  Vierde toelichting.',
          'I   Tweede toelichting,\nover twee regels.\n\nII  Eerste toelichting.\n\nIII Vierde toelichting.\n\nIV  Ongebruikte toelichting.',
        ),
    );
  });

  it('renumbers only the beleidsveld at the position, every beleidsveld without a position', () => {
    const { ctx, docs } = workspace({ 'x.md': outOfOrder });
    const doc = docs['x.md'];
    const second = renumberFootnotesEdit(doc, { line: 22, character: 3 }, ctx);
    assert.deepEqual(
      second?.changes?.[doc.uri].map((e) => `${r(e.range)} ${e.newText}`),
      ['22:19-22:21 I', '24:0-24:4 I   '],
    );
    const all = renumberFootnotesEdit(doc, null, ctx);
    assert.equal(all?.changes?.[doc.uri].length, 10);
    const { ctx: again, docs: fixed } = workspace({ 'x.md': apply(doc, all) });
    assert.equal(renumberFootnotesEdit(fixed['x.md'], null, again), null);
  });

  it('gives null when the footnotes are in order', () => {
    const { ctx, docs } = workspace({ 'x.md': rekening2018 });
    assert.equal(renumberFootnotesEdit(docs['x.md'], { line: 16, character: 0 }, ctx), null);
    assert.equal(renumberFootnotesEdit(docs['x.md'], null, ctx), null);
  });

  describe('one renumbering for the command, the footnote-order fix and --fix (prose between definitions)', () => {
    /** (II) is used first; the definitions stand apart, with a paragraph and a heading between them. */
    const prose = lines(
      '## 4.2.1 Ondersteunende voorzieningen',
      '',
      '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
      '| --- | --- | --- | --- |',
      '| % bewoners dat zegt dat de ondersteuning past (II) | 68% (I) | Toename | 70% (I) |',
      '',
      'I   Eerste toelichting.',
      '',
      'Een alinea tussen de toelichtingen.',
      '',
      '### Toelichting bij de tweede indicator',
      '',
      'II  Tweede toelichting,',
      'over twee regels.',
    );
    const expected = lines(
      '## 4.2.1 Ondersteunende voorzieningen',
      '',
      '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
      '| --- | --- | --- | --- |',
      '| % bewoners dat zegt dat de ondersteuning past (I) | 68% (II) | Toename | 70% (II) |',
      '',
      'I   Tweede toelichting,',
      'over twee regels.',
      '',
      'Een alinea tussen de toelichtingen.',
      '',
      '### Toelichting bij de tweede indicator',
      '',
      'II  Eerste toelichting.',
    );

    it('the command puts the definitions in numeral order, with the beleidsveld\'s spacing', () => {
      const { ctx, docs } = workspace({ 'x.md': prose });
      assert.equal(apply(docs['x.md'], renumberFootnotesEdit(docs['x.md'], null, ctx)), expected);
    });

    it('the footnote-order quick fix and --fix give the same text', () => {
      const settings = settingsFromConfig(undefined);
      const doc = parseChapter(prose, { uri: 'file:///ws/x.md', vocabulary: settings.vocabulary });
      const [finding] = lintChapter(doc, settings).filter((f) => f.rule === 'footnote-order');
      const quick = applyEdits(prose, finding.fixes[0].edits.map((e) => ({ span: doc.lines.span(e.range), newText: e.newText }))).text;
      assert.equal(quick, expected);
      assert.equal(fixChapter(doc, settings).text, expected);
    });

    it('renaming swaps the texts the same way', () => {
      const { ctx, docs } = workspace({ 'x.md': prose });
      assert.equal(apply(docs['x.md'], getRenameEdits(docs['x.md'], { line: 4, character: 49 }, 'I', ctx)), expected);
    });

    it('the renumbered text is in order: nothing more to do', () => {
      const { ctx, docs } = workspace({ 'x.md': expected });
      assert.equal(renumberFootnotesEdit(docs['x.md'], null, ctx), null);
    });
  });
});
