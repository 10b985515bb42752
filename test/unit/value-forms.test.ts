/**
 * The value forms beyond Groningen's dialect (issue 10): each form parsed and typed, switched off
 * by configuration, compared semantically, read from its context (Eenheid cell, `x 1.000`), and
 * serialised in the model JSON. Ends with real cell values of other municipalities (INDEX.md).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config, MainValue } from '../../server/src/service/index.js';
import { defaultVocabulary, parseChapter, toModelJson, vocabularyFor } from '../../server/src/service/index.js';
import { parseCellValue } from '../../server/src/service/cell-value.js';
import { parseConfig } from '../../server/src/service/config.js';
import { comparableKey, sameValue } from '../../server/src/service/indicator-match.js';
import { validateModel } from '../../server/src/service/schemas.js';
import {
  gradeScaleOf,
  measurementYear,
  scaleOf,
  unitOf,
  valueContext,
  valueKey,
} from '../../server/src/service/value.js';
import { defaultValueForms, mergeValueForms, ValueVocabulary } from '../../server/src/service/value-vocabulary.js';
import type { ValueFormsData } from '../../server/src/service/value-vocabulary.js';
import type { Vocabulary } from '../../server/src/service/vocabulary.js';
import { brief, lint, tableChapter } from '../helpers/service.js';

/** Every form on, with the placeholders and yes/no words of the corpus. */
const PERMISSIVE: Config = {
  vocabulary: {
    units: ['kg'],
    columns: { unit: ['Eenheid'] },
    values: {
      years: true,
      noValue: {
        'n.v.t.': 'not-applicable',
        nvt: 'not-applicable',
        'n.b.': 'unknown',
        nb: 'unknown',
        'n.n.b.': 'unknown',
        onbekend: 'unknown',
        '.': 'unknown',
        '#': 'not-available',
        'voorlopig niet beschikbaar': 'not-available',
        'Nog niet bekend': 'pending',
        'Verwacht …': 'pending',
        'p.m.': 'pro-memorie',
        'Zie …': 'see-note',
        'Nader bepalen …': 'to-be-determined',
        'geen meting': 'no-measurement',
      },
      booleans: { Ja: 'yes', J: 'yes', Nee: 'no' },
    },
  },
};
const permissive = vocabularyFor(PERMISSIVE);

/** A vocabulary with the defaults and these value forms. */
function withForms(values: ValueFormsData): Vocabulary {
  return vocabularyFor({ vocabulary: { values } });
}

/** The main value of a cell, without its span. */
function main(raw: string, vocabulary: Vocabulary = permissive): Record<string, unknown> {
  const { span: _span, ...rest } = parseCellValue(raw, 0, vocabulary).main;
  return rest;
}

function mainValue(raw: string, vocabulary: Vocabulary = permissive): MainValue {
  return parseCellValue(raw, 0, vocabulary).main;
}

const key = (raw: string, vocabulary: Vocabulary = permissive, factor = 1) => comparableKey(mainValue(raw, vocabulary), vocabulary, factor);

describe('value forms', () => {
  describe('ranges', () => {
    it('6-6,5, 6 - 6,5, 6- 6,5 and 6,5–7: low and high, any spacing, hyphen or en dash', () => {
      assert.deepEqual(main('6-6,5'), { type: 'range', low: 6, high: 6.5, lowText: '6', highText: '6,5' });
      assert.deepEqual(main('6,5–7'), { type: 'range', low: 6.5, high: 7, lowText: '6,5', highText: '7' });
      assert.equal(key('6 - 6,5'), key('6-6,5'));
      assert.equal(key('6- 6,5'), key('6-6,5'));
      assert.notEqual(key('6-6,5'), key('6-7'));
    });

    it('a unit, an amount or a scale word on one bound counts for both', () => {
      assert.deepEqual(main('60-70%'), { type: 'range', low: 60, high: 70, lowText: '60', highText: '70', unit: '%' });
      assert.equal(key('60%-70%'), key('60-70%'));
      assert.deepEqual(main('€ 1-2 mln'), {
        type: 'range',
        low: 1,
        high: 2,
        lowText: '1',
        highText: '2',
        currency: 'EUR',
        scale: 1000000,
      });
      assert.equal(key('€ 1-2 mln'), key('€ 1.000.000 - € 2.000.000'));
    });

    it('a glued asterisk is a marker, not part of the range (6-6,5*)', () => {
      const value = parseCellValue('6-6,5*', 0, permissive);
      assert.equal(value.main.type, 'range');
      assert.deepEqual(value.markers.map((m) => m.numeral), ['*']);
    });

    it('the lowest value first; one unit for both bounds; a slip in a bound is fixed in place', () => {
      assert.deepEqual(main('7-6'), { type: 'invalid', text: '7-6', reason: 'range-order' });
      assert.deepEqual(main('60%-70 pers'), { type: 'invalid', text: '60%-70 pers', reason: 'range-units' });
      assert.deepEqual(main('6.5 - 7'), { type: 'invalid', text: '6.5 - 7', reason: 'decimal-point', suggestion: '6,5 - 7' });
      assert.equal(main('6,5 - 7').type, 'range', 'the suggestion is itself valid');
    });

    it('dates, negative numbers and annotation-like text are no ranges', () => {
      assert.equal(main('27-2-19').reason, 'unrecognised');
      assert.equal(main('-5%').type, 'quantity');
      assert.equal(main('14.823-extra').type, 'invalid');
    });

    it('switched off: a value-format warning, not a guess', () => {
      assert.deepEqual(main('6-6,5', withForms({ ranges: false })), { type: 'invalid', text: '6-6,5', reason: 'not-allowed', form: 'range' });
    });
  });

  describe('no-value words, distinct from -', () => {
    const cases: [string, string][] = [
      ['n.v.t.', 'not-applicable'],
      ['NVT', 'not-applicable'],
      ['n.b.', 'unknown'],
      ['NB', 'unknown'],
      ['n.n.b.', 'unknown'],
      ['.', 'unknown'],
      ['#', 'not-available'],
      ['Voorlopig niet beschikbaar', 'not-available'],
      ['Nog niet bekend', 'pending'],
      ['Verwacht maart 2019', 'pending'],
      ['p.m.', 'pro-memorie'],
      ['Zie toelichting', 'see-note'],
      ['Zie begroting GR HLTsamen', 'see-note'],
      ['Nader bepalen op basis van keuze', 'to-be-determined'],
      ['geen meting', 'no-measurement'],
    ];
    for (const [raw, meaning] of cases) {
      it(`${raw}: ${meaning}`, () => {
        assert.deepEqual(main(raw), { type: 'none', word: raw, meaning });
      });
    }

    it('a prefix word matches whole words only (Ziet ≠ Zie …), and the dash stays a dash', () => {
      assert.equal(main('Zieken').type, 'invalid');
      assert.equal(main('-').type, 'dash');
      assert.notEqual(key('n.b.'), key('-'));
      assert.equal(key('n.b.'), key('nb'));
      assert.notEqual(key('n.b.'), key('n.v.t.'));
    });

    it('the defaults have none: n.v.t. is not a value in the Groningen dialect', () => {
      assert.deepEqual(main('n.v.t.', defaultVocabulary), { type: 'invalid', text: 'n.v.t.', reason: 'unrecognised' });
    });

    it('null in a configuration removes a word the base has', () => {
      const merged = mergeValueForms({ noValue: { 'n.v.t.': 'not-applicable', 'n.b.': 'unknown' } }, { noValue: { 'n.b.': null } }, true);
      const vocabulary = new ValueVocabulary(merged);
      assert.equal(vocabulary.noValue('n.v.t.'), 'not-applicable');
      assert.equal(vocabulary.noValue('n.b.'), undefined);
    });
  });

  describe('yes and no', () => {
    it('configured words, case-insensitive', () => {
      assert.deepEqual(main('Ja'), { type: 'boolean', word: 'Ja', value: true });
      assert.deepEqual(main('nee'), { type: 'boolean', word: 'nee', value: false });
      assert.deepEqual(main('J'), { type: 'boolean', word: 'J', value: true });
      assert.equal(key('ja'), key('J'));
      assert.equal(main('Ja', defaultVocabulary).type, 'invalid');
    });
  });

  describe('amounts', () => {
    it('€ 1,2 mln, € 350.000, € 12,50, € 12,- and €559', () => {
      assert.deepEqual(main('€ 1,2 mln'), { type: 'quantity', number: 1.2, numberText: '1,2', currency: 'EUR', scale: 1000000 });
      assert.deepEqual(main('€ 350.000'), { type: 'quantity', number: 350000, numberText: '350.000', currency: 'EUR' });
      assert.deepEqual(main('€ 12,50'), { type: 'quantity', number: 12.5, numberText: '12,50', currency: 'EUR' });
      assert.deepEqual(main('€ 12,-'), { type: 'quantity', number: 12, numberText: '12', currency: 'EUR' });
      assert.deepEqual(main('€559'), { type: 'quantity', number: 559, numberText: '559', currency: 'EUR' });
    });

    it('compare by the amount: € 1,2 mln = € 1.200.000, but not the bare number', () => {
      assert.equal(key('€ 1,2 mln'), key('€ 1.200.000'));
      assert.equal(key('€ 12,-'), key('€ 12'));
      assert.notEqual(key('€ 1.200.000'), key('1.200.000'));
      assert.equal(key('1,2 mln'), key('1.200.000'));
    });

    it('switched off: € is reported, also inside a range and after a measurement year', () => {
      const off = withForms({ currency: false });
      assert.deepEqual(main('€ 559', off), { type: 'invalid', text: '€ 559', reason: 'not-allowed', form: 'currency' });
      assert.equal(main('€ 1-2 mln', off).form, 'currency');
      assert.equal(main('2019: € 248', off).form, 'currency');
    });

    it('a scale word that the configuration removes is an unknown unit again', () => {
      assert.equal(main('€ 1,2 mln', withForms({ scaleWords: { mln: null } })).reason, 'unknown-unit');
    });
  });

  describe('per-population units', () => {
    it('per 1.000 inwoners and ‰, with or without the thousands dot and a space', () => {
      assert.deepEqual(main('3,2 per 1.000 inwoners'), { type: 'quantity', number: 3.2, numberText: '3,2', unit: 'per 1.000 inwoners' });
      assert.equal(key('3,2 per 1000 inwoners'), key('3,2 per 1.000 inwoners'));
      assert.deepEqual(main('2,1‰'), { type: 'quantity', number: 2.1, numberText: '2,1', unit: '‰' });
      assert.equal(key('2,1 ‰'), key('2,1‰'));
      assert.notEqual(key('3,2 per 1.000 inwoners'), key('3,2'));
    });

    it('another per-unit is unknown until configured', () => {
      assert.equal(main('3 per 1.000 woningen in de wijk').reason, 'unknown-per-unit');
      assert.equal(main('3 per jaar').reason, 'unknown-per-unit');
      assert.equal(main('3 per jaar', withForms({ perUnits: ['per jaar'] })).unit, 'per jaar');
    });
  });

  describe('ratios', () => {
    it('1 op 5, 1 op de 5, < 1 op 5; compared by their quotient', () => {
      assert.deepEqual(main('1 op 5'), { type: 'ratio', numerator: 1, denominator: 5 });
      assert.deepEqual(main('1 op de 5'), { type: 'ratio', numerator: 1, denominator: 5 });
      assert.deepEqual(main('< 1 op 5'), { type: 'ratio', numerator: 1, denominator: 5, comparator: '<' });
      assert.equal(key('2 op 10'), key('1 op 5'));
      assert.notEqual(key('1 op 5'), key('1 op 4'));
    });

    it('>= is corrected, a zero denominator is no ratio, and switched off it is reported', () => {
      assert.deepEqual(main('>= 1 op 5'), { type: 'invalid', text: '>= 1 op 5', reason: 'comparator-form', suggestion: '≥ 1 op 5' });
      assert.equal(main('1 op 0').reason, 'unrecognised');
      assert.equal(main('1 op 5', withForms({ ratios: false })).form, 'ratio');
    });
  });

  describe('dates and years', () => {
    it('1-1-2020, 01-01-2020 and 1 januari 2020 are the same date', () => {
      assert.deepEqual(main('1-1-2020'), { type: 'date', year: 2020, month: 1, day: 1 });
      assert.equal(key('01-01-2020'), key('1-1-2020'));
      assert.equal(key('1 Januari 2020'), key('1-1-2020'));
    });

    it('a date that does not exist is reported; 29 February only in a leap year', () => {
      assert.equal(main('31-2-2020').reason, 'impossible-date');
      assert.equal(main('29-2-2019').reason, 'impossible-date');
      assert.equal(main('29-2-2020').type, 'date');
      assert.equal(main('1-13-2020').reason, 'impossible-date');
    });

    it('a year alone is a date only when years are values; otherwise the number it always was', () => {
      assert.deepEqual(main('2019'), { type: 'date', year: 2019 });
      assert.deepEqual(main('2019', defaultVocabulary), { type: 'quantity', number: 2019, numberText: '2019' });
      assert.equal(main('1850').type, 'quantity', 'not a plausible year');
    });

    it('switched off: a date is reported', () => {
      assert.deepEqual(main('1-1-2020', withForms({ dates: false })), { type: 'invalid', text: '1-1-2020', reason: 'not-allowed', form: 'date' });
    });
  });

  describe('measurement years', () => {
    it('2016: 7,2 and 2019: € 248 carry the year; the span is the whole value', () => {
      assert.deepEqual(main('2016: 7,2'), { type: 'quantity', number: 7.2, numberText: '7,2', measuredIn: 2016 });
      assert.deepEqual(main('2019: € 248'), { type: 'quantity', number: 248, numberText: '248', currency: 'EUR', measuredIn: 2019 });
      assert.deepEqual(mainValue('2016: 7,2').span, { start: 0, end: 9 });
      assert.equal(key('2016: 7,2'), key('7,2'));
    });

    it('58,1 (2016): the annotation is the measurement year', () => {
      assert.equal(measurementYear(parseCellValue('58,1 (2016)', 0, permissive), permissive), 2016);
      assert.equal(measurementYear(parseCellValue('2016: 7,2', 0, permissive), permissive), 2016);
      assert.equal(measurementYear(parseCellValue('58,1 (uitdraai 2016)', 0, permissive), permissive), undefined);
      assert.equal(measurementYear(parseCellValue('58,1 (2016)', 0, withForms({ measurementYears: false })), withForms({ measurementYears: false })), undefined);
    });

    it('a slip after the year is fixed in the value; switched off, the year moves into parentheses', () => {
      const slip = mainValue('2016: 68 %');
      assert.ok(slip.type === 'invalid' && slip.suggestion === '68%');
      assert.deepEqual(slip.span, { start: 6, end: 10 });
      assert.deepEqual(main('2016: 7,2', withForms({ measurementYears: false })), {
        type: 'invalid',
        text: '2016: 7,2',
        reason: 'not-allowed',
        form: 'measurement-year',
        suggestion: '7,2 (2016)',
      });
    });
  });

  describe('context: scales, grade scales, the Eenheid cell', () => {
    it('scaleOf reads x 1.000, x € 1.000, x € 1 mln, Duizend euro; and only scales', () => {
      assert.deepEqual(scaleOf('x € 1.000', permissive), { factor: 1000, currency: 'EUR' });
      assert.deepEqual(scaleOf('Aantal banen (x 1.000)', permissive), { factor: 1000 });
      assert.deepEqual(scaleOf('Realisatie<br>x1000', permissive), { factor: 1000 });
      assert.deepEqual(scaleOf('bedragen x € 1 mln', permissive), { factor: 1000000, currency: 'EUR' });
      assert.deepEqual(scaleOf('Duizend euro', permissive), { factor: 1000, currency: 'EUR' });
      for (const text of ['Max 5', 'Box 3', 'Kosten per inwoner in €', 'x 1', 'Behaald 2017']) assert.equal(scaleOf(text, permissive), undefined, text);
      assert.equal(scaleOf('x 1.000', withForms({ headerScales: false })), undefined);
    });

    it('gradeScaleOf reads schaal 1-10, schaal van 1 tot 5, Tussen de 1 en 10', () => {
      assert.deepEqual(gradeScaleOf('schaal 1-10', permissive), { low: 1, high: 10 });
      assert.deepEqual(gradeScaleOf('Tevredenheid (rapportcijfer, schaal van 1 tot 5)', permissive), { low: 1, high: 5 });
      assert.deepEqual(gradeScaleOf('Tussen de 1 en 10', permissive), { low: 1, high: 10 });
      assert.equal(gradeScaleOf('schaal 10-1', permissive), undefined);
      assert.equal(gradeScaleOf('schaal 1-10', withForms({ grades: false })), undefined);
    });

    it('unitOf reads an Eenheid cell', () => {
      assert.deepEqual(unitOf('%', permissive), { kind: 'percent', text: '%', unit: '%' });
      assert.deepEqual(unitOf('In %', permissive), { kind: 'percent', text: 'In %', unit: '%' });
      assert.deepEqual(unitOf('procent', permissive), { kind: 'percent', text: 'procent', unit: '%' });
      assert.deepEqual(unitOf('Aantal', permissive), { kind: 'count', text: 'Aantal' });
      assert.deepEqual(unitOf('€', permissive), { kind: 'currency', text: '€' });
      assert.deepEqual(unitOf('x € 1.000', permissive), { kind: 'currency', text: 'x € 1.000', scale: 1000 });
      assert.deepEqual(unitOf('Duizend euro', permissive), { kind: 'currency', text: 'Duizend euro', scale: 1000 });
      assert.deepEqual(unitOf('per 1.000 inwoners', permissive), { kind: 'per', text: 'per 1.000 inwoners', unit: 'per 1.000 inwoners' });
      assert.deepEqual(unitOf('Tussen de 1 en 10', permissive), { kind: 'grade', text: 'Tussen de 1 en 10', grade: { low: 1, high: 10 } });
      assert.deepEqual(unitOf('kg', permissive), { kind: 'unit', text: 'kg', unit: 'kg' });
      assert.equal(unitOf('Zie bron', permissive), undefined);
      assert.equal(unitOf('-', permissive), undefined);
    });

    it('valueContext: the column header first, then the Eenheid cell, the name, the table label', () => {
      const text = tableChapter(
        'rekening',
        2018,
        '| Indicatoren x 1 mln | Eenheid | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
        '| Banen (x 1.000) | aantal | 1,2 | 1,3 | 1,4 |',
        '| Kosten | x € 1.000 | 5 | 6 | 7 |',
        '| Inwoners | aantal | 1,2 | 1,3 | 1,4 |',
        '| Tevredenheid (schaal 1-5) | Tussen de 1 en 10 | 4 | 4 (schaal 1-10) | 4 |',
      );
      const doc = parseChapter(text, { vocabulary: permissive });
      const table = doc.tables[0];
      const [banen, kosten, inwoners, tevredenheid] = table.rows;
      assert.equal(valueContext(table, banen, banen.cells[1], permissive).factor, 1000);
      assert.deepEqual(valueContext(table, kosten, kosten.cells[1], permissive).unit, { kind: 'currency', text: 'x € 1.000', scale: 1000 });
      assert.equal(valueContext(table, kosten, kosten.cells[1], permissive).factor, 1000);
      assert.equal(valueContext(table, inwoners, inwoners.cells[1], permissive).factor, 1000000);
      assert.deepEqual(valueContext(table, tevredenheid, tevredenheid.cells[2], permissive).grade, { low: 1, high: 10 });
      assert.deepEqual(valueContext(table, tevredenheid, tevredenheid.cells[1], permissive).grade, { low: 1, high: 5 });
    });

    it('comparable keys count the scale: 1,2 under x 1.000 is 1.200', () => {
      assert.equal(key('1,2', permissive, 1000), key('1.200'));
      assert.equal(valueKey(mainValue('6-6,5'), 1000), valueKey(mainValue('6.000-6.500')));
      assert.notEqual(key('1,2', permissive, 1000), key('1,2'));
      assert.equal(key('€ 1,2 mln', permissive, 1000), key('€ 1.200.000'), 'its own scale word wins');
    });

    it('sameValue reads each cell under its column header', () => {
      const scaledDoc = parseChapter(
        tableChapter('rekening', 2018, '| Indicatoren | Behaald 2017 x 1.000 | Behaald 2018 |', '| Banen | 1,2 | 1.200 |'),
        { vocabulary: permissive },
      );
      const [a, b] = scaledDoc.tables[0].rows[0].cells;
      assert.ok(sameValue(a, b, permissive));
      assert.ok(!sameValue(a, b, permissive, { a: 1 }));
    });
  });

  describe('configuration', () => {
    it('the defaults: structural forms on, no words, years off', () => {
      const forms = new ValueVocabulary(defaultValueForms).data;
      assert.deepEqual(
        [forms.ranges, forms.currency, forms.ratios, forms.dates, forms.years, forms.measurementYears, forms.grades, forms.headerScales],
        [true, true, true, true, false, true, true, true],
      );
      assert.deepEqual([forms.noValue, forms.booleans], [{}, {}]);
      assert.ok(forms.perUnits.includes('per 1.000 inwoners') && forms.perUnits.includes('‰'));
    });

    it('a partial configuration keeps every other default; extend merges, replace replaces', () => {
      const extended = mergeValueForms(defaultValueForms, { ranges: false, perUnits: ['per jaar'], unitWords: { stuks: 'count' } }, true);
      assert.equal(extended.ranges, false);
      assert.equal(extended.currency, true);
      assert.deepEqual(extended.perUnits, [...(defaultValueForms.perUnits ?? []), 'per jaar']);
      assert.equal(extended.unitWords?.['%'], 'percent');
      assert.equal(extended.unitWords?.stuks, 'count');
      const replaced = mergeValueForms(defaultValueForms, { perUnits: ['per jaar'], unitWords: { stuks: 'count' } }, false);
      assert.deepEqual(replaced.perUnits, ['per jaar']);
      assert.deepEqual(replaced.unitWords, { stuks: 'count' });
      assert.equal(replaced.ranges, true, 'a part not named stays');
      assert.equal(mergeValueForms(defaultValueForms, undefined, true), defaultValueForms);
    });

    it('a value vocabulary from partial data takes the defaults for the rest', () => {
      const forms = new ValueVocabulary({ ratios: false });
      assert.equal(forms.allows('ratio'), false);
      assert.equal(forms.allows('range'), true);
      assert.equal(forms.scaleWord('MLN'), 1000000);
    });

    it('the configuration schema checks the value forms', () => {
      assert.deepEqual(parseConfig(JSON.stringify(PERMISSIVE)).problems, []);
      const bad = parseConfig(JSON.stringify({ vocabulary: { values: { ranges: 'ja', noValue: { 'n.v.t.': 'niet van toepassing' }, rangez: true } } }));
      assert.deepEqual(bad.problems.map((p) => p.key).sort(), ['vocabulary.values.noValue.n.v.t.', 'vocabulary.values.ranges', 'vocabulary.values.rangez']);
    });
  });

  describe('the model JSON types every kind', () => {
    it('validates against the schema and carries the typed fields', () => {
      const text = tableChapter(
        'rekening',
        2018,
        '| Indicatoren | Eenheid | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
        '| Bomen (x 1.000) | aantal | 6-6,5* | 1 op 5 | 2019 |',
        '| Kosten | € | € 1,2 mln | n.v.t. | Ja |',
        '| Tevredenheid | Tussen de 1 en 10 | 58,1 (2016) | 1-1-2020 | 3,2 per 1.000 inwoners |',
      );
      const json = toModelJson(parseChapter(text, { vocabulary: permissive }), permissive) as {
        beleidsvelden: { tables: { rows: { cells: Record<string, unknown>[] }[] }[] }[];
      };
      assert.deepEqual(validateModel(json), []);
      const cells = json.beleidsvelden[0].tables[0].rows.map((r) => r.cells.slice(1));
      const typed = (c: Record<string, unknown>) => {
        const { raw: _raw, annotations: _a, markers: _m, ...rest } = c;
        return rest;
      };
      assert.deepEqual(cells.map((row) => row.map(typed)), [
        [
          { type: 'range', low: 6, high: 6.5, factor: 1000 },
          { type: 'ratio', numerator: 1, denominator: 5 },
          { type: 'date', year: 2019 },
        ],
        [
          { type: 'quantity', number: 1.2, currency: 'EUR', scale: 1000000 },
          { type: 'none', meaning: 'not-applicable' },
          { type: 'boolean', boolean: true },
        ],
        [
          { type: 'quantity', number: 58.1, measuredIn: 2016, gradeScale: { low: 1, high: 10 } },
          { type: 'date', year: 2020, month: 1, day: 1 },
          { type: 'quantity', number: 3.2, unit: 'per 1.000 inwoners', gradeScale: { low: 1, high: 10 } },
        ],
      ]);
      // The Eenheid cell is text in a descriptive column: typed as read, with no context added.
      assert.deepEqual(typed(json.beleidsvelden[0].tables[0].rows[0].cells[0]), { type: 'invalid' });
    });

    it('the schema rejects a kind it does not know', () => {
      const errors = validateModel({
        beleidsvelden: [{ tables: [{ label: 'x', columns: [], rows: [{ indicator: 'a', cells: [{ raw: 'x', type: 'guess' }] }] }], definitions: [] }],
      });
      assert.deepEqual(errors.map((e) => e.keyword), ['enum']);
    });
  });
});

/**
 * test/fixtures/rules/value-forms: a chapter in another municipality's style (Realisatie,
 * Streefwaarde, Eenheid, Bron; ranges, amounts under `x € 1.000`, n.b.) with its own configuration.
 */
describe('value forms fixture with its configuration', () => {
  const dir = join(process.cwd(), 'test', 'fixtures', 'rules', 'value-forms');
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const { config, problems } = parseConfig(read('.programmalintrc.json'));
  const rules = ['value-format', 'value-unit', 'target-attainment'];

  it('the configuration is valid', () => {
    assert.deepEqual(problems, []);
  });

  it('ok.md lints clean with it, and not without it', () => {
    assert.deepEqual(lint(read('ok.md'), { config }).map((f) => brief(f)), []);
    assert.ok(lint(read('ok.md')).some((f) => f.rule === 'value-format'));
  });

  it('not-ok.md gives exactly the expected value findings', () => {
    const actual = lint(read('not-ok.md'), { config })
      .filter((f) => rules.includes(f.rule))
      .map((f) => brief(f));
    assert.deepEqual(actual, JSON.parse(read('not-ok.json')));
  });
});

/**
 * Real cell values from the published tables of other municipalities (corpus INDEX.md), read with
 * every form switched on: what each one is typed as. The last group is what stays reported.
 */
describe('value forms on the corpus values (INDEX.md)', () => {
  const cases: [string, Record<string, unknown>][] = [
    // Sint-Michielsgestel groenbeheer: ranges with a glued asterisk marker.
    ['6-6,5*', { type: 'range', low: 6, high: 6.5, lowText: '6', highText: '6,5' }],
    ['6- 6,5*', { type: 'range', low: 6, high: 6.5, lowText: '6', highText: '6,5' }],
    ['6,5- 7*', { type: 'range', low: 6.5, high: 7, lowText: '6,5', highText: '7' }],
    // Buren, Teylingen: amounts and percentages.
    ['€ 559', { type: 'quantity', number: 559, numberText: '559', currency: 'EUR' }],
    ['€ 44', { type: 'quantity', number: 44, numberText: '44', currency: 'EUR' }],
    ['2,50%', { type: 'quantity', number: 2.5, numberText: '2,50', unit: '%' }],
    ['5,15', { type: 'quantity', number: 5.15, numberText: '5,15' }],
    // Zaanstad, Dordrecht, Amersfoort: thousands with and without the dot.
    ['1.459', { type: 'quantity', number: 1459, numberText: '1.459' }],
    ['631.041 (2018)', { type: 'quantity', number: 631041, numberText: '631.041' }],
    ['7509', { type: 'quantity', number: 7509, numberText: '7509' }],
    [' 4,0', { type: 'quantity', number: 4, numberText: '4,0' }],
    // Dordrecht: value plus measurement year as an annotation; Teylingen: the year first.
    ['58,1 (2016)', { type: 'quantity', number: 58.1, numberText: '58,1' }],
    ['12,2 (2023)', { type: 'quantity', number: 12.2, numberText: '12,2' }],
    ['2016: 7,2', { type: 'quantity', number: 7.2, numberText: '7,2', measuredIn: 2016 }],
    ['2019: € 248', { type: 'quantity', number: 248, numberText: '248', currency: 'EUR', measuredIn: 2019 }],
    ['2017: 174 kg', { type: 'quantity', number: 174, numberText: '174', unit: 'kg', measuredIn: 2017 }],
    // Maassluis: comparators, yes/no, placeholders.
    ['> 90%', { type: 'quantity', number: 90, numberText: '90', comparator: '>', unit: '%' }],
    ['>95%', { type: 'quantity', number: 95, numberText: '95', comparator: '>', unit: '%' }],
    ['>1', { type: 'quantity', number: 1, numberText: '1', comparator: '>' }],
    ['< 50%', { type: 'quantity', number: 50, numberText: '50', comparator: '<', unit: '%' }],
    ['Ja', { type: 'boolean', word: 'Ja', value: true }],
    ['nee', { type: 'boolean', word: 'nee', value: false }],
    ['J', { type: 'boolean', word: 'J', value: true }],
    ['nb', { type: 'none', word: 'nb', meaning: 'unknown' }],
    // Beverwijk, Goirle, Berg en Dal, Velsen, Utrecht, Nieuwegein, Breda, Teylingen: placeholders.
    ['n.n.b.', { type: 'none', word: 'n.n.b.', meaning: 'unknown' }],
    ['.', { type: 'none', word: '.', meaning: 'unknown' }],
    ['n.b.*', { type: 'none', word: 'n.b.', meaning: 'unknown' }],
    ['NB', { type: 'none', word: 'NB', meaning: 'unknown' }],
    ['#', { type: 'none', word: '#', meaning: 'not-available' }],
    ['n.v.t.', { type: 'none', word: 'n.v.t.', meaning: 'not-applicable' }],
    ['onbekend', { type: 'none', word: 'onbekend', meaning: 'unknown' }],
    ['Nog niet bekend', { type: 'none', word: 'Nog niet bekend', meaning: 'pending' }],
    ['voorlopig niet beschikbaar', { type: 'none', word: 'voorlopig niet beschikbaar', meaning: 'not-available' }],
    ['Verwacht maart 2019', { type: 'none', word: 'Verwacht maart 2019', meaning: 'pending' }],
    ['Zie toelichting', { type: 'none', word: 'Zie toelichting', meaning: 'see-note' }],
    ['Zie begroting GR HLTsamen', { type: 'none', word: 'Zie begroting GR HLTsamen', meaning: 'see-note' }],
    ['Nader bepalen op basis van keuze', { type: 'none', word: 'Nader bepalen op basis van keuze', meaning: 'to-be-determined' }],
    // Utrecht: a value with a qualifier in parentheses.
    ['10% (17% per inwoner)', { type: 'quantity', number: 10, numberText: '10', unit: '%' }],
    ['4,5% (schatting)', { type: 'quantity', number: 4.5, numberText: '4,5', unit: '%' }],
    // Lingewaard: a unit after the value (kg configured).
    ['113 kg', { type: 'quantity', number: 113, numberText: '113', unit: 'kg' }],
    // Steenbergen, Velsen: a year as a value.
    ['2017', { type: 'date', year: 2017 }],
    ['2022', { type: 'date', year: 2022 }],
    // The forms.
    ['1 op 5', { type: 'ratio', numerator: 1, denominator: 5 }],
    ['€ 1,2 mln', { type: 'quantity', number: 1.2, numberText: '1,2', currency: 'EUR', scale: 1000000 }],
    ['€ 350.000', { type: 'quantity', number: 350000, numberText: '350.000', currency: 'EUR' }],
    ['€ 12,50', { type: 'quantity', number: 12.5, numberText: '12,50', currency: 'EUR' }],
    ['3,2 per 1.000 inwoners', { type: 'quantity', number: 3.2, numberText: '3,2', unit: 'per 1.000 inwoners' }],
    ['6,8 (schaal 1-10)', { type: 'quantity', number: 6.8, numberText: '6,8' }],
    ['1-1-2020', { type: 'date', year: 2020, month: 1, day: 1 }],
    // Still reported: a space before %, glued cells, a benchmark in the value, arithmetic.
    ['29 %', { type: 'invalid', text: '29 %', reason: 'space-before-percent', suggestion: '29%' }],
    ['62,90 %', { type: 'invalid', text: '62,90 %', reason: 'space-before-percent', suggestion: '62,90%' }],
    ['6,76,8', { type: 'invalid', text: '6,76,8', reason: 'unrecognised' }],
    ['104 tov 134 landelijk', { type: 'invalid', text: '104 tov 134 landelijk', reason: 'unrecognised' }],
    ['44 + 27 = 71', { type: 'invalid', text: '44 + 27 = 71', reason: 'unrecognised' }],
  ];
  for (const [raw, expected] of cases) {
    it(`${JSON.stringify(raw)} → ${expected.type}`, () => {
      assert.deepEqual(main(raw), expected);
    });
  }

  it('the annotations say what the main value does not: a measurement year, a grade scale, a qualifier', () => {
    const read = (raw: string) => parseCellValue(raw, 0, permissive);
    assert.equal(measurementYear(read('58,1 (2016)'), permissive), 2016);
    assert.equal(measurementYear(read('631.041 (2018)'), permissive), 2018);
    assert.deepEqual(gradeScaleOf(read('6,8 (schaal 1-10)').annotations[0].text, permissive), { low: 1, high: 10 });
    assert.deepEqual(read('10% (17% per inwoner)').annotations.map((a) => a.text), ['17% per inwoner']);
    assert.deepEqual(read('6-6,5*').markers.map((m) => m.numeral), ['*']);
  });
});
