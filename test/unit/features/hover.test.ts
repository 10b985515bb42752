/** Hover: footnotes on markers, an indicator's values across the workspace, column explanations. */
import assert from 'node:assert/strict';
import { getHover } from '../../../server/src/service/features/index.js';
import { begroting2019, lines, r, rekening2018, workspace } from './setup.js';

const rekening2017 = lines(
  '---',
  'document: rekening',
  'jaar: 2017',
  'programma: 4',
  '---',
  '',
  '## 4.2.1 Ondersteunende voorzieningen',
  '',
  '| Prestatie-indicatoren | Behaald 2016 | Beoogd 2017 | Behaald 2017 |',
  '| --- | --- | --- | --- |',
  '| % bewoners dat zegt dat de geboden ondersteuning past bij de hulpvraag | 61% | > 65% | 45%* |',
  '',
  '\\* Anders gedefinieerd.',
);

function markdown(hover: ReturnType<typeof getHover>): { value: string; range: string } | null {
  if (!hover) return null;
  const contents = hover.contents as { kind: string; value: string };
  assert.equal(contents.kind, 'markdown');
  return { value: contents.value, range: hover.range ? r(hover.range) : '' };
}

describe('features: getHover', () => {
  const { ctx, docs } = workspace({
    'rekening-2017.md': rekening2017,
    'rekening-2018.md': rekening2018,
    'begroting-2019.md': begroting2019,
  });
  const doc = docs['rekening-2018.md'];

  it('shows the footnote of a marker', () => {
    assert.deepEqual(markdown(getHover(doc, { line: 16, character: 74 }, ctx)), {
      value: '**(I)** In de voorgaande Rekening is deze uitkomstmaat anders gedefinieerd.',
      range: '16:73-16:76',
    });
    assert.deepEqual(markdown(getHover(doc, { line: 16, character: 105 }, ctx)), {
      value: '**(II)** Op het aandeel bewoners dat zegt contact te hebben gehad met WIJ-Groningen.',
      range: '16:104-16:108',
    });
  });

  it('shows an asterisk footnote', () => {
    // Line 10 of rekening-2017.md: `| % bewoners … | 61% | > 65% | 45%* |`, the asterisk at 92.
    const other = docs['rekening-2017.md'];
    assert.equal(other.lines.lineText(10).indexOf('*'), 92);
    assert.deepEqual(markdown(getHover(other, { line: 10, character: 92 }, ctx)), {
      value: '**\\*** Anders gedefinieerd.',
      range: '10:92-10:93',
    });
  });

  it('says so when a marker has no definition', () => {
    const { ctx: c, docs: d } = workspace({ 'x.md': rekening2018.replace('| 70% (II) |', '| 70% (III) |') });
    assert.deepEqual(markdown(getHover(d['x.md'], { line: 16, character: 106 }, c)), {
      value: '**(III)**: deze voetnoot heeft geen toelichting in dit beleidsveld.',
      range: '16:104-16:109',
    });
    const { ctx: en, docs: e } = workspace({ 'x.md': rekening2018.replace('| 70% (II) |', '| 70% (III) |') }, 'en');
    assert.equal(
      markdown(getHover(e['x.md'], { line: 16, character: 106 }, en))?.value,
      '**(III)**: this footnote has no explanation in this beleidsveld.',
    );
  });

  it("shows an indicator's values in every document, per year, target before result", () => {
    assert.deepEqual(markdown(getHover(doc, { line: 16, character: 10 }, ctx)), {
      value: [
        '**% bewoners dat zegt dat de geboden ondersteuning past bij de hulpvraag**',
        '',
        '| Kolom | Waarde | Bestand |',
        '| --- | --- | --- |',
        '| Behaald 2016 | 61% | rekening-2017.md |',
        '| Beoogd 2017 | \\> 65% | rekening-2017.md |',
        '| Behaald 2017 | 45%\\* | rekening-2017.md |',
        '| Behaald 2017 | 68% (II) | rekening-2018.md |',
        '| Beoogd 2018 | Toename | rekening-2018.md |',
        '| Behaald 2018 | 70% (II) | rekening-2018.md |',
        '| Beoogd 2019 | \\> 70% | begroting-2019.md |',
      ].join('\n'),
      range: '16:2-16:76',
    });
  });

  it('writes the values table in English when asked', () => {
    const { ctx: en, docs: d } = workspace({ 'rekening-2018.md': rekening2018 }, 'en');
    assert.deepEqual(markdown(getHover(d['rekening-2018.md'], { line: 18, character: 2 }, en)), {
      value: [
        '**Aantal geïndiceerde vervoer- en woonvoorzieningen**',
        '',
        '| Column | Value | File |',
        '| --- | --- | --- |',
        '| Behaald 2017 | 14.823 (8.867 pers) | rekening-2018.md |',
        '| Beoogd 2018 | - | rekening-2018.md |',
        '| Behaald 2018 | 14.134 (8.488 pers.) | rekening-2018.md |',
      ].join('\n'),
      range: '18:2-18:51',
    });
  });

  it('explains a column header and whether it fits the layout', () => {
    assert.deepEqual(markdown(getHover(doc, { line: 14, character: 30 }, ctx)), {
      value:
        '**Behaald 2017**: de gemeten waarde (realisatie) over 2017. Vul een getal in, of `-` als er geen gegevens zijn; een trendwoord hoort hier niet.\n\n' +
        'Hoort in de indeling van een rekening 2018: Behaald 2017 | Beoogd 2018 | Behaald 2018.',
      range: '14:26-14:38',
    });
    assert.deepEqual(markdown(getHover(doc, { line: 14, character: 45 }, ctx)), {
      value:
        '**Beoogd 2018**: de streefwaarde voor 2018: een getal, eventueel met een vergelijking (`> 70%`), of een trendwoord (Toename, Afname, Gelijk, Stabiel).\n\n' +
        'Hoort in de indeling van een rekening 2018: Behaald 2017 | Beoogd 2018 | Behaald 2018.',
      range: '14:41-14:52',
    });
    const begroting = docs['begroting-2019.md'];
    assert.equal(
      markdown(getHover(begroting, { line: 14, character: 30 }, ctx))?.value,
      '**Beoogd 2019**: de streefwaarde voor 2019: een getal, eventueel met een vergelijking (`> 70%`), of een trendwoord (Toename, Afname, Gelijk, Stabiel).\n\n' +
        'Hoort in de indeling van een begroting 2019: Behaald 2017 (optioneel) | Beoogd 2018 (optioneel) | Beoogd 2019.',
    );
  });

  it('says when a column does not fit, in English too', () => {
    const text = rekening2018.replace('| Behaald 2017 |', '| Behaald 2016 |');
    const { ctx: c, docs: d } = workspace({ 'x.md': text });
    assert.equal(
      markdown(getHover(d['x.md'], { line: 14, character: 30 }, c))?.value,
      '**Behaald 2016**: de gemeten waarde (realisatie) over 2016. Vul een getal in, of `-` als er geen gegevens zijn; een trendwoord hoort hier niet.\n\n' +
        'Hoort niet in de indeling van een rekening 2018: Behaald 2017 | Beoogd 2018 | Behaald 2018.',
    );
    const { ctx: en, docs: e } = workspace({ 'x.md': text }, 'en');
    assert.equal(
      markdown(getHover(e['x.md'], { line: 14, character: 30 }, en))?.value,
      '**Behaald 2016**: the measured value (result) for 2016. Write a number, or `-` when there is no data; a trend word does not belong here.\n\n' +
        'Not part of the layout of a rekening 2018: Behaald 2017 | Beoogd 2018 | Behaald 2018.',
    );
  });

  it('explains the label cell', () => {
    assert.deepEqual(markdown(getHover(doc, { line: 14, character: 5 }, ctx)), {
      value:
        '**Prestatie-indicatoren**: elke rij is één indicator; de kolommen erna geven per jaar de streefwaarde (Beoogd) en de realisatie (Behaald).\n\n' +
        'Indeling van een rekening 2018: Behaald 2017 | Beoogd 2018 | Behaald 2018.',
      range: '14:2-14:23',
    });
  });

  it('gives nothing on prose, a plain value, a definition or the delimiter row', () => {
    assert.equal(getHover(doc, { line: 10, character: 5 }, ctx), null);
    assert.equal(getHover(doc, { line: 16, character: 80 }, ctx), null);
    assert.equal(getHover(doc, { line: 20, character: 8 }, ctx), null);
    assert.equal(getHover(doc, { line: 15, character: 3 }, ctx), null);
  });

  describe('another profile: the chapter’s own headers (issue 10)', () => {
    const chapterOf = (kind: string, year: number, header: string, row: string) =>
      lines('---', `document: ${kind}`, `jaar: ${year}`, 'programma: 3', '---', '', '## 3.1.1 Groen en water', '', header, '| --- | --- | --- | --- |', row);
    const files = {
      'rekening-2020.md': chapterOf('rekening', 2020, '| Indicator | Realisatie 2019 | Doel 2020 | Realisatie 2020 |', '| Aantal bezoekers | 12.100 | ≥ 12.500 | 12.300 |'),
      'begroting-2021.md': chapterOf('begroting', 2021, '| Indicator | Verwacht 2020 | Doel 2021 | Doel 2023 |', '| Aantal bezoekers | 12.200 | 12.600 | 13.000 |'),
    };

    it('the values table names each column as its chapter writes it', () => {
      const { ctx: c, docs: d } = workspace(files, 'nl', { profile: 'realisatie-doel' });
      assert.deepEqual(markdown(getHover(d['rekening-2020.md'], { line: 10, character: 4 }, c))?.value, [
        '**Aantal bezoekers**',
        '',
        '| Kolom | Waarde | Bestand |',
        '| --- | --- | --- |',
        '| Realisatie 2019 | 12.100 | rekening-2020.md |',
        '| Doel 2020 | ≥ 12.500 | rekening-2020.md |',
        '| Verwacht 2020 | 12.200 | begroting-2021.md |',
        '| Realisatie 2020 | 12.300 | rekening-2020.md |',
        '| Doel 2021 | 12.600 | begroting-2021.md |',
        '| Doel 2023 | 13.000 | begroting-2021.md |',
      ].join('\n'));
    });

    it('the label names the profile’s words; a budget layout says so', () => {
      const { ctx: c, docs: d } = workspace(files, 'nl', { profile: 'realisatie-doel' });
      // The first paragraph; the second lists the profile's layout, as for Groningen above.
      const first = (value: string | undefined) => value?.split('\n\n')[0];
      assert.equal(
        first(markdown(getHover(d['rekening-2020.md'], { line: 8, character: 4 }, c))?.value),
        '**Indicator**: elke rij is één indicator; de kolommen erna geven per jaar de streefwaarde (Doel) en de realisatie (Realisatie).',
      );
      const budget = { 'r.md': chapterOf('rekening', 2022, '| Indicator | Werkelijk 2021 | Begroting 2022 | Werkelijk 2022 |', '| Banen | 702,1 | 700 | 705 |') };
      const { ctx: b, docs: e } = workspace(budget, 'nl', { profile: 'werkelijk-begroting' });
      assert.equal(
        first(markdown(getHover(e['r.md'], { line: 8, character: 4 }, b))?.value),
        '**Indicator**: elke rij is één indicator; de kolommen erna geven per jaar de begrote waarde (Begroting) en de realisatie (Werkelijk).',
      );
    });
  });
});
