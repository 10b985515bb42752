import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixChapter, parseChapter, settingsFromConfig, type Config } from '../../../server/src/service/index.js';
import { applyFix, chapter, editsOf, findingsOf, lint, ruleFindings } from '../../helpers/service.js';

const RULE = 'bbv-indicators';

/** The configuration the BBV tables with Eenheid, Bron and Taakveld columns need. */
const COLUMNS: Config = { vocabulary: { columns: { unit: ['Eenheid'], source: ['Bron'], taakveld: ['Taakveld'] } } };

/** A begroting of `year` with a heading on line 7 and a table whose header is on line 9, rows from 11. */
function begroting(year: number, heading: string, header: string, ...rows: string[]): string {
  const columns = header.split('|').length - 2;
  return chapter('---', 'document: begroting', `jaar: ${year}`, 'programma: 1', '---', '', heading, '', header, '|' + ' --- |'.repeat(columns), ...rows);
}

const SERIES = '| Indicatoren | 2017 | 2018 | 2019 | 2020 |';

/** Taakveld 1 complete, as a 2021 series table under a BBV heading. */
const VEILIGHEID = [
  '| Verwijzingen Halt | 104 | 136 | 75 | 64 |',
  '| Winkeldiefstallen | 0,4 | 0,2 | 0,4 | 0,4 |',
  '| Geweldsmisdrijven | 3,3 | 3,5 | 2,9 | 3,0 |',
  '| Diefstallen uit woning | 3,1 | 2,5 | 1,5 | 1,5 |',
  '| Vernielingen en beschadigingen (in de openbare ruimte) | 3,8 | 4,0 | 3,4 | 2,5 |',
];

describe('bbv-indicators', () => {
  it('accepts a BBV table with every indicator of its taakveld', () => {
    assert.deepEqual(findingsOf(RULE, begroting(2021, '## BBV-indicatoren', SERIES, ...VEILIGHEID)), []);
  });

  it('reports a missing indicator once, at the label, with the rows of its taakveld as related locations', () => {
    const text = begroting(2021, '## BBV-indicatoren', SERIES, ...VEILIGHEID.filter((r) => !r.includes('Winkeldiefstallen')));
    assert.deepEqual(findingsOf(RULE, text), [
      {
        rule: RULE,
        range: '9:3-9:14',
        message:
          "De tabel 'Indicatoren' gaat over taakveld 1 (Veiligheid), maar de verplichte beleidsindicator 'Winkeldiefstallen' (Aantal per 1.000 inwoners) ontbreekt in dit hoofdstuk.",
      },
    ]);
    const [finding] = ruleFindings(RULE, text);
    assert.deepEqual(
      finding.related.map((r) => `${r.range.start.line + 1}:${r.range.start.character + 1} ${r.message}`),
      [
        "11:3 'Verwijzingen Halt' hoort bij taakveld 1.",
        "12:3 'Geweldsmisdrijven' hoort bij taakveld 1.",
        "13:3 'Diefstallen uit woning' hoort bij taakveld 1.",
        "14:3 'Vernielingen en beschadigingen' hoort bij taakveld 1.",
      ],
    );
    assert.deepEqual(
      finding.fixes.map((f) => [f.title, f.safe]),
      [["Voeg een rij 'Winkeldiefstallen' toe aan de tabel", false]],
    );
    assert.deepEqual(editsOf(finding), [{ range: '14:83-14:83', newText: '\n| Winkeldiefstallen |  |  |  |  |' }]);
    assert.deepEqual(findingsOf(RULE, applyFix(text, finding)), []);
  });

  it('reports a misspelled name at the name, with the official name as a safe fix when one letter is off', () => {
    const text = begroting(2021, '## BBV-indicatoren', SERIES, ...VEILIGHEID.map((r) => r.replace('Geweldsmisdrijven', 'Geweldmisdrijven (aantal per 1.000 inwoners)')));
    assert.deepEqual(findingsOf(RULE, text), [
      {
        rule: RULE,
        range: '13:3-13:19',
        message: "'Geweldmisdrijven' is niet de officiële naam van een verplichte beleidsindicator; bedoelt u 'Geweldsmisdrijven'?",
      },
    ]);
    const [finding] = ruleFindings(RULE, text);
    assert.deepEqual(
      finding.fixes.map((f) => [f.title, f.safe]),
      [["Vervang door 'Geweldsmisdrijven'", true]],
    );
    assert.deepEqual(editsOf(finding), [{ range: '13:3-13:19', newText: 'Geweldsmisdrijven' }]);
    assert.match(applyFix(text, finding), /\| Geweldsmisdrijven \(aantal per 1\.000 inwoners\) \|/);
  });

  it('offers a name further off only on request, and counts it for its taakveld', () => {
    const text = begroting(
      2021,
      '## Verplichte beleidsindicatoren',
      SERIES,
      '| Nieuw gebouwde woningen | 9,6 | 4,8 | 5,8 | 6,1 |',
      '| Demografische drukte | 68 | 69 | 70 | 70 |',
    );
    const found = ruleFindings(RULE, text);
    assert.deepEqual(
      found.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`),
      [
        "9:3 De tabel 'Indicatoren' gaat over taakveld 8 (Volkshuisvesting, ruimtelijke ordening en stedelijke vernieuwing), maar de verplichte beleidsindicator 'Gemiddelde WOZ-waarde' (Duizend euro) ontbreekt in dit hoofdstuk.",
        "9:3 De tabel 'Indicatoren' gaat over taakveld 8 (Volkshuisvesting, ruimtelijke ordening en stedelijke vernieuwing), maar de verplichte beleidsindicator 'Gemeentelijke woonlasten eenpersoonshuishouden' (In euro's) ontbreekt in dit hoofdstuk.",
        "9:3 De tabel 'Indicatoren' gaat over taakveld 8 (Volkshuisvesting, ruimtelijke ordening en stedelijke vernieuwing), maar de verplichte beleidsindicator 'Gemeentelijke woonlasten meerpersoonshuishouden' (In euro's) ontbreekt in dit hoofdstuk.",
        "12:3 'Demografische drukte' is niet de officiële naam van een verplichte beleidsindicator; bedoelt u 'Demografische druk'?",
      ],
    );
    assert.deepEqual(found[3].fixes.map((f) => [f.title, f.safe]), [["Vervang door 'Demografische druk'", false]]);
  });

  it('finds the name after a row number and an unknown name column, and adds rows in that layout', () => {
    const text = begroting(
      2021,
      '## Beleidsindicatoren',
      '| Indicatoren | Omschrijving | 2019 | 2020 |',
      '| 6. | Verwijzingen Halt (6) | 104 | 136 |',
      '| 8. | Winkeldiefstallen (8) | 0,4 | 0,2 |',
      '| 9. | Geweldsmisdrijven (9) | 3,3 | 3,5 |',
      '| 11. | Vernielingen en beschadigingen (11) | 3,8 | 4,0 |',
    );
    const [finding, ...rest] = ruleFindings(RULE, text);
    assert.deepEqual(rest, []);
    assert.equal(
      finding.message,
      "De tabel 'Omschrijving' gaat over taakveld 1 (Veiligheid), maar de verplichte beleidsindicator 'Diefstallen uit woning' (Aantal per 1.000 inwoners) ontbreekt in dit hoofdstuk.",
    );
    assert.equal(`${finding.range.start.line + 1}:${finding.range.start.character + 1}`, '9:17');
    assert.deepEqual(editsOf(finding).map((e) => e.newText), ['\n|  | Diefstallen uit woning |  |  |']);
  });

  describe('with Eenheid, Bron and Taakveld columns (configured)', () => {
    const header = '| Indicator | Taakveld | Eenheid | Bron | 2019 | 2020 |';

    it('reports a unit that does not fit, quoting the column header, with the official unit as fix', () => {
      const text = begroting(
        2021,
        '## BBV-indicatoren',
        header,
        '| Formatie | 0 | FTE per 1.000 inwoners | Eigen gegevens | 5,1 | 5,3 |',
        '| Bezetting | 0 | Fte per 1.000 inwoners | Eigen gegevens | 4,8 | 4,7 |',
        '| Apparaatskosten | 0 | Kosten in € per inwoner | Eigen begroting | € 559 | € 348 |',
        '| Externe inhuur | 0 | Kosten in € | Eigen begroting | € 739.000 | € 879.500 |',
        '| Overhead | 0 | % van totale lasten | Eigen begroting | 12,5% | 15,3% |',
      );
      assert.deepEqual(findingsOf(RULE, text, { config: COLUMNS }), [
        {
          rule: RULE,
          range: '14:24-14:35',
          message:
            "In de kolom 'Eenheid' staat 'Kosten in €', maar de eenheid van 'Externe inhuur' is 'Kosten als % van totale loonsom + totale kosten inhuur externen'.",
        },
      ]);
      const [finding] = ruleFindings(RULE, text, { config: COLUMNS });
      assert.deepEqual(finding.fixes.map((f) => [f.title, f.safe]), [
        ["Vervang door 'Kosten als % van totale loonsom + totale kosten inhuur externen'", false],
      ]);
      assert.deepEqual(editsOf(finding), [{ range: '14:24-14:35', newText: 'Kosten als % van totale loonsom + totale kosten inhuur externen' }]);
    });

    it('leaves a unit cell without a unit alone, and compares nothing without a unit column', () => {
      const rows = (unit: string) => VEILIGHEID.map((r) => r.replace(/^\| ([^|]+) \|/, `| $1 | 1 | ${unit} | CBS |`).replace(/ \| [\d,]+ \| [\d,]+ \|$/, ' |'));
      assert.deepEqual(findingsOf(RULE, begroting(2021, '## BBV-indicatoren', header, ...rows('-')), { config: COLUMNS }), []);
      // Without the configuration there is no unit column, so a wrong unit goes unnoticed.
      assert.deepEqual(findingsOf(RULE, begroting(2021, '## BBV-indicatoren', header, ...rows('%'))), []);
      assert.equal(findingsOf(RULE, begroting(2021, '## BBV-indicatoren', header, ...rows('%')), { config: COLUMNS }).length, 5);
    });

    it('takes the taakveld from a Taakveld column, and fills unit, taakveld and source in the new row', () => {
      const text = begroting(
        2021,
        '## Indicatoren onderwijs',
        header,
        '| Absoluut verzuim | 4.3 Onderwijsbeleid en leerlingzaken | Aantal per 1.000 leerlingen | DUO | 1,1 | 1,6 |',
        '| Eigen indicator: aantal scholen | 4.2 | Aantal | Eigen gegevens | 12 | 12 |',
      );
      const found = ruleFindings(RULE, text, { config: COLUMNS });
      assert.deepEqual(
        found.map((f) => f.message),
        [
          "De tabel 'Indicator' gaat over taakveld 4 (Onderwijs), maar de verplichte beleidsindicator 'Relatief verzuim' (Aantal per 1.000 leerlingen) ontbreekt in dit hoofdstuk.",
          "De tabel 'Indicator' gaat over taakveld 4 (Onderwijs), maar de verplichte beleidsindicator 'Vroegtijdig schoolverlaters zonder startkwalificatie (vsv-ers)' (% deelnemers aan het VO en MBO onderwijs) ontbreekt in dit hoofdstuk.",
        ],
      );
      assert.deepEqual(
        found[0].related.map((r) => r.message),
        ["'Absoluut verzuim' hoort bij taakveld 4.", "Taakveld 4 volgens de kolom 'Taakveld'.", "Taakveld 4 volgens de kolom 'Taakveld'."],
      );
      assert.deepEqual(editsOf(found[0]).map((e) => e.newText), ['\n| Relatief verzuim | 4 | Aantal per 1.000 leerlingen | DUO |  |  |']);
    });
  });

  describe('which tables are BBV tables', () => {
    it('a plain table with one official name is none', () => {
      const text = begroting(2021, '## Veiligheid', SERIES, '| Winkeldiefstallen | 0,4 | 0,2 | 0,4 | 0,4 |', '| Aantal woninginbraken | 96 | 88 | 71 | 64 |');
      assert.deepEqual(findingsOf(RULE, text), []);
    });

    it('a plain table with two official names is one', () => {
      const text = begroting(2021, '## Veiligheid', SERIES, '| Winkeldiefstallen | 0,4 | 0,2 | 0,4 | 0,4 |', '| Geweldsmisdrijven | 3,3 | 3,5 | 2,9 | 3,0 |');
      assert.equal(findingsOf(RULE, text).length, 3);
    });

    it('a misspelling counts only in a BBV table', () => {
      const rows = ['| Geweldmisdrijven | 3,3 | 3,5 | 2,9 | 3,0 |', '| Aantal woninginbraken | 96 | 88 | 71 | 64 |'];
      assert.deepEqual(findingsOf(RULE, begroting(2021, '## Veiligheid', SERIES, ...rows)), []);
      assert.deepEqual(
        findingsOf(RULE, begroting(2021, '## Indicatoren (Vernieuwing BBV)', SERIES, ...rows)).map((f) => f.range),
        ['9:3-9:14', '9:3-9:14', '9:3-9:14', '9:3-9:14', '11:3-11:19'],
      );
    });

    it('an indicator in another table of the chapter counts as present', () => {
      const text = chapter(
        ...begroting(2021, '## BBV-indicatoren', SERIES, ...VEILIGHEID.slice(1)).trimEnd().split('\n'),
        '',
        '## Jeugd',
        '',
        '| Prestatie-indicatoren | Behaald 2019 | Beoogd 2021 |',
        '| --- | --- | --- |',
        '| Verwijzingen Halt | 64 | 60 |',
      );
      assert.deepEqual(findingsOf(RULE, text), []);
    });

    it("Groningen's chapters have none", () => {
      for (const file of [
        'examples/rekening-2018-4.2.1-ondersteunende-voorzieningen.md',
        'examples/begroting-2019-4.2.1-ondersteunende-voorzieningen.md',
        'examples/rekening-2020-4.2.2-specialistische-zorgvoorzieningen.md',
      ]) {
        assert.deepEqual(findingsOf(RULE, readFileSync(file, 'utf8')), [], file);
      }
    });
  });

  describe('the year decides which indicators apply', () => {
    const sociaal = (year: number) =>
      begroting(
        year,
        '## BBV-indicatoren',
        '| Indicatoren | 2016 |',
        ...[
          'Banen (21)',
          'Jongeren met een delict voor de rechter (22)',
          'Kinderen in uitkeringsgezin (23)',
          'Netto arbeidsparticipatie (24)',
          'Jeugdwerkloosheid (26)',
          'Personen met een bijstandsuitkering (27)',
          'Lopende re-integratievoorzieningen (28)',
          'Jongeren met jeugdhulp (29)',
          'Jongeren met jeugdbescherming (30)',
          'Jongeren met jeugdreclassering (31)',
          'Cliënten met een maatwerkarrangement Wmo (32)',
        ].map((n) => `| ${n} | 1 |`),
      );

    it('Achterstandsleerlingen applies to 2017 only', () => {
      assert.deepEqual(findingsOf(RULE, sociaal(2017)).map((f) => f.message), [
        "De tabel 'Indicatoren' gaat over taakveld 6 (Sociaal domein), maar de verplichte beleidsindicator 'Achterstandsleerlingen' (% 4 t/m 12 jarigen) ontbreekt in dit hoofdstuk.",
      ]);
      assert.deepEqual(findingsOf(RULE, sociaal(2018)), []);
    });

    it('a dropped indicator is still recognised, and without a year only the current ones apply', () => {
      const text = begroting(2022, '## BBV-indicatoren', '| Indicatoren | 2016 |', ...VEILIGHEID.map((r) => r.replace(/ \|[^|]+\|[^|]+\|[^|]+\|$/, ' |')), '| Harde kern jongeren | 0,6 |');
      assert.deepEqual(findingsOf(RULE, text), []);
      const noYear = text.replace('jaar: 2022\n', '');
      assert.deepEqual(findingsOf(RULE, noYear), []);
      assert.deepEqual(
        findingsOf(RULE, text.replace('jaar: 2022', 'jaar: 2018').replace('| Harde kern jongeren | 0,6 |\n', '')).map((f) => f.message),
        [
          "De tabel 'Indicatoren' gaat over taakveld 1 (Veiligheid), maar de verplichte beleidsindicator 'Hardekern jongeren' (Aantal per 10.000 inwoners) ontbreekt in dit hoofdstuk.",
        ],
      );
    });
  });

  it('--fix applies only the safe fix', () => {
    const text = begroting(
      2021,
      '## BBV-indicatoren',
      SERIES,
      ...VEILIGHEID.filter((r) => !r.includes('Winkel')).map((r) => r.replace('Geweldsmisdrijven', 'Geweldmisdrijven')),
    );
    const settings = settingsFromConfig(undefined);
    const result = fixChapter(parseChapter(text, { vocabulary: settings.vocabulary }), settings);
    assert.equal(result.text, text.replace('Geweldmisdrijven', 'Geweldsmisdrijven'));
    assert.deepEqual(
      result.findings.filter((f) => f.rule === RULE).map((f) => f.message),
      ["De tabel 'Indicatoren' gaat over taakveld 1 (Veiligheid), maar de verplichte beleidsindicator 'Winkeldiefstallen' (Aantal per 1.000 inwoners) ontbreekt in dit hoofdstuk."],
    );
  });

  it('can be switched off and speaks English when asked', () => {
    const text = begroting(2021, '## BBV-indicatoren', SERIES, ...VEILIGHEID.slice(1).map((r) => r.replace('Geweldsmisdrijven', 'Geweldmisdrijven')));
    assert.deepEqual(findingsOf(RULE, text, { config: { rules: { [RULE]: 'off' } } }), []);
    assert.deepEqual(
      lint(text, { locale: 'en' })
        .filter((f) => f.rule === RULE)
        .map((f) => [f.message, f.fixes[0].title]),
      [
        [
          "The table 'Indicatoren' covers taakveld 1 (Veiligheid), but the mandatory policy indicator 'Verwijzingen Halt' (Aantal per 10.000 jongeren) is missing from this chapter.",
          "Add a row 'Verwijzingen Halt' to the table",
        ],
        ["'Geweldmisdrijven' is not the official name of a mandatory policy indicator; did you mean 'Geweldsmisdrijven'?", "Replace with 'Geweldsmisdrijven'"],
      ],
    );
  });

  it('never throws on odd tables', () => {
    for (const text of [
      begroting(2021, '## BBV', '| Indicatoren |'),
      begroting(2021, '## BBV', '| Indicatoren | 2020 |', '|  |  |', '| ( | ) |', '| 1. |'),
      begroting(2021, '## BBV', '| | 2020 |', '| Formatie | 1 |'),
    ]) {
      assert.ok(lint(text).every((f) => !f.message.startsWith('Interne fout')), text);
    }
  });
});
