/** `programmalint import` on small inputs: each structure it recognises, and what it keeps as prose. */
import assert from 'node:assert/strict';
import { importChapter } from '../../../server/src/import/import-chapter.js';
import { parseChapter, parseMarkdown } from '../../../server/src/service/index.js';
import { chapter, findingsOf } from '../../helpers/service.js';

/** The Dutch problems as `line: message`. */
function problems(text: string, fileName?: string): string[] {
  return importChapter(text, fileName ? { fileName } : {}).problems.map((p) => `${p.line}: ${p.message.nl}`);
}

function markdown(text: string, fileName?: string): string {
  return importChapter(text, fileName ? { fileName } : {}).markdown;
}

const NO_FRONT_MATTER =
  'Geen front matter geschreven: het soort document (begroting of rekening), het jaar en het programmanummer konden niet worden afgeleid uit kolomkoppen, koppen of bestandsnaam.';

describe('import: structures', () => {
  describe('indicator tables', () => {
    it('pairs column words and years however they are split over lines', () => {
      const input = chapter(
        '4.2.1 Veld',
        '',
        'Indicatoren',
        'Behaald',
        '',
        '2019',
        'Beoogd 2020',
        '',
        'Behaald',
        '\u00a0 2020',
        '',
        'Aantal x',
        '5',
        '',
        'Toename',
        '',
        '7',
        '(ruim)',
      );
      assert.equal(
        markdown(input),
        chapter(
          '---',
          'document: rekening',
          'jaar: 2020',
          'programma: 4',
          '---',
          '',
          '## 4.2.1 Veld',
          '',
          '### Indicatoren',
          '',
          '| Indicatoren | Behaald 2019 | Beoogd 2020 | Behaald 2020 |',
          '| --- | --- | --- | --- |',
          '| Aantal x | 5 | Toename | 7 (ruim) |',
        ),
      );
      assert.deepEqual(problems(input), []);
    });

    it('reads column headers copied onto the label line, and names wrapped over two lines', () => {
      const input = chapter(
        '4.2.1 Veld',
        'Prestatie-indicatoren Behaald 2017 Beoogd 2018 Behaald 2018',
        '% bewoners dat zegt',
        'dat het goed gaat (I)',
        '',
        '68% (II)',
        'Toename',
        '70%',
        '(II)',
      );
      assert.ok(
        markdown(input).includes(
          '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |\n| --- | --- | --- | --- |\n| % bewoners dat zegt dat het goed gaat (I) | 68% (II) | Toename | 70% (II) |\n',
        ),
      );
    });

    it('keeps a blank line inside an open annotation, and markers on their own line', () => {
      const doc = parseChapter(
        markdown(chapter('4.2.1 Veld', 'Indicatoren', 'Beoogd 2019', 'Aandeel', '-', '(3% over', '', 'Q3 t/m Q4)', '(V)')),
      );
      const cell = doc.tables[0].rows[0].cells[0];
      assert.equal(cell.raw, '- (3% over Q3 t/m Q4) (V)');
      assert.deepEqual(cell.value.annotations.map((a) => a.text), ['3% over Q3 t/m Q4']);
      assert.deepEqual(cell.value.markers.map((m) => m.numeral), ['V']);
    });

    it('reports a row with too few values and writes it short, so table-row-cells points at it', () => {
      const input = chapter('4.2.1 Veld', '', 'Indicatoren', 'Behaald 2017', 'Beoogd 2018', 'Behaald 2018', '', 'Aantal y', '1', '-', '', 'Tekst erna.');
      const md = markdown(input);
      assert.ok(md.includes('| Aantal y | 1 | - |\n\nTekst erna.\n'));
      assert.deepEqual(problems(input), ['8: De indicator "Aantal y" heeft 2 waarden, de tabel heeft 3 kolommen.']);
      // Line 13 of the output is `| Aantal y | 1 | - |` (20 characters).
      assert.deepEqual(findingsOf('table-row-cells', md).map((f) => f.range), ['13:1-13:21']);
    });

    it('reports a value too many and adds it as an extra cell', () => {
      const input = chapter('4.2.1 Veld', 'Indicatoren', 'Beoogd 2019', 'Aantal x', '5', '6');
      assert.ok(markdown(input).includes('| Aantal x | 5 | 6 |\n'));
      assert.deepEqual(problems(input), [
        '6: De indicator "Aantal x" heeft meer waarden dan de tabel kolommen heeft (1); deze waarde is als extra cel opgenomen.',
      ]);
    });

    it('reports an annotation that is never closed, and stops after three lines', () => {
      const input = chapter('4.2.1 Veld', 'Indicatoren', 'Beoogd 2019', 'Aantal x', '5 (over', '', 'Q3', 'en', 'meer', '', 'Aantal y', '6');
      assert.ok(markdown(input).includes('| Aantal x | 5 (over Q3 en meer |\n| Aantal y | 6 |\n'));
      assert.deepEqual(problems(input), ['5: Een toelichting tussen haakjes in deze waarde wordt niet gesloten.']);
    });

    it('reports a column word without a year and keeps the column', () => {
      const input = chapter('4.2.1 Veld', 'Indicatoren', 'Behaald 2018', 'Beoogd', 'Aantal x', '5', '6');
      assert.ok(markdown(input).includes('| Indicatoren | Behaald 2018 | Beoogd |\n'));
      assert.deepEqual(problems(input), ['4: De kolomkop "Beoogd" heeft geen jaartal.']);
    });

    it('keeps a label without column headers as prose and reports the lines that look like table material', () => {
      const input = chapter('Prestatie-indicatoren', '', 'Aantal x', '5', '', 'II Los', '', 'Beoogd');
      assert.equal(markdown(input), chapter('Prestatie-indicatoren', '', 'Aantal x', '5', '', 'II Los', '', 'Beoogd'));
      assert.deepEqual(problems(input), [
        '1: Na "Prestatie-indicatoren" volgen geen kolomkoppen (Behaald of Beoogd met een jaartal); de regels zijn als tekst overgenomen.',
        `1: ${NO_FRONT_MATTER}`,
        '4: Deze regel lijkt een tabelwaarde ("5") maar hoort bij geen tabel; hij is als tekst overgenomen.',
        '6: Deze regel lijkt een voetnoot, maar staat niet direct na een indicatorentabel en geen tabel in dit beleidsveld gebruikt dit nummer; hij is als tekst overgenomen.',
        '8: Deze regel lijkt een kolomkop ("Beoogd") maar hoort bij geen tabel; hij is als tekst overgenomen.',
      ]);
    });

    it('escapes pipes in cells', () => {
      const md = markdown(chapter('4.2.1 Veld', 'Indicatoren', 'Beoogd 2019', 'Aantal a|b', '5 (x|y)'));
      assert.ok(md.includes('| Aantal a\\|b | 5 (x\\|y) |\n'));
      const row = parseChapter(md).tables[0].rows[0];
      assert.equal(row.cellCount, 2);
    });

    it('turns a tab-separated indicator table into the dialect, with its footnotes', () => {
      const input = chapter(
        '4.2.1 Veld',
        '',
        'Prestatie-indicatoren\tBehaald 2017\tBeoogd 2018\tBehaald 2018',
        'Aantal x (I)\t5\tToename\t7',
        'Aantal y\t-\t-\t2 (II)',
        '',
        'I\u00a0\u00a0 Eerste noot',
        'II\u00a0 Tweede noot',
      );
      assert.equal(
        markdown(input),
        chapter(
          '---',
          'document: rekening',
          'jaar: 2018',
          'programma: 4',
          '---',
          '',
          '## 4.2.1 Veld',
          '',
          '### Prestatie-indicatoren',
          '',
          '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
          '| --- | --- | --- | --- |',
          '| Aantal x (I) | 5 | Toename | 7 |',
          '| Aantal y | - | - | 2 (II) |',
          '',
          'I   Eerste noot',
          '',
          'II  Tweede noot',
        ),
      );
    });
  });

  describe('footnote definitions', () => {
    it('reads parenthesised numerals, wrapped texts and double asterisks', () => {
      const input = chapter(
        '4.2.1 Veld',
        'Indicatoren',
        'Beoogd 2019',
        'Aantal x (I)',
        '5 (II)*',
        '',
        '(I) Eerste noot',
        'die doorloopt',
        'II. Tweede',
        '** Sterren',
        '',
        'Gewone tekst.',
      );
      const md = markdown(input);
      assert.ok(md.includes('\n\nI   Eerste noot die doorloopt\n\nII  Tweede\n\n\\*\\* Sterren\n\nGewone tekst.\n'));
      const defs = parseChapter(md).beleidsvelden[1].definitions.map((d) => [d.numeral, d.text]);
      assert.deepEqual(defs, [
        ['I', 'Eerste noot die doorloopt'],
        ['II', 'Tweede'],
        ['**', 'Sterren'],
      ]);
    });

    it('reads a definition further down the beleidsveld when a table uses its numeral, and only then', () => {
      const input = chapter(
        '4.2.1 Veld',
        'Indicatoren',
        'Beoogd 2019',
        'Aantal x (I)',
        '5',
        '',
        'Toelichting bij de tabel.',
        '',
        'I\u00a0 Eerste noot',
        '',
        'II. Inleiding',
        '',
        '4.2.2 Ander veld',
        '',
        'I\u00a0 Niet van deze tabel',
      );
      const md = markdown(input);
      assert.ok(md.includes('\n\nToelichting bij de tabel.\n\nI   Eerste noot\n\nII. Inleiding\n\n## 4.2.2 Ander veld\n\nI Niet van deze tabel\n'));
      assert.deepEqual(problems(input), [
        '11: Deze regel lijkt een voetnoot, maar staat niet direct na een indicatorentabel en geen tabel in dit beleidsveld gebruikt dit nummer; hij is als tekst overgenomen.',
        '15: Deze regel lijkt een voetnoot, maar staat niet direct na een indicatorentabel en geen tabel in dit beleidsveld gebruikt dit nummer; hij is als tekst overgenomen.',
      ]);
    });
  });

  describe('headings', () => {
    it('writes programme, deelprogramma, beleidsveld and section headings in the dialect', () => {
      const input = chapter(
        'Programma 4 Welzijn',
        'Deelprogramma 4.2 – Zorg',
        'Beleidsveld 4.2.1: Voorzieningen',
        'Wat hebben we bereikt?',
        'Wat heeft het gekost in 2018?',
      );
      assert.equal(
        markdown(input),
        chapter(
          '---',
          'document: rekening',
          'jaar: 2018',
          'programma: 4',
          "deelprogramma: '4.2'",
          '---',
          '',
          '# Programma 4: Welzijn',
          '',
          '## Deelprogramma 4.2: Zorg',
          '',
          '## 4.2.1 Voorzieningen',
          '',
          '### Wat hebben we bereikt?',
          '',
          '### Wat heeft het gekost in 2018?',
        ),
      );
    });

    it('keeps sentences that start with a number or a programme reference as prose', () => {
      const input = chapter('4.2.1 Dit is een zin.', 'Programma 3.2.3: Passend onderwijs', '1.2.3');
      assert.equal(markdown(input), chapter('4.2.1 Dit is een zin.', 'Programma 3.2.3: Passend onderwijs', '1.2.3'));
    });

    it('reports a title cut off by the website, only when the text has the whole word', () => {
      assert.equal(
        problems(chapter('4.2.2 Specialistische zorgvoorzienin', '', 'Over zorgvoorzieningen.'))[0],
        '1: De titel "Specialistische zorgvoorzienin" lijkt afgebroken: "zorgvoorzienin" is misschien "zorgvoorzieningen". De titel is overgenomen zoals hij was.',
      );
      assert.deepEqual(
        problems(chapter('4.2.2 Specialistische zorgvoorzieningen', '', 'Over zorgvoorzieningen.')).filter((p) => p.includes('afgebroken')),
        [],
      );
    });
  });

  describe('front matter', () => {
    it('takes kind and year from a section question when there is no table', () => {
      assert.ok(markdown(chapter('4.2.1 Veld', '', 'Wat wilden we bereiken in 2018?', '', 'Tekst.')).startsWith(
        '---\ndocument: rekening\njaar: 2018\nprogramma: 4\n---\n',
      ));
    });

    it('falls back on the file name for what the text does not say', () => {
      const input = chapter('Indicatoren', 'Beoogd 2019', 'Aantal x', '5');
      assert.ok(markdown(input, 'begroting-2019-4.2.1-iets.txt').startsWith('---\ndocument: begroting\njaar: 2019\nprogramma: 4\n---\n'));
      assert.deepEqual(problems(input, 'iets.txt'), [
        '1: Geen front matter geschreven: het programmanummer kon niet worden afgeleid uit kolomkoppen, koppen of bestandsnaam.',
      ]);
    });
  });

  describe('prose, bullets and escaping', () => {
    it('turns bullets into a list, keeping a wrapped item together', () => {
      const md = markdown(chapter('Tekst:', '', '  • Eerste', 'loopt door', '– Tweede', '•Derde', '- 1) Vierde'));
      assert.equal(md, chapter('Tekst:', '', '- Eerste', '  loopt door', '- Tweede', '- Derde', '- 1\\) Vierde'));
      const list = parseMarkdown(md).children[1];
      assert.ok(list.type === 'list' && list.children.length === 4 && !list.ordered);
    });

    it('escapes what Markdown would read as structure, and keeps every word', () => {
      const input = chapter('Tekst', '#kop', '* noot', '> 70% of meer', 'a | b', '-', '[x]: y', '&amp; en', '___', '```code');
      const md = markdown(input);
      assert.equal(md, chapter('Tekst', '\\#kop', '\\* noot', '\\> 70% of meer', 'a \\| b', '\\-', '\\[x]: y', '\\&amp; en', '\\___', '\\```code'));
      // One paragraph: no heading, list, quote, setext heading, definition, rule or code block.
      const tree = parseMarkdown(md);
      assert.deepEqual(tree.children.map((n) => n.type), ['paragraph']);
    });

    it('keeps page footers in an HTML comment', () => {
      assert.equal(markdown(chapter('Tekst.', 'ga terug')), chapter('Tekst.', '', '<!-- ga terug -->'));
    });

    it('collapses non-breaking and repeated spaces and accepts CRLF', () => {
      const lf = chapter('4.2.1 Veld', '', 'Een\u00a0 zin   met ruimte.', '', 'Indicatoren', 'Beoogd 2019', 'Aantal', '5');
      assert.equal(markdown(lf.replace(/\n/g, '\r\n')), markdown(lf));
      assert.ok(markdown(lf).includes('\n\nEen zin met ruimte.\n\n'));
    });

    it('returns nothing for empty input', () => {
      assert.deepEqual(importChapter(''), { markdown: '', problems: [] });
      assert.deepEqual(importChapter('\n \u00a0\n'), { markdown: '', problems: [] });
    });
  });

  describe('input that is Markdown already', () => {
    it('returns a chapter with front matter unchanged', () => {
      const md = chapter('---', 'document: rekening', 'jaar: 2018', 'programma: 4', '---', '', 'Tekst.');
      assert.deepEqual(importChapter(md), {
        markdown: md,
        problems: [
          {
            line: 1,
            message: {
              nl: 'De invoer is al Markdown (front matter, een kop met # of een tabel met |); er is niets omgezet.',
              en: 'The input is Markdown already (front matter, a # heading or a | table); nothing was converted.',
            },
          },
        ],
      });
    });

    it('recognises the dialect headings and pipe tables, not any line starting with #', () => {
      assert.deepEqual(problems(chapter('Tekst', '', '## 4.2.1 Veld')).map((p) => p.slice(0, 3)), ['3: ']);
      assert.deepEqual(problems(chapter('| a | b |', '| --- | --- |')).map((p) => p.slice(0, 3)), ['2: ']);
      assert.equal(markdown(chapter('# 1 prioriteit', '', '- item')), chapter('\\# 1 prioriteit', '', '- item'));
    });
  });
});
