/** Go to definition, find references and rename for footnote markers. */
import assert from 'node:assert/strict';
import {
  getDefinition,
  getReferences,
  getRenameEdits,
  prepareRename,
} from '../../../server/src/service/features/index.js';
import { lines, r, rekening2018, workspace } from './setup.js';

// rekening.md line 16: `| % bewoners … hulpvraag (I) | 68% (II) | Toename | 70% (II) |`
//   (I) at 73-76 (numeral 74-75), (II) at 83-87 (numeral 84-86) and 104-108 (numeral 105-107).
// Line 20: `I   In de voorgaande …` (71 characters), line 22: `II  Op het aandeel …` (79 characters).
const uri = 'file:///ws/rekening-2018.md';

/** Two beleidsvelden that both use (I): each marker belongs to its own beleidsveld. */
const twoFields = lines(
  '## 4.2.1 Ondersteunende voorzieningen',
  '',
  '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
  '| --- | --- | --- | --- |',
  '| % bewoners dat zegt dat de ondersteuning past (I) | 68% | Toename | 70%* |',
  '',
  'I   Eerste veld.',
  '',
  '\\* Voorlopig cijfer.',
  '',
  '## 4.2.2 Specialistische zorgvoorzieningen',
  '',
  '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
  '| --- | --- | --- | --- |',
  '| Aantal cliënten | 120 (I) | - | 130 |',
  '',
  'I   Tweede veld.',
);

describe('features: footnote navigation', () => {
  describe('getDefinition', () => {
    const { ctx, docs } = workspace({ 'rekening-2018.md': rekening2018 });
    const doc = docs['rekening-2018.md'];

    it('goes from a marker in an indicator name to its definition line', () => {
      assert.deepEqual(getDefinition(doc, { line: 16, character: 74 }, ctx), [
        { uri, range: { start: { line: 20, character: 0 }, end: { line: 20, character: 71 } } },
      ]);
    });

    it('goes from a marker in a value cell, from its opening parenthesis and from just after it', () => {
      const expected = [{ uri, range: { start: { line: 22, character: 0 }, end: { line: 22, character: 79 } } }];
      assert.deepEqual(getDefinition(doc, { line: 16, character: 104 }, ctx), expected);
      assert.deepEqual(getDefinition(doc, { line: 16, character: 87 }, ctx), expected);
    });

    it('gives nothing on a value or on prose', () => {
      assert.deepEqual(getDefinition(doc, { line: 16, character: 80 }, ctx), []);
      assert.deepEqual(getDefinition(doc, { line: 10, character: 5 }, ctx), []);
    });

    it('gives nothing for a marker without definition', () => {
      const { ctx: c, docs: d } = workspace({ 'x.md': rekening2018.replace('| 70% (II) |', '| 70% (III) |') });
      assert.deepEqual(getDefinition(d['x.md'], { line: 16, character: 106 }, c), []);
    });

    it('stays within the beleidsveld and follows asterisks', () => {
      const { ctx: c, docs: d } = workspace({ 'two.md': twoFields });
      const doc2 = d['two.md'];
      assert.deepEqual(getDefinition(doc2, { line: 14, character: 24 }, c).map((l) => r(l.range)), ['16:0-16:16']);
      assert.deepEqual(getDefinition(doc2, { line: 4, character: 48 }, c).map((l) => r(l.range)), ['6:0-6:16']);
      // `70%*` in line 4: the asterisk at 73.
      assert.deepEqual(getDefinition(doc2, { line: 4, character: 73 }, c).map((l) => r(l.range)), ['8:0-8:20']);
    });

    it('covers the continuation lines of a definition', () => {
      const text = rekening2018.replace('anders gedefinieerd.\n', 'anders gedefinieerd,\nmet een tweede regel.\n');
      const { ctx: c, docs: d } = workspace({ 'x.md': text });
      assert.deepEqual(getDefinition(d['x.md'], { line: 16, character: 74 }, c).map((l) => r(l.range)), ['20:0-21:21']);
    });
  });

  describe('getReferences', () => {
    const { ctx, docs } = workspace({ 'rekening-2018.md': rekening2018 });
    const doc = docs['rekening-2018.md'];

    it('lists every marker of a numeral, with or without the definition', () => {
      assert.deepEqual(getReferences(doc, { line: 16, character: 85 }, ctx, false).map((l) => r(l.range)), [
        '16:84-16:86',
        '16:105-16:107',
      ]);
      assert.deepEqual(getReferences(doc, { line: 16, character: 85 }, ctx, true).map((l) => r(l.range)), [
        '16:84-16:86',
        '16:105-16:107',
        '22:0-22:2',
      ]);
      assert.ok(getReferences(doc, { line: 16, character: 85 }, ctx, true).every((l) => l.uri === uri));
    });

    it('starts from a definition numeral too', () => {
      assert.deepEqual(getReferences(doc, { line: 22, character: 1 }, ctx, true).map((l) => r(l.range)), [
        '16:84-16:86',
        '16:105-16:107',
        '22:0-22:2',
      ]);
      assert.deepEqual(getReferences(doc, { line: 20, character: 0 }, ctx, false).map((l) => r(l.range)), ['16:74-16:75']);
    });

    it('gives nothing on a definition text or a value', () => {
      assert.deepEqual(getReferences(doc, { line: 22, character: 10 }, ctx, true), []);
      assert.deepEqual(getReferences(doc, { line: 16, character: 80 }, ctx, true), []);
    });

    it('does not cross into another beleidsveld', () => {
      const { ctx: c, docs: d } = workspace({ 'two.md': twoFields });
      assert.deepEqual(getReferences(d['two.md'], { line: 14, character: 24 }, c, true).map((l) => r(l.range)), [
        '14:25-14:26',
        '16:0-16:1',
      ]);
    });
  });

  describe('prepareRename', () => {
    const { ctx, docs } = workspace({ 'rekening-2018.md': rekening2018 });
    const doc = docs['rekening-2018.md'];

    it('accepts a marker numeral and a definition numeral', () => {
      const marker = prepareRename(doc, { line: 16, character: 84 }, ctx);
      assert.deepEqual(marker && { range: r(marker.range), placeholder: marker.placeholder }, {
        range: '16:84-16:86',
        placeholder: 'II',
      });
      const definition = prepareRename(doc, { line: 20, character: 1 }, ctx);
      assert.deepEqual(definition && { range: r(definition.range), placeholder: definition.placeholder }, {
        range: '20:0-20:1',
        placeholder: 'I',
      });
    });

    it('refuses elsewhere: before the parenthesis, values, definition text, asterisks', () => {
      assert.equal(prepareRename(doc, { line: 16, character: 83 }, ctx), null);
      assert.equal(prepareRename(doc, { line: 16, character: 80 }, ctx), null);
      assert.equal(prepareRename(doc, { line: 20, character: 6 }, ctx), null);
      const { ctx: c, docs: d } = workspace({ 'two.md': twoFields });
      assert.equal(prepareRename(d['two.md'], { line: 4, character: 73 }, c), null);
    });
  });

  describe('getRenameEdits', () => {
    const { ctx, docs } = workspace({ 'rekening-2018.md': rekening2018 });
    const doc = docs['rekening-2018.md'];
    const brief = (edit: ReturnType<typeof getRenameEdits>) =>
      edit && Object.entries(edit.changes ?? {}).map(([u, edits]) => [u, edits.map((e) => `${r(e.range)} ${e.newText}`)]);

    it('renames the markers and the definition of the beleidsveld, keeping its text aligned', () => {
      assert.deepEqual(brief(getRenameEdits(doc, { line: 16, character: 85 }, 'III', ctx)), [
        [uri, ['16:84-16:86 III', '16:105-16:107 III', '22:0-22:4 III ']],
      ]);
    });

    it('swaps with a numeral already in use, and the definitions stay in numeral order', () => {
      assert.deepEqual(brief(getRenameEdits(doc, { line: 22, character: 0 }, 'I', ctx)), [
        [
          uri,
          [
            '16:74-16:75 II',
            '16:84-16:86 I',
            '16:105-16:107 I',
            '20:0-20:71 I   Op het aandeel bewoners dat zegt contact te hebben gehad met WIJ-Groningen.',
            '22:0-22:79 II  In de voorgaande Rekening is deze uitkomstmaat anders gedefinieerd.',
          ],
        ],
      ]);
    });

    it('answers no edits when the name does not change', () => {
      assert.deepEqual(brief(getRenameEdits(doc, { line: 16, character: 85 }, 'II', ctx)), [[uri, []]]);
    });

    it('refuses a new name that is no marker numeral, and a place that is no numeral', () => {
      for (const name of ['IIII', 'XL', 'iv', '4', '', 'V)']) {
        assert.equal(getRenameEdits(doc, { line: 16, character: 85 }, name, ctx), null, name);
      }
      assert.equal(getRenameEdits(doc, { line: 16, character: 80 }, 'III', ctx), null);
    });

    it('renames only within the beleidsveld', () => {
      const { ctx: c, docs: d } = workspace({ 'two.md': twoFields });
      assert.deepEqual(brief(getRenameEdits(d['two.md'], { line: 16, character: 0 }, 'V', c)), [
        ['file:///ws/two.md', ['14:25-14:26 V', '16:0-16:4 V   ']],
      ]);
    });
  });
});
