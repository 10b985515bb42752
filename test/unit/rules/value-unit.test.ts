import assert from 'node:assert/strict';
import { brief, findingsOf, fixesOf as fixesOfRule, lint, rekeningTable } from '../../helpers/service.js';

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
