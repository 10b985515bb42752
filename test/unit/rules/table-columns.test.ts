import assert from 'node:assert/strict';
import { fixChapter, parseChapter, ruleById, settingsFromConfig } from '../../../server/src/service/index.js';
import { applyFix, brief, chapter, findingsOf, lint, tableChapter } from '../../helpers/service.js';

const RULE = 'table-columns';
const LAYOUT_R2018 = "'Behaald 2017 | Beoogd 2018 | Behaald 2018'";
const LAYOUT_B2019 = "'Behaald 2017 | Beoogd 2018 | Beoogd 2019' ('Behaald 2017' en/of 'Beoogd 2018' mogen ontbreken)";

/** A chapter of a kind and year whose indicator table header is on line 11 (one data row on 13). */
function withHeader(kind: 'rekening' | 'begroting', year: number, header: string): string {
  return tableChapter(kind, year, header, '| Aantal voorzieningen |' + ' - |'.repeat(header.split('|').length - 3));
}

function fixesOf(text: string) {
  return lint(text)
    .filter((f) => f.rule === RULE)
    .map((f) => f.fixes.map((x) => ({ safe: x.safe, title: x.title, edits: x.edits.map((e) => e.newText) })));
}

describe('table-columns', () => {
  describe('headers that fit the layout', () => {
    it('rekening Y: Behaald Y-1 | Beoogd Y | Behaald Y', () => {
      assert.deepEqual(findingsOf(RULE, withHeader('rekening', 2018, '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |')), []);
    });

    it('headers split with <br> and any case of the column word', () => {
      const text = withHeader('rekening', 2020, '| Indicatoren | Behaald<br>2019 | beoogd<br/> 2020 | BEHAALD 2020 |');
      assert.deepEqual(findingsOf(RULE, text), []);
    });

    for (const header of [
      '| Prestatie-indicatoren | Beoogd 2019 |',
      '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2019 |',
      '| Prestatie-indicatoren | Beoogd 2018 | Beoogd 2019 |',
      '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Beoogd 2019 |',
    ]) {
      it(`begroting 2019: ${header}`, () => {
        assert.deepEqual(findingsOf(RULE, withHeader('begroting', 2019, header)), []);
      });
    }

    it('a time-series table with bare years is another kind of table and not checked', () => {
      const text = withHeader('rekening', 2018, '| Indicatoren | 2014 | 2015 | 2016 | 2017 | 2018 |');
      assert.deepEqual(findingsOf(RULE, text), []);
    });
  });

  describe('a wrong year', () => {
    it('is reported on the year digits, with the expected header and an unsafe fix', () => {
      const text = withHeader('rekening', 2018, '| Prestatie-indicatoren | Behaald 2016 | Beoogd 2018 | Behaald 2018 |');
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '11:35-11:39',
          message: "Verkeerd jaar in 'Behaald 2016': in een rekening 2018 is deze kolom 'Behaald 2017'.",
        },
      ]);
      const [finding] = lint(text).filter((f) => f.rule === RULE);
      assert.deepEqual(finding.fixes, [
        {
          title: 'Jaar wijzigen in 2017',
          safe: false,
          edits: [{ range: { start: { line: 10, character: 34 }, end: { line: 10, character: 38 } }, newText: '2017' }],
        },
      ]);
    });

    it('after a <br> the year span is still exact', () => {
      const text = withHeader('rekening', 2018, '| Prestatie-indicatoren | Behaald<br>2016 | Beoogd<br>2018 | Behaald<br>2018 |');
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '11:38-11:42',
          message: "Verkeerd jaar in 'Behaald 2016': in een rekening 2018 is deze kolom 'Behaald 2017'.",
        },
      ]);
    });

    it('begroting: Behaald Y-1 is not known yet when the budget is written, so Y-2 is expected', () => {
      const text = withHeader('begroting', 2019, '| Prestatie-indicatoren | Behaald 2018 | Beoogd 2019 |');
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '11:35-11:39',
          message: "Verkeerd jaar in 'Behaald 2018': in een begroting 2019 is deze kolom 'Behaald 2017'.",
        },
      ]);
    });

    it('begroting: the target year itself', () => {
      const text = withHeader('begroting', 2019, '| Prestatie-indicatoren | Beoogd 2020 |');
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '11:34-11:38',
          message: "Verkeerd jaar in 'Beoogd 2020': in een begroting 2019 is deze kolom 'Beoogd 2019'.",
        },
      ]);
    });

    it('the wrong-year fix is not applied by --fix', () => {
      const text = withHeader('rekening', 2018, '| Prestatie-indicatoren | Behaald 2016 | Beoogd 2018 | Behaald 2018 |');
      const settings = { ...settingsFromConfig(undefined), rules: [ruleById(RULE)!] };
      const result = fixChapter(parseChapter(text, { vocabulary: settings.vocabulary }), settings);
      assert.equal(result.text, text);
    });
  });

  describe('missing, surplus and misplaced columns', () => {
    it('a missing column is reported on the header row and named', () => {
      const text = withHeader('rekening', 2018, '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 |');
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '11:1-11:55',
          message: `De kolom 'Behaald 2018' ontbreekt. Kolommen in een rekening 2018: ${LAYOUT_R2018}.`,
        },
      ]);
    });

    it('several missing columns make one finding', () => {
      const text = withHeader('rekening', 2018, '| Prestatie-indicatoren | Beoogd 2018 |');
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '11:1-11:40',
          message: `De kolommen 'Behaald 2017' en 'Behaald 2018' ontbreken. Kolommen in een rekening 2018: ${LAYOUT_R2018}.`,
        },
      ]);
    });

    it('a begroting without its required Beoogd Y column', () => {
      const text = withHeader('begroting', 2019, '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 |');
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '11:1-11:55',
          message: `De kolom 'Beoogd 2019' ontbreekt. Kolommen in een begroting 2019: ${LAYOUT_B2019}.`,
        },
      ]);
    });

    it('a surplus column', () => {
      const text = withHeader('rekening', 2018, '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 | Beoogd 2019 |');
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '11:71-11:82',
          message: `De kolom 'Beoogd 2019' hoort niet in een rekening 2018. Kolommen: ${LAYOUT_R2018}.`,
        },
      ]);
    });

    it('a column that appears twice', () => {
      const text = withHeader('rekening', 2018, '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 | Behaald 2018 |');
      assert.deepEqual(findingsOf(RULE, text), [
        { rule: RULE, range: '11:71-11:83', message: "De kolom 'Behaald 2018' staat twee keer in de tabel." },
      ]);
    });

    it('a copied header in the place of another column: the place says what is expected', () => {
      const text = withHeader('rekening', 2018, '| Prestatie-indicatoren | Behaald 2017 | Behaald 2017 | Behaald 2018 |');
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '11:42-11:54',
          message: `Verwacht hier de kolom 'Beoogd 2018', niet 'Behaald 2017'. Kolommen in een rekening 2018: ${LAYOUT_R2018}.`,
        },
      ]);
      assert.deepEqual(fixesOf(text), [[{ safe: false, title: "Kolomkop wijzigen in 'Beoogd 2018'", edits: ['Beoogd 2018'] }]]);
    });

    it('a column out of order', () => {
      const text = withHeader('rekening', 2018, '| Prestatie-indicatoren | Beoogd 2018 | Behaald 2017 | Behaald 2018 |');
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '11:41-11:53',
          message: `De kolom 'Behaald 2017' staat op de verkeerde plaats. Volgorde in een rekening 2018: ${LAYOUT_R2018}.`,
        },
      ]);
    });

    it('two swapped columns are out of order, not two wrong years (the values belong to their header)', () => {
      const text = withHeader('rekening', 2018, '| Prestatie-indicatoren | Behaald 2018 | Beoogd 2018 | Behaald 2017 |');
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '11:27-11:39',
          message: `De kolom 'Behaald 2018' staat op de verkeerde plaats. Volgorde in een rekening 2018: ${LAYOUT_R2018}.`,
        },
        {
          rule: RULE,
          range: '11:56-11:68',
          message: `De kolom 'Behaald 2017' staat op de verkeerde plaats. Volgorde in een rekening 2018: ${LAYOUT_R2018}.`,
        },
      ]);
    });

    it('begroting: an optional column after the target column', () => {
      const text = withHeader('begroting', 2019, '| Prestatie-indicatoren | Beoogd 2019 | Behaald 2017 |');
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '11:41-11:53',
          message: `De kolom 'Behaald 2017' staat op de verkeerde plaats. Volgorde in een begroting 2019: ${LAYOUT_B2019}.`,
        },
      ]);
    });

    it('a Beoogd column where a Behaald column belongs', () => {
      const text = withHeader('rekening', 2018, '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Beoogd 2018 |');
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '11:56-11:67',
          message: `Verwacht hier de kolom 'Behaald 2018', niet 'Beoogd 2018'. Kolommen in een rekening 2018: ${LAYOUT_R2018}.`,
        },
      ]);
    });
  });

  describe('unrecognised headers', () => {
    it('are reported on the header cell, with the expected header and an unsafe fix', () => {
      const text = withHeader('rekening', 2018, '| Prestatie-indicatoren | Resultaat 2017 | Beoogd 2018 | Behaald |');
      assert.deepEqual(findingsOf(RULE, text), [
        { rule: RULE, range: '11:27-11:41', message: "Onbekende kolomkop 'Resultaat 2017'. Verwacht hier 'Behaald 2017'." },
        { rule: RULE, range: '11:58-11:65', message: "De kolomkop 'Behaald' mist een jaartal. Verwacht hier 'Behaald 2018'." },
      ]);
      assert.deepEqual(fixesOf(text), [
        [{ safe: false, title: "Kolomkop wijzigen in 'Behaald 2017'", edits: ['Behaald 2017'] }],
        [{ safe: false, title: "Kolomkop wijzigen in 'Behaald 2018'", edits: ['Behaald 2018'] }],
      ]);
    });

    it('an empty header cell is reported on its blanks; the fix writes the expected header', () => {
      const text = withHeader('rekening', 2018, '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 |  |');
      assert.deepEqual(findingsOf(RULE, text), [
        { rule: RULE, range: '11:55-11:57', message: "Lege kolomkop. Verwacht hier 'Behaald 2018'." },
      ]);
      const [finding] = lint(text).filter((f) => f.rule === RULE);
      assert.deepEqual(finding.fixes[0].edits, [
        { range: { start: { line: 10, character: 54 }, end: { line: 10, character: 56 } }, newText: ' Behaald 2018 ' },
      ]);
    });

    it('an empty header cell between others is reported on its blanks too; the fix replaces them', () => {
      const text = withHeader('rekening', 2018, '| Prestatie-indicatoren | Behaald 2017 |   | Behaald 2018 |');
      assert.deepEqual(findingsOf(RULE, text), [
        { rule: RULE, range: '11:41-11:44', message: "Lege kolomkop. Verwacht hier 'Beoogd 2018'." },
      ]);
      const [finding] = lint(text).filter((f) => f.rule === RULE);
      assert.equal(applyFix(text, finding), withHeader('rekening', 2018, '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |'));
    });

    it('without kind and year only recognisability is checked', () => {
      const text = chapter(
        '# Programma 4: Welzijn, gezondheid en zorg',
        '',
        '| Indicatoren | Resultaat 2017 | Doel 2018 |',
        '| --- | --- | --- |',
        '| Aantal voorzieningen | 12 | 14 |',
      );
      const doc = parseChapter(text);
      assert.equal(doc.kind, undefined);
      assert.equal(doc.year, undefined);
      const hint = "Een kolomkop is een kolomwoord (Behaald, Beoogd) met een jaartal, zoals 'Behaald 2018'.";
      assert.deepEqual(findingsOf(RULE, text), [
        { rule: RULE, range: '3:17-3:31', message: `Onbekende kolomkop 'Resultaat 2017'. ${hint}` },
        { rule: RULE, range: '3:34-3:43', message: `Onbekende kolomkop 'Doel 2018'. ${hint}` },
      ]);
    });

    it('with a kind but no year (none in the front matter, none to infer) the same', () => {
      const text = chapter(
        '---',
        'document: rekening',
        'programma: 4',
        '---',
        '',
        '| Indicatoren | Realisatie |',
        '| --- | --- |',
        '| Aantal voorzieningen | 12 |',
      );
      const doc = parseChapter(text);
      assert.equal(doc.kind, 'rekening');
      assert.equal(doc.year, undefined);
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '6:17-6:27',
          message: "Onbekende kolomkop 'Realisatie'. Een kolomkop is een kolomwoord (Behaald, Beoogd) met een jaartal, zoals 'Behaald 2018'.",
        },
      ]);
    });
  });

  describe('a table without its delimiter row', () => {
    const text = chapter(
      '---',
      'document: rekening',
      'jaar: 2018',
      'programma: 4',
      '---',
      '',
      '## 4.2.1 Ondersteunende voorzieningen',
      '',
      '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
      '| % bewoners dat zegt dat de ondersteuning past | 68% | Toename | 70% |',
    );

    it('is reported on its first line, with an unsafe fix that inserts the delimiter row', () => {
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '9:1-9:70',
          message:
            "Dit lijkt een indicatorentabel, maar de scheidingsregel '| --- | --- | --- | --- |' onder de kopregel ontbreekt: Markdown toont dit als gewone tekst.",
        },
      ]);
      const [finding] = lint(text).filter((f) => f.rule === RULE);
      assert.equal(finding.fixes.length, 1);
      assert.equal(finding.fixes[0].safe, false);
      assert.deepEqual(finding.fixes[0].edits, [
        { range: { start: { line: 8, character: 69 }, end: { line: 8, character: 69 } }, newText: '\n| --- | --- | --- | --- |' },
      ]);
    });

    it('after the fix Markdown reads a table that fits', () => {
      const fixed = text.replace('Behaald 2018 |\n', 'Behaald 2018 |\n| --- | --- | --- | --- |\n');
      const doc = parseChapter(fixed);
      assert.equal(doc.tables.length, 1);
      assert.equal(doc.malformedTables, undefined);
      assert.deepEqual(findingsOf(RULE, fixed), []);
    });

    it('a pipe paragraph that does not look like an indicator table is left alone', () => {
      const other = chapter('| naam | adres |', '| WIJ-team | Oosterpoort |');
      assert.equal(parseChapter(other).malformedTables?.length, 1);
      assert.deepEqual(findingsOf(RULE, other), []);
    });

    it('a first line with only a column word counts too', () => {
      const other = chapter('| Indicator naam | Behaald 2017 |', '| Aantal | 12 |');
      assert.deepEqual(
        findingsOf(RULE, other).map((f) => f.range),
        ['1:1-1:34'],
      );
    });
  });

  it('a slot with its own words: another word of the role is the wrong header, not a wrong year', () => {
    const config = {
      profile: 'werkelijk-begroting',
      vocabulary: {
        layouts: {
          rekening: [
            { role: 'realised', offset: -1, words: ['Realisatie'] },
            { role: 'budget', offset: 0 },
            { role: 'realised', offset: 0, words: ['Realisatie'] },
          ],
        },
      },
    };
    const text = withHeader('rekening', 2018, '| Indicator | Werkelijk 2017 | Begroting 2018 | Realisatie 2018 |');
    const found = lint(text, { config }).filter((f) => f.rule === RULE);
    assert.deepEqual(
      found.map((f) => brief(f)),
      [
        {
          rule: RULE,
          range: '11:15-11:29',
          message:
            "Verwacht hier de kolom 'Realisatie 2017', niet 'Werkelijk 2017'. Kolommen in een rekening 2018: 'Realisatie 2017 | Begroting 2018 | Realisatie 2018'.",
        },
      ],
    );
    assert.deepEqual(found[0].fixes[0].edits.map((e) => e.newText), ['Realisatie 2017']);
  });

  it('speaks English when asked', () => {
    const text = withHeader('rekening', 2018, '| Prestatie-indicatoren | Behaald 2016 | Beoogd 2018 |');
    assert.deepEqual(
      lint(text, { locale: 'en' })
        .filter((f) => f.rule === RULE)
        .map((f) => brief(f)),
      [
        {
          rule: RULE,
          range: '11:1-11:55',
          message: "The column 'Behaald 2018' is missing. Columns in a rekening 2018: 'Behaald 2017 | Beoogd 2018 | Behaald 2018'.",
        },
        {
          rule: RULE,
          range: '11:35-11:39',
          message: "Wrong year in 'Behaald 2016': in a rekening 2018 this column is 'Behaald 2017'.",
        },
      ],
    );
  });
});
