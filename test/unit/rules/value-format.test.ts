import assert from 'node:assert/strict';
import { fixChapter, parseChapter, ruleById, settingsFromConfig } from '../../../server/src/service/index.js';
import type { Config } from '../../../server/src/service/index.js';
import { brief, findingsOf, fixesOf as fixesOfRule, lint, rekeningTable, tableChapter } from '../../helpers/service.js';

const RULE = 'value-format';

/** Rows start on line 13; `| Aantal voorzieningen | ` puts the first value at column 26. */
const rekening = rekeningTable;

const fixesOf = (text: string) => fixesOfRule(RULE, text);

/** Runs --fix with this rule alone, so other rules' safe fixes do not blur the result. */
function fix(text: string): { text: string; applied: number } {
  const settings = { ...settingsFromConfig(undefined), rules: [ruleById(RULE)!] };
  const result = fixChapter(parseChapter(text, { vocabulary: settings.vocabulary }), settings);
  return { text: result.text, applied: result.applied };
}

describe('value-format', () => {
  it('accepts every form of the dialect', () => {
    const text = rekening(
      '| Aantal voorzieningen | 68% (II) | > 70% | >70% |',
      '| Aantal plekken | -* | -\\* | 82%* |',
      '| Aantal cliënten | 14.823 (8.867 pers) | - (71% over Q3 t/m Q4) (V) | 68%<br>(67% over Q3 t/m Q4)<br>(V) |',
      '| Aantal meldingen | 57% (uitdraai op 27-2-19) | toename | 10 (10 Pers) |',
      '| Aantal uren | 12,5 uur | ≥ 1.234,5 | ≤5% |',
    );
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  describe('invalid values, with a safe fix when the intent is plain', () => {
    const cases: [string, string, string, string | undefined][] = [
      ['68 %', '13:26-13:30', "'68 %': geen spatie tussen het getal en het procentteken. Schrijf '68%'.", '68%'],
      [
        '68.5%',
        '13:26-13:31',
        "'68.5%': gebruik een decimale komma, geen punt (een punt scheidt duizendtallen, zoals in 14.823). Schrijf '68,5%'.",
        '68,5%',
      ],
      ['70 procent', '13:26-13:36', "'70 procent': schrijf een percentage met het procentteken. Schrijf '70%'.", '70%'],
      ['>=70%', '13:26-13:31', "'>=70%': schrijf ≥ in plaats van >= en ≤ in plaats van <=. Schrijf '≥70%'.", '≥70%'],
      [
        '–',
        '13:26-13:27',
        "'–': gebruik het gewone streepje '-' voor 'geen gegevens', geen gedachtestreepje of dubbel streepje. Schrijf '-'.",
        '-',
      ],
      [
        '12 appels',
        '13:26-13:35',
        "'12 appels': onbekende eenheid. Bekende eenheden: pers, pers., personen, huishoudens, uur, dagen, weken, km, m2, ha, fte; een andere eenheid kunt u toevoegen in de configuratie (vocabulary.units).",
        undefined,
      ],
      [
        'n.v.t.',
        '13:26-13:32',
        "'n.v.t.' is geen geldige waarde. Schrijf een getal (68%, > 70%, 14.823, 12,5), een trendwoord (Toename, Afname, Gelijk, Stabiel) of '-' als er geen gegevens zijn.",
        undefined,
      ],
    ];
    for (const [value, range, message, suggestion] of cases) {
      it(value, () => {
        const text = rekening(`| Aantal voorzieningen | ${value} | - | - |`);
        assert.deepEqual(findingsOf(RULE, text), [{ rule: RULE, range, message }]);
        assert.deepEqual(
          fixesOf(text),
          suggestion === undefined
            ? [[]]
            : [[{ title: `Vervangen door '${suggestion}'`, safe: true, edits: [suggestion] }]],
        );
      });
    }

    it('the main value alone is reported and replaced: annotations and markers stay', () => {
      const text = rekening('| Aantal voorzieningen | 68 %* (II) | - | 68.5%<br>(67% over Q3) |');
      assert.deepEqual(
        findingsOf(RULE, text).map((f) => f.range),
        ['13:26-13:30', '13:43-13:48'],
      );
      assert.equal(
        fix(text).text,
        rekening('| Aantal voorzieningen | 68%* (II) | - | 68,5%<br>(67% over Q3) |'),
      );
    });
  });

  describe('--fix', () => {
    const text = rekening(
      '| Aantal voorzieningen | 68 % | >= 70 % | 70 procent |',
      '| Aantal plekken | – | 12.5 | -- |',
      '| Aantal cliënten | | n.v.t. | 12 |',
    );
    const fixed = rekening(
      '| Aantal voorzieningen | 68% | ≥ 70% | 70% |',
      '| Aantal plekken | - | 12,5 | - |',
      '| Aantal cliënten | | n.v.t. | 12 |',
    );

    it('applies the safe fixes only (not the empty cell, nothing without a suggestion)', () => {
      assert.deepEqual(fix(text), { text: fixed, applied: 6 });
    });

    it('is idempotent: fixing the result changes nothing', () => {
      assert.deepEqual(fix(fixed), { text: fixed, applied: 0 });
      // What is left needs the writer: an empty cell and a value without a suggestion.
      assert.deepEqual(
        findingsOf(RULE, fixed).map((f) => f.range),
        ['15:20-15:21', '15:23-15:29'],
      );
    });
  });

  describe('empty cells', () => {
    it('are reported on their blanks with an unsafe fix writing -', () => {
      const text = rekening('| Aantal voorzieningen |   | - | - |');
      assert.deepEqual(findingsOf(RULE, text), [
        { rule: RULE, range: '13:25-13:28', message: "Lege cel. Schrijf '-' als er geen gegevens zijn." },
      ]);
      const [finding] = lint(text).filter((f) => f.rule === RULE);
      assert.deepEqual(finding.fixes, [
        {
          title: "'-' invullen (geen gegevens)",
          safe: false,
          edits: [{ range: { start: { line: 12, character: 24 }, end: { line: 12, character: 27 } }, newText: ' - ' }],
        },
      ]);
    });

    it('a cell written as || is reported on its pipe; the fix writes between the pipes', () => {
      const text = rekening('| Aantal voorzieningen || - | - |');
      assert.deepEqual(findingsOf(RULE, text), [
        { rule: RULE, range: '13:24-13:25', message: "Lege cel. Schrijf '-' als er geen gegevens zijn." },
      ]);
      const [finding] = lint(text).filter((f) => f.rule === RULE);
      assert.deepEqual(finding.fixes[0].edits, [
        { range: { start: { line: 12, character: 24 }, end: { line: 12, character: 24 } }, newText: ' - ' },
      ]);
    });

    it('the last cell of a row', () => {
      const text = rekening('| Aantal voorzieningen | - | - |  |');
      assert.deepEqual(findingsOf(RULE, text), [
        { rule: RULE, range: '13:33-13:35', message: "Lege cel. Schrijf '-' als er geen gegevens zijn." },
      ]);
    });

    it('a cell with only a footnote marker or annotation lacks its value', () => {
      const text = rekening('| Aantal voorzieningen | (II) | (geen meting) | - |');
      const message =
        "Deze cel heeft een toelichting of voetnoot, maar geen waarde. Zet de waarde ervoor, of '-' als er geen gegevens zijn.";
      assert.deepEqual(findingsOf(RULE, text), [
        { rule: RULE, range: '13:26-13:30', message },
        { rule: RULE, range: '13:33-13:46', message },
      ]);
      assert.deepEqual(fixesOf(text), [
        [{ title: "'-' invullen (geen gegevens)", safe: false, edits: ['- '] }],
        [{ title: "'-' invullen (geen gegevens)", safe: false, edits: ['- '] }],
      ]);
    });
  });

  describe('text after the value', () => {
    it('that is neither annotation nor marker is reported, with an unsafe fix to parenthesise it', () => {
      const text = rekening('| Aantal voorzieningen | 68% (II) extra | - | 14.823 (8.867 pers) ca. |');
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '13:35-13:40',
          message:
            "'extra' na de waarde is geen toelichting tussen haakjes en geen voetnootmarkering. Zet een toelichting tussen haakjes: '(extra)'.",
        },
        {
          rule: RULE,
          range: '13:67-13:70',
          message:
            "'ca.' na de waarde is geen toelichting tussen haakjes en geen voetnootmarkering. Zet een toelichting tussen haakjes: '(ca.)'.",
        },
      ]);
      assert.deepEqual(fixesOf(text), [
        [{ title: 'Tussen haakjes zetten', safe: false, edits: ['(extra)'] }],
        [{ title: 'Tussen haakjes zetten', safe: false, edits: ['(ca.)'] }],
      ]);
    });
  });

  describe('value forms (issue 10): accepted where the configuration allows them', () => {
    const forms: Config = {
      vocabulary: {
        columns: { unit: ['Eenheid'], source: ['Bron'] },
        values: { noValue: { 'n.v.t.': 'not-applicable', 'n.b.': 'unknown' }, booleans: { Ja: 'yes', Nee: 'no' }, years: true },
      },
    };

    it('ranges, amounts, ratios, dates, per-units, measurement years: valid by default', () => {
      const text = rekening(
        '| Aantal voorzieningen | 6-6,5* | 6 - 6,5 | 6,5–7 |',
        '| Aantal plekken | € 1,2 mln | € 350.000 | € 12,50 |',
        '| Aantal cliënten | 1 op 5 | < 1 op 4 | 1-1-2020 |',
        '| Aantal meldingen | 3,2 per 1.000 inwoners | 2,1‰ | 2016: 7,2 |',
        '| Aantal uren | 58,1 (2016) | 6,8 (schaal 1-10) | 10% (17% per inwoner) |',
      );
      assert.deepEqual(findingsOf(RULE, text), []);
    });

    it('no-value words and yes/no when configured; without, they are reported as before', () => {
      const text = rekening('| Aantal voorzieningen | n.v.t. | N.B. | Ja |');
      assert.deepEqual(findingsOf(RULE, text, { config: forms }), []);
      assert.deepEqual(findingsOf(RULE, text).map((f) => f.range), ['13:26-13:32', '13:35-13:39', '13:42-13:44']);
    });

    it('the unrecognised message names the configured no-value words', () => {
      const text = rekening('| Aantal voorzieningen | ongeveer | - | - |');
      assert.deepEqual(findingsOf(RULE, text, { config: forms }), [
        {
          rule: RULE,
          range: '13:26-13:34',
          message:
            "'ongeveer' is geen geldige waarde. Schrijf een getal (68%, > 70%, 14.823, 12,5), een trendwoord (Toename, Afname, Gelijk, Stabiel), een van de woorden 'n.v.t.', 'n.b.' of '-' als er geen gegevens zijn.",
        },
      ]);
      assert.deepEqual(
        findingsOf(RULE, text, { config: forms, locale: 'en' }).map((f) => f.message),
        [
          "'ongeveer' is not a valid value. Write a number (68%, > 70%, 14.823, 12,5), a trend word (Toename, Afname, Gelijk, Stabiel), one of the words 'n.v.t.', 'n.b.' or '-' when there is no data.",
        ],
      );
    });

    it('a form that is switched off: a warning saying what it is and where to allow it, no fix', () => {
      const off: Config = { vocabulary: { values: { ranges: false, ratios: false, dates: false, currency: false } } };
      const text = rekening('| Aantal voorzieningen | 6-6,5 | 1 op 5 | 1-1-2020 |', '| Aantal plekken | € 559 | - | - |');
      assert.deepEqual(findingsOf(RULE, text, { config: off }), [
        {
          rule: RULE,
          range: '13:26-13:31',
          message:
            "'6-6,5' is een bereik, en bereiken worden hier niet gebruikt. Schrijf één getal, of een ondergrens zoals '≥ 6'. (Bereiken toestaan: vocabulary.values.ranges in de configuratie.)",
        },
        {
          rule: RULE,
          range: '13:34-13:40',
          message:
            "'1 op 5' is een verhouding, en verhoudingen worden hier niet gebruikt. Schrijf een getal of een percentage. (Verhoudingen toestaan: vocabulary.values.ratios in de configuratie.)",
        },
        {
          rule: RULE,
          range: '13:43-13:51',
          message:
            "'1-1-2020' is een datum, en datums worden hier niet als waarde gebruikt. Zet een datum in een toelichting tussen haakjes. (Datums toestaan: vocabulary.values.dates in de configuratie.)",
        },
        {
          rule: RULE,
          range: '14:20-14:25',
          message:
            "'€ 559' is een bedrag, en bedragen worden hier niet gebruikt. Schrijf het getal zonder €. (Bedragen toestaan: vocabulary.values.currency in de configuratie.)",
        },
      ]);
      assert.deepEqual(fixesOf(text).length, 0, 'valid with the defaults');
      assert.deepEqual(
        lint(text, { config: off })
          .filter((f) => f.rule === RULE)
          .map((f) => f.fixes.length),
        [0, 0, 0, 0],
      );
    });

    it('a measurement year written first, switched off: a safe fix moves it into parentheses', () => {
      const off: Config = { vocabulary: { values: { measurementYears: false } } };
      const text = rekening('| Aantal voorzieningen | 2016: 7,2 (II) | - | - |');
      const [finding] = lint(text, { config: off }).filter((f) => f.rule === RULE);
      assert.deepEqual(brief(finding), {
        rule: RULE,
        range: '13:26-13:35',
        message: "'2016: 7,2': zet het jaar van de meting als toelichting tussen haakjes achter de waarde. Schrijf '7,2 (2016)'.",
      });
      assert.deepEqual(finding.fixes.map((f) => [f.title, f.safe, f.edits.map((e) => e.newText)]), [
        ["Vervangen door '7,2 (2016)'", true, ['7,2 (2016)']],
      ]);
    });

    it('a range the wrong way round, a date that does not exist, an unknown per-unit, units that differ', () => {
      const text = rekening('| Aantal voorzieningen | 7-6 | 31-2-2020 | 3 per jaar |', '| Aantal plekken | 60%-70 pers | 6.5-7 | - |');
      assert.deepEqual(findingsOf(RULE, text), [
        { rule: RULE, range: '13:26-13:29', message: "'7-6': in een bereik staat de laagste waarde voorop (van … tot …)." },
        { rule: RULE, range: '13:32-13:41', message: "'31-2-2020' is geen bestaande datum. Schrijf dag-maand-jaar, zoals 1-1-2020." },
        {
          rule: RULE,
          range: '13:44-13:54',
          message:
            "'3 per jaar': onbekende eenheid met 'per'. Bekende eenheden: ‰, per inwoner, per 1.000 inwoners, per 10.000 inwoners, per 100.000 inwoners, per huishouden, per 1.000 huishoudens, per 1.000 woningen, per 1.000 jongeren; een andere kunt u toevoegen in de configuratie (vocabulary.values.perUnits).",
        },
        {
          rule: RULE,
          range: '14:20-14:31',
          message:
            "'60%-70 pers': de twee grenzen van het bereik hebben een verschillende eenheid. Schrijf beide in dezelfde eenheid, zoals 60-70%.",
        },
        {
          rule: RULE,
          range: '14:34-14:39',
          message:
            "'6.5-7': gebruik een decimale komma, geen punt (een punt scheidt duizendtallen, zoals in 14.823). Schrijf '6,5-7'.",
        },
      ]);
      assert.equal(fix(text).text, rekening('| Aantal voorzieningen | 7-6 | 31-2-2020 | 3 per jaar |', '| Aantal plekken | 60%-70 pers | 6,5-7 | - |'));
    });

    it('cells of descriptive columns (Eenheid, Bron) hold text and are not checked', () => {
      const text = tableChapter(
        'rekening',
        2018,
        '| Prestatie-indicatoren | Eenheid | Behaald 2017 | Beoogd 2018 | Behaald 2018 | Bron |',
        '| Aantal voorzieningen | aantal | 12 | 14 | 68 % | Eigen registratie |',
      );
      assert.deepEqual(findingsOf(RULE, text, { config: forms }), [
        { rule: RULE, range: '13:45-13:49', message: "'68 %': geen spatie tussen het getal en het procentteken. Schrijf '68%'." },
      ]);
    });
  });

  it('speaks English when asked', () => {
    const text = rekening('| Aantal voorzieningen | 68 % | | - |');
    assert.deepEqual(
      lint(text, { locale: 'en' })
        .filter((f) => f.rule === RULE)
        .map((f) => brief(f)),
      [
        { rule: RULE, range: '13:26-13:30', message: "'68 %': no space between the number and the percent sign. Write '68%'." },
        { rule: RULE, range: '13:32-13:33', message: "Empty cell. Write '-' when there is no data." },
      ],
    );
  });
});
