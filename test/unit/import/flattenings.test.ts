/**
 * `programmalint import` on small inputs in each flattening other municipalities' sites produce:
 * pipe rows, one cell per block, two header levels, glued cells, space-separated rows; and how
 * the import picks a profile and infers the front matter from that profile's layouts.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { profileCandidates } from '../../../server/src/import/choose-profile.js';
import { importChapter, type ImportOptions } from '../../../server/src/import/import-chapter.js';
import { parseChapter, vocabularyFor } from '../../../server/src/service/index.js';
import { chapter } from '../../helpers/service.js';

const realisatieDoel = vocabularyFor({ profile: 'realisatie-doel' });

function run(text: string, options: ImportOptions = { vocabulary: realisatieDoel }) {
  const result = importChapter(text, options);
  return { ...result, problems: result.problems.map((p) => `${p.line}: ${p.message.nl}`) };
}

const noFrontMatter = (what: string) => `1: Geen front matter geschreven: ${what} niet worden afgeleid uit kolomkoppen, koppen of bestandsnaam.`;

describe('import: flattenings of other layouts', () => {
  describe('pipe rows', () => {
    it('reads a header, a delimiter row, trailing empty cells, spacer rows and ragged rows', () => {
      const { markdown, problems } = run(
        chapter(
          'Programma 3: Groen',
          '',
          'Indicator | Realisatie 2019 | Doel 2020 | Doel 2021 | ||',
          '---|---|---|---|---|---|',
          'Bomen geplant | 120 | 150 | 160 | ||',
          '|',
          'Tevredenheid groen | 6,8 | 7,0 | ||',
          '||||||',
          'Bron: | Eigen meting | ||||',
          'Tekst erna.',
        ),
      );
      assert.equal(
        markdown,
        chapter(
          '---',
          'document: begroting',
          'jaar: 2021',
          'programma: 3',
          '---',
          '',
          '# Programma 3: Groen',
          '',
          '| Indicator | Realisatie 2019 | Doel 2020 | Doel 2021 |',
          '| --- | --- | --- | --- |',
          '| Bomen geplant | 120 | 150 | 160 |',
          '| Tevredenheid groen | 6,8 | 7,0 |  |',
          '| Bron: | Eigen meting |  |  |',
          '',
          'Tekst erna.',
        ),
      );
      assert.deepEqual(problems, []);
    });

    it('writes a one-column box of the website as a paragraph', () => {
      const { markdown } = run(chapter('Over deze tabel: de cijfers zijn voorlopig. |', '---|', 'Tekst.'));
      assert.equal(markdown, chapter('Over deze tabel: de cijfers zijn voorlopig.', '', 'Tekst.'));
    });

    it('gives the row numbers that push every value one column right a column of their own', () => {
      const { markdown, problems } = run(
        chapter('Effectindicator | Nulmeting | Doel 2020 | Realisatie 2020 | ||', '---|---|---|---|---|---|', 'E2.1 | Bomen geplant | 100 | 150 | 140 | ||'),
      );
      assert.ok(markdown.includes('| Effectindicator | Nr | Nulmeting | Doel 2020 | Realisatie 2020 |\n| --- | --- | --- | --- | --- |\n| Bomen geplant | E2.1 | 100 | 150 | 140 |\n'));
      assert.ok(problems.includes('3: De rijen beginnen met een nummer (E2.1) dat geen kolomkop heeft, waardoor elke waarde in de kopie een kolom rechts van haar kop staat; het nummer staat nu in een kolom "Nr".'));
    });

    it('imports pipe rows without a leading pipe, but returns the dialect’s own tables unchanged', () => {
      assert.equal(run(chapter('Indicator | Doel 2020 |', '---|---|', 'Bomen | 5 |')).markdown, chapter('| Indicator | Doel 2020 |', '| --- | --- |', '| Bomen | 5 |'));
      const dialect = chapter('| Indicator | Doel 2020 |', '| --- | --- |', '| Bomen | 5 |');
      assert.equal(run(dialect).markdown, dialect);
    });
  });

  describe('one cell per block', () => {
    it('joins a column word and its year over lines, and writes descriptive columns where they stand', () => {
      const { markdown, problems } = run(
        chapter(
          'Programma 3: Groen', '', 'Indicator', '', 'Eenheid', '', 'Werkelijk', '2019', '', 'Begroting', '', '2020', '', 'Bron', '',
          'Bomen geplant', '', 'aantal', '', '120', '', '150', '', 'Eigen telling', '',
          'Tevredenheid groen', '', 'rapportcijfer', '', '6,8', '', 'Enquête', '', 'Tekst erna.',
        ),
        { vocabulary: vocabularyFor({ profile: 'werkelijk-begroting' }) },
      );
      assert.ok(
        markdown.includes(
          '| Indicator | Eenheid | Werkelijk 2019 | Begroting 2020 | Bron |\n| --- | --- | --- | --- | --- |\n| Bomen geplant | aantal | 120 | 150 | Eigen telling |\n| Tevredenheid groen | rapportcijfer | 6,8 |  |  |\n\nEnquête\n\nTekst erna.\n',
        ),
        markdown,
      );
      // The row misses a cell: which one is not in the copy, so the row is filled at its end and reported.
      assert.deepEqual(problems, [
        '26: De rij "Tevredenheid groen" heeft 2 cellen naast de naam, de kop heeft 4 kolommen. Welke cellen in de publicatie leeg waren, staat niet in de kopie: de cellen staan op volgorde en de rij is aan het eind aangevuld met lege cellen. Controleer of de waarden onder de goede kop staan.',
      ]);
    });

    it('keeps a table as a GFM table even when the vocabulary knows none of its headers', () => {
      const text = chapter('Omschrijving', '', 'Realisatie 2018', '', 'Verwacht 2019', '', 'Doel 2020', '', 'Bomen geplant', '', '120', '', '130', '', '150');
      const { markdown } = run(text, {});
      assert.equal(markdown, chapter('| Omschrijving | Realisatie 2018 | Verwacht 2019 | Doel 2020 |', '| --- | --- | --- | --- |', '| Bomen geplant | 120 | 130 | 150 |'));
    });
  });

  describe('two header levels', () => {
    it('joins each group with its years when a year that does not rise shows where the next group starts', () => {
      const { markdown } = run(chapter('Programma 3: Groen', '', 'Bomen geplant', '', 'Realisatie', '', 'Streefwaarde', '', '2019', '', '2020', '', '2020', '', '2021', '', '120', '', '130', '', '150', '', '160'));
      assert.ok(
        markdown.includes('|  | Realisatie 2019 | Realisatie 2020 | Streefwaarde 2020 | Streefwaarde 2021 |\n| --- | --- | --- | --- | --- |\n| Bomen geplant | 120 | 130 | 150 | 160 |\n'),
        markdown,
      );
    });

    it('writes bare years and reports the groups when the split is not in the copy', () => {
      const { markdown, problems } = run(
        chapter('Nr.', '', 'Omschrijving', '', 'Realisatie', '', 'Streefwaarde', '', '2019', '', '2020', '', '2021', '', '1', '', 'Bomen geplant', '', '120', '', '130', '', '150', '', '2', '', 'Parken', '', '4', '', '4', '', '5'),
      );
      assert.equal(
        markdown,
        chapter(
          '<!-- Realisatie | Streefwaarde -->',
          '| Omschrijving | Nr. | 2019 | 2020 | 2021 |',
          '| --- | --- | --- | --- | --- |',
          '| Bomen geplant | 1 | 120 | 130 | 150 |',
          '| Parken | 2 | 4 | 4 | 5 |',
        ),
      );
      assert.deepEqual(problems, [
        noFrontMatter('het soort document (begroting of rekening), het jaar en het programmanummer konden'),
        '5: De kolomkoppen "Realisatie" en "Streefwaarde" staan in de publicatie boven de jaren 2019–2021, maar in de kopie staat niet welke jaren onder welke kop vallen. De kolommen heten nu alleen naar hun jaar; zet de kop er zelf bij (bijvoorbeeld "Realisatie 2019").',
      ]);
    });
  });

  describe('glued cells', () => {
    it('splits the header and the certain rows, and keeps an uncertain row whole', () => {
      const { markdown, problems } = run(chapter('IndicatorNulmetingR2019B2020R2020Bron', 'Bomen geplant> 90%95%> 80%92%Eigen telling', 'Tevredenheid groen6,86,97,07,1Enquête', 'Los'));
      assert.equal(
        markdown,
        chapter(
          '| Indicator | Nulmeting | R2019 | B2020 | R2020 | Bron |',
          '| --- | --- | --- | --- | --- | --- |',
          '| Bomen geplant | > 90% | 95% | > 80% | 92% | Eigen telling |',
          '| Tevredenheid groen6,86,97,07,1Enquête |  |  |  |  |  |',
          '',
          'Los',
        ),
      );
      assert.ok(
        problems.includes(
          '3: In deze rij ("Tevredenheid groen6,86,97,07,1Enquête") staan de cellen aan elkaar zonder scheiding, en waar de ene cel ophoudt en de volgende begint is niet zeker; de regel staat als één cel in de tabel, met lege cellen erachter.',
        ),
      );
    });
  });

  describe('space-separated rows', () => {
    it('splits a header line into word and year pairs, and a values line into values', () => {
      const { markdown, problems } = run(chapter('Bomen geplant', 'Realisatie 2018 Realisatie 2019 Streefwaarde 2020', '120 Zie toelichting', 'Uitleg.'));
      assert.equal(
        markdown,
        chapter('Bomen geplant', '', '|  | Realisatie 2018 | Realisatie 2019 | Streefwaarde 2020 |', '| --- | --- | --- | --- |', '|  | 120 | Zie toelichting |  |', '', 'Uitleg.'),
      );
      assert.ok(problems.includes('3: De rij heeft 2 cellen naast de naam, de kop heeft 3 kolommen. Welke cellen in de publicatie leeg waren, staat niet in de kopie: de cellen staan op volgorde en de rij is aan het eind aangevuld met lege cellen. Controleer of de waarden onder de goede kop staan.'));
    });
  });

  describe('the profile', () => {
    const text = chapter('Omschrijving', '', 'Realisatie 2018', '', 'Verwacht 2019', '', 'Doel 2020', '', 'Bomen geplant', '', '120', '', '130', '', '150');

    it('is picked among the built-in ones when the configured words recognise no header, and named on line 1', () => {
      const result = importChapter(text, { candidates: profileCandidates(undefined) });
      assert.deepEqual(result.profile, ['realisatie-doel']);
      assert.deepEqual(result.problems[0], {
        line: 1,
        message: {
          nl: 'Er is geen profiel ingesteld en de ingestelde kolomwoorden (Behaald, Beoogd) herkennen geen kolomkop. Het profiel "realisatie-doel" herkent er 4 en is gebruikt. Leg dat vast met "profile": "realisatie-doel" in .programmalintrc.json, of kies zelf met --profile realisatie-doel.',
          en: 'No profile is configured and the configured column words (Behaald, Beoogd) recognise no column header. The profile "realisatie-doel" recognises 4 and was used. Make that permanent with "profile": "realisatie-doel" in .programmalintrc.json, or choose with --profile realisatie-doel.',
        },
      });
      const doc = parseChapter(result.markdown, { vocabulary: realisatieDoel });
      assert.deepEqual(doc.tables[0].columns.map((c) => c.role), ['realised', 'forecast', 'target']);
    });

    it('is combined with bbv when that recognises more, and the setting says so', () => {
      const series = chapter('Omschrijving', '', 'Eenheid', '', '2018', '', '2019', '', 'Bomen geplant', '', 'aantal', '', '120', '', '130');
      const result = importChapter(series, { candidates: profileCandidates(undefined) });
      assert.equal(result.profile?.includes('bbv'), true, JSON.stringify(result.profile));
      assert.match(result.problems[0].message.nl, /Leg dat vast met "profile": \["[a-z-]+", "bbv"\]/);
    });

    it('is not changed when the configured words recognise a header (Groningen)', () => {
      const groningen = chapter('Indicatoren', 'Beoogd 2019', 'Aantal x', '5');
      assert.equal(importChapter(groningen, { candidates: profileCandidates(undefined) }).profile, undefined);
    });

    it('decides the front matter through its layouts', () => {
      const { markdown } = run(chapter('Programma 3: Groen', '', text));
      assert.ok(markdown.startsWith('---\ndocument: begroting\njaar: 2020\nprogramma: 3\n---\n'), markdown);
    });
  });

  it('never throws, whatever the mix of flattened table material', () => {
    const pieces = [
      '', ' ', '\u00a0', '|', '---|---|', '| --- |', 'Indicator', 'Omschrijving', 'Realisatie', 'Realisatie 2018', 'Doel 2020', 'Streef-', 'waarde',
      '2017', '2018', '1', '1.', '4a', 'E1.2.1', '-', '6- 6,5*', 'n.n.b.', 'Bron:', 'Toelichting:', 'a | b |', 'Nr.Omschrijving20172018Bron',
      'Bomen geplant12%13%Eigen', 'leeg Realisatie 2017 Realisatie 2018', '42 43 Zie toelichting', 'Programma 3: Groen', '3.1.1 Bomen', '* noot', 'I   noot', '\t',
    ];
    const candidates = profileCandidates(undefined);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 40 }), (parts) => {
        const result = importChapter(parts.join('\n'), { candidates });
        assert.equal(typeof result.markdown, 'string');
      }),
      { numRuns: 300 },
    );
  });
});
