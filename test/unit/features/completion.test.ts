/** Completions: front matter, headings, column headers, footnote numerals, indicator names, values. */
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-types';
import { getCompletions } from '../../../server/src/service/features/index.js';
import type { Locale } from '../../../server/src/service/index.js';
import { begroting2019, lines, r, rekening2018, workspace } from './setup.js';

/** An item in compact form: `label | detail | sortText[ *preselect] | range → newText`. */
function brief(items: CompletionItem[]): string[] {
  return items.map((i) => {
    const edit = i.textEdit as { range: Parameters<typeof r>[0]; newText: string };
    return `${i.label} | ${i.detail} | ${i.sortText}${i.preselect ? ' *' : ''} | ${r(edit.range)} ${JSON.stringify(edit.newText)}`;
  });
}

/** Completions in `x.md` (the given text) with the templates rekening 2018 and begroting 2019 around it. */
function complete(text: string, line: number, character: number, locale: Locale = 'nl', others = true): string[] {
  const files: Record<string, string> = others
    ? { 'rekening-2018.md': rekening2018, 'begroting-2019.md': begroting2019, 'x.md': text }
    : { 'x.md': text };
  const { ctx, docs } = workspace(files, locale);
  return brief(getCompletions(docs['x.md'], { line, character }, ctx));
}

const rekening2019 = lines(
  '---',
  'document: rekening',
  'jaar: 2019',
  'programma: 4',
  '---',
  '',
  '## 4.2.1 Ondersteunende voorzieningen',
  '',
  '| Prestatie-indicatoren | Behaald 2018 | Beoogd 2019 | Behaald 2019 |', // 8
  '| --- | --- | --- | --- |',
  '| % bewoners dat zegt dat de geboden ondersteuning past bij de hulpvraag |  |', // 10: pipes at 73 and 76
);

describe('features: getCompletions', () => {
  describe('front matter', () => {
    it('offers the keys not yet written, required first', () => {
      assert.deepEqual(complete(rekening2018.replace('jaar: 2018\n', 'ja\n'), 2, 2), [
        'jaar | verplicht | 000 | 2:0-2:2 "jaar: "',
        'deelprogramma | optioneel | 101 | 2:0-2:2 "deelprogramma: "',
        'gemeente | optioneel | 102 | 2:0-2:2 "gemeente: "',
        'titel | optioneel | 103 | 2:0-2:2 "titel: "',
        'status | optioneel | 104 | 2:0-2:2 "status: "',
      ]);
    });

    it('offers the allowed values, the one the text points to first', () => {
      assert.deepEqual(complete(rekening2018.replace('document: rekening\n', 'document: \n'), 1, 10), [
        'rekening | volgt uit de tekst | 000 | 1:10-1:10 "rekening"',
        'begroting | toegestane waarde | 001 | 1:10-1:10 "begroting"',
      ]);
    });

    it('offers the year read from the text and the values of other documents', () => {
      assert.deepEqual(complete(rekening2018.replace('jaar: 2018\n', 'jaar:\n'), 2, 5), [
        '2018 | volgt uit de tekst | 000 | 2:5-2:5 " 2018"',
        '2019 | begroting-2019.md | 001 | 2:5-2:5 " 2019"',
      ]);
      assert.deepEqual(complete(rekening2018.replace('programma: 4\n', 'programma: 1\n'), 3, 12), [
        '4 | volgt uit de tekst | 000 | 3:11-3:12 "4"',
      ]);
    });

    it('offers nothing on the fences', () => {
      assert.deepEqual(complete(rekening2018, 0, 3), []);
      assert.deepEqual(complete(rekening2018, 4, 0), []);
    });
  });

  describe('headings', () => {
    it("offers the kind's sections with the year, missing ones first", () => {
      assert.deepEqual(complete(rekening2018.replace('### Conclusie', '### '), 32, 4), [
        'Wat wilden we bereiken in 2018? | rekening, verplicht (staat er al) | 100 | 32:4-32:4 "Wat wilden we bereiken in 2018?"',
        'Wat hebben we hiervoor gedaan? | rekening, verplicht (staat er al) | 101 | 32:4-32:4 "Wat hebben we hiervoor gedaan?"',
        'Wat heeft het gekost in 2018? | rekening | 002 | 32:4-32:4 "Wat heeft het gekost in 2018?"',
        'Conclusie | rekening | 003 | 32:4-32:4 "Conclusie"',
      ]);
    });

    it('replaces what is typed and adds the space after the hashes, in English too', () => {
      assert.deepEqual(complete(begroting2019.replace('### Wat gaan we hiervoor doen?', '### Wat'), 28, 7, 'en'), [
        'Wat willen we bereiken in 2019? | begroting, required (already present) | 100 | 28:4-28:7 "Wat willen we bereiken in 2019?"',
        'Wat gaan we hiervoor doen? | begroting, required | 001 | 28:4-28:7 "Wat gaan we hiervoor doen?"',
        'Wat mag het kosten in 2019? | begroting | 002 | 28:4-28:7 "Wat mag het kosten in 2019?"',
        'Hoe staan we ervoor? | begroting (already present) | 103 | 28:4-28:7 "Hoe staan we ervoor?"',
      ]);
      // `###Wat` is no heading in Markdown (the space is required).
      assert.deepEqual(complete(begroting2019.replace('### Wat gaan we hiervoor doen?', '###Wat'), 28, 6), []);
      assert.deepEqual(complete(begroting2019.replace('### Wat gaan we hiervoor doen?', '###'), 28, 3).length, 4);
      assert.equal(complete(begroting2019.replace('### Wat gaan we hiervoor doen?', '###'), 28, 3)[1], 'Wat gaan we hiervoor doen? | begroting, verplicht | 001 | 28:3-28:3 " Wat gaan we hiervoor doen?"');
    });
  });

  describe('table headers', () => {
    it('offers the columns of the layout, the first missing one preselected', () => {
      // `| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Beh |`: `Beh` at 55-58.
      assert.deepEqual(complete(rekening2018.replace('| Behaald 2018 |\n', '| Beh |\n'), 14, 58), [
        'Behaald 2017 | realisatie | 100 | 14:55-14:58 "Behaald 2017"',
        'Beoogd 2018 | streefwaarde | 101 | 14:55-14:58 "Beoogd 2018"',
        'Behaald 2018 | realisatie | 002 * | 14:55-14:58 "Behaald 2018"',
      ]);
    });

    it('explains each column in the documentation', () => {
      const { ctx, docs } = workspace({ 'x.md': rekening2018.replace('| Behaald 2018 |\n', '| Beh |\n') });
      const item = getCompletions(docs['x.md'], { line: 14, character: 58 }, ctx)[2];
      assert.deepEqual(item.documentation, {
        kind: 'markdown',
        value:
          '**Behaald 2018**: de gemeten waarde (realisatie) over 2018. Vul een getal in, of `-` als er geen gegevens zijn; een trendwoord hoort hier niet.\n\n' +
          'Hoort in de indeling van een rekening 2018: Behaald 2017 | Beoogd 2018 | Behaald 2018.',
      });
    });

    it('offers optional begroting columns after the last pipe, with a space', () => {
      assert.deepEqual(complete(begroting2019, 14, 39), [
        'Behaald 2017 | realisatie (optioneel) | 000 | 14:39-14:39 " Behaald 2017"',
        'Beoogd 2018 | streefwaarde (optioneel) | 001 | 14:39-14:39 " Beoogd 2018"',
        'Beoogd 2019 | streefwaarde | 102 | 14:39-14:39 " Beoogd 2019"',
      ]);
    });

    it('offers the indicator labels in the first header cell', () => {
      assert.deepEqual(complete(rekening2018, 14, 5), [
        'Prestatie-indicatoren | indicatorlabel | 00 | 14:2-14:5 "Prestatie-indicatoren"',
        'Prestatie-indicator | indicatorlabel | 01 | 14:2-14:5 "Prestatie-indicator"',
        'Indicatoren | indicatorlabel | 02 | 14:2-14:5 "Indicatoren"',
        'Indicator | indicatorlabel | 03 | 14:2-14:5 "Indicator"',
        'Effectindicatoren | indicatorlabel | 04 | 14:2-14:5 "Effectindicatoren"',
        'Effectindicator | indicatorlabel | 05 | 14:2-14:5 "Effectindicator"',
      ]);
    });

    it('understands a header being typed before its delimiter row exists', () => {
      const text = begroting2019.replace('| Prestatie-indicatoren | Beoogd 2019 |\n| --- | --- |\n', '| Prestatie-indicatoren | Be\n\n');
      // The table is gone: its rows are a paragraph now, the header line is a pipe line.
      // `| Prestatie-indicatoren | Be`: `Be` at 26-28.
      assert.deepEqual(complete(text, 14, 28), [
        'Behaald 2017 | realisatie (optioneel) | 000 | 14:26-14:28 "Behaald 2017"',
        'Beoogd 2018 | streefwaarde (optioneel) | 001 | 14:26-14:28 "Beoogd 2018"',
        'Beoogd 2019 | streefwaarde | 002 * | 14:26-14:28 "Beoogd 2019"',
      ]);
    });
  });

  describe('footnote numerals', () => {
    // Line 16 with `| 70% ( |` as its last cell: `(` at 104.
    const text = rekening2018.replace('| 70% (II) |', '| 70% ( |');

    it('offers the next free numeral and the existing ones with their text', () => {
      assert.deepEqual(complete(text, 16, 105), [
        'III | nieuwe voetnoot | 0 * | 16:105-16:105 "III)"',
        'I | In de voorgaande Rekening is deze uitkomstmaat anders gedef… | 101 | 16:105-16:105 "I)"',
        'II | Op het aandeel bewoners dat zegt contact te hebben gehad me… | 102 | 16:105-16:105 "II)"',
      ]);
      const { ctx, docs } = workspace({ 'x.md': text });
      assert.deepEqual(getCompletions(docs['x.md'], { line: 16, character: 105 }, ctx)[1].documentation, {
        kind: 'markdown',
        value: '**(I)** In de voorgaande Rekening is deze uitkomstmaat anders gedefinieerd.',
      });
    });

    it('replaces the numeral around the cursor and keeps an existing parenthesis', () => {
      // `| 70% (II) |` with the cursor between the two I's: the numeral 105-107 is replaced, no `)` added.
      assert.deepEqual(complete(rekening2018, 16, 106, 'en'), [
        'III | new footnote | 0 * | 16:105-16:107 "III"',
        'I | In de voorgaande Rekening is deze uitkomstmaat anders gedef… | 101 | 16:105-16:107 "I"',
        'II | Op het aandeel bewoners dat zegt contact te hebben gehad me… | 102 | 16:105-16:107 "II"',
      ]);
    });

    it('offers nothing after a parenthesis in prose', () => {
      assert.deepEqual(complete(rekening2018.replace('Passende ondersteuning.', 'Passende (ondersteuning.'), 26, 10), []);
    });
  });

  describe('indicator names', () => {
    it('offers the names of other chapters of the beleidsveld that the table lacks', () => {
      const text = rekening2018.replace('| Aantal geïndiceerde vervoer- en woonvoorzieningen | 14.823 (8.867 pers) | - | 14.134 (8.488 pers.) |', '| ');
      assert.deepEqual(complete(text, 18, 2), [
        'Aantal geïndiceerde vervoer- en woonvoorzieningen | begroting-2019.md, rekening-2018.md | 000 | 18:2-18:2 "Aantal geïndiceerde vervoer- en woonvoorzieningen"',
      ]);
    });

    it('reads a pipe line below a table as a new row', () => {
      const text = begroting2019.replace('| Aantal geïndiceerde vervoer- en woonvoorzieningen | - |\n', '\n| Aan\n');
      // Line 18 is blank, line 19 `| Aan` is a paragraph below the table.
      assert.deepEqual(complete(text, 19, 5), [
        'Aantal geïndiceerde vervoer- en woonvoorzieningen | begroting-2019.md, rekening-2018.md | 000 | 19:2-19:5 "Aantal geïndiceerde vervoer- en woonvoorzieningen"',
      ]);
    });

    it('offers nothing outside a numbered beleidsveld or in another one', () => {
      const text = rekening2018.replace('## 4.2.1', '## 4.2.9').replace('| Aantal geïndiceerde vervoer- en woonvoorzieningen | 14.823 (8.867 pers) | - | 14.134 (8.488 pers.) |', '| ');
      assert.deepEqual(complete(text, 18, 2), []);
    });
  });

  describe('values', () => {
    it("offers this indicator's values from other documents, the one of this very column first", () => {
      assert.deepEqual(complete(rekening2019, 10, 75), [
        '> 70% | Beoogd 2019 (begroting-2019.md) | 2000 | 10:75-10:75 "> 70%"',
        '68% | Behaald 2017 (rekening-2018.md) | 2001 | 10:75-10:75 "68%"',
        '70% | Behaald 2018 (rekening-2018.md) | 0002 * | 10:75-10:75 "70%"',
        '- | geen gegevens | 1000 | 10:75-10:75 "-"',
      ]);
    });

    it('offers trend words only outside Behaald columns', () => {
      const text = rekening2019.replace('hulpvraag |  |', 'hulpvraag | 70% | |');
      // `| … hulpvraag | 70% | |`: pipes at 73, 79 and 81; the cursor at 81 is in the empty Beoogd 2019 cell.
      assert.deepEqual(complete(text, 10, 81), [
        '> 70% | Beoogd 2019 (begroting-2019.md) | 0000 * | 10:81-10:81 "> 70%"',
        '68% | Behaald 2017 (rekening-2018.md) | 2001 | 10:81-10:81 "68%"',
        'Toename | Beoogd 2018 (rekening-2018.md) | 2002 | 10:81-10:81 "Toename"',
        '70% | Behaald 2018 (rekening-2018.md) | 2003 | 10:81-10:81 "70%"',
        '- | geen gegevens | 1000 | 10:81-10:81 "-"',
        'Toename | trendwoord: stijging | 1001 | 10:81-10:81 "Toename"',
        'Afname | trendwoord: daling | 1002 | 10:81-10:81 "Afname"',
        'Gelijk | trendwoord: geen verandering | 1003 | 10:81-10:81 "Gelijk"',
        'Stabiel | trendwoord: geen verandering | 1004 | 10:81-10:81 "Stabiel"',
      ]);
    });

    it('reads the indicator of a row being typed from the line', () => {
      // `| Aantal … | ` : the parser still takes the trailing `| ` into the name; the line says otherwise.
      const text = begroting2019.replace('| Aantal geïndiceerde vervoer- en woonvoorzieningen | - |', '| Aantal geïndiceerde vervoer- en woonvoorzieningen | ');
      assert.deepEqual(complete(text, 18, 54, 'en'), [
        '14.823 (8.867 pers) | Behaald 2017 (rekening-2018.md) | 2000 | 18:54-18:54 "14.823 (8.867 pers)"',
        '14.134 (8.488 pers.) | Behaald 2018 (rekening-2018.md) | 2001 | 18:54-18:54 "14.134 (8.488 pers.)"',
        '- | no data | 1000 | 18:54-18:54 "-"',
        'Toename | trend word: increase | 1001 | 18:54-18:54 "Toename"',
        'Afname | trend word: decrease | 1002 | 18:54-18:54 "Afname"',
        'Gelijk | trend word: no change | 1003 | 18:54-18:54 "Gelijk"',
        'Stabiel | trend word: no change | 1004 | 18:54-18:54 "Stabiel"',
      ]);
    });
  });

  it('offers nothing in prose, on the delimiter row or past the end', () => {
    assert.deepEqual(complete(rekening2018, 10, 5), []);
    assert.deepEqual(complete(rekening2018, 15, 3), []);
    assert.deepEqual(complete(rekening2018, 99, 0), []);
  });
});
