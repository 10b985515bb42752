import assert from 'node:assert/strict';
import { defaultVocabulary, parseChapter } from '../../../server/src/service/index.js';
import { type AssessedValue, assessTarget } from '../../../server/src/rules/target-attainment.js';
import type { Config } from '../../../server/src/service/index.js';
import { brief, chapter, findingsOf, lint } from '../../helpers/service.js';

const RULE = 'target-attainment';

const FRONT = ['---', 'document: rekening', 'jaar: 2018', 'programma: 4', '---', '', '## 4.2.1 Ondersteunende voorzieningen', ''];
const HEADER = ['| Indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |', '| --- | --- | --- | --- |'];

/** A rekening 2018 with one row: Behaald 2017 | Beoogd 2018 | Behaald 2018. */
function rekening(previous: string, target: string, achieved: string): string {
  return chapter(...FRONT, ...HEADER, `| Aantal | ${previous} | ${target} | ${achieved} |`);
}

/** The messages of the rule for one row. */
function messages(previous: string, target: string, achieved: string, locale: 'nl' | 'en' = 'nl'): string[] {
  return findingsOf(RULE, rekening(previous, target, achieved), { locale }).map((f) => f.message);
}

/** The assessment of one row, met targets included (the rule does not report those). */
function assess(previous: string, target: string, achieved: string) {
  const doc = parseChapter(rekening(previous, target, achieved));
  const [p, t, a] = doc.tables[0].rows[0].cells;
  const prev: AssessedValue = { main: p.value.main, header: 'Behaald 2017' };
  const headers = { target: 'Beoogd 2018', achieved: 'Behaald 2018' };
  const result = assessTarget(t.value.main, a.value.main, prev, 'Behaald 2017', doc.text, defaultVocabulary, {}, headers);
  return result && [result.status, result.message.nl];
}

describe('target-attainment', () => {
  it('reports a target not met at the achieved value, as info, with both values', () => {
    const text = rekening('60%', '> 70%', '64%');
    const findings = lint(text).filter((f) => f.rule === RULE);
    assert.deepEqual(findings.map((f) => brief(f, true)), [
      { rule: RULE, range: '11:26-11:29', message: 'Doel niet gehaald: Beoogd 2018 is > 70%, Behaald 2018 is 64%.', severity: 'info' },
    ]);
    assert.deepEqual(findings[0].fixes, []);
  });

  describe('comparators', () => {
    const cases: [string, string, 'met' | 'not-met'][] = [
      ['> 70%', '71%', 'met'],
      ['> 70%', '70%', 'not-met'],
      ['> 70%', '64%', 'not-met'],
      ['< 10%', '9%', 'met'],
      ['< 10%', '10%', 'not-met'],
      ['≥ 70%', '70%', 'met'],
      ['≥ 70%', '69,9%', 'not-met'],
      ['≤ 5', '5', 'met'],
      ['≤ 5', '6', 'not-met'],
      ['>70%', '80%', 'met'],
      ['1.000', '1.000', 'met'],
      ['1.000', '999', 'not-met'],
      ['12,5 uur', '13 uur', 'met'],
    ];
    for (const [target, achieved, status] of cases) {
      it(`${target} with ${achieved}: ${status}`, () => {
        const verdict = status === 'met' ? 'Doel gehaald' : 'Doel niet gehaald';
        assert.deepEqual(assess('-', target, achieved), [status, `${verdict}: Beoogd 2018 is ${target}, Behaald 2018 is ${achieved}.`]);
        assert.deepEqual(messages('-', target, achieved), status === 'met' ? [] : [`${verdict}: Beoogd 2018 is ${target}, Behaald 2018 is ${achieved}.`]);
      });
    }
  });

  describe('trend words, against Behaald Y-1 of the same row', () => {
    const cases: [string, string, string, 'met' | 'not-met'][] = [
      ['Toename', '68%', '70%', 'met'],
      ['Toename', '68%', '68%', 'not-met'],
      ['Toename', '68%', '60%', 'not-met'],
      ['toename', '68%', '70%', 'met'],
      ['Afname', '68%', '60%', 'met'],
      ['Afname', '68%', '68%', 'not-met'],
      ['Afname', '68%', '70%', 'not-met'],
      ['Gelijk', '68%', '68%', 'met'],
      ['Gelijk', '68%', '69%', 'not-met'],
      ['Stabiel', '14.823', '14.823', 'met'],
      ['Stabiel', '14.823', '14.134', 'not-met'],
    ];
    for (const [target, previous, achieved, status] of cases) {
      it(`${target} from ${previous} to ${achieved}: ${status}`, () => {
        const verdict = status === 'met' ? 'Doel gehaald' : 'Doel niet gehaald';
        const message = `${verdict}: Beoogd 2018 is ${target} ten opzichte van ${previous} (Behaald 2017), Behaald 2018 is ${achieved}.`;
        assert.deepEqual(assess(previous, target, achieved), [status, message]);
        assert.deepEqual(messages(previous, target, achieved), status === 'met' ? [] : [message]);
      });
    }

    it('reports the seed’s Toename 68% → 68% at the achieved value', () => {
      const text = chapter(
        ...FRONT,
        '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
        '| --- | --- | --- | --- |',
        '| % bewoners dat zegt dat de ondersteuning past (I) | 68% (II) | Toename | 68% (II) |',
      );
      const findings = lint(text).filter((f) => f.rule === RULE);
      assert.deepEqual(findings.map((f) => [brief(f).range, f.message]), [
        ['11:76-11:79', 'Doel niet gehaald: Beoogd 2018 is Toename ten opzichte van 68% (Behaald 2017), Behaald 2018 is 68%.'],
      ]);
    });
  });

  describe('not measurable', () => {
    it('a dash or an empty achieved value', () => {
      assert.deepEqual(messages('64%', '> 70%', '-'), ['Doel niet meetbaar: Beoogd 2018 is > 70%, Behaald 2018 is -.']);
      assert.deepEqual(messages('82%', 'Toename', '-*'), ['Doel niet meetbaar: Beoogd 2018 is Toename, Behaald 2018 is -.']);
      const empty = lint(rekening('64%', '> 70%', '')).filter((f) => f.rule === RULE);
      assert.deepEqual(empty.map((f) => [brief(f).range, f.message]), [['11:25-11:27', 'Doel niet meetbaar: Beoogd 2018 is > 70%, Behaald 2018 is (leeg).']]);
    });

    it('an empty achieved value before another column is pointed at by its blanks, one written as || by its pipe', () => {
      const withSource = (achieved: string) =>
        chapter(...FRONT, '| Indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 | Bron |', '| --- | --- | --- | --- | --- |', `| Aantal | 60% | > 70% |${achieved}| CBS |`);
      assert.deepEqual(findingsOf(RULE, withSource('   ')).map((f) => f.range), ['11:25-11:28']);
      assert.deepEqual(findingsOf(RULE, withSource('')).map((f) => f.range), ['11:24-11:25']);
    });

    it('a trend without a previous value', () => {
      assert.deepEqual(messages('-', 'Toename', '70%'), [
        'Doel niet meetbaar: Beoogd 2018 is Toename, Behaald 2018 is 70%, maar Behaald 2017 is - (geen vergelijking mogelijk).',
      ]);
      assert.deepEqual(messages('', 'Afname', '70%'), [
        'Doel niet meetbaar: Beoogd 2018 is Afname, Behaald 2018 is 70%, maar Behaald 2017 is (leeg) (geen vergelijking mogelijk).',
      ]);
      assert.deepEqual(messages('> 60%', 'Toename', '70%'), [
        'Doel niet meetbaar: Beoogd 2018 is Toename, Behaald 2018 is 70%, maar Behaald 2017 is > 60%: geen meting om mee te vergelijken.',
      ]);
    });

    it('a trend in a table without Behaald Y-1', () => {
      const text = chapter(...FRONT, '| Indicatoren | Beoogd 2018 | Behaald 2018 |', '| --- | --- | --- |', '| Aantal | Toename | 70% |');
      assert.deepEqual(findingsOf(RULE, text).map((f) => f.message), [
        'Doel niet meetbaar: Beoogd 2018 is Toename, Behaald 2018 is 70%, maar de tabel heeft geen kolom Behaald 2017 om mee te vergelijken.',
      ]);
    });

    it('values in different units', () => {
      assert.deepEqual(messages('-', '> 70%', '64'), ['Doel niet meetbaar: Beoogd 2018 is > 70%, Behaald 2018 is 64; de eenheden verschillen.']);
      assert.deepEqual(messages('68%', 'Toename', '70 pers'), [
        'Doel niet meetbaar: Beoogd 2018 is Toename, Behaald 2018 is 70 pers; de eenheden verschillen.',
      ]);
      assert.deepEqual(messages('60 pers', 'Toename', '70 pers.'), []);
    });

    it('an achieved value with a comparator', () => {
      assert.deepEqual(messages('-', '> 70%', '> 80%'), [
        'Doel niet meetbaar: Beoogd 2018 is > 70%, Behaald 2018 is > 80%; een realisatie is een meting, zonder vergelijkingsteken.',
      ]);
    });
  });

  describe('no finding', () => {
    it('without a target (- or empty)', () => {
      assert.deepEqual(messages('10', '-', '12'), []);
      assert.deepEqual(messages('10', '', '12'), []);
      assert.equal(assess('10', '-', '12'), undefined);
    });

    it('for invalid values and trend words as results, which other rules report', () => {
      assert.deepEqual(messages('-', '>= 70%', '64%'), []);
      assert.deepEqual(messages('-', '> 70%', '64 %'), []);
      assert.deepEqual(messages('68%', 'Toename', 'Toename'), []);
      assert.deepEqual(messages('68 procent', 'Toename', '60%'), []);
    });

    it('in a begroting', () => {
      const text = chapter('---', 'document: begroting', 'jaar: 2019', 'programma: 4', '---', '', '| Indicatoren | Beoogd 2018 | Beoogd 2019 |', '| --- | --- | --- |', '| Aantal | > 70% | > 80% |');
      assert.deepEqual(findingsOf(RULE, text), []);
    });

    it('for a row too short to have the cells', () => {
      const text = chapter(...FRONT, ...HEADER, '| Aantal | 68% | > 70% |');
      assert.deepEqual(findingsOf(RULE, text), []);
    });
  });

  describe('value forms (issue 10)', () => {
    const WORDS: Config = {
      vocabulary: { values: { noValue: { 'n.v.t.': 'not-applicable', 'n.b.': 'unknown' }, booleans: { Ja: 'yes', Nee: 'no' } } },
    };
    const withWords = (previous: string, target: string, achieved: string) =>
      findingsOf(RULE, rekening(previous, target, achieved), { config: WORDS }).map((f) => f.message);

    describe('a range target is met by a value inside it, bounds included', () => {
      const cases: [string, string, 'met' | 'not-met'][] = [
        ['6-6,5', '6,2', 'met'],
        ['6-6,5', '6', 'met'],
        ['6 - 6,5', '6,5', 'met'],
        ['6-6,5', '5,9', 'not-met'],
        ['6,5–7', '7,1', 'not-met'],
        ['60-70%', '65%', 'met'],
        ['€ 1-2 mln', '€ 1.500.000', 'met'],
        ['€ 1-2 mln', '€ 2,5 mln', 'not-met'],
      ];
      for (const [target, achieved, status] of cases) {
        it(`${target} with ${achieved}: ${status}`, () => {
          const verdict = status === 'met' ? 'Doel gehaald' : 'Doel niet gehaald';
          assert.deepEqual(assess('-', target, achieved), [status, `${verdict}: Beoogd 2018 is ${target}, Behaald 2018 is ${achieved}.`]);
        });
      }

      it('in another unit, or with a range as the achieved value: not measurable', () => {
        assert.deepEqual(messages('-', '60-70%', '64'), ['Doel niet meetbaar: Beoogd 2018 is 60-70%, Behaald 2018 is 64; de eenheden verschillen.']);
        assert.deepEqual(messages('-', '> 70%', '70-75%'), [
          'Doel niet meetbaar: Beoogd 2018 is > 70%, Behaald 2018 is 70-75%; een realisatie is één meting, geen bereik.',
        ]);
        assert.deepEqual(messages('70-75%', 'Toename', '76%'), [
          'Doel niet meetbaar: Beoogd 2018 is Toename, Behaald 2018 is 76%, maar Behaald 2017 is 70-75%: geen meting om mee te vergelijken.',
        ]);
      });
    });

    it('no-value words: no target, or not measurable, like -', () => {
      assert.deepEqual(withWords('10', 'n.v.t.', '12'), []);
      assert.deepEqual(withWords('10', '> 70%', 'n.b.'), ['Doel niet meetbaar: Beoogd 2018 is > 70%, Behaald 2018 is n.b.']);
      assert.deepEqual(messages('-', '> 10 pers', '9 pers.'), ['Doel niet gehaald: Beoogd 2018 is > 10 pers, Behaald 2018 is 9 pers.'], 'one period after a value ending in one');
      assert.deepEqual(withWords('n.b.', 'Toename', '12'), [
        'Doel niet meetbaar: Beoogd 2018 is Toename, Behaald 2018 is 12, maar Behaald 2017 is n.b. (geen vergelijking mogelijk).',
      ]);
    });

    it('amounts compare by the amount, scale words included; an amount is no bare number', () => {
      assert.deepEqual(assess('-', '€ 1,2 mln', '€ 1.250.000'), ['met', 'Doel gehaald: Beoogd 2018 is € 1,2 mln, Behaald 2018 is € 1.250.000.']);
      assert.deepEqual(messages('-', '≤ € 1,2 mln', '€ 1.250.000'), ['Doel niet gehaald: Beoogd 2018 is ≤ € 1,2 mln, Behaald 2018 is € 1.250.000.']);
      assert.deepEqual(messages('-', '€ 1,2 mln', '1.250.000'), ['Doel niet meetbaar: Beoogd 2018 is € 1,2 mln, Behaald 2018 is 1.250.000; de eenheden verschillen.']);
      assert.deepEqual(messages('€ 500', 'Afname', '€ 450'), []);
    });

    it('per-units and ratios: compared in their own unit', () => {
      assert.deepEqual(messages('-', '≤ 3 per 1.000 inwoners', '2,9 per 1000 inwoners'), []);
      assert.deepEqual(messages('-', '≤ 3 per 1.000 inwoners', '3,1 per 1.000 inwoners'), [
        'Doel niet gehaald: Beoogd 2018 is ≤ 3 per 1.000 inwoners, Behaald 2018 is 3,1 per 1.000 inwoners.',
      ]);
      assert.deepEqual(assess('-', '< 1 op 5', '1 op 6'), ['met', 'Doel gehaald: Beoogd 2018 is < 1 op 5, Behaald 2018 is 1 op 6.']);
      assert.deepEqual(assess('1 op 4', 'Afname', '1 op 5'), [
        'met',
        'Doel gehaald: Beoogd 2018 is Afname ten opzichte van 1 op 4 (Behaald 2017), Behaald 2018 is 1 op 5.',
      ]);
      assert.deepEqual(messages('-', '1 op 5', '20%'), ['Doel niet meetbaar: Beoogd 2018 is 1 op 5, Behaald 2018 is 20%; de eenheden verschillen.']);
    });

    it('yes/no: met when the answer is the same; against a number not measurable', () => {
      assert.deepEqual(withWords('-', 'Ja', 'ja'), []);
      assert.deepEqual(withWords('-', 'Ja', 'Nee'), ['Doel niet gehaald: Beoogd 2018 is Ja, Behaald 2018 is Nee.']);
      assert.deepEqual(withWords('-', 'Ja', '12'), ['Doel niet meetbaar: Beoogd 2018 is Ja, Behaald 2018 is 12; deze waarden zijn niet met elkaar te vergelijken.']);
      assert.deepEqual(withWords('-', '> 10', 'Ja'), ['Doel niet meetbaar: Beoogd 2018 is > 10, Behaald 2018 is Ja; deze waarden zijn niet met elkaar te vergelijken.']);
    });

    it('a date promises nothing to attain: no finding', () => {
      assert.deepEqual(messages('-', '1-1-2020', '1-3-2020'), []);
      assert.deepEqual(messages('-', '> 70%', '1-3-2020'), []);
    });

    it('scales count: 1,2 under x 1.000 is 1.200', () => {
      const doc = parseChapter(rekening('-', '1,2', '1.100'));
      const [, t, a] = doc.tables[0].rows[0].cells;
      const scaled = assessTarget(t.value.main, a.value.main, undefined, 'Behaald 2017', doc.text, defaultVocabulary, { target: 1000 });
      assert.deepEqual(scaled && [scaled.status, scaled.message.nl], ['not-met', 'Doel niet gehaald: de streefwaarde is 1,2, de realisatie is 1.100.']);
      assert.equal(assessTarget(t.value.main, a.value.main, undefined, 'Behaald 2017', doc.text, defaultVocabulary)?.status, 'met');
    });

    it('the rule reads the scale of the table label (x € 1.000)', () => {
      const text = chapter(
        ...FRONT,
        '| Indicatoren (x € 1.000) | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
        '| --- | --- | --- | --- |',
        '| Opbrengst | - | ≥ € 1,2 mln | € 1.250 |',
        '| Kosten | - | ≤ € 1 mln | € 1.100 |',
      );
      assert.deepEqual(findingsOf(RULE, text).map((f) => f.message), ['Doel niet gehaald: Beoogd 2018 is ≤ € 1 mln, Behaald 2018 is € 1.100.']);
    });
  });

  it('finds the columns by role and year, not by position', () => {
    const text = chapter(...FRONT, '| Indicatoren | Beoogd 2018 | Behaald 2018 | Behaald 2017 |', '| --- | --- | --- | --- |', '| Aantal | Afname | 70% | 68% |');
    assert.deepEqual(findingsOf(RULE, text), [
      { rule: RULE, range: '11:21-11:24', message: 'Doel niet gehaald: Beoogd 2018 is Afname ten opzichte van 68% (Behaald 2017), Behaald 2018 is 70%.' },
    ]);
  });

  it('says it in English when asked', () => {
    assert.deepEqual(messages('60%', '> 70%', '64%', 'en'), ['Target not met: Beoogd 2018 is > 70%, Behaald 2018 is 64%.']);
    assert.deepEqual(messages('68%', 'Toename', '68%', 'en'), [
      'Target not met: Beoogd 2018 is Toename compared with 68% (Behaald 2017), Behaald 2018 is 68%.',
    ]);
    assert.deepEqual(messages('68%', 'Toename', '-', 'en'), ['Target not measurable: Beoogd 2018 is Toename, Behaald 2018 is -.']);
    assert.deepEqual(messages('68%', 'Toename', '', 'en'), ['Target not measurable: Beoogd 2018 is Toename, Behaald 2018 is (empty).']);
  });
});
