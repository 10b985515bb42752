/**
 * The context classifier of completion: for each kind of place, a chapter with the cursor on it
 * (`‸` in the text), and the kind, the span an item replaces and what the providers get besides.
 */
import assert from 'node:assert/strict';
import { classifyCompletion, type CompletionContext } from '../../../server/src/service/features/completion/index.js';
import type { Config } from '../../../server/src/service/index.js';
import { lines, r, workspace } from './setup.js';

const COLUMNS: Config = { vocabulary: { columns: { unit: ['Eenheid'], source: ['Bron'] } } };

/** A rekening 2018 of beleidsveld 4.2.1 with one table (header on line 8) and a definition (line 12). */
const REKENING = lines(
  '---',
  'document: rekening',
  'jaar: 2018',
  'programma: 4',
  '---',
  '',
  '## 4.2.1 Bestuur en dienstverlening',
  '',
  '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |', // 8
  '| --- | --- | --- | --- |',
  '| Bezetting (I) | 82% | 80% | 84% |', // 10
  '',
  'I   Bron: eigen registratie.', // 12
  '',
  'Het aantal meldingen is gedaald.', // 14
);

/** A begroting 2021 with a BBV table that has an Eenheid column. */
const BBV = lines(
  '---',
  'document: begroting',
  'jaar: 2021',
  '---',
  '',
  '## Verplichte beleidsindicatoren',
  '',
  '| Indicator | Eenheid | Bron | 2019 |', // 7
  '| --- | --- | --- | --- |',
  '| Verwijzingen Halt |  | Bureau Halt | 64 |', // 9
);

/** A context in compact form: its kind, the range of its span and the text it spans. */
interface Classified {
  context: CompletionContext;
  /** `kind line:char-line:char "text"` of the context's span. */
  at: string;
}

/**
 * The contexts at the cursor `‸` of `text` (it is removed first); `replace` edits the text before.
 * @param replace `[from, to]`: the first `from` in the text becomes `to` (which holds the `‸`)
 */
function classify(text: string, replace: [string, string], config?: Config): Classified[] {
  assert.ok(text.includes(replace[0]), `the text has ${replace[0]}`);
  const edited = text.replace(replace[0], replace[1]);
  const offset = edited.indexOf('‸');
  assert.ok(offset >= 0, 'the text has a cursor');
  const { ctx, docs } = workspace({ 'x.md': edited.replace('‸', '') }, 'nl', config);
  const doc = docs['x.md'];
  return classifyCompletion(doc, doc.lines.positionAt(offset), ctx).map((context) => {
    const span = context.kind === 'footnote-marker' ? context.markers[0].span : context.span;
    return { context, at: `${context.kind} ${r(doc.lines.range(span))} ${JSON.stringify(doc.text.slice(span.start, span.end))}` };
  });
}

/** The one context classified, asserting there is one. */
function only(found: Classified[]): Classified {
  assert.equal(found.length, 1, found.map((f) => f.at).join('; '));
  return found[0];
}

describe('features: completion context classifier', () => {
  describe('front matter', () => {
    it('a key being typed: from its first character to the cursor, with or without a colon', () => {
      const key = only(classify(REKENING, ['jaar: 2018', 'ja‸']));
      assert.equal(key.at, 'front-matter-key 2:0-2:2 "ja"');
      assert.deepEqual({ ...key.context, span: undefined }, { kind: 'front-matter-key', span: undefined, line: 2, hasColon: false });
      const before = only(classify(REKENING, ['jaar: 2018', 'ja‸ar: 2018']));
      assert.equal(before.at, 'front-matter-key 2:0-2:2 "ja"');
      assert.equal((before.context as { hasColon: boolean }).hasColon, true);
    });

    it('a value: after the blanks behind the colon, a space to write right after the colon', () => {
      const value = only(classify(REKENING, ['document: rekening', 'document: rek‸']));
      assert.equal(value.at, 'front-matter-value 1:10-1:13 "rek"');
      assert.deepEqual({ ...value.context, span: undefined }, { kind: 'front-matter-value', span: undefined, key: 'document', prefix: '' });
      const glued = only(classify(REKENING, ['jaar: 2018', 'jaar:‸']));
      assert.equal(glued.at, 'front-matter-value 2:5-2:5 ""');
      assert.equal((glued.context as { prefix: string }).prefix, ' ');
    });

    it('nothing on a fence', () => {
      assert.deepEqual(classify(REKENING, ['---\ndocument', '-‸--\ndocument']), []);
    });
  });

  describe('headings', () => {
    it('the title after the hashes, in the beleidsveld of the heading', () => {
      const heading = only(classify(REKENING, ['\nHet aantal meldingen', '\n### Wat‸\n\nHet aantal meldingen']));
      assert.equal(heading.at, 'heading 14:4-14:7 "Wat"');
      const context = heading.context as Extract<CompletionContext, { kind: 'heading' }>;
      assert.equal(context.prefix, '');
      assert.equal(context.line, 14);
      assert.equal(context.field.number, '4.2.1');
      const bare = only(classify(REKENING, ['\nHet aantal meldingen', '\n###‸\n\nHet aantal meldingen']));
      assert.equal(bare.at, 'heading 14:3-14:3 ""');
      assert.equal((bare.context as { prefix: string }).prefix, ' ');
    });

    it('nothing among the hashes', () => {
      assert.deepEqual(classify(REKENING, ['## 4.2.1', '#‸# 4.2.1']), []);
    });
  });

  describe('footnote definition lines', () => {
    it('what is typed on a line outside tables, its leading blanks left out', () => {
      const line = only(classify(REKENING, ['\nHet aantal meldingen', '\n  I‸\n\nHet aantal meldingen']));
      assert.equal(line.at, 'definition-line 14:2-14:3 "I"');
      const context = line.context as Extract<CompletionContext, { kind: 'definition-line' }>;
      assert.equal(context.typed, 'I');
      assert.equal(context.field.number, '4.2.1');
    });

    it('nothing with text after the cursor or more than 8 characters typed', () => {
      assert.deepEqual(classify(REKENING, ['Het aantal', 'Het‸ aantal']), []);
      assert.deepEqual(classify(REKENING, ['is gedaald.', 'is gedaald.‸']), []);
    });
  });

  describe('footnote markers', () => {
    it('a Roman numeral in parentheses in a value cell: the numeral around the cursor', () => {
      const marker = only(classify(REKENING, ['| 84% |', '| 84% (I‸I) |']));
      assert.equal(marker.at, 'footnote-marker 10:35-10:37 "II"');
      const context = marker.context as Extract<CompletionContext, { kind: 'footnote-marker' }>;
      assert.deepEqual(
        context.markers.map((m) => ({ ...m, span: undefined })),
        [{ style: 'roman', kind: 'roman', span: undefined, close: '', merge: false }],
      );
      assert.equal(context.field.number, '4.2.1');
      // A new `(` gets its closing parenthesis from the item.
      const open = only(classify(REKENING, ['| 84% |', '| 84% (‸ |']));
      assert.equal(open.at, 'footnote-marker 10:35-10:35 ""');
      assert.equal((open.context as Extract<CompletionContext, { kind: 'footnote-marker' }>).markers[0].close, ')');
    });

    it('a number after a blank: the value cell first, the marker beside it', () => {
      const found = classify(REKENING, ['| 84% |', '| 84% 1‸ |'], { vocabulary: { footnotes: { styles: ['number-close'] } } } as Config);
      assert.deepEqual(
        found.map((f) => f.at),
        ['row-value 10:30-10:35 "84% 1"', 'footnote-marker 10:34-10:35 "1"'],
      );
      assert.equal((found[1].context as Extract<CompletionContext, { kind: 'footnote-marker' }>).markers[0].merge, true);
    });

    it('nothing after a trigger character that starts no marker', () => {
      assert.deepEqual(classify(REKENING, ['| 84% |', '| 84% )‸ |']), []);
    });
  });

  describe('table headers', () => {
    it('the first cell: the indicator label', () => {
      const label = only(classify(REKENING, ['| Prestatie-indicatoren |', '| Prestatie‸-indicatoren |']));
      assert.equal(label.at, 'header-label 8:2-8:11 "Prestatie"');
      assert.equal((label.context as { prefix: string }).prefix, '');
    });

    it('another cell: a column header, with the texts of the other cells', () => {
      const column = only(classify(REKENING, ['| Behaald 2018 |\n', '|Beh‸ |\n']));
      assert.equal(column.at, 'header-column 8:54-8:57 "Beh"');
      assert.deepEqual({ ...column.context, span: undefined }, {
        kind: 'header-column',
        span: undefined,
        prefix: ' ',
        others: ['Prestatie-indicatoren', 'Behaald 2017', 'Beoogd 2018', ''],
      });
    });

    it('a header being typed before its delimiter row', () => {
      const text = REKENING.replace('| --- | --- | --- | --- |\n| Bezetting (I) | 82% | 80% | 84% |\n', '');
      const column = only(classify(text, ['| Behaald 2018 |', '| Be‸']));
      assert.equal(column.at, 'header-column 8:55-8:57 "Be"');
    });
  });

  describe('table rows', () => {
    it('the first cell: the indicator name, with the row and its table', () => {
      const name = only(classify(REKENING, ['| Bezetting (I)', '| Bezet‸ting (I)']));
      assert.equal(name.at, 'row-name 10:2-10:7 "Bezet"');
      const context = name.context as Extract<CompletionContext, { kind: 'row-name' }>;
      assert.equal(context.rowStart, REKENING.indexOf('| Bezetting'));
      assert.equal(context.table?.rows[0].name.plain, 'Bezetting');
      assert.equal(context.field.number, '4.2.1');
      assert.equal(context.bbv, undefined);
    });

    it('a pipe line below a table: a new row of that table', () => {
      const name = only(classify(REKENING, ['\nI   Bron', '\n| Aan‸\n\nI   Bron']));
      assert.equal(name.at, 'row-name 12:2-12:5 "Aan"');
      const context = name.context as Extract<CompletionContext, { kind: 'row-name' }>;
      assert.equal(context.rowStart, REKENING.indexOf('I   Bron'));
      assert.equal(context.table?.rows.length, 1);
    });

    it("another cell: a value, with the row's key from the line and the cell's column", () => {
      const value = only(classify(REKENING, ['| 80% |', '| 8‸0% |']));
      assert.equal(value.at, 'row-value 10:24-10:25 "8"');
      const context = value.context as Extract<CompletionContext, { kind: 'row-value' }>;
      assert.equal(context.key, 'bezetting');
      assert.equal(context.column?.header, 'Beoogd 2018');
      assert.equal(context.prefix, '');
    });

    it('in a BBV table: the name cell and the Eenheid cell', () => {
      const name = only(classify(BBV, ['| Verwijzingen Halt', '| Verwijzingen‸ Halt'], COLUMNS));
      assert.equal(name.at, 'row-name 9:2-9:14 "Verwijzingen"');
      assert.deepEqual((name.context as Extract<CompletionContext, { kind: 'row-name' }>).bbv, { cell: 'name' });
      const unit = only(classify(BBV, ['| Verwijzingen Halt |  |', '| Verwijzingen Halt | ‸ |'], COLUMNS));
      assert.equal(unit.at, 'row-value 9:22-9:22 ""');
      assert.deepEqual((unit.context as Extract<CompletionContext, { kind: 'row-value' }>).bbv, { cell: 'unit', name: 'Verwijzingen Halt' });
      // The source column is no BBV cell.
      const source = only(classify(BBV, ['| Bureau Halt |', '| Bureau‸ Halt |'], COLUMNS));
      assert.equal(source.at, 'row-value 9:25-9:31 "Bureau"');
      assert.equal((source.context as Extract<CompletionContext, { kind: 'row-value' }>).bbv, undefined);
    });

    it('nothing on the delimiter row', () => {
      assert.deepEqual(classify(REKENING, ['| --- | --- | --- | --- |', '| -‸-- | --- | --- | --- |']), []);
    });
  });
});
