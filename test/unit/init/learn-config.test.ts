/** init's learning, on in-memory chapters: profile, words, layouts, sections, dash sentence. */
import assert from 'node:assert/strict';
import { parseConfig } from '../../../server/src/service/index.js';
import { commentedJson } from '../../../server/src/service/init/commented-json.js';
import { type ChapterSource, learnConfig } from '../../../server/src/service/init/learn-config.js';
import { chapter } from '../../helpers/service.js';

/** A chapter of a fictional municipality with one beleidsveld, the given questions and one table. */
function source(name: string, kind: 'begroting' | 'rekening', year: number, questions: string[], table: string[], prose = 'Een streepje betekent dat er nog geen gegevens zijn.'): ChapterSource {
  const text = chapter(
    '---',
    `document: ${kind}`,
    `jaar: ${year}`,
    'programma: 6',
    '---',
    '',
    '# Programma 6: Duurzaamheid',
    '',
    '## 6.1.1 Energie',
    '',
    `Wij werken aan een energieneutrale gemeente. ${prose}`,
    '',
    ...questions.flatMap((q) => [`### ${q}`, '', 'Tekst.', '']),
    ...table,
  );
  return { name, text, markdown: true };
}

const BEGROTING = source('begroting-2020.md', 'begroting', 2020, ['Wat willen we bereiken?', 'Wat gaan we daarvoor doen?'], [
  '| Omschrijving indicator/ kengetal | Realisatie 2018 | Verwacht 2019 | Doel 2020 | Doel 2022 |',
  '| --- | --- | --- | --- | --- |',
  '| Aantal woningen met zonnepanelen | 1.200 | 1.400 | 1.600 | 2.000 |',
  '| % huishoudens met groene stroom | 34% | - | 40% | 50% |',
]);
const REKENING = source('rekening-2019.md', 'rekening', 2019, ['Wat wilden we bereiken?', 'Wat hebben we daarvoor gedaan?'], [
  '| Omschrijving indicator/ kengetal | Realisatie 2018 | Streefwaarde 2019 | Realisatie 2019 |',
  '| --- | --- | --- | --- |',
  '| Aantal woningen met zonnepanelen | 1.200 | 1.400 | 1.450 |',
]);

const errorsAndWarnings = (result: ReturnType<typeof learnConfig>) =>
  result.evaluation.chapters.flatMap((c) => c.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${c.source.name} ${f.rule}`));

describe('init: learnConfig', () => {
  it('picks the profile whose layout reads the chapters, and they lint clean', () => {
    const result = learnConfig([BEGROTING, REKENING]);
    assert.equal(result.config.profile, 'realisatie-doel');
    assert.deepEqual(errorsAndWarnings(result), []);
  });

  it('learns the year offsets of a layout no profile has', () => {
    const begroting = source('begroting-2020.md', 'begroting', 2020, ['Wat willen we bereiken?', 'Wat gaan we daarvoor doen?'], [
      '| Indicator | Realisatie 2017 | Realisatie 2018 | Streefwaarde 2019 | Streefwaarde 2020 |',
      '| --- | --- | --- | --- | --- |',
      '| Aantal woningen met zonnepanelen | 1.100 | 1.200 | 1.400 | 1.600 |',
    ]);
    const rekening = source('rekening-2019.md', 'rekening', 2019, ['Wat wilden we bereiken?', 'Wat hebben we daarvoor gedaan?'], [
      '| Indicator | Streefwaarde 2019 | Realisatie 2019 |',
      '| --- | --- | --- |',
      '| Aantal woningen met zonnepanelen | 1.400 | 1.450 |',
    ]);
    const result = learnConfig([begroting, rekening]);
    // The begroting fits the realisatie-doel layout already; the rekening (target before result,
    // no result of last year) is this municipality's own.
    assert.deepEqual(result.config.vocabulary?.layouts, {
      rekening: [
        { role: 'target', offset: 0 },
        { role: 'realised', offset: 0 },
      ],
    });
    assert.deepEqual(errorsAndWarnings(result), []);
  });

  it('learns a column word another profile knows, and its section questions and dash sentence', () => {
    const begroting = source(
      'begroting-2020.md',
      'begroting',
      2020,
      ['Wat willen we bereiken?', 'Wat gaan we daarvoor doen?', 'Wat zijn de indicatoren?'],
      [
        '| Indicator | Realisatie 2018 | Prognose 2019 | Streefwaarde 2020 |',
        '| --- | --- | --- | --- |',
        '| Aantal laadpalen | 40 | - | 80 |',
      ],
      'Waar geen cijfer bekend is, staat een liggend streepje in de tabel.',
    );
    const begroting2 = source(
      'begroting-2021.md',
      'begroting',
      2021,
      ['Wat willen we bereiken?', 'Wat gaan we daarvoor doen?', 'Wat zijn de indicatoren?'],
      [
        '| Indicator | Realisatie 2019 | Prognose 2020 | Streefwaarde 2021 |',
        '| --- | --- | --- | --- |',
        '| Aantal laadpalen | 60 | - | 100 |',
      ],
      'Waar geen cijfer bekend is, staat een liggend streepje in de tabel.',
    );
    const result = learnConfig([begroting, begroting2], { profile: 'nulmeting-streefwaarde' });
    const vocabulary = result.config.vocabulary ?? {};
    assert.deepEqual(vocabulary.columns, { forecast: ['Prognose'] });
    assert.deepEqual(vocabulary.sections?.begroting?.map((s) => [s.headings[0], s.required]), [['Wat zijn de indicatoren', true]]);
    assert.deepEqual(vocabulary.dashExplanations, ['Waar\\s+geen\\s+cijfer\\s+bekend\\s+is,\\s+staat\\s+een\\s+liggend\\s+streepje\\s+in\\s+de\\s+tabel']);
    assert.deepEqual(errorsAndWarnings(result), []);
  });

  it('learns a numbered footnote style when the chapters use one', () => {
    const withNotes = (name: string, year: number, before: string, value: string) =>
      source(name, 'rekening', year, ['Wat wilden we bereiken?', 'Wat hebben we daarvoor gedaan?'], [
        '| Omschrijving indicator/ kengetal | Realisatie ' + (year - 1) + ' | Streefwaarde ' + year + ' | Realisatie ' + year + ' |',
        '| --- | --- | --- | --- |',
        `| Aantal woningen met zonnepanelen (1) | ${before} | 1.400 | ${value} (2) |`,
        '',
        '1. Eigen registratie van de gemeente.',
        '2. Stand op 1 september.',
      ]);
    const result = learnConfig([withNotes('rekening-2019.md', 2019, '1.200', '1.450'), withNotes('rekening-2020.md', 2020, '1.450', '1.600')]);
    assert.deepEqual(result.config.vocabulary?.footnotes, { styles: ['number-paren'] });
    assert.deepEqual(errorsAndWarnings(result), []);
  });

  it('keeps real mistakes: a chapter with a wrong year keeps its finding', () => {
    const wrong = source('rekening-2019.md', 'rekening', 2019, ['Wat wilden we bereiken?', 'Wat hebben we daarvoor gedaan?'], [
      '| Omschrijving indicator/ kengetal | Realisatie 2017 | Streefwaarde 2019 | Realisatie 2019 |',
      '| --- | --- | --- | --- |',
      '| Aantal woningen met zonnepanelen | 1.200 | 1.400 | 1.450 |',
    ]);
    const result = learnConfig([BEGROTING, REKENING, wrong]);
    assert.equal(result.config.profile, 'realisatie-doel');
    assert.deepEqual(errorsAndWarnings(result), ['rekening-2019.md table-columns']);
  });

  it('learns a second layout for a BBV table beside the own tables (Dordrecht), and still keeps a wrong year', () => {
    const bbv = [
      '',
      '| BBV-indicatoren | Jaarstukken 2017 | Begroting 2019 | Jaarstukken 2018 | Begroting 2020 | G40 |',
      '| --- | --- | --- | --- | --- | --- |',
      '| Niet-sporters | 51,2 | 50 | 50,8 | 50 | 48,0 |',
    ];
    const begroting = { ...BEGROTING, text: BEGROTING.text + bbv.join('\n') + '\n' };
    const result = learnConfig([begroting, REKENING]);
    assert.deepEqual(result.config.profile, ['realisatie-doel', 'bbv']);
    assert.deepEqual(result.config.vocabulary?.alternativeLayouts, {
      begroting: [[{ role: 'realised', offset: -3 }, { role: 'budget', offset: -1 }, { role: 'realised', offset: -2 }, { role: 'budget', offset: 0 }]],
    });
    assert.deepEqual(errorsAndWarnings(result), []);
    // The learned layouts do not absorb a wrong year in another chapter of the same kind.
    const wrong = source('begroting-2021.md', 'begroting', 2021, ['Wat willen we bereiken?', 'Wat gaan we daarvoor doen?'], [
      '| Omschrijving indicator/ kengetal | Realisatie 2019 | Verwacht 2020 | Doel 2020 | Doel 2023 |',
      '| --- | --- | --- | --- | --- |',
      '| Aantal woningen met zonnepanelen | 1.200 | 1.400 | 1.600 | 2.000 |',
    ]);
    assert.ok(errorsAndWarnings(learnConfig([begroting, REKENING, wrong])).includes('begroting-2021.md table-columns'));
  });

  it('the written configuration is valid, with the comments kept as JSON comments', () => {
    const result = learnConfig([BEGROTING, REKENING]);
    const comments = new Map(result.learned.map((l) => [l.key, l.what.nl]));
    const text = commentedJson(result.config, comments, ['Geschreven door init.']);
    assert.match(text, /^\/\/ Geschreven door init\.\n\{\n {2}\/\/ profiel 'realisatie-doel'\n {2}"profile": "realisatie-doel"\n\}\n$/);
    const parsed = parseConfig(text);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.config, result.config);
  });
});
