/** The vocabulary is data: configuration alone teaches the linter another municipality's words. */
import assert from 'node:assert/strict';
import type { Config } from '../../server/src/service/index.js';
import { brief, chapter, findingsOf, lint } from '../helpers/service.js';

/** A complete rekening 2018 chapter (lints clean with the defaults) with a header of choice. */
function rekening(header: string, ...rows: string[]): string {
  return chapter(
    '---',
    'document: rekening',
    'jaar: 2018',
    'programma: 4',
    '---',
    '',
    '# Programma 4: Welzijn, gezondheid en zorg',
    '',
    '## 4.2.1 Ondersteunende voorzieningen',
    '',
    'Met de onderstaande indicatoren is de voortgang van dit beleidsveld in 2018 gemeten. Als er geen gegevens beschikbaar zijn/of één maal per twee jaar gemeten worden staat er een streepje.',
    '',
    '### Prestatie-indicatoren',
    '',
    header,
    '| --- | --- | --- | --- |',
    ...(rows.length > 0
      ? rows
      : [
          '| % bewoners dat zegt dat de geboden ondersteuning past bij de hulpvraag | 68% | Toename | 70% |',
          '| Aantal geïndiceerde vervoer- en woonvoorzieningen | 14.823 (8.867 pers) | - | 14.134 (8.488 pers.) |',
        ]),
    '',
    '### Wat wilden we bereiken in 2018?',
    '',
    'Passende ondersteuning.',
    '',
    '### Wat hebben we hiervoor gedaan?',
    '',
    'Veel.',
    '',
    '### Conclusie',
    '',
    'Goed.',
  );
}

const SYNONYMS: Config = { vocabulary: { columns: { behaald: ['Realisatie'], beoogd: ['Streefwaarde'] } } };
const REALISATIE = '| Prestatie-indicatoren | Realisatie 2017 | Streefwaarde 2018 | Realisatie 2018 |';

describe('vocabulary from configuration', () => {
  it('the chapter with the default words lints clean (the baseline of these tests)', () => {
    assert.deepEqual(lint(rekening('| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |')).map((f) => brief(f)), []);
  });

  it('Realisatie / Streefwaarde as column synonyms: no findings at all', () => {
    assert.deepEqual(lint(rekening(REALISATIE), { config: SYNONYMS }).map((f) => brief(f)), []);
  });

  it('without the configuration the same chapter gets table-columns errors', () => {
    const findings = lint(rekening(REALISATIE)).filter((f) => f.rule === 'table-columns');
    assert.deepEqual(
      findings.map((f) => [brief(f, true).severity, brief(f).range, f.message]),
      [
        ['error', '15:27-15:42', "Onbekende kolomkop 'Realisatie 2017'. Verwacht hier 'Behaald 2017'."],
        ['error', '15:45-15:62', "Onbekende kolomkop 'Streefwaarde 2018'. Verwacht hier 'Beoogd 2018'."],
        ['error', '15:65-15:80', "Onbekende kolomkop 'Realisatie 2018'. Verwacht hier 'Behaald 2018'."],
      ],
    );
  });

  it('with the synonyms, messages use the words the table uses', () => {
    const text = rekening('| Prestatie-indicatoren | Realisatie 2016 | Streefwaarde 2018 | Realisatie 2018 |');
    assert.deepEqual(findingsOf('table-columns', text, { config: SYNONYMS }), [
      {
        rule: 'table-columns',
        range: '15:38-15:42',
        message: "Verkeerd jaar in 'Realisatie 2016': in een rekening 2018 is deze kolom 'Realisatie 2017'.",
      },
    ]);
  });

  it('the synonyms keep their role: a trend in a Realisatie column is a trend in a Behaald column', () => {
    const text = rekening(REALISATIE, '| % bewoners dat tevreden is | 68% | Toename | Toename |');
    assert.deepEqual(
      findingsOf('trend-in-behaald', text, { config: SYNONYMS }).map((f) => [f.range, f.message]),
      [
        [
          '17:48-17:55',
          "'Toename' is een streefwaarde, geen resultaat. In de kolom 'Realisatie 2018' hoort de gemeten waarde, of '-' als die er niet is.",
        ],
      ],
    );
  });

  it('extendVocabulary: false replaces the default words instead of adding to them', () => {
    const replaced: Config = { ...SYNONYMS, extendVocabulary: false };
    const text = rekening('| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |');
    assert.deepEqual(
      findingsOf('table-columns', text, { config: replaced }).map((f) => f.message),
      [
        "Onbekende kolomkop 'Behaald 2017'. Verwacht hier 'Realisatie 2017'.",
        "Onbekende kolomkop 'Beoogd 2018'. Verwacht hier 'Streefwaarde 2018'.",
        "Onbekende kolomkop 'Behaald 2018'. Verwacht hier 'Realisatie 2018'.",
      ],
    );
  });

  it('units, trend words and percentage indicators come from configuration too', () => {
    const config: Config = {
      vocabulary: { units: ['woningen'], trendWords: { Daling: 'down' }, percentIndicatorPatterns: ['^deel\\b'] },
    };
    const text = rekening(
      '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
      '| Aantal opgeleverde woningen | 120 woningen | Daling | 0,4 |',
      '| Deel van de bewoners dat tevreden is | 68% | - | 0,7 |',
    );
    const rules = ['value-format', 'value-unit', 'trend-in-behaald'];
    const withConfig = lint(text, { config }).filter((f) => rules.includes(f.rule)).map((f) => [f.rule, brief(f).range]);
    assert.deepEqual(withConfig, [['value-unit', '18:52-18:55']]);
    const withoutConfig = lint(text).filter((f) => rules.includes(f.rule)).map((f) => [f.rule, brief(f).range]);
    assert.deepEqual(withoutConfig, [
      ['value-format', '17:33-17:45'],
      ['value-format', '17:48-17:54'],
    ]);
  });
});
