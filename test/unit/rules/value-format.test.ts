import assert from 'node:assert/strict';
import { fixChapter, parseChapter, ruleById, settingsFromConfig } from '../../../server/src/service/index.js';
import { brief, findingsOf, fixesOf as fixesOfRule, lint, rekeningTable } from '../../helpers/service.js';

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
