import assert from 'node:assert/strict';
import type { Config } from '../../../server/src/service/index.js';
import { applyEdits, LineIndex } from '../../../server/src/service/index.js';
import { brief, chapter, findingsOf, lint, ruleFindings } from '../../helpers/service.js';

const RULE = 'dash-explained';

const FRONT = ['---', 'document: rekening', 'jaar: 2018', 'programma: 4', '---', '', '## 4.2.1 Ondersteunende voorzieningen', ''];
const TABLE = [
  '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
  '| --- | --- | --- | --- |',
  '| Aantal voorzieningen | 10 | - | 12 |',
  '| Aantal meldingen | - | - | 57 |',
  '',
];
const SENTENCE = 'Als er geen gegevens beschikbaar zijn, staat er een streepje (-).';

const only = (text: string, options: Parameters<typeof lint>[1] = {}) => ruleFindings(RULE, text, options);

describe('dash-explained', () => {
  it('reports a dash in a chapter that does not explain it, once, at the first dash', () => {
    const text = chapter(...FRONT, ...TABLE, ...TABLE);
    const findings = only(text);
    assert.deepEqual(findings.map((f) => brief(f, true)), [
      {
        rule: RULE,
        range: '11:31-11:32',
        message: `Er staat een streepje (-) in de tabel, maar het hoofdstuk legt nergens uit wat dat betekent. Zet boven de tabel bijvoorbeeld: ‘${SENTENCE}’`,
        severity: 'info',
      },
    ]);
    assert.deepEqual(findings[0].fixes, [
      {
        title: 'Voeg een zin over het streepje toe boven de tabel',
        safe: false,
        edits: [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, newText: `${SENTENCE}\n\n` }],
      },
    ]);
  });

  it('is satisfied by its own fix', () => {
    const text = chapter(...FRONT, ...TABLE);
    const [fix] = only(text)[0].fixes;
    const lines = new LineIndex(text);
    const fixed = applyEdits(text, fix.edits.map((e) => ({ span: lines.span(e.range), newText: e.newText }))).text;
    assert.equal(fixed, chapter(...FRONT, SENTENCE, '', ...TABLE));
    assert.deepEqual(findingsOf(RULE, fixed), []);
  });

  it('counts a dash with a marker (-*)', () => {
    const text = chapter(...FRONT, '| Indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |', '| --- | --- | --- | --- |', '| Aantal | 82% | Toename | -* |');
    assert.deepEqual(findingsOf(RULE, text).map((f) => f.range), ['11:28-11:29']);
  });

  it('accepts the sentence of the seeds, before or after the table', () => {
    const seed =
      'Met de onderstaande indicatoren is de voortgang van dit beleidsveld in 2018 gemeten. Als er geen gegevens beschikbaar zijn/of één maal per twee jaar gemeten worden staat er een streepje.';
    assert.deepEqual(findingsOf(RULE, chapter(...FRONT, seed, '', ...TABLE)), []);
    assert.deepEqual(findingsOf(RULE, chapter(...FRONT, ...TABLE, seed)), []);
  });

  it('accepts a sentence wrapped over two lines', () => {
    const text = chapter(...FRONT, 'Als er geen gegevens zijn, staat er een', 'streepje.', '', ...TABLE);
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('accepts other wordings and legend lines', () => {
    for (const legend of [
      'Een streepje betekent dat er geen gegevens zijn.',
      'Een streepje (-) geeft aan dat er niet gemeten is.',
      '- = geen gegevens beschikbaar',
      '\\- : geen gegevens',
      '`-` betekent: geen cijfers',
      '> Als er geen gegevens zijn staat er een streepje.',
    ]) {
      assert.deepEqual(findingsOf(RULE, chapter(...FRONT, ...TABLE, legend)), [], legend);
    }
  });

  it('does not take a dash in other words for a legend', () => {
    const text = chapter(...FRONT, ...TABLE, '- geen gegevens over 2017 door een storing');
    assert.equal(findingsOf(RULE, text).length, 1);
  });

  it('accepts sentences added through configuration', () => {
    const text = chapter(...FRONT, ...TABLE, 'Ontbrekende cijfers zijn met een liggend streepje aangegeven.');
    assert.equal(findingsOf(RULE, text).length, 1);
    const config: Config = { vocabulary: { dashExplanations: ['met een liggend streepje aangegeven'] } };
    assert.deepEqual(findingsOf(RULE, text, { config }), []);
  });

  it('offers no fix when the table is not at the start of a line', () => {
    const text = chapter(...FRONT, '> | Indicatoren | Beoogd 2018 |', '> | --- | --- |', '> | Aantal | - |');
    const findings = only(text);
    assert.deepEqual(findings.map((f) => brief(f).range), ['11:14-11:15']);
    assert.deepEqual(findings[0].fixes, []);
  });

  it('says nothing without dashes', () => {
    const text = chapter(...FRONT, '| Indicatoren | Beoogd 2018 |', '| --- | --- |', '| Aantal | 12 |');
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('says it in English when asked', () => {
    assert.deepEqual(findingsOf(RULE, chapter(...FRONT, ...TABLE), { locale: 'en' }).map((f) => f.message), [
      `A table has a dash (-), but the chapter nowhere explains what it means. Add above the table, for example: ‘${SENTENCE}’`,
    ]);
  });
});
