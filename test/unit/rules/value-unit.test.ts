import assert from 'node:assert/strict';
import type { Config } from '../../../server/src/service/index.js';
import { brief, findingsOf, fixesOf as fixesOfRule, lint, rekeningTable, tableChapter } from '../../helpers/service.js';

const RULE = 'value-unit';

/** Rows start on line 13; `| Aantal voorzieningen | ` puts the first value at column 26. */
const rekening = rekeningTable;

const fixesOf = (text: string) => fixesOfRule(RULE, text);

describe('value-unit', () => {
  it('accepts percentages up to 100%, dashes, trends and empty cells in a %-indicator', () => {
    const text = rekening(
      '| % bewoners dat tevreden is | 68% (II) | > 70% | 100% |',
      '| % cliënten met een plan | - | Toename | 0% |',
      '| Percentage afgehandelde meldingen | -* | ≥ 99,5% | |',
      '| Aandeel jongeren (%) | 12,5% | afname | 11% |',
    );
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('accepts numbers without % in an indicator that is no percentage', () => {
    const text = rekening('| Aantal geïndiceerde voorzieningen | 14.823 (8.867 pers) | 68 | 0,68 |');
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('a fraction in a %-indicator: reported on the value, with an unsafe fix to the percentage', () => {
    const text = rekening('| % bewoners dat tevreden is | 0,68 (II) | > 0,7 | - |');
    assert.deepEqual(findingsOf(RULE, text), [
      {
        rule: RULE,
        range: '13:32-13:36',
        message: "'0,68' is geen percentage, maar deze indicator meet een percentage. Bedoelt u '68%'?",
      },
      {
        rule: RULE,
        range: '13:44-13:49',
        message: "'> 0,7' is geen percentage, maar deze indicator meet een percentage. Bedoelt u '> 70%'?",
      },
    ]);
    assert.deepEqual(fixesOf(text), [
      [{ title: "Vervangen door '68%'", safe: false, edits: ['68%'] }],
      [{ title: "Vervangen door '> 70%'", safe: false, edits: ['> 70%'] }],
    ]);
  });

  it('a whole number in a %-indicator lacks its sign; a fraction with decimals keeps them', () => {
    const text = rekening('| Percentage afgehandelde meldingen | 68 | 0,125 | 12,5 |');
    assert.deepEqual(findingsOf(RULE, text), [
      {
        rule: RULE,
        range: '13:39-13:41',
        message: "'68' is geen percentage, maar deze indicator meet een percentage. Bedoelt u '68%'?",
      },
      {
        rule: RULE,
        range: '13:44-13:49',
        message: "'0,125' is geen percentage, maar deze indicator meet een percentage. Bedoelt u '12,5%'?",
      },
      {
        rule: RULE,
        range: '13:52-13:56',
        message: "'12,5' is geen percentage, maar deze indicator meet een percentage. Bedoelt u '12,5%'?",
      },
    ]);
  });

  it('another unit in a %-indicator gets no suggestion', () => {
    const text = rekening('| % bewoners dat tevreden is | 12 pers | - | - |');
    assert.deepEqual(findingsOf(RULE, text), [
      { rule: RULE, range: '13:32-13:39', message: "'12 pers' is geen percentage, maar deze indicator meet een percentage." },
    ]);
    assert.deepEqual(fixesOf(text), [[]]);
  });

  it('a percentage above 100%, in any indicator, comparator included', () => {
    const text = rekening('| Aantal voorzieningen | 101% | > 120% | 100,5%* (II) |');
    assert.deepEqual(findingsOf(RULE, text), [
      { rule: RULE, range: '13:26-13:30', message: "'101%': een percentage kan niet hoger zijn dan 100%." },
      { rule: RULE, range: '13:33-13:39', message: "'> 120%': een percentage kan niet hoger zijn dan 100%." },
      { rule: RULE, range: '13:42-13:48', message: "'100,5%': een percentage kan niet hoger zijn dan 100%." },
    ]);
  });

  it('leaves invalid values to value-format', () => {
    const text = rekening('| % bewoners dat tevreden is | 68 % | 70 procent | 120.5% |');
    assert.deepEqual(findingsOf(RULE, text), []);
    assert.equal(findingsOf('value-format', text).length, 3);
  });

  describe('value forms and the Eenheid column (issue 10)', () => {
    const EENHEID: Config = { vocabulary: { columns: { unit: ['Eenheid'] } } };
    /** A rekening 2018 with an Eenheid column; rows from line 13, `| Indicator | <eenheid> | ` before the first value. */
    const withUnit = (...rows: string[]) =>
      tableChapter('rekening', 2018, '| Prestatie-indicatoren | Eenheid | Behaald 2017 | Beoogd 2018 | Behaald 2018 |', ...rows);

    it('an Eenheid cell % makes the row a percentage indicator, like a name starting with %', () => {
      const text = withUnit('| Tevreden bewoners | % | 68 | > 70% | 71% |');
      assert.deepEqual(findingsOf(RULE, text, { config: EENHEID }), [
        {
          rule: RULE,
          range: '13:27-13:29',
          message: "'68' is geen percentage, maar deze indicator meet een percentage. Bedoelt u '68%'?",
        },
      ]);
      assert.deepEqual(findingsOf(RULE, withUnit('| Tevreden bewoners | In % | 68% | > 70% | 71% |'), { config: EENHEID }), []);
    });

    it('an Eenheid % over a row of bare numbers: each number is that percentage, none above 100', () => {
      assert.deepEqual(findingsOf(RULE, withUnit('| Hernieuwbare elektriciteit | percentage | 1,6 | 2 | 2,7 |'), { config: EENHEID }), []);
      assert.deepEqual(findingsOf(RULE, withUnit('| Hernieuwbare elektriciteit | % | 1,6 | 2 | 102 |'), { config: EENHEID }).map((f) => f.message), [
        "'102': een percentage (eenheid '%') kan niet hoger zijn dan 100.",
      ]);
    });

    it('another unit in the Eenheid cell: a percentage is reported, naming the unit and the column', () => {
      const text = withUnit('| Meldingen | aantal | 12 | 10 | 12% |', '| Kosten | € | € 12 | € 10 | 5% |', '| Misdrijven | per 1.000 inwoners | 3,2 | 3 | 2,9 |');
      assert.deepEqual(findingsOf(RULE, text, { config: EENHEID }), [
        {
          rule: RULE,
          range: '13:34-13:37',
          message: "'12%' is een percentage, maar de eenheid van deze indicator is 'aantal' (kolom Eenheid).",
        },
        {
          rule: RULE,
          range: '14:30-14:32',
          message: "'5%' is een percentage, maar de eenheid van deze indicator is '€' (kolom Eenheid).",
        },
      ]);
      assert.deepEqual(
        findingsOf(RULE, text, { config: EENHEID, locale: 'en' }).map((f) => f.message)[0],
        "'12%' is a percentage, but the unit of this indicator is 'aantal' (column Eenheid).",
      );
    });

    it('a grade outside its scale: from an annotation, the name or the Eenheid cell', () => {
      const text = withUnit(
        '| Rapportcijfer dienstverlening | Tussen de 1 en 10 | 7,2 | 8 | 11 |',
        '| Tevredenheid (schaal 1-5) | - | 4,1 | 6 | 4 |',
        '| Waardering | - | 6,8 (schaal 1-10) | 0 (schaal 1-10) | 7-8 |',
      );
      assert.deepEqual(findingsOf(RULE, text, { config: EENHEID }), [
        { rule: RULE, range: '13:65-13:67', message: "'11' valt buiten de schaal van 1 tot 10 van deze indicator." },
        { rule: RULE, range: '14:41-14:42', message: "'6' valt buiten de schaal van 1 tot 5 van deze indicator." },
        { rule: RULE, range: '15:40-15:41', message: "'0' valt buiten de schaal van 1 tot 10 van deze indicator." },
      ]);
    });

    it('ranges: no bound above 100%, and a %-indicator needs a percentage range', () => {
      const text = rekening('| % bewoners dat tevreden is | 60-70% | 90%-110% | 60-70 |');
      assert.deepEqual(findingsOf(RULE, text), [
        { rule: RULE, range: '13:41-13:49', message: "'90%-110%': een percentage kan niet hoger zijn dan 100%." },
        { rule: RULE, range: '13:52-13:57', message: "'60-70' is geen percentage, maar deze indicator meet een percentage." },
      ]);
    });

    it('a ratio or a scaled amount in a %-indicator is no percentage, without a guess', () => {
      const text = rekening('| % bewoners dat tevreden is | 1 op 5 | 1,2 mln | - |');
      assert.deepEqual(findingsOf(RULE, text), [
        { rule: RULE, range: '13:32-13:38', message: "'1 op 5' is geen percentage, maar deze indicator meet een percentage." },
        { rule: RULE, range: '13:41-13:48', message: "'1,2 mln' is geen percentage, maar deze indicator meet een percentage." },
      ]);
      assert.deepEqual(fixesOf(text), [[], []]);
    });

    it('a measurement year before the value stays in the suggestion', () => {
      const text = rekening('| % bewoners dat tevreden is | 2016: 68 | - | - |');
      assert.deepEqual(fixesOf(text), [[{ title: "Vervangen door '2016: 68%'", safe: false, edits: ['2016: 68%'] }]]);
    });

    it('no-value words, dates and yes/no are no percentages to check', () => {
      const config: Config = { vocabulary: { values: { noValue: { 'n.v.t.': 'not-applicable' }, booleans: { Ja: 'yes' } } } };
      const text = rekening('| % bewoners dat tevreden is | n.v.t. | 1-1-2020 | Ja |');
      assert.deepEqual(findingsOf(RULE, text, { config }), []);
    });
  });

  it('speaks English when asked', () => {
    const text = rekening('| % bewoners dat tevreden is | 68 | - | 120% |');
    assert.deepEqual(
      lint(text, { locale: 'en' })
        .filter((f) => f.rule === RULE)
        .map((f) => brief(f)),
      [
        {
          rule: RULE,
          range: '13:32-13:34',
          message: "'68' is not a percentage, but this indicator measures a percentage. Did you mean '68%'?",
        },
        { rule: RULE, range: '13:41-13:45', message: "'120%': a percentage cannot be above 100%." },
      ],
    );
  });
});
