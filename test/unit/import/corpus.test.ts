/**
 * `programmalint import` on the published pages of other municipalities
 * (`../shared/corpus/municipalities/`, see its INDEX.md): every indicator table comes out as a
 * GFM table with the right headers and cells, in each layout family (A–E) and each flattening,
 * with the profile the import picks itself. The corpus is read in place; when it is missing the
 * tests fail and say where they looked.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Table } from 'mdast';
import { profileCandidates } from '../../../server/src/import/choose-profile.js';
import { importChapter } from '../../../server/src/import/import-chapter.js';
import type { ChapterDocument } from '../../../server/src/service/index.js';
import { parseChapter, parseMarkdown, vocabularyFor } from '../../../server/src/service/index.js';
import { lint } from '../../helpers/service.js';

/** The corpus, from the repository root (the CI machine has it there too). */
const CORPUS = join(process.cwd(), '..', 'shared', 'corpus', 'municipalities');

function load(name: string): string {
  return readFileSync(join(CORPUS, name), 'utf8');
}

const candidates = profileCandidates(undefined);

/** Imports a corpus page as the CLI does without configuration, and parses the result with the profile it chose. */
function imported(name: string) {
  const result = importChapter(load(name), { fileName: name, candidates });
  const vocabulary = vocabularyFor({ profile: result.profile ?? [] });
  const doc = parseChapter(result.markdown, { uri: `file:///corpus/${name}.md`, vocabulary });
  const problems = result.problems.map((p) => `${p.line}: ${p.message.nl}`);
  return { ...result, doc, problems };
}

/** The header cells of an indicator table, its label first. */
function headerOf(doc: ChapterDocument, table: number): string[] {
  const t = doc.tables[table];
  return [t.label.raw, ...t.columns.map((c) => c.header)];
}

/** The raw cells of the first rows of an indicator table, the name first. */
function rowsOf(doc: ChapterDocument, table: number, count = Infinity): string[][] {
  return doc.tables[table].rows.slice(0, count).map((row) => [row.name.raw, ...row.cells.map((c) => c.raw)]);
}

/** Every GFM table of a Markdown text: header cells and rows, as written between the pipes. */
function gfmTables(markdown: string): { header: string[]; rows: string[][] }[] {
  const cells = (row: Table['children'][number]) =>
    row.children.map((cell) => {
      const { start, end } = cell.position as { start: { offset: number }; end: { offset: number } };
      return markdown.slice(start.offset, end.offset).replace(/^\|/, '').replace(/\|$/, '').trim();
    });
  return parseMarkdown(markdown)
    .children.filter((n): n is Table => n.type === 'table')
    .map((t) => ({ header: cells(t.children[0]), rows: t.children.slice(1).map(cells) }));
}

/** The letters and digits of a text, counted: splitting glued cells or joining `Streef-` / `waarde` keeps them. */
function characters(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.replace(/[^\p{L}\p{N}]/gu, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** The letters and digits of `input` the output has fewer of. */
function lostCharacters(input: string, output: string): string[] {
  const have = characters(output);
  return [...characters(input)].filter(([ch, n]) => (have.get(ch) ?? 0) < n).map(([ch, n]) => `${ch}×${n - (have.get(ch) ?? 0)}`);
}

/** GFM tables per page: the indicator tables INDEX.md lists, plus the other tables on the page (a finance table, an empty notes table). */
const TABLES: Record<string, number> = {
  'amersfoort-begroting-2023-indicatoren-stedelijk-beheer.txt': 2,
  'amersfoort-rekening-2023-indicatoren-stedelijk-beheer.txt': 3,
  'bergendal-rekening-2019-verplichte-beleidsindicatoren.txt': 1,
  'beverwijk-begroting-2020-beleidsindicatoren-sociaal-domein.txt': 1,
  'beverwijk-begroting-2020-beleidsindicatoren-volksgezondheid.txt': 1,
  'breda-begroting-2021-overzicht-indicatoren.txt': 3,
  'breda-rekening-2020-overzicht-indicatoren.txt': 2,
  'buren-begroting-2020-beleidsindicatoren.txt': 1,
  'dordrecht-begroting-2022-gezond-en-levendig-indicatoren.txt': 2,
  'dordrecht-begroting-2026-wat-zijn-de-indicatoren.txt': 1,
  'etten-leur-rekening-2018-effectindicatoren-leven-cells.txt': 1,
  'etten-leur-rekening-2018-effectindicatoren-leven-pipes.txt': 1,
  'goirle-begroting-2018-beleidsindicatoren.txt': 1,
  'heemskerk-begroting-2020-prestatie-indicatoren.txt': 1,
  'helmond-rekening-2017-wat-hebben-we-bereikt.txt': 2,
  'lingewaard-begroting-2018-beleidsindicatoren.txt': 1,
  'maassluis-rekening-2017-prestatie-indicatoren-financien.txt': 3,
  'nieuwegein-begroting-2020-versterking-eigen-kracht.txt': 3,
  'nieuwegein-rekening-2019-bestuur-en-dienstverlening.txt': 2,
  'nijmegen-rekening-2016-indicatoren-leefbaarheid.txt': 2,
  'nijmegen-rekening-2021-indicatoren-vernieuwing-bbv.txt': 2,
  'sint-michielsgestel-begroting-2020-duurzaamheid.txt': 1,
  'sint-michielsgestel-begroting-2020-groenbeheer.txt': 1,
  'steenbergen-rekening-2017-financiering-wat-willen-we-bereiken.txt': 1,
  'teylingen-begroting-2020-beleids-en-prestatie-indicatoren-bestuur.txt': 2,
  'teylingen-begroting-2020-beleidsindicatoren-wonen.txt': 3,
  'utrecht-rekening-2017-bewoners-en-bestuur.txt': 1,
  'utrecht-rekening-2017-duurzaamheid.txt': 1,
  'utrecht-rekening-2022-bbv-hernieuwbare-elektriciteit.txt': 2,
  'velsen-begroting-2024-indicatoren-bestuur.txt': 2,
  'zaanstad-begroting-2018-burger-en-bestuur.txt': 1,
  'zaanstad-begroting-2021-indicatoren-wonen.txt': 1,
};

const SHORT_ROW = (name: string, have: number, want: number) =>
  `De rij "${name}" heeft ${have} ${have === 1 ? 'cel' : 'cellen'} naast de naam, de kop heeft ${want} kolommen. Welke cellen in de publicatie leeg waren, staat niet in de kopie: de cellen staan op volgorde en de rij is aan het eind aangevuld met lege cellen. Controleer of de waarden onder de goede kop staan.`;

describe('import: published pages of other municipalities', function () {
  // Each page is read with every built-in profile to pick one.
  this.timeout(20_000);

  before(() => {
    assert.ok(
      existsSync(join(CORPUS, 'INDEX.md')),
      `The corpus of municipal pages is missing: expected ${CORPUS} (../shared/corpus/municipalities from the repository root).`,
    );
  });

  describe('every page', () => {
    it('the corpus holds exactly the pages this test knows', () => {
      assert.deepEqual(readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort(), Object.keys(TABLES).sort());
    });

    it('imports without throwing, with each table as a GFM table, no letter lost, and a result that parses and lints', () => {
      const report: string[] = [];
      for (const [name, count] of Object.entries(TABLES)) {
        const { markdown, doc, profile } = imported(name);
        const tables = gfmTables(markdown);
        if (tables.length !== count) report.push(`${name}: ${tables.length} GFM tables, expected ${count}`);
        const lost = lostCharacters(load(name), markdown);
        if (lost.length > 0) report.push(`${name}: lost ${lost.join(' ')}`);
        // Every indicator table the linter sees is one of the GFM tables.
        if (doc.tables.length > tables.length) report.push(`${name}: ${doc.tables.length} indicator tables of ${tables.length}`);
        assert.doesNotThrow(() => lint(markdown, { config: { profile: profile ?? [] } }), name);
      }
      assert.deepEqual(report, []);
    });

    it('importing the result again changes nothing', () => {
      for (const name of Object.keys(TABLES)) {
        const { markdown } = imported(name);
        assert.equal(importChapter(markdown, { candidates }).markdown, markdown, name);
      }
    });

    it('the two flattenings of one Etten-Leur page give the same table', () => {
      const cells = imported('etten-leur-rekening-2018-effectindicatoren-leven-cells.txt').doc;
      const pipes = imported('etten-leur-rekening-2018-effectindicatoren-leven-pipes.txt').doc;
      assert.deepEqual(headerOf(cells, 0), headerOf(pipes, 0));
      assert.deepEqual(rowsOf(cells, 0), rowsOf(pipes, 0));
      assert.equal(rowsOf(cells, 0).length, 7);
    });
  });

  describe('family A: a role word and a year in each header cell', () => {
    it('Sint-Michielsgestel: Realisatie | Verwacht | Doel | Doel, ranges such as 6- 6,5* kept as written', () => {
      const { doc, profile, problems } = imported('sint-michielsgestel-begroting-2020-groenbeheer.txt');
      assert.deepEqual(profile, ['realisatie-doel']);
      assert.deepEqual(headerOf(doc, 0), ['Omschrijving indicator/ kengetal', 'Realisatie 2018', 'Verwacht 2019', 'Doel 2020', 'Doel 2022']);
      assert.deepEqual(doc.tables[0].columns.map((c) => c.role), ['realised', 'forecast', 'target', 'target']);
      assert.deepEqual(rowsOf(doc, 0), [['Sober-(doelmatig) groenbeheer op beeld', '6- 6,5*', '6-6,5*', '6,5- 7*', '6,5- 7*']]);
      assert.match(problems[0], /^1: Er is geen profiel ingesteld en de ingestelde kolomwoorden \(Behaald, Beoogd\) herkennen geen kolomkop\. Het profiel "realisatie-doel" herkent er 5 en is gebruikt\./);
    });

    it('Nieuwegein 2019: the row numbers stay in their nr. column, written after the name; short rows are reported', () => {
      const { doc, problems } = imported('nieuwegein-rekening-2019-bestuur-en-dienstverlening.txt');
      assert.deepEqual(headerOf(doc, 0), ['Effectindicatoren', 'nr.', 'Realisatie 2018', 'Streefwaarde 2019', 'Realisatie 2019']);
      assert.deepEqual(rowsOf(doc, 0, 2), [
        ['Waardering van burgers voor het bestuur van de gemeente (1)', '1a', '48%', '47%', '50%'],
        ['Waardering van bedrijven voor het bestuur van de gemeente (2)', '1b', '3,1', '3,5', '3,2'],
      ]);
      // Row 4 has one value and 4a–4e two: the copy does not show which cells were empty.
      assert.deepEqual(rowsOf(doc, 0).slice(5, 7), [
        ['Waardering uitvoering taken van regionale samenwerkingsverbanden waar we aan deelnemen:', '4', '3,5', '', ''],
        ['RMN', '4a', '4,0', '4,0', ''],
      ]);
      assert.ok(problems.includes(`78: ${SHORT_ROW('RMN', 3, 4)}`), problems.join('\n'));
      assert.deepEqual(headerOf(doc, 1), ['Prestatie-indicatoren', 'nr.', 'Realisatie 2018', 'Streefwaarde 2019', 'Realisatie 2019']);
      assert.equal(doc.tables[1].rows.length, 6);
    });

    it('Nieuwegein 2020: a sentence as a value, and a table of values without names', () => {
      const { doc, markdown } = imported('nieuwegein-begroting-2020-versterking-eigen-kracht.txt');
      assert.deepEqual(headerOf(doc, 1), ['Prestatie-indicatoren', 'Realisatie 2018', 'Streefwaarde 2019', 'Streefwaarde 2020']);
      assert.deepEqual(rowsOf(doc, 1, 1), [
        [
          'Tevredenheid inwoners over informatieve waarde sociale kaart (% inwoners dat gevonden heeft wat hij/zij zocht)',
          'In 2018 is geen Geynwijs onderzoek gehouden',
          '70%',
          '75%',
        ],
      ]);
      assert.deepEqual(gfmTables(markdown)[2], {
        header: ['', 'Taakstelling huisvesting statushouders', 'Aantal gehuisveste statushouders', 'Aantal nog te huisvesten statushouders'],
        rows: [
          ['', '87', '60', '27'],
          ['', '44 + 27 = 71', '33 )1', '38 )2'],
        ],
      });
    });

    it('Zaanstad 2018: Streef-/waarde broken over two lines is one header', () => {
      const { doc } = imported('zaanstad-begroting-2018-burger-en-bestuur.txt');
      assert.deepEqual(headerOf(doc, 0), ['Effectindicator', 'Nulmeting', 'Realisatie 2016', 'Begroting 2017', 'Begroting 2018', 'Streefwaarde', 'Bron']);
      assert.deepEqual(rowsOf(doc, 0), [
        ['Percentage inwoners dat aangeeft zich medeverantwoordelijk te voelen voor de leefbaarheid in eigen buurt.', '83%', '80%', '80%', '80%', '83%', 'Zaanpeiling'],
      ]);
    });

    it('Beverwijk: a row number without a header gets a column; a row with three of five values is reported', () => {
      const { doc, problems } = imported('beverwijk-begroting-2020-beleidsindicatoren-volksgezondheid.txt');
      assert.deepEqual(headerOf(doc, 0), ['Indicator', 'Nr', 'Werkelijk 2017', 'Werkelijk 2018', 'Begroting 2019', 'Begroting 2020', 'Streefwaarde']);
      assert.deepEqual(rowsOf(doc, 0), [
        ['Omvang huishoudelijk restafval (33)', '1', '276', '297', '270', '270', '240'],
        ['Hernieuwbare elektriciteit (34)', '2', '2,1', 'n.n.b.', '-', '', ''],
      ]);
      assert.ok(problems.includes('24: De rijen beginnen met een nummer (1) dat geen kolomkop heeft; het staat nu in een kolom "Nr".'));
      assert.ok(problems.includes(`38: ${SHORT_ROW('Hernieuwbare elektriciteit (34)', 4, 6)}`), problems.join('\n'));
    });

    it('Teylingen: text values, benchmark values with a year, and rows with only a source', () => {
      const bestuur = imported('teylingen-begroting-2020-beleids-en-prestatie-indicatoren-bestuur.txt');
      assert.deepEqual(headerOf(bestuur.doc, 0), ['Indicator', 'Eenheid', 'Realisatie 2017', 'Realisatie 2018', 'Begroting 2019', 'Begroting 2020', 'Bron']);
      assert.deepEqual(rowsOf(bestuur.doc, 0, 2), [
        ['Formatie', 'Fte per 1.000 inwoners', 'Zie begroting GR HLTsamen', 'Zie begroting GR HLTsamen', 'Zie begroting GR HLTsamen', 'Zie begroting GR HLTsamen', '*'],
        // No value at all: the `*` of the Bron column stands under Bron, the value cells are empty.
        ['Bezetting', 'Fte per 1.000 inwoners', '', '', '', '', '*'],
      ]);
      // Every value cell is empty, so nothing about the row is a guess: no problem.
      assert.ok(!bestuur.problems.some((p) => p.startsWith('46:')), bestuur.problems.join('\n'));
      const wonen = imported('teylingen-begroting-2020-beleidsindicatoren-wonen.txt');
      assert.deepEqual(headerOf(wonen.doc, 1), ['Indicator', 'Eenheid', 'Realisatie 2017', 'Realisatie 2018', 'Begroting 2019', 'Begroting 2020', 'Nederland', 'Bron']);
      assert.deepEqual(rowsOf(wonen.doc, 1, 1), [
        ['Omvang huishoudelijk restafval', 'Hoeveelheid restafval per bewoner in kilo’s', '159', 'nb', '165', 'Nader bepalen op basis van keuze', '2017: 174 kg', 'CBS'],
      ]);
    });

    it('Berg en Dal (pipe rows, no delimiter): group rows and label rows stay rows', () => {
      const { doc, profile } = imported('bergendal-rekening-2019-verplichte-beleidsindicatoren.txt');
      assert.deepEqual(profile, ['werkelijk-begroting']);
      assert.deepEqual(headerOf(doc, 0), ['Indicator', 'Rekening 2018', 'Begroting 2019', 'Rekening 2019']);
      assert.deepEqual(rowsOf(doc, 0, 5), [
        ['Verwijzingen Halt', '', '', ''],
        ['Gemeente', '110', '110', '49'],
        ['Provincie', '94', '94', '91'],
        ['Nederland', '131', '131', '119'],
        ['Eenheid:', 'Aantal per 10.000 jongeren 12-17 jaar', '', ''],
      ]);
      assert.equal(doc.tables[0].rows[0].group, true);
      assert.equal(doc.tables[0].rows.length, 42);
    });

    it('Utrecht 2017 (pipe rows): the indicator id that pushed every value one column right gets a column', () => {
      const { doc, problems } = imported('utrecht-rekening-2017-duurzaamheid.txt');
      assert.deepEqual(headerOf(doc, 0), [
        'Effectindicator',
        'Nr',
        'Nulmeting',
        'Doelstelling 2016',
        'Realisatie 2016',
        'Doelstelling 2017',
        'Realisatie 2017',
        'Doelstelling 2018',
        'Toelichting & details',
      ]);
      assert.deepEqual(rowsOf(doc, 0, 2), [
        ['30% minder CO2 uitstoot in 2020', 'E1.1.1', 't.o.v. basisjaar 2010’', '10% (17% per inwoner)', '6% (15% per inwoner)', '5%', 'Verwacht maart 2019', '10%', ''],
        ['20% opwekking van duurzame energie in 2020', 'E1.1.2', 'n.v.t.', '4%', 'voorlopig niet beschikbaar', '3,5%', 'Voorlopig niet beschikbaar', '5%', ''],
      ]);
      assert.equal(doc.tables[0].rows.length, 3, 'the spacer rows are no rows');
      assert.ok(problems.some((p) => p.startsWith('11: De rijen beginnen met een nummer (E1.1.1) dat geen kolomkop heeft')));
    });

    it('Dordrecht 2026 (pipe rows): website text boxes become paragraphs, the BBV table a table', () => {
      const { doc, markdown } = imported('dordrecht-begroting-2026-wat-zijn-de-indicatoren.txt');
      assert.deepEqual(headerOf(doc, 0), ['BBV-indicatoren', 'Jaarstukken', 'Begroting', 'Jaarstukken', 'Begroting', 'G40']);
      assert.deepEqual(rowsOf(doc, 0, 1), [['Nieuwbouw - per 1.000 woningen', '12,2 (2023)', '12,2 (2023)', '12,3 (2023)', '5,3 (2024)', '8,9 (2024)']]);
      assert.ok(markdown.includes('\n\nDe basisindicatoren komen voort uit het Besluit Begroting en Verantwoording (BBV)'));
      assert.ok(!markdown.includes('---|'));
    });

    it('Maassluis (glued cells): the header splits, certain rows split, the others stay whole and are reported', () => {
      // 'Status' (an icon, empty in the copy) and 'Bron/Frequentie' are not words of the profile: the source stays in order, the row is filled at its end.
      const { doc, problems } = imported('maassluis-rekening-2017-prestatie-indicatoren-financien.txt');
      assert.deepEqual(headerOf(doc, 0), ['Indicator', 'Nulmeting', 'R2016', 'B2017', 'R2017', 'Status', 'Bron/Frequentie']);
      assert.deepEqual(rowsOf(doc, 0), [['Dekkingspercentage risicoprofiel', '> 90%', '>95%', '> 70%', '>95%', 'Naris, doorlopend', '']]);
      assert.deepEqual(rowsOf(doc, 1, 1), [['Weerstandsratio2,82,9>12,9Naris, doorlopend', '', '', '', '', '', '']]);
      assert.ok(
        problems.includes(
          '11: In deze rij ("Weerstandsratio2,82,9>12,9Naris, doorlopend") staan de cellen aan elkaar zonder scheiding, en waar de ene cel ophoudt en de volgende begint is niet zeker; de regel staat als één cel in de tabel, met lege cellen erachter.',
        ),
      );
      assert.deepEqual(rowsOf(doc, 2), [['Relatieve positie woonlastendruk', '52%', '39%', '< 50%', '< 50%', 'Coelo-atlas / eens per jaar', '']]);
    });
  });

  describe('family B: a role group above bare years', () => {
    it('Heemskerk: which year is under which group is not in the copy, so the columns are bare years, reported', () => {
      const { doc, markdown, problems } = imported('heemskerk-begroting-2020-prestatie-indicatoren.txt');
      assert.deepEqual(headerOf(doc, 0), ['Omschrijving', 'Nr.', '2017', '2018', '2019', '2020', '2021', '2022', '2023']);
      assert.deepEqual(rowsOf(doc, 0, 2), [
        ['Verwijzingen Halt (aantal per 10.000 jongeren)', '1', '131,0', '131,0', '130,0', '130,0', '130,0', '130,0', '130,0'],
        ['Winkeldiefstallen (aantal per 1.000 inwoners)', '2', '1,7', '1,6', '1,6', '1,6', '1,6', '1,6', '1,6'],
      ]);
      assert.equal(doc.tables[0].rows.length, 5);
      assert.ok(markdown.includes('<!-- Realisatie | Prognose/streefwaarden -->\n| Omschrijving |'));
      assert.ok(
        problems.includes(
          '13: De kolomkoppen "Realisatie" en "Prognose/streefwaarden" staan in de publicatie boven de jaren 2017–2023, maar in de kopie staat niet welke jaren onder welke kop vallen. De kolommen heten nu alleen naar hun jaar; zet de kop er zelf bij (bijvoorbeeld "Realisatie 2017").',
        ),
        problems.join('\n'),
      );
    });

    it('Amersfoort rekening (pipe rows): 2023 twice shows where the second group starts, so the groups join their years', () => {
      const { markdown } = imported('amersfoort-rekening-2023-indicatoren-stedelijk-beheer.txt');
      const tables = gfmTables(markdown);
      assert.deepEqual(tables[0].header, [
        '',
        'Realisatie cijfers 2019',
        'Realisatie cijfers 2020',
        'Realisatie cijfers 2021',
        'Realisatie cijfers 2022',
        'Realisatie cijfers 2023',
        'Streefcijfers 2023',
      ]);
      assert.deepEqual(tables[0].rows.slice(0, 2), [
        ['% scheiding huishoudelijk afval', '57', '61', '61', '62', '', ''],
        ['Bron:', 'Grondstoffenmonitor', '', '', '', '', ''],
      ]);
      assert.deepEqual(tables[2].rows[0], ['Gasverbruik wonen en werken', '3534', '3514', '3055', '3122', '', '']);
    });

    it('Amersfoort begroting: the indicator above the table names its one row; 6 values under 9 years are reported', () => {
      const { doc, problems } = imported('amersfoort-begroting-2023-indicatoren-stedelijk-beheer.txt');
      assert.deepEqual(headerOf(doc, 0), ['', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
      assert.deepEqual(rowsOf(doc, 0), [['% scheiding huishoudelijk afval', '53', '53', '54', '57', '61', '61', '', '', '']]);
      assert.deepEqual(rowsOf(doc, 1), [['Energiegebruik wonen. werken en verkeer', '7509', '7520', '7534', '7349', '7064', '6970', '6875', '', '']]);
      assert.ok(problems.includes(`35: ${SHORT_ROW('% scheiding huishoudelijk afval', 6, 9)}`), problems.join('\n'));
    });

    it('Velsen (pipe rows): the years row under the header is its second level', () => {
      const { doc, problems } = imported('velsen-begroting-2024-indicatoren-bestuur.txt');
      assert.deepEqual(headerOf(doc, 0), ['Indicator', 'Nr.', 'Bron', 'Laatste', 'Meet', '2021', '2022', '2024', '2027']);
      assert.deepEqual(rowsOf(doc, 0, 2), [
        ['Formatie (fte per 1.000 inwoners)', '0.1', 'Wettelijk', '2022', '7,1', '7,1', '7,3', '7,5', ''],
        ['Bezetting (fte per 1.000 inwoners)', '0.2', 'Wettelijk', '2022', '6,4', '6,5', '6,4', '6,5', '6,7'],
      ]);
      assert.ok(problems.some((p) => p.startsWith('3: De kolomkoppen "Realisatiewaarde" en "Streefwaarde" staan in de publicatie boven de jaren 2021–2027')));
    });
  });

  describe('family C: time series with bare years', () => {
    it('Buren: rows run from number to number; the missing cells are reported', () => {
      const { doc, profile, problems } = imported('buren-begroting-2020-beleidsindicatoren.txt');
      assert.deepEqual(profile, ['bbv']);
      assert.deepEqual(headerOf(doc, 0), [
        'Indicator', 'Nr', 'Taakveld', 'Eenheid', 'Verplicht', 'waarstaatje gemeente.nl', 'Bron', '2015', '2016', '2017', '2018', '2019', '2020',
      ]);
      assert.deepEqual(rowsOf(doc, 0, 1), [['Formatie', '1.', 'Overhead', 'Fte per 1.000 inwoners', 'J', 'Eigen begroting', '5,15', '5,3', '5,04', '5,13', '', '', '']]);
      assert.deepEqual(rowsOf(doc, 0).slice(5, 6), [
        ['Verwijzingen Halt', '6.', 'Openbare orde en veiligheid', 'Aantal per 10.000 jongeren', 'J', 'Jeugd en jeugdhulpverlening/ Jeugdcriminaliteit/ verwijzingen halt', 'Bureau Halt', '104 tov 134 landelijk', '136 tov 137 landelijk', '75 tov 131 landelijk', '64 tov 119 landelijk', '', ''],
      ]);
      assert.equal(doc.tables[0].rows.length, 12);
      assert.ok(problems.includes(`34: ${SHORT_ROW('Formatie', 9, 12)}`), problems.join('\n'));
    });

    it('Nijmegen 2021: an empty corner cell, benchmark rows, a short row reported', () => {
      const { doc, problems } = imported('nijmegen-rekening-2021-indicatoren-vernieuwing-bbv.txt');
      assert.equal(doc.tables[0].kind, 'series');
      assert.deepEqual(headerOf(doc, 0), ['', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021']);
      assert.deepEqual(rowsOf(doc, 0, 1), [['Formatie (fte per 1.000 inwoners)', '9,3', '9,2', '8,8', '8,3', '8,2', '8,2', '8,1', '8,1']]);
      assert.deepEqual(rowsOf(doc, 0).slice(4), [
        ['Overhead (% van totale lasten)', '6,3%', '7,1%', '7,6%', '5,8%', '6,4%', '', '', ''],
        ['Percentage bewoners dat tevreden is over de dienstverlening door de gemeente', '74%', '74%', '70%', '', '', '', '', ''],
      ]);
      assert.ok(problems.includes(`101: ${SHORT_ROW('Overhead (% van totale lasten)', 5, 8)}`), problems.join('\n'));
      assert.deepEqual(headerOf(doc, 1), ['Veiligheid', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021']);
      assert.deepEqual(rowsOf(doc, 1, 2)[1], ['Gemiddelde benchmark', '8,1', '7,5', '7,3', '6,9', '6,8', '6,6', '6,1', '5,5']);
    });

    it('Utrecht 2022: Indicator | Eenheid | Bron | years, and the finance table below it', () => {
      const { doc, markdown } = imported('utrecht-rekening-2022-bbv-hernieuwbare-elektriciteit.txt');
      assert.deepEqual(headerOf(doc, 0), ['Indicator', 'Eenheid', 'Bron', '2017', '2018', '2019', '2020']);
      assert.deepEqual(doc.tables[0].columns.map((c) => [c.role, c.descriptive === true]), [
        ['unit', true],
        ['source', true],
        ['realised', false],
        ['realised', false],
        ['realised', false],
        ['realised', false],
      ]);
      assert.deepEqual(rowsOf(doc, 0), [['Hernieuwbare elektriciteit', 'percentage', 'RWS', '1,6', '2,7', '4,2', '6,1']]);
      // The finance table is kept as a GFM table, and is no indicator table (financeWords: Actuele begroting).
      assert.equal(doc.tables.length, 1);
      assert.deepEqual(gfmTables(markdown)[1].header, ['Omschrijving', 'Actuele Begroting 2021', 'Realisatie 2021', 'Actuele begroting 2022', 'Realisatie 2022', 'Resultaat 2022', 'Actuele begroting 2023']);
    });

    it('Helmond (glued cells): years split from the header, row numbers from the names', () => {
      const { doc, problems } = imported('helmond-rekening-2017-wat-hebben-we-bereikt.txt');
      assert.deepEqual(headerOf(doc, 0), ['Strategische indicatoren', 'Nr.', '2011', '2012', '2013', '2014', '2015', '2016', '2017', 'Meting: jaar, peildatum en bron']);
      assert.deepEqual(rowsOf(doc, 0, 1), [['Vertrouwen manier waarop gemeente bestuurd wordt (% (heel) veel)', '13.01', '29 %', '32 %', 'Tweejaarlijks, waarstaatjegemeente.nl', '', '', '', '', '']]);
      assert.deepEqual(rowsOf(doc, 0)[10], ['13.11Waardering dienstverlening burger (rapportcijfer)6,76,8Tweejaarlijks, waarstaatjegemeente.nl', '', '', '', '', '', '', '', '', '']);
      assert.ok(problems.some((p) => p.startsWith('23: In deze rij ("13.18Gemeentelijke woonlasten eenpersoonshuishoudens70372…") staan de cellen aan elkaar')));
    });
  });

  describe('family D: one to three value columns', () => {
    it('Lingewaard: taakveld codes are group rows, a cell of three lines one cell', () => {
      const { doc } = imported('lingewaard-begroting-2018-beleidsindicatoren.txt');
      assert.deepEqual(headerOf(doc, 0), ['Resultaat beleid', '2018', '2021']);
      assert.deepEqual(rowsOf(doc, 0, 3), [
        ['1.2 ondersteuning en uitkeringen', '', ''],
        ['Waardering die inwoners geven over de ondersteuning en hulp.', 'Jongeren: 7,3 Ouders: 6,8 Wmo: 7,8', 'Jongeren: 7,6 Ouders: 7,1 Wmo: 8,0'],
        ['Het aantal personen met een bijstandsuitkering per 1.000 inwoners van 18 jaar e.o..', '18', '17'],
      ]);
      assert.deepEqual(doc.tables[0].rows.map((r) => r.group === true).filter(Boolean).length, 10);
      assert.equal(doc.tables[0].rows.length, 24);
    });

    it('Goirle: Naam | Eenheid | Aantal over numbered rows', () => {
      const { doc } = imported('goirle-begroting-2018-beleidsindicatoren.txt');
      assert.deepEqual(headerOf(doc, 0), ['Naam', 'Nr', 'Eenheid', 'Aantal']);
      assert.deepEqual(rowsOf(doc, 0, 1), [['Ziekenhuisopname na verkeersongeval met een motorvoertuig', '1', '%', '6']]);
      assert.deepEqual(rowsOf(doc, 0)[3], ['Bruto Gemeentelijk Product', '4', 'Verhouding tussen verwacht en gemeten product', 'n.b.*']);
      assert.equal(doc.tables[0].rows.length, 9);
    });

    it('Steenbergen: a year as a cell value is data, not a header', () => {
      const { doc } = imported('steenbergen-rekening-2017-financiering-wat-willen-we-bereiken.txt');
      assert.deepEqual(headerOf(doc, 0), ['Naam Indicator', 'Eenheid', 'laatste jaar meting', 'meting begroting 2017', 'huidige meting', 'gemeente < 25.000']);
      assert.deepEqual(rowsOf(doc, 0), [
        ['Gemiddelde WOZ waarde', 'Duizend euro', '2017', '200', '202', '236'],
        ['Gemeentelijke woonlasten eenpersoonshuishouden', 'euro', '2017', '646', '663', '683'],
        ['Gemeentelijke woonlasten meerspersoonshuishouden', 'euro', '2017', '727', '745', '773'],
      ]);
    });

    it('Dordrecht 2022: the BBV table and the additional indicators with their own header', () => {
      const { doc, markdown } = imported('dordrecht-begroting-2022-gezond-en-levendig-indicatoren.txt');
      assert.deepEqual(headerOf(doc, 0), ['BBV-indicatoren', 'Jaarstukken 2019', 'Begroting 2021', 'Jaarstukken 2020', 'Begroting 2022', 'G40']);
      assert.deepEqual(rowsOf(doc, 0), [['% Niet-sporters', '58,1 (2016)', '58 (2016)', '58 (2016)', '58 (2016)', '48 (2016)']]);
      assert.deepEqual(gfmTables(markdown)[1], {
        header: ['Aanvullende indicatoren', 'Nr', '0-Waarde', 'Actuele waarde', 'Streefwaarde 2022'],
        rows: [['Cultuur: aantal bezoekers culturele voorzieningen.', 'A.', '631.041 (2018)', '311.660 (2020) *start coronapandemie en sluiting culturele voorzieningen', 'Trend']],
      });
    });
  });

  describe('family E: one block per indicator', () => {
    it('Breda (space-separated rows): one table per block, the sparse values reported', () => {
      const begroting = imported('breda-begroting-2021-overzicht-indicatoren.txt');
      assert.deepEqual(headerOf(begroting.doc, 0), ['leeg', 'Realisatie 2017', 'Realisatie 2018', 'Realisatie 2019', 'Streefwaarde 2020', 'Streefwaarde 2021']);
      assert.deepEqual(rowsOf(begroting.doc, 0), [['', '42', '43', 'Zie toelichting', '', '']]);
      assert.ok(begroting.problems.includes(`16: ${SHORT_ROW('', 3, 5).replace('De rij "" heeft', 'De rij heeft')}`), begroting.problems.join('\n'));
      // The block's label lines stay prose above its table.
      assert.ok(begroting.markdown.includes('Nr 001 Deelname cultuur door kinderen\n% kinderen en jongeren van 6 tot en met 17 jaar dat een cultuuractiviteit doet in de vrije tijd\nBron: Stadsenquête Meeteenheid: %\n\n| leeg |'));
      const rekening = imported('breda-rekening-2020-overzicht-indicatoren.txt');
      assert.deepEqual(headerOf(rekening.doc, 1), ['', 'Realisatie 2017', 'Realisatie 2018', 'Realisatie 2019', 'Streefwaarde 2020', 'Realisatie 2020', 'Streefwaarde 2021']);
      assert.deepEqual(rowsOf(rekening.doc, 1), [['', '63', 'Zie toelichting', '', '', '', '']]);
    });

    it('Amersfoort: each indicator its own table, Bron: and Toelichting: as text after it', () => {
      const { markdown } = imported('amersfoort-begroting-2023-indicatoren-stedelijk-beheer.txt');
      assert.ok(markdown.includes('| % scheiding huishoudelijk afval | 53 | 53 | 54 | 57 | 61 | 61 |  |  |  |\n\nBron:\n\nGrondstoffenmonitor\n\nToelichting:\n\nHet afvalscheidingspercentage'));
    });
  });
});
