/**
 * `programmalint import` on the seed chapters (copies of ../shared/seeds/ in test/fixtures/import/):
 * the whole imported document is compared with its golden file in test/fixtures/seeds-golden/
 * (a diff on failure; `UPDATE_GOLDEN=1` rewrites them), every table cell, footnote, heading and
 * section is asserted through the parsed model of the result, the result lints without errors,
 * no word of the input is lost, and importing is stable.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { List, RootContent, Table } from 'mdast';
import { importChapter } from '../../../server/src/import/import-chapter.js';
import type { ChapterDocument } from '../../../server/src/service/index.js';
import { defaultSettings, fixChapter, parseChapter } from '../../../server/src/service/index.js';
import { assertGolden } from '../../helpers/golden.js';
import { brief, lint } from '../../helpers/service.js';

const dir = join(process.cwd(), 'test', 'fixtures', 'import');
/** The imported documents as committed (`UPDATE_GOLDEN=1` rewrites them). */
const GOLDEN = 'test/fixtures/seeds-golden';
const goldenName = (seed: string) => seed.replace(/\.txt$/, '.md');

function load(name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

function imported(name: string) {
  const result = importChapter(load(name), { fileName: name });
  const doc = parseChapter(result.markdown, { uri: `file:///import/${name}.md` });
  return { ...result, doc };
}

/** A cell as asserted: main value as written, its type, annotation texts, marker numerals. */
type Cell = [main: string, type: string, annotations: string[], markers: string[]];

function c(main: string, type: string, annotations: string[] = [], markers: string[] = []): Cell {
  return [main, type, annotations, markers];
}

function rowsOf(doc: ChapterDocument, table = 0) {
  return doc.tables[table].rows.map((row) => ({
    name: row.name.plain,
    markers: row.name.markers.map((m) => m.numeral),
    cells: row.cells.map(
      (cell): Cell => [
        doc.text.slice(cell.value.main.span.start, cell.value.main.span.end),
        cell.value.main.type,
        cell.value.annotations.map((a) => a.text),
        cell.value.markers.map((m) => m.numeral),
      ],
    ),
    trailing: row.cells.filter((cell) => cell.value.trailing).length,
  }));
}

function headingsOf(doc: ChapterDocument) {
  return doc.headings.map((h) => [h.kind, h.depth, h.text]);
}

function definitionsOf(doc: ChapterDocument) {
  return doc.beleidsvelden.flatMap((b) => b.definitions.map((d) => [b.number, d.numeral, d.text]));
}

/** Item counts of the bullet lists, in order. */
function listsOf(doc: ChapterDocument): number[] {
  const out: number[] = [];
  const visit = (node: RootContent) => {
    if (node.type === 'list') out.push((node as List).children.length);
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  for (const node of doc.tree.children) visit(node);
  return out;
}

/** The words of a text (letters and digits), in order. */
function words(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
}

/** The words of `input` that do not appear, in order, in `output`. */
function lostWords(input: string, output: string): string[] {
  const out = words(output);
  const lost: string[] = [];
  let at = 0;
  for (const word of words(input)) {
    let k = at;
    while (k < out.length && out[k] !== word) k++;
    if (k === out.length) lost.push(word);
    else at = k + 1;
  }
  return lost;
}

/** Checks shared by every seed: the whole document as committed, no words lost, stable under --fix and under a second import. */
function itIsLosslessAndStable(name: string) {
  it(`writes exactly ${GOLDEN}/${goldenName(name)}`, () => {
    assertGolden(join(GOLDEN, goldenName(name)), imported(name).markdown);
  });
  it('loses no word of the input, in order', () => {
    const { markdown } = imported(name);
    assert.deepEqual(lostWords(load(name), markdown), []);
  });
  it('lints without errors', () => {
    const { markdown } = imported(name);
    assert.deepEqual(
      lint(markdown)
        .filter((f) => f.severity === 'error')
        .map((f) => brief(f)),
      [],
    );
  });
  it('is unchanged by --fix, and importing the result again changes nothing', () => {
    const { markdown, doc } = imported(name);
    const fixed = fixChapter(doc, defaultSettings());
    assert.equal(fixed.applied, 0);
    assert.equal(fixed.text, markdown);
    const again = importChapter(fixed.text);
    assert.equal(again.markdown, markdown);
  });
}

describe('import: seed chapters', () => {
  describe('rekening-2018-4.2.1-ondersteunende-voorzieningen', () => {
    const name = 'rekening-2018-4.2.1-ondersteunende-voorzieningen.txt';

    it('reports no problems', () => {
      assert.deepEqual(imported(name).problems, []);
    });

    it('writes the front matter inferred from the headers', () => {
      const { doc } = imported(name);
      assert.deepEqual(doc.frontMatter?.data, { document: 'rekening', jaar: 2018, programma: 4 });
    });

    it('recognises the headings and section questions', () => {
      assert.deepEqual(headingsOf(imported(name).doc), [
        ['programma', 1, 'Programma 4: Welzijn, gezondheid en zorg'],
        ['beleidsveld', 2, '4.2.1 Ondersteunende voorzieningen'],
        ['section', 3, 'Prestatie-indicatoren'],
        ['section', 3, 'Wat wilden we bereiken in 2018?'],
        ['section', 3, 'Wat hebben we hiervoor gedaan?'],
        ['section', 3, 'Conclusie'],
      ]);
    });

    it('rebuilds the column headers split over lines', () => {
      const table = imported(name).doc.tables[0];
      assert.equal(table.label.raw, 'Prestatie-indicatoren');
      assert.deepEqual(
        table.columns.map((col) => [col.cell.raw, col.role, col.year]),
        [
          ['Behaald 2017', 'realised', 2017],
          ['Beoogd 2018', 'target', 2018],
          ['Behaald 2018', 'realised', 2018],
        ],
      );
    });

    it('keeps every cell: value, annotation and markers', () => {
      const { doc } = imported(name);
      assert.equal(doc.tables.length, 1);
      assert.deepEqual(rowsOf(doc), [
        {
          name: '% bewoners (18 jaar e.o.) dat zegt dat de geboden ondersteuning past bij de hulpvraag',
          markers: ['I'],
          cells: [c('68%', 'quantity', [], ['II']), c('Toename', 'trend'), c('68%', 'quantity', [], ['II'])],
          trailing: 0,
        },
        {
          name: '% bewoners (18 jaar e.o.) dat zegt dat de kwaliteit van de geboden ondersteuning goed is',
          markers: ['I'],
          cells: [c('64%', 'quantity', [], ['II']), c('Toename', 'trend'), c('64%', 'quantity', [], ['II'])],
          trailing: 0,
        },
        {
          name: '% cliënten waarbij de doelrealisatie o.b.v. de uitkomsten uit de ZRM conform de beoogde doelen uit het Plan van Aanpak is',
          markers: [],
          cells: [c('-', 'dash'), c('-', 'dash'), c('-', 'dash')],
          trailing: 0,
        },
        {
          name: '% hulpvragen dat door de WIJ-teams is verwezen naar sociale basisvoorzieningen',
          markers: ['III'],
          cells: [c('-', 'dash'), c('-', 'dash'), c('57%', 'quantity', ['uitdraai op 27-2-19'])],
          trailing: 0,
        },
        {
          name: '% hulpvragen dat door de WIJ-teams is toegeleid naar specialistische zorgvoorzieningen',
          markers: ['IV'],
          cells: [
            c('-', 'dash', ['71% over Q3 t/m Q4'], ['V']),
            c('-', 'dash'),
            c('68%', 'quantity', ['67% over Q3 t/m Q4'], ['V']),
          ],
          trailing: 0,
        },
        {
          name: '% inwoners dat (een gedeelte van) het ondersteuningsplan zelf of met behulp van informele ondersteuning (waaronder sociaal netwerk, vrijwilligers) uitvoert',
          markers: [],
          cells: [
            c('-', 'dash', ['3% over Q3 t/m Q4'], ['V']),
            c('-', 'dash'),
            c('2%', 'quantity', ['2% over Q3 t/m Q4'], ['V']),
          ],
          trailing: 0,
        },
      ]);
    });

    it('keeps the footnotes I–V with their texts, in the beleidsveld', () => {
      const { doc } = imported(name);
      assert.deepEqual(definitionsOf(doc), [
        ['4.2.1', 'I', 'In de voorgaande Begroting en Rekening (2017) is deze uitkomstmaat anders (te breed) gedefinieerd, hierdoor waren de destijds opgegeven scoringspercentages ook beduidend lager (resp. 45% en 44% in 2017). Dit is hier met terugwerkende kracht gecorrigeerd;'],
        ['4.2.1', 'II', "Op het aandeel bewoners dat zegt (wel eens) contact te hebben gehad met WIJ-Groningen én waarbij sprake is geweest van enige vorm van dienstverlening of ondersteuning (dus excl. 'contact, maar niet geholpen' of 'contact, anders...');"],
        ['4.2.1', 'III', "De toepassing van de terminologie 'sociale basisvoorziening' is niet eenduidig in de dagelijkse praktijk. Het betreft hier het aandeel gevallen waarbij een melding (niet op uniek persoonsniveau) is afgehandeld zonder te resulteren in een wettelijke melding (leidend tot dossier en breder onderzoek) op het totaal aantal binnengekomen meldingen bij de entree WIJ-Groningen (54% hiervan betreft een 'directe afhandeling' en 3% betreft een 'andere afhandeling' waarbij de melding wel is doorgezet naar het aanmeldteam voor nader onderzoek en/of ter bespreking, maar zonder te resulteren in dossiervorming en breder onderzoek);"],
        ['4.2.1', 'IV', 'Het gaat hier over het aandeel gevallen (op klantniveau en niet productniveau) waarbij een ondersteuningsplan (volgend na een wettelijke melding, dossier en breder onderzoek) resulteerde in een bestelling van een maatwerk voorziening op het totaal aantal ondersteuningsplannen. Een bestelde maatwerk voorziening hoeft overigens niet per definitie tot een volledige verzilvering ervan te leiden;'],
        ['4.2.1', 'V', 'Op het moment van publiceren van de Rekening 2017 waren de cijfers over 2017 nog niet publicabel, vanaf een later moment zijn wel cijfers leverbaar geworden over 2017. Echter vanwege de kwaliteit van de registraties in de beginperiode van 2017 zijn deze ook nog niet over het gehele jaar betrouwbaar. Vandaar dat gekozen is om met terugwerkende kracht wel een trend te presenteren op basis van de 2e helft van 2017 en 2018.'],
      ]);
    });

    it('turns the bullets into a list and keeps the dash sentence and the footer', () => {
      const { doc } = imported(name);
      assert.deepEqual(listsOf(doc), [6]);
      assert.ok(doc.paragraphs.some((p) => p.text.includes('gemeten worden staat er een streepje.')));
    });

    itIsLosslessAndStable(name);
  });

  describe('begroting-2019-4.2.1-ondersteunende-voorzieningen', () => {
    const name = 'begroting-2019-4.2.1-ondersteunende-voorzieningen.txt';

    it('reports no problems', () => {
      assert.deepEqual(imported(name).problems, []);
    });

    it('infers begroting 2019 from the single Beoogd column', () => {
      const { doc } = imported(name);
      assert.deepEqual(doc.frontMatter?.data, { document: 'begroting', jaar: 2019, programma: 4 });
    });

    it('recognises the headings (a programme title without colon) and section questions', () => {
      assert.deepEqual(headingsOf(imported(name).doc), [
        ['programma', 1, 'Programma 4: Welzijn, gezondheid en zorg'],
        ['beleidsveld', 2, '4.2.1 Ondersteunende voorzieningen'],
        ['section', 3, 'Prestatie-indicatoren'],
        ['section', 3, 'Hoe staan we ervoor?'],
        ['section', 3, 'Wat willen we bereiken in 2019?'],
        ['section', 3, 'Wat gaan we hiervoor doen?'],
      ]);
    });

    it('keeps every cell', () => {
      const { doc } = imported(name);
      assert.equal(doc.tables.length, 1);
      assert.deepEqual(
        doc.tables[0].columns.map((col) => [col.cell.raw, col.role, col.year]),
        [['Beoogd 2019', 'target', 2019]],
      );
      assert.deepEqual(rowsOf(doc), [
        {
          name: '% bewoners (18 jaar e.o.) dat zegt dat de geboden ondersteuning past bij de hulpvraag',
          markers: [],
          cells: [c('> 70%', 'quantity')],
          trailing: 0,
        },
        {
          name: '% bewoners (18 jaar e.o.) dat zegt dat de kwaliteit van de geboden ondersteuning goed is',
          markers: [],
          cells: [c('> 70%', 'quantity')],
          trailing: 0,
        },
        {
          name: '% hulpvragen dat door de WIJ-teams is verwezen naar sociale basisvoorzieningen',
          markers: [],
          cells: [c('toename', 'trend')],
          trailing: 0,
        },
        {
          name: '% hulpvragen dat door de WIJ-teams is toegeleid naar specialistische zorgvoorzieningen',
          markers: [],
          cells: [c('afname', 'trend')],
          trailing: 0,
        },
        {
          name: '% inwoners dat (een gedeelte van) het ondersteuningsplan zelf of met behulp van informele ondersteuning (waaronder sociaal netwerk, vrijwilligers) uitvoert',
          markers: [],
          cells: [c('toename', 'trend')],
          trailing: 0,
        },
      ]);
      const main = doc.tables[0].rows[0].cells[0].value.main;
      assert.ok(main.type === 'quantity' && main.comparator === '>' && main.number === 70 && main.unit === '%');
    });

    it('has no footnotes, and keeps the bullet lists and the wrapped paragraph', () => {
      const { doc } = imported(name);
      assert.deepEqual(definitionsOf(doc), []);
      assert.deepEqual(listsOf(doc), [7, 10, 2]);
    });

    itIsLosslessAndStable(name);
  });

  describe('rekening-2020-4.2.2-specialistische-zorgvoorzieningen', () => {
    const name = 'rekening-2020-4.2.2-specialistische-zorgvoorzieningen.txt';

    it('reports the truncated beleidsveld title, and nothing else', () => {
      assert.deepEqual(imported(name).problems, [
        {
          line: 3,
          message: {
            nl: 'De titel "Specialistische zorgvoorzienin" lijkt afgebroken: "zorgvoorzienin" is misschien "zorgvoorzieningen". De titel is overgenomen zoals hij was.',
            en: 'The title "Specialistische zorgvoorzienin" seems cut off: "zorgvoorzienin" may be "zorgvoorzieningen". The title was kept as it was.',
          },
        },
      ]);
    });

    it('infers the front matter, deelprogramma included', () => {
      const { doc } = imported(name);
      assert.deepEqual(doc.frontMatter?.data, { document: 'rekening', jaar: 2020, programma: 4, deelprogramma: '4.2' });
    });

    it('recognises the deelprogramma, the truncated beleidsveld title and the section questions', () => {
      assert.deepEqual(headingsOf(imported(name).doc), [
        ['deelprogramma', 2, 'Deelprogramma 4.2: Passende ondersteuning en zorg'],
        ['beleidsveld', 2, '4.2.2 Specialistische zorgvoorzienin'],
        ['section', 3, 'Indicatoren'],
        ['section', 3, 'Wat wilden we bereiken in 2020?'],
        ['section', 3, 'Wat hebben we hier voor gedaan?'],
        ['section', 3, 'Conclusie'],
      ]);
    });

    it('keeps every cell, `-*` and the person counts included', () => {
      const { doc } = imported(name);
      assert.equal(doc.tables.length, 1);
      assert.deepEqual(
        doc.tables[0].columns.map((col) => col.cell.raw),
        ['Behaald 2019', 'Beoogd 2020', 'Behaald 2020'],
      );
      const wmo = (main: string) => [c(main, 'quantity'), c('Toename', 'trend'), c('-', 'dash', [], ['*'])];
      const count = (a: string, ap: string, b: string, bp: string) => [
        c(a, 'quantity', [ap]),
        c('-', 'dash'),
        c(b, 'quantity', [bp]),
      ];
      assert.deepEqual(rowsOf(doc), [
        {
          name: '% cliënten Wmo (18 jaar e.o.) dat aangeeft door de geboden ondersteuning de dingen die men wil beter te kunnen doen (eigen regie)',
          markers: [],
          cells: wmo('82%'),
          trailing: 0,
        },
        {
          name: '% cliënten Wmo (18 jaar e.o.) dat aangeeft door de geboden ondersteuning zich beter te kunnen redden (zelfredzaamheid)',
          markers: [],
          cells: wmo('82%'),
          trailing: 0,
        },
        {
          name: '% cliënten Wmo (18 jaar e.o.) dat aangeeft door de geboden ondersteuning een betere kwaliteit van leven te hebben gekregen',
          markers: [],
          cells: wmo('77%'),
          trailing: 0,
        },
        {
          name: '% cliënten Wmo (18 jaar e.o.) dat aangeeft dat de geboden ondersteuning past bij de hulpvraag',
          markers: [],
          cells: wmo('85%'),
          trailing: 0,
        },
        {
          name: '% cliënten Wmo (18 jaar e.o.) dat aangeeft dat de kwaliteit van de geboden ondersteuning goed is',
          markers: [],
          cells: wmo('84%'),
          trailing: 0,
        },
        {
          name: 'Aantal geïndiceerde vervoer- en woonvoorzieningen',
          markers: [],
          cells: count('14.823', '8.867 pers', '14.134', '8.488 pers.'),
          trailing: 0,
        },
        {
          name: 'Aantal geïndiceerde maatwerk voorzieningen individuele ondersteuning',
          markers: [],
          cells: count('2.518', '2.395 pers', '2.309', '2.235 pers.'),
          trailing: 0,
        },
        {
          name: 'Aantal geïndiceerde maatwerk voorzieningen groepsgerichte ondersteuning',
          markers: [],
          cells: count('1.228', '933 pers', '1.085', '844 pers.'),
          trailing: 0,
        },
        {
          name: 'Aantal geïndiceerde maatwerk voorzieningen kortdurend verblijf',
          markers: [],
          cells: count('10', '10 Pers', '9', '9 pers.'),
          trailing: 0,
        },
      ]);
    });

    it('keeps the asterisk footnote, escaped so it stays a paragraph', () => {
      const { doc } = imported(name);
      assert.deepEqual(definitionsOf(doc), [
        ['4.2.2', '*', 'In 2020 is, als gevolg van corona, op een alternatieve wijze onderzoek gedaan naar de ervaringen van Wmo cliënten. Hierover is de raad geïnformeerd. De aard en vorm van dit alternatief hebben echter wel tot gevolg dat de resultaten van dit alternatieve onderzoek niet kunnen worden benut ten behoeve van de huidige in de begroting/rekening opgenomen indicatoren.'],
      ]);
    });

    it('keeps the bullet lists and puts the export footer in a comment', () => {
      const { doc } = imported(name);
      assert.deepEqual(listsOf(doc), [6, 5, 3, 5]);
    });

    itIsLosslessAndStable(name);
  });

  describe('focusdocument-sva-wij-2020 (tab-separated tables)', () => {
    const name = 'focusdocument-sva-wij-2020.txt';

    it('reports only that it is no chapter it can write front matter for', () => {
      assert.deepEqual(imported(name).problems, [
        {
          line: 1,
          message: {
            nl: 'Geen front matter geschreven: het soort document (begroting of rekening) en het programmanummer konden niet worden afgeleid uit kolomkoppen, koppen of bestandsnaam.',
            en: 'No front matter written: the kind of document (begroting or rekening) and the programme number could not be inferred from column headers, headings or file name.',
          },
        },
      ]);
    });

    it('turns every tab-separated table into a GFM table', () => {
      const { doc } = imported(name);
      const tables = doc.tree.children.filter((n): n is Table => n.type === 'table');
      // [header cells, body rows] per table, counted in the seed.
      assert.deepEqual(
        tables.map((t) => [t.children[0].children.length, t.children.length - 1]),
        [
          [3, 4],
          [3, 3],
          [3, 3],
          [4, 4],
          [3, 2],
          [4, 8],
          [3, 5],
          [11, 16],
          [4, 3],
        ],
      );
      assert.equal(doc.tables.length, 0, 'none of them is an indicator table');
    });

    it('keeps the note below a table as a paragraph and the dash bullets as a list', () => {
      const { doc } = imported(name);
      // The asterisk is escaped: a paragraph, not a list item.
      assert.ok(doc.paragraphs.some((p) => p.text.startsWith('\\* Gemeente Groningen en WIJ Groningen staan gezamenlijk')));
      assert.deepEqual(listsOf(doc), [1, 2, 1, 1, 1, 1, 1]);
    });

    itIsLosslessAndStable(name);
  });

  describe('webpagina-cmo-stamm-wmo (a web page, no chapter)', () => {
    const name = 'webpagina-cmo-stamm-wmo.txt';

    it('reports only that it cannot write front matter', () => {
      assert.deepEqual(imported(name).problems, [
        {
          line: 1,
          message: {
            nl: 'Geen front matter geschreven: het soort document (begroting of rekening), het jaar en het programmanummer konden niet worden afgeleid uit kolomkoppen, koppen of bestandsnaam.',
            en: 'No front matter written: the kind of document (begroting or rekening), the year and the programme number could not be inferred from column headers, headings or file name.',
          },
        },
      ]);
    });

    it('keeps the text as paragraphs and the numbered items as a list', () => {
      const { doc } = imported(name);
      assert.deepEqual(doc.headings, []);
      assert.deepEqual(listsOf(doc), [3]);
    });

    itIsLosslessAndStable(name);
  });
});
