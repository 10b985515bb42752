/**
 * The model facts the rules share instead of computing them each: a cell's display text, the span
 * of an empty cell, the walk over tables, rows and cells, repeats with their first occurrence, the
 * counterparts a cross-document rule reads and the values that differ from them.
 */
import assert from 'node:assert/strict';
import { cellBlanks, emptyCellSpan, valueSpan } from '../../server/src/service/cell-span.js';
import { cellText } from '../../server/src/service/cell-text.js';
import { earlierOccurrence, repeats } from '../../server/src/service/earlier.js';
import type { Report } from '../../server/src/service/finding.js';
import { msg } from '../../server/src/service/finding.js';
import { BEGROTING_OF_THE_YEAR, PREVIOUS_REKENING, readCounterparts } from '../../server/src/service/indicator-match.js';
import { defaultVocabulary, parseChapter, ruleById, settingsFromConfig } from '../../server/src/service/index.js';
import type { ChapterDocument } from '../../server/src/service/model.js';
import type { Span } from '../../server/src/service/positions.js';
import { defineRule, type RuleContext } from '../../server/src/service/rule.js';
import { tableCells, tableRows } from '../../server/src/service/table-walk.js';
import { adoptValue, realisedCell, targetCell, valueDifferences } from '../../server/src/service/value-differences.js';
import { chapter } from '../helpers/service.js';
import { newIndex } from './workspace/workspace-helpers.js';

/** The span of the `nth` occurrence (0-based) of `needle` in `text`, `offset` characters in and `length` long. */
function spanIn(text: string, needle: string, offset = 0, length = needle.length - offset, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} in the text`);
  return { start: at + offset, end: at + offset + length };
}

function front(kind: 'begroting' | 'rekening', year: number): string[] {
  return ['---', `document: ${kind}`, `jaar: ${year}`, 'programma: 4', '---', ''];
}

describe('model facts', () => {
  describe('cellText', () => {
    it('reads <br> and runs of whitespace as one space, trimmed', () => {
      assert.equal(cellText('Behaald<br>2017'), 'Behaald 2017');
      assert.equal(cellText('  Beoogd<br />  2018\t'), 'Beoogd 2018');
      assert.equal(cellText('Prestatie-<BR/>indicatoren (x 1.000)'), 'Prestatie- indicatoren (x 1.000)');
      assert.equal(cellText('   '), '');
    });

    it('is the header of a parsed column and the label the parser reads', () => {
      const doc = parseChapter(chapter('| Prestatie-<br>indicatoren | Behaald<br/>2017 |  Beoogd   2018 |', '| --- | --- | --- |', '| a | 1 | 2 |'));
      assert.deepEqual(doc.tables[0].columns.map((c) => c.header), ['Behaald 2017', 'Beoogd 2018']);
      assert.equal(cellText(doc.tables[0].label.raw), 'Prestatie- indicatoren');
    });
  });

  describe('the span of an empty cell', () => {
    const text = chapter('| Indicatoren | Behaald 2017 | Beoogd 2018 |', '| --- | --- | --- |', '| a |    | 5 |', '| b | 1 |  |', '| c || 7 |');
    const doc = parseChapter(text);
    const [a, b, c] = doc.tables[0].rows;

    it('is the blanks between the pipes of a cell inside a row', () => {
      const blanks = spanIn(text, '| a |    |', 5, 4);
      assert.deepEqual(cellBlanks(text, a.cells[0]), blanks);
      assert.deepEqual(emptyCellSpan(text, a.cells[0]), blanks);
      assert.deepEqual(valueSpan(text, a.cells[0]), blanks);
    });

    it('is the blanks before the closing pipe of the last cell', () => {
      const blanks = spanIn(text, '| b | 1 |  |', 9, 2);
      assert.deepEqual(cellBlanks(text, b.cells[1]), blanks);
      assert.deepEqual(emptyCellSpan(text, b.cells[1]), blanks);
    });

    it('of a cell written as || is the cell with its pipe; its blanks are a point for the fix', () => {
      const pipe = spanIn(text, '| c ||', 4, 1);
      assert.deepEqual(cellBlanks(text, c.cells[0]), { start: pipe.end, end: pipe.end });
      assert.deepEqual(emptyCellSpan(text, c.cells[0]), pipe);
    });

    it('is not used for a cell with a value: valueSpan is its main value', () => {
      assert.deepEqual(valueSpan(text, a.cells[1]), spanIn(text, '| 5 |', 2, 1));
    });
  });

  describe('the table walk', () => {
    const text = chapter(
      ...front('rekening', 2018),
      '| Indicatoren | Behaald 2018 |',
      '| --- | --- |',
      '| inleiding | 1 |',
      '',
      '## 4.2.1 Eerste',
      '',
      '| Indicatoren | Behaald 2017 | Behaald 2018 |',
      '| --- | --- | --- |',
      '| a | 2 | 3 |',
      '| b | 4 |',
      '',
      '## 4.2.2 Tweede',
      '',
      '| Indicatoren | Behaald 2018 |',
      '| --- | --- |',
      '| c | 5 |',
    );
    const doc = parseChapter(text);

    it('yields every row with its table and beleidsveld, in source order', () => {
      assert.deepEqual(
        [...tableRows(doc)].map(({ field, table, row }) => [field.number ?? '-', doc.tables.indexOf(table), row.name.plain]),
        [['-', 0, 'inleiding'], ['4.2.1', 1, 'a'], ['4.2.1', 1, 'b'], ['4.2.2', 2, 'c']],
      );
    });

    it('yields every value cell with its row, in source order', () => {
      assert.deepEqual(
        [...tableCells(doc)].map(({ row, cell }) => `${row.name.plain}:${cell.raw}:${cell.column?.header}`),
        ['inleiding:1:Behaald 2018', 'a:2:Behaald 2017', 'a:3:Behaald 2018', 'b:4:Behaald 2017', 'c:5:Behaald 2018'],
      );
    });

    it('walks one beleidsveld when given one', () => {
      const field = doc.beleidsvelden.find((b) => b.number === '4.2.2')!;
      assert.deepEqual([...tableCells(field)].map(({ field: f, cell }) => [f.number, cell.raw]), [['4.2.2', '5']]);
      assert.deepEqual([...tableRows(parseChapter('Geen tabel.\n'))], []);
    });
  });

  describe('repeats and the earlier occurrence', () => {
    it('yields each item whose key came before, with the first of that key; items without a key are passed over', () => {
      const items = ['a1', 'b1', '-', 'a2', '-', 'b2', 'a3'];
      const found = [...repeats(items, (s) => (s === '-' ? undefined : s[0]))].map(({ item, first }) => `${item}<${first}`);
      assert.deepEqual(found, ['a2<a1', 'b2<b1', 'a3<a1']);
    });

    it('gives the 1-based line of the first occurrence and a related location at it', () => {
      const text = 'eerste regel\ntweede regel\nderde regel\n';
      const doc = parseChapter(text, { uri: 'file:///x.md' });
      const span = spanIn(text, 'derde');
      const earlier = earlierOccurrence(doc, span, msg('Eerste', 'First'));
      assert.equal(earlier.line, 3);
      // A span of the linted document; lint turns it into a range (test/unit/rules: line 2, 0–5).
      assert.deepEqual(earlier.related, [{ span: { start: 26, end: 31 }, message: { nl: 'Eerste', en: 'First' } }]);
    });
  });

  describe('counterparts and differing values', () => {
    const HEADER = ['| Indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |', '| --- | --- | --- | --- |'];
    const begroting = chapter(
      ...front('begroting', 2018),
      '## 4.2.1 Zorg',
      '',
      '| Indicatoren | Behaald 2016 | Beoogd 2017 | Beoogd 2018 |',
      '| --- | --- | --- | --- |',
      '| Tevredenheid | 60% | 65% | 70% |',
      '| Wachttijd | 10 | 9 | 8 |',
      '| Bereik | - | - | Toename |',
    );
    const vorige = chapter(
      ...front('rekening', 2017),
      '## 4.2.1 Zorg',
      '',
      '| Indicatoren | Behaald 2016 | Beoogd 2017 | Behaald 2017 |',
      '| --- | --- | --- | --- |',
      '| Tevredenheid | 60% | 65% | 64% |',
      '| Wachttijd | 10 | 9 | 9 |',
    );
    const rekening = chapter(
      ...front('rekening', 2018),
      '## 4.2.1 Zorg',
      '',
      ...HEADER,
      '| Tevredenheid | 63% (I) | 72% (II) | 71% |',
      '| Wachttijd |  | 8 |  |',
      '| Bereik | - | toename | 5 |',
      '',
      'I Bijgesteld.',
      '',
      'II Anders gemeten.',
    );
    const index = newIndex();
    index.set('file:///w/begroting-2018.md', begroting);
    index.set('file:///w/rekening-2017.md', vorige);
    const doc = index.set('file:///w/rekening-2018.md', rekening);
    const context = (d: ChapterDocument, workspace = index): RuleContext => ({
      doc: d,
      vocabulary: defaultVocabulary,
      locale: 'nl',
      workspace,
      report: () => undefined,
    });

    it('reads the counterparts a rule declares: the beleidsveld of the document of that kind and year', () => {
      const pairs = readCounterparts(context(doc), BEGROTING_OF_THE_YEAR);
      assert.deepEqual(pairs.map((p) => [p.here.number, p.other.uri, p.there.number, p.year]), [['4.2.1', 'file:///w/begroting-2018.md', '4.2.1', 2018]]);
      assert.deepEqual(readCounterparts(context(doc), PREVIOUS_REKENING).map((p) => [p.other.uri, p.year]), [['file:///w/rekening-2017.md', 2017]]);
    });

    it('reads none without a workspace, for another kind, or for a chapter without a year', () => {
      assert.deepEqual(readCounterparts({ doc, workspace: undefined }, BEGROTING_OF_THE_YEAR), []);
      assert.deepEqual(readCounterparts(context(index.get('file:///w/begroting-2018.md')!), BEGROTING_OF_THE_YEAR), []);
      assert.deepEqual(readCounterparts(context(parseChapter('## 4.2.1 Zorg\n')), BEGROTING_OF_THE_YEAR), []);
    });

    it('yields each value that differs, with both values and headers as written and the related location', () => {
      const targets = [...valueDifferences(context(doc), BEGROTING_OF_THE_YEAR, targetCell)];
      // 8 = 8 and toename = Toename are the same value; 72% is not 70%.
      assert.deepEqual(
        targets.map((d) => ({ value: d.value, before: d.before, header: d.header, theirs: d.theirs, file: d.file, year: d.year })),
        [{ value: '72%', before: '70%', header: 'Beoogd 2018', theirs: 'Beoogd 2018', file: 'begroting-2018.md', year: 2018 }],
      );
      const [target] = targets;
      assert.deepEqual(target.cell.span, spanIn(rekening, '72% (II)'));
      // A span of the begroting, which lint turns into a range of that document.
      assert.deepEqual(target.related.map((r) => ({ document: r.document, span: r.span, message: r.message })), [
        {
          document: index.get('file:///w/begroting-2018.md'),
          span: spanIn(begroting, '70%'),
          message: { nl: 'Beoogd 2018 in de begroting 2018', en: 'Beoogd 2018 in the begroting 2018' },
        },
      ]);
    });

    it('compares the realised value of the previous year with the previous rekening; empty cells are left out', () => {
      const results = [...valueDifferences(context(doc), PREVIOUS_REKENING, realisedCell)];
      assert.deepEqual(
        results.map((d) => [d.value, d.before, d.header, d.theirs, d.file, d.year]),
        [['63%', '64%', 'Behaald 2017', 'Behaald 2017', 'rekening-2017.md', 2017]],
      );
      assert.deepEqual(results[0].cell.value.markers.map((m) => m.label), ['(I)']);
    });

    it('adopts the other value in place of the main value only: annotations and markers stay', () => {
      const [target] = valueDifferences(context(doc), BEGROTING_OF_THE_YEAR, targetCell);
      const fix = adoptValue(target, msg('Neem over', 'Adopt'));
      assert.deepEqual(fix, { title: { nl: 'Neem over', en: 'Adopt' }, edits: [{ span: spanIn(rekening, '72% (II)', 0, 3), newText: '70%' }] });
    });

    it('picks a target before a budgeted value, and the realised value of a year', () => {
      const vocabulary = settingsFromConfig({ profile: 'realisatie-doel', vocabulary: { columns: { budget: ['Begroting'] } } }).vocabulary;
      const read = (...lines: string[]) => parseChapter(chapter(...lines), { vocabulary }).tables[0].rows[0];
      const row = read('| Indicatoren | Begroting 2018 | Doel 2018 | Realisatie 2018 |', '| --- | --- | --- | --- |', '| a | 1 | 2 | 3 |');
      assert.equal(targetCell(row, 2018)?.raw, '2');
      assert.equal(realisedCell(row, 2018)?.raw, '3');
      assert.equal(targetCell(row, 2017), undefined);
      assert.equal(realisedCell(row, 2017), undefined);
      const budgetOnly = read('| Indicatoren | Begroting 2018 | Realisatie 2018 |', '| --- | --- | --- |', '| a | 1 | 3 |');
      assert.equal(targetCell(budgetOnly, 2018)?.raw, '1');
    });
  });

  describe('defineRule', () => {
    it('makes a rule with id and default severity first, its other fields as given', () => {
      const check = (context: RuleContext) => context.report({ span: { start: 0, end: 0 }, message: msg('x', 'x') } satisfies Report);
      const rule = defineRule('example', 'hint', { summary: msg('s', 's'), description: msg('d', 'd'), fixable: 'safe', check });
      assert.deepEqual(Object.keys(rule), ['id', 'defaultSeverity', 'summary', 'description', 'fixable', 'check']);
      assert.equal(rule.id, 'example');
      assert.equal(rule.defaultSeverity, 'hint');
      assert.equal(rule.check, check);
    });

    it('registered cross rules read what their comparison reads', () => {
      assert.deepEqual(ruleById('cross-beoogd')?.reads, [BEGROTING_OF_THE_YEAR]);
      assert.deepEqual(ruleById('cross-indicators')?.reads, [BEGROTING_OF_THE_YEAR]);
      assert.deepEqual(ruleById('cross-behaald')?.reads, [PREVIOUS_REKENING]);
    });
  });
});
