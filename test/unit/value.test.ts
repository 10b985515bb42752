/** The cell value grammar: main value, annotations, markers, trailing text, with exact spans. */
import assert from 'node:assert/strict';
import type { CellValue, ChapterDocument, MainValue } from '../../server/src/service/index.js';
import { defaultVocabulary, parseChapter, vocabularyFor } from '../../server/src/service/index.js';
import type { Span } from '../../server/src/service/positions.js';
import { parseCellValue } from '../../server/src/service/cell-value.js';
import { isMarkerNumeral, romanValue, toRoman } from '../../server/src/service/footnote-syntax.js';
import { classifyMain, displayValue, maskBreaks, parseDutchNumber, valueKey } from '../../server/src/service/value.js';
import { chapter } from '../helpers/service.js';

/** Where the cell starts in an imaginary document, so every span must add it. */
const BASE = 100;

function parse(raw: string): CellValue {
  return parseCellValue(raw, BASE, defaultVocabulary);
}

/** The source text a span covers. */
function at(raw: string, span: Span): string {
  return raw.slice(span.start - BASE, span.end - BASE);
}

/** A value in a compact form: main type and text, annotations, markers, trailing, all as written. */
function shape(raw: string): Record<string, unknown> {
  const v = parse(raw);
  const out: Record<string, unknown> = { main: v.main.type, mainText: at(raw, v.main.span) };
  if (v.annotations.length > 0) out.annotations = v.annotations.map((a) => [a.text, at(raw, a.span)]);
  if (v.markers.length > 0) out.markers = v.markers.map((m) => [m.kind, m.numeral, m.value, at(raw, m.span), at(raw, m.numeralSpan)]);
  if (v.trailing) out.trailing = [v.trailing.text, at(raw, v.trailing.span)];
  return out;
}

function main(raw: string): MainValue {
  return parse(raw).main;
}

describe('value grammar', () => {
  describe('forms from the brief and the seeds', () => {
    it('68% (II): a percentage with a roman marker', () => {
      assert.deepEqual(shape('68% (II)'), { main: 'quantity', mainText: '68%', markers: [['roman', 'II', 2, '(II)', 'II']] });
      assert.deepEqual({ ...main('68% (II)'), span: undefined }, {
        type: 'quantity',
        span: undefined,
        number: 68,
        numberText: '68',
        unit: '%',
      });
    });

    it('> 70% and >70%: a comparator, with or without a space', () => {
      for (const raw of ['> 70%', '>70%']) {
        const m = main(raw);
        assert.equal(m.type, 'quantity', raw);
        if (m.type !== 'quantity') continue;
        assert.equal(m.comparator, '>');
        assert.equal(m.number, 70);
        assert.equal(m.unit, '%');
        assert.equal(at(raw, m.span), raw);
      }
      assert.equal(valueKey(main('> 70%')), valueKey(main('>70%')));
    });

    it('-* and -\\*: a dash with an asterisk marker, escaped or not', () => {
      assert.deepEqual(shape('-*'), { main: 'dash', mainText: '-', markers: [['asterisk', '*', 1, '*', '*']] });
      assert.deepEqual(shape('-\\*'), { main: 'dash', mainText: '-', markers: [['asterisk', '*', 1, '\\*', '\\*']] });
    });

    it('82%* and -**: asterisks glued to the value count', () => {
      assert.deepEqual(shape('82%*'), { main: 'quantity', mainText: '82%', markers: [['asterisk', '*', 1, '*', '*']] });
      assert.deepEqual(shape('-**'), { main: 'dash', mainText: '-', markers: [['asterisk', '**', 2, '**', '**']] });
    });

    it('*28,8: a leading asterisk (time-series notes) is a marker too', () => {
      assert.deepEqual(shape('*28,8'), { main: 'quantity', mainText: '28,8', markers: [['asterisk', '*', 1, '*', '*']] });
      const m = main('*28,8');
      assert.ok(m.type === 'quantity' && m.number === 28.8);
    });

    it('14.823 (8.867 pers): a Dutch thousands separator and an annotation', () => {
      assert.deepEqual(shape('14.823 (8.867 pers)'), {
        main: 'quantity',
        mainText: '14.823',
        annotations: [['8.867 pers', '(8.867 pers)']],
      });
      const m = main('14.823 (8.867 pers)');
      assert.ok(m.type === 'quantity' && m.number === 14823 && m.unit === undefined);
    });

    it('- (71% over Q3 t/m Q4) (V): a dash, an annotation and a marker', () => {
      assert.deepEqual(shape('- (71% over Q3 t/m Q4) (V)'), {
        main: 'dash',
        mainText: '-',
        annotations: [['71% over Q3 t/m Q4', '(71% over Q3 t/m Q4)']],
        markers: [['roman', 'V', 5, '(V)', 'V']],
      });
    });

    it('68%<br>(67% over Q3 t/m Q4)<br>(V): <br> splits a cell without moving offsets', () => {
      const raw = '68%<br>(67% over Q3 t/m Q4)<br>(V)';
      assert.deepEqual(shape(raw), {
        main: 'quantity',
        mainText: '68%',
        annotations: [['67% over Q3 t/m Q4', '(67% over Q3 t/m Q4)']],
        markers: [['roman', 'V', 5, '(V)', 'V']],
      });
      const v = parse(raw);
      assert.deepEqual(v.markers[0].span, { start: BASE + 31, end: BASE + 34 });
    });

    it('- <br>(3% over<br><br>Q3 t/m Q4)<br>(V): breaks inside an annotation collapse to spaces', () => {
      const raw = '-<br>(3% over<br><br>Q3 t/m Q4)<br>(V)';
      assert.deepEqual(shape(raw), {
        main: 'dash',
        mainText: '-',
        annotations: [['3% over Q3 t/m Q4', '(3% over<br><br>Q3 t/m Q4)']],
        markers: [['roman', 'V', 5, '(V)', 'V']],
      });
    });

    it('57% (uitdraai op 27-2-19): an annotation holding digits and dashes', () => {
      assert.deepEqual(shape('57% (uitdraai op 27-2-19)'), {
        main: 'quantity',
        mainText: '57%',
        annotations: [['uitdraai op 27-2-19', '(uitdraai op 27-2-19)']],
      });
    });

    it('10 (10 Pers): a unit in an annotation, any case', () => {
      assert.deepEqual(shape('10 (10 Pers)'), { main: 'quantity', mainText: '10', annotations: [['10 Pers', '(10 Pers)']] });
    });

    it('toename, Toename, AFNAME: trend words in any case, canonical spelling kept', () => {
      for (const [raw, canonical] of [
        ['toename', 'Toename'],
        ['Toename', 'Toename'],
        ['AFNAME', 'Afname'],
        ['gelijk', 'Gelijk'],
        ['Stabiel', 'Stabiel'],
      ]) {
        const m = main(raw);
        assert.ok(m.type === 'trend', raw);
        if (m.type !== 'trend') continue;
        assert.equal(m.word, raw);
        assert.equal(m.canonical, canonical);
        assert.equal(at(raw, m.span), raw);
      }
      assert.equal(valueKey(main('toename')), valueKey(main('Toename')));
    });

    it('Toename (II) and Toename*: a trend with markers', () => {
      assert.deepEqual(shape('Toename (II)'), { main: 'trend', mainText: 'Toename', markers: [['roman', 'II', 2, '(II)', 'II']] });
      assert.deepEqual(shape('Toename*'), { main: 'trend', mainText: 'Toename', markers: [['asterisk', '*', 1, '*', '*']] });
    });

    it('units: pers, pers., Pers; ≥ and ≤; decimal comma; negative numbers', () => {
      for (const [raw, number, unit, comparator] of [
        ['12 pers', 12, 'pers', undefined],
        ['9 pers.', 9, 'pers.', undefined],
        ['10 Pers', 10, 'Pers', undefined],
        ['≥ 70%', 70, '%', '≥'],
        ['≤5%', 5, '%', '≤'],
        ['< 12,5', 12.5, undefined, '<'],
        ['1.234,5', 1234.5, undefined, undefined],
        ['-5%', -5, '%', undefined],
      ] as const) {
        const m = main(raw);
        assert.equal(m.type, 'quantity', raw);
        if (m.type !== 'quantity') continue;
        assert.deepEqual([m.number, m.unit, m.comparator], [number, unit, comparator], raw);
      }
    });

    it('the empty cell, and a cell with only a marker, have an empty main value at the right place', () => {
      assert.deepEqual(shape(''), { main: 'empty', mainText: '' });
      const v = parse('(II)');
      assert.equal(v.main.type, 'empty');
      assert.deepEqual(v.main.span, { start: BASE, end: BASE });
      assert.deepEqual(v.markers.map((m) => at('(II)', m.span)), ['(II)']);
    });

    it('text after the annotations that is neither annotation nor marker is trailing', () => {
      assert.deepEqual(shape('68% (II) extra (III)'), {
        main: 'quantity',
        mainText: '68%',
        markers: [
          ['roman', 'II', 2, '(II)', 'II'],
          ['roman', 'III', 3, '(III)', 'III'],
        ],
        trailing: ['extra', 'extra'],
      });
      assert.deepEqual(shape('68% ('), { main: 'quantity', mainText: '68%', trailing: ['(', '('] });
    });

    it('a marker with blanks inside the parentheses keeps the numeral span exact', () => {
      assert.deepEqual(shape('68% ( IV )'), { main: 'quantity', mainText: '68%', markers: [['roman', 'IV', 4, '( IV )', 'IV']] });
    });
  });

  describe('invalid main values: reason and suggestion', () => {
    const cases: [string, string, string | undefined][] = [
      ['68 %', 'space-before-percent', '68%'],
      ['68.5%', 'decimal-point', '68,5%'],
      ['68.5 %', 'decimal-point', '68,5%'],
      ['0.68', 'decimal-point', '0,68'],
      ['70 procent', 'word-unit', '70%'],
      ['> 70 procent', 'word-unit', '> 70%'],
      ['70 pct.', 'word-unit', '70%'],
      ['>=70%', 'comparator-form', '≥70%'],
      ['=> 70%', 'comparator-form', '≥ 70%'],
      ['<=5%', 'comparator-form', '≤5%'],
      ['>= 70 %', 'space-before-percent', '≥ 70%'],
      ['–', 'dash-form', '-'],
      ['—', 'dash-form', '-'],
      ['--', 'dash-form', '-'],
      ['12 appels', 'unknown-unit', undefined],
      ['14.823 extra', 'unknown-unit', undefined],
      ['68% extra', 'unrecognised', undefined],
      ['68%)', 'unrecognised', undefined],
      ['14 823', 'unrecognised', undefined],
      ['n.v.t.', 'unrecognised', undefined],
      ['12.34.5', 'unrecognised', undefined],
      ['ca. 70%', 'unrecognised', undefined],
    ];
    for (const [raw, reason, suggestion] of cases) {
      it(`${raw} → ${reason}${suggestion ? ` (${suggestion})` : ''}`, () => {
        const m = main(raw);
        assert.equal(m.type, 'invalid');
        if (m.type !== 'invalid') return;
        assert.equal(m.reason, reason);
        assert.equal(m.suggestion, suggestion);
        assert.equal(at(raw, m.span), raw);
      });
    }

    it('every suggestion is itself a valid value (so fixing twice changes nothing)', () => {
      for (const [raw, , suggestion] of cases) {
        if (suggestion === undefined) continue;
        assert.notEqual(main(suggestion).type, 'invalid', `${raw} → ${suggestion}`);
      }
    });

    it('markers around an invalid value stay markers; the main span excludes them', () => {
      const raw = '68 %* (II)';
      const v = parse(raw);
      assert.equal(v.main.type, 'invalid');
      assert.equal(at(raw, v.main.span), '68 %');
      assert.deepEqual(v.markers.map((m) => at(raw, m.span)), ['*', '(II)']);
    });

    it('a unit added through configuration is valid', () => {
      const text = chapter('| Indicatoren | Beoogd 2019 |', '| --- | --- |', '| Aantal appels | 12 appels |');
      const configured = parseChapter(text, { vocabulary: vocabularyFor({ vocabulary: { units: ['appels'] } }) });
      assert.equal(configured.tables[0].rows[0].cells[0].value.main.type, 'quantity');
      assert.equal(parseChapter(text).tables[0].rows[0].cells[0].value.main.type, 'invalid');
    });
  });

  describe('helpers', () => {
    it('classifyMain uses the span it is given', () => {
      assert.deepEqual(classifyMain('-', { start: 7, end: 8 }, defaultVocabulary), { type: 'dash', span: { start: 7, end: 8 } });
    });

    it('maskBreaks keeps offsets', () => {
      assert.equal(maskBreaks('a<br>b<BR/>c<br />d'), 'a    b     c      d');
    });

    it('parseDutchNumber', () => {
      assert.deepEqual(['14.823', '12,5', '1.234,5', '68', '−3'].map(parseDutchNumber), [14823, 12.5, 1234.5, 68, -3]);
    });

    it('roman numerals I … XXXIX', () => {
      assert.deepEqual(['I', 'IV', 'V', 'IX', 'XIV', 'XIX', 'XX', 'XXXIX'].map(romanValue), [1, 4, 5, 9, 14, 19, 20, 39]);
      for (let n = 1; n <= 39; n++) {
        assert.ok(isMarkerNumeral(toRoman(n)), toRoman(n));
        assert.equal(romanValue(toRoman(n)), n);
      }
      assert.deepEqual(['', 'IIII', 'VV', 'XL', 'L', 'iv', 'IC'].map(isMarkerNumeral), [false, false, false, false, false, false, false]);
    });

    it('valueKey: equal values written differently compare equal, different values differ', () => {
      assert.equal(valueKey(main('68% (II)')), valueKey(main('68%')));
      assert.equal(valueKey(main('14.823')), valueKey(main('14823')));
      assert.equal(valueKey(main('9 pers.')), valueKey(main('9 Pers')));
      assert.equal(valueKey(main('68 %')), 'text:68%');
      assert.equal(valueKey(main('Toename')), 'trend:Toename');
      assert.notEqual(valueKey(main('> 70%')), valueKey(main('70%')));
      assert.notEqual(valueKey(main('68%')), valueKey(main('68')));
    });

    it('displayValue collapses breaks and blanks', () => {
      const text = 'xx 68<br>%  yy';
      const m = classifyMain(maskBreaks(text).slice(3, 10), { start: 3, end: 10 }, defaultVocabulary);
      assert.equal(displayValue(m, text), '68 %');
    });
  });
});

/** The indicator tables of the three seed chapters, written as the dialect writes them. */
const SEEDS: Record<string, string> = {
  'rekening 2018, 4.2.1': chapter(
    '| Prestatie-indicatoren | Behaald 2017 | Beoogd<br> 2018 | Behaald<br>2018 |',
    '| --- | --- | --- | --- |',
    '| % bewoners (18 jaar e.o.) dat zegt dat de geboden ondersteuning past bij de hulpvraag (I) | 68% (II) | Toename | 68% (II) |',
    '| % bewoners (18 jaar e.o.) dat zegt dat de kwaliteit van de geboden ondersteuning goed is (I) | 64% (II) | Toename | 64% (II) |',
    '| % cliënten waarbij de doelrealisatie o.b.v. de uitkomsten uit de ZRM conform de beoogde doelen uit het Plan van Aanpak is | - | - | - |',
    '| % hulpvragen dat door de WIJ-teams is verwezen naar sociale basisvoorzieningen (III) | - | - | 57%<br>(uitdraai op<br>27-2-19) |',
    '| % hulpvragen dat door de WIJ-teams is toegeleid naar specialistische zorgvoorzieningen (IV) | -<br>(71% over<br>Q3 t/m Q4)<br>(V) | - | 68%<br>(67% over<br>Q3 t/m Q4)<br>(V) |',
    '| % inwoners dat (een gedeelte van) het ondersteuningsplan zelf of met behulp van informele ondersteuning (waaronder sociaal netwerk, vrijwilligers) uitvoert | -<br>(3% over<br><br>Q3 t/m Q4)<br>(V) | - | 2%<br>(2% over<br>Q3 t/m Q4)<br>(V) |',
  ),
  'begroting 2019, 4.2.1': chapter(
    '| Prestatie-indicatoren | Beoogd<br>2019 |',
    '| --- | --- |',
    '| % bewoners (18 jaar e.o.) dat zegt dat de geboden ondersteuning past bij de hulpvraag | > 70% |',
    '| % bewoners (18 jaar e.o.) dat zegt dat de kwaliteit van de geboden ondersteuning goed is | > 70% |',
    '| % hulpvragen dat door de WIJ-teams is verwezen naar sociale basisvoorzieningen | toename |',
    '| % hulpvragen dat door de WIJ-teams is toegeleid naar specialistische zorgvoorzieningen | afname |',
    '| % inwoners dat (een gedeelte van) het ondersteuningsplan zelf of met behulp van informele ondersteuning (waaronder sociaal netwerk, vrijwilligers) uitvoert | toename |',
  ),
  'rekening 2020, 4.2.2': chapter(
    '| Indicatoren | Behaald<br>2019 | Beoogd<br>2020 | Behaald<br>2020 |',
    '| --- | --- | --- | --- |',
    '| % cliënten Wmo (18 jaar e.o.) dat aangeeft door de geboden ondersteuning de dingen die men wil beter te kunnen doen (eigen regie) | 82% | Toename | -\\* |',
    '| % cliënten Wmo (18 jaar e.o.) dat aangeeft door de geboden ondersteuning zich beter te kunnen redden (zelfredzaamheid) | 82% | Toename | -\\* |',
    '| % cliënten Wmo (18 jaar e.o.) dat aangeeft door de geboden ondersteuning een betere kwaliteit van leven te hebben gekregen | 77% | Toename | -\\* |',
    '| % cliënten Wmo (18 jaar e.o.) dat aangeeft dat de geboden ondersteuning past bij de hulpvraag | 85% | Toename | -\\* |',
    '| % cliënten Wmo (18 jaar e.o.) dat aangeeft dat de kwaliteit van de geboden ondersteuning goed is | 84% | Toename | -\\* |',
    '| Aantal geïndiceerde vervoer- en woonvoorzieningen | 14.823<br>(8.867 pers) | - | 14.134<br>(8.488 pers.) |',
    '| Aantal geïndiceerde maatwerk voorzieningen individuele ondersteuning | 2.518<br>(2.395 pers) | - | 2.309<br>(2.235 pers.) |',
    '| Aantal geïndiceerde maatwerk voorzieningen groepsgerichte ondersteuning | 1.228<br>(933 pers) | - | 1.085<br>(844 pers.) |',
    '| Aantal geïndiceerde maatwerk voorzieningen kortdurend verblijf | 10<br>(10 Pers) | - | 9<br>(9 pers.) |',
  ),
};

/** Every value cell of a document as `main type: main text` (annotations and markers dropped). */
function cells(doc: ChapterDocument): string[] {
  return doc.tables.flatMap((t) =>
    t.rows.flatMap((r) => r.cells.map((c) => `${c.value.main.type}: ${displayValue(c.value.main, doc.text)}`)),
  );
}

describe('value grammar on the seed tables', () => {
  for (const [name, text] of Object.entries(SEEDS)) {
    it(`${name}: every value cell is valid, with no trailing text, under a recognised column`, () => {
      const doc = parseChapter(text);
      assert.equal(doc.tables.length, 1);
      const table = doc.tables[0];
      assert.ok(table.columns.every((c) => c.role && c.year), 'columns recognised');
      for (const row of table.rows) {
        assert.equal(row.cells.length, table.columns.length, row.name.plain);
        for (const cell of row.cells) {
          const { main, trailing } = cell.value;
          assert.ok(['dash', 'trend', 'quantity'].includes(main.type), `${cell.raw}: ${main.type}`);
          assert.equal(trailing, undefined, cell.raw);
        }
      }
    });
  }

  it('rekening 2018: main values, annotations and markers as published', () => {
    const doc = parseChapter(SEEDS['rekening 2018, 4.2.1']);
    assert.deepEqual(cells(doc), [
      'quantity: 68%', 'trend: Toename', 'quantity: 68%',
      'quantity: 64%', 'trend: Toename', 'quantity: 64%',
      'dash: -', 'dash: -', 'dash: -',
      'dash: -', 'dash: -', 'quantity: 57%',
      'dash: -', 'dash: -', 'quantity: 68%',
      'dash: -', 'dash: -', 'quantity: 2%',
    ]);
    const rows = doc.tables[0].rows;
    assert.deepEqual(rows[3].cells[2].value.annotations.map((a) => a.text), ['uitdraai op 27-2-19']);
    assert.deepEqual(rows[4].cells[0].value.annotations.map((a) => a.text), ['71% over Q3 t/m Q4']);
    assert.deepEqual(rows[5].cells[0].value.annotations.map((a) => a.text), ['3% over Q3 t/m Q4']);
    assert.deepEqual(
      rows.flatMap((r) => r.cells.flatMap((c) => c.value.markers.map((m) => m.numeral))),
      ['II', 'II', 'II', 'II', 'V', 'V', 'V', 'V'],
    );
  });

  it('begroting 2019: comparators and trend words', () => {
    assert.deepEqual(cells(parseChapter(SEEDS['begroting 2019, 4.2.1'])), [
      'quantity: > 70%',
      'quantity: > 70%',
      'trend: toename',
      'trend: afname',
      'trend: toename',
    ]);
  });

  it('rekening 2020: escaped asterisk markers and person counts', () => {
    const doc = parseChapter(SEEDS['rekening 2020, 4.2.2']);
    assert.deepEqual(cells(doc), [
      'quantity: 82%', 'trend: Toename', 'dash: -',
      'quantity: 82%', 'trend: Toename', 'dash: -',
      'quantity: 77%', 'trend: Toename', 'dash: -',
      'quantity: 85%', 'trend: Toename', 'dash: -',
      'quantity: 84%', 'trend: Toename', 'dash: -',
      'quantity: 14.823', 'dash: -', 'quantity: 14.134',
      'quantity: 2.518', 'dash: -', 'quantity: 2.309',
      'quantity: 1.228', 'dash: -', 'quantity: 1.085',
      'quantity: 10', 'dash: -', 'quantity: 9',
    ]);
    const stars = doc.tables[0].rows.flatMap((r) => r.cells.flatMap((c) => c.value.markers));
    assert.deepEqual(stars.map((m) => [m.kind, m.numeral, doc.text.slice(m.span.start, m.span.end)]), Array(5).fill(['asterisk', '*', '\\*']));
    const numbers = doc.tables[0].rows.slice(5).map((r) => r.cells.map((c) => (c.value.main.type === 'quantity' ? c.value.main.number : null)));
    assert.deepEqual(numbers, [
      [14823, null, 14134],
      [2518, null, 2309],
      [1228, null, 1085],
      [10, null, 9],
    ]);
  });
});

describe('value grammar: forms the defaults add to the seeds (issue 10)', () => {
  it('ranges, amounts, ratios, dates and per-units are typed with the default vocabulary', () => {
    const types = ['6-6,5', '€ 1,2 mln', '1 op 5', '1-1-2020', '3,2 per 1.000 inwoners', '2016: 7,2'].map((raw) => main(raw).type);
    assert.deepEqual(types, ['range', 'quantity', 'ratio', 'date', 'quantity', 'quantity']);
  });

  it('the words stay unknown: no-value words and yes/no need a configuration', () => {
    for (const raw of ['n.b.', 'nvt', 'p.m.', 'Ja', 'nee']) {
      const m = main(raw);
      assert.ok(m.type === 'invalid' && m.reason === 'unrecognised', raw);
    }
  });

  it('a year alone is still a number, and the seed values keep their exact shape', () => {
    assert.deepEqual({ ...main('2019'), span: undefined }, { type: 'quantity', span: undefined, number: 2019, numberText: '2019' });
    assert.deepEqual({ ...main('€ 559'), span: undefined }, { type: 'quantity', span: undefined, number: 559, numberText: '559', currency: 'EUR' });
  });

  it('valueKey of the new kinds', () => {
    assert.equal(valueKey(main('6 - 6,5')), 'range:6-6.5');
    assert.equal(valueKey(main('€ 1,2 mln')), '€1200000');
    assert.equal(valueKey(main('2 op 10')), 'ratio:0.2');
    assert.equal(valueKey(main('01-01-2020')), 'date:2020-1-1');
    assert.equal(valueKey(main('1,2'), 1000), '1200');
    assert.notEqual(valueKey(main('6-6,5')), valueKey(main('6')));
  });

  it('new invalid reasons: range order, impossible date, unknown per-unit', () => {
    assert.deepEqual(
      ['7-6', '30-2-2021', '3 per jaar'].map((raw) => {
        const m = main(raw);
        return m.type === 'invalid' ? m.reason : m.type;
      }),
      ['range-order', 'impossible-date', 'unknown-per-unit'],
    );
  });
});
