import assert from 'node:assert/strict';
import { brief, chapter, findingsOf, lint } from '../../helpers/service.js';

const RULE = 'indicator-duplicate';

/** A rekening 2018 with one table per group of rows; the first table's rows start on line 13. */
function rekening(...tables: string[][]): string {
  const lines = ['---', 'document: rekening', 'jaar: 2018', 'programma: 4', '---', '', '# Programma 4: Welzijn, gezondheid en zorg', '', '## 4.2.1 Ondersteunende voorzieningen', ''];
  for (const rows of tables) {
    lines.push('| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |', '| --- | --- | --- | --- |', ...rows, '');
  }
  return chapter(...lines);
}

describe('indicator-duplicate', () => {
  it('accepts different indicators, and the same indicator in different tables', () => {
    const text = rekening(
      ['| % bewoners (18 jaar e.o.) dat tevreden is | 68% | Toename | 70% |', '| % bewoners (65 jaar e.o.) dat tevreden is | 68% | Toename | 70% |'],
      ['| % bewoners (18 jaar e.o.) dat tevreden is | 68% | Toename | 70% |'],
    );
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('reports the later name cell, with the first occurrence as related location', () => {
    const text = rekening([
      '| % bewoners dat tevreden is | 68% | Toename | 70% |',
      '| Aantal klachten | 40 | afname | 35 |',
      '| % bewoners dat tevreden is | 64% | Toename | 66% |',
    ]);
    assert.deepEqual(findingsOf(RULE, text), [
      { rule: RULE, range: '15:3-15:29', message: "De indicator '% bewoners dat tevreden is' staat al in deze tabel (regel 13)." },
    ]);
    const [finding] = lint(text).filter((f) => f.rule === RULE);
    assert.deepEqual(finding.related, [
      {
        uri: 'file:///test/chapter.md',
        range: { start: { line: 12, character: 2 }, end: { line: 12, character: 28 } },
        message: 'Eerste vermelding van deze indicator.',
      },
    ]);
    assert.deepEqual(finding.fixes, []);
  });

  it('ignores footnote markers, case and spacing; every later occurrence points at the first', () => {
    const text = rekening([
      '| % bewoners dat tevreden is (I) | 68% | Toename | 70% |',
      '| % Bewoners  dat tevreden is | 64% | Toename | 66% |',
      '| % bewoners dat tevreden is* | 64% | Toename | 66% |',
    ]);
    assert.deepEqual(findingsOf(RULE, text), [
      { rule: RULE, range: '14:3-14:30', message: "De indicator '% Bewoners dat tevreden is' staat al in deze tabel (regel 13)." },
      { rule: RULE, range: '15:3-15:30', message: "De indicator '% bewoners dat tevreden is' staat al in deze tabel (regel 13)." },
    ]);
    const related = lint(text)
      .filter((f) => f.rule === RULE)
      .map((f) => f.related.map((r) => r.range.start.line + 1));
    assert.deepEqual(related, [[13], [13]]);
  });

  it('shortens a long name in the message', () => {
    const name =
      '% inwoners dat (een gedeelte van) het ondersteuningsplan zelf of met behulp van informele ondersteuning (waaronder sociaal netwerk, vrijwilligers) uitvoert';
    const text = rekening([`| ${name} | - | - | 2% |`, `| ${name} | - | - | 2% |`]);
    assert.deepEqual(
      findingsOf(RULE, text).map((f) => f.message),
      ["De indicator '% inwoners dat (een gedeelte van) het ondersteuningsplan zelf of met behulp van…' staat al in deze tabel (regel 13)."],
    );
  });

  it('rows without a name are left to other rules', () => {
    const text = rekening(['|  | 68% | Toename | 70% |', '|  | 64% | Toename | 66% |']);
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('speaks English when asked', () => {
    const text = rekening(['| Aantal klachten | 40 | afname | 35 |', '| aantal klachten | 40 | afname | 35 |']);
    assert.deepEqual(
      lint(text, { locale: 'en' })
        .filter((f) => f.rule === RULE)
        .map((f) => brief(f)),
      [{ rule: RULE, range: '14:3-14:18', message: "The indicator 'aantal klachten' is already in this table (line 13)." }],
    );
  });
});
