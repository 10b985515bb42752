import assert from 'node:assert/strict';
import { fixChapter, parseChapter, settingsFromConfig } from '../../../server/src/service/index.js';
import { brief, chapter, findingsOf, lint, ruleFindings } from '../../helpers/service.js';

const RULE = 'section-year';

const REKENING = ['---', 'document: rekening', 'jaar: 2018', 'programma: 4', '---', '', '## 4.2.1 Ondersteunende voorzieningen', ''];
const BEGROTING = ['---', 'document: begroting', 'jaar: 2019', 'programma: 4', '---', '', '## 4.2.1 Ondersteunende voorzieningen', ''];

const only = (text: string, options: Parameters<typeof lint>[1] = {}) => ruleFindings(RULE, text, options);

describe('section-year', () => {
  it('reports a year that is not the document year, at the year digits, with a safe fix', () => {
    const text = chapter(...REKENING, '### Wat wilden we bereiken in 2017?', '', '### Wat hebben we hiervoor gedaan?');
    const findings = only(text);
    assert.deepEqual(findings.map((f) => brief(f, true)), [
      {
        rule: RULE,
        range: '9:31-9:35',
        message: 'Deze kop noemt 2017, maar dit is de rekening 2018. Maak er ‘Wat wilden we bereiken in 2018?’ van.',
        severity: 'error',
      },
    ]);
    assert.deepEqual(findings[0].fixes, [
      {
        title: 'Vervang 2017 door 2018',
        safe: true,
        edits: [{ range: { start: { line: 8, character: 30 }, end: { line: 8, character: 34 } }, newText: '2018' }],
      },
    ]);
  });

  it('checks every standard heading with a year, in a begroting too', () => {
    const text = chapter(
      ...BEGROTING,
      '### Wat willen we bereiken in 2018?',
      '',
      '### Wat gaan we daarvoor doen in 2019?',
      '',
      '### Wat mag het kosten in 2020?',
    );
    assert.deepEqual(findingsOf(RULE, text), [
      {
        rule: RULE,
        range: '9:31-9:35',
        message: 'Deze kop noemt 2018, maar dit is de begroting 2019. Maak er ‘Wat willen we bereiken in 2019?’ van.',
      },
      {
        rule: RULE,
        range: '13:27-13:31',
        message: 'Deze kop noemt 2020, maar dit is de begroting 2019. Maak er ‘Wat mag het kosten in 2019?’ van.',
      },
    ]);
  });

  it('accepts the document year and headings without a year', () => {
    const text = chapter(...REKENING, '### Wat wilden we bereiken in 2018?', '', '### Wat hebben we hier voor gedaan?', '', '### Conclusie');
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('ignores headings that are no standard section of the kind, and years in other headings', () => {
    const text = chapter(
      ...REKENING,
      '### Wat willen we bereiken in 2017?',
      '',
      '### Resultaten 2017',
      '',
      '### Wat wilden we bereiken in 2017 en 2018?',
    );
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('finds the year inside emphasis', () => {
    const text = chapter(...REKENING, '### **Wat wilden we bereiken in 2017?**');
    assert.deepEqual(findingsOf(RULE, text).map((f) => f.range), ['9:33-9:37']);
  });

  it('says it in English when asked', () => {
    const text = chapter(...REKENING, '### Wat hebben we bereikt in 2016?');
    assert.deepEqual(findingsOf(RULE, text, { locale: 'en' }).map((f) => f.message), [
      'This heading names 2016, but this is the annual account (rekening) 2018. Make it ‘Wat hebben we bereikt in 2018?’.',
    ]);
  });

  it('offers the fix as not safe when the year is only inferred', () => {
    const text = chapter(
      '## 4.2.1 Ondersteunende voorzieningen',
      '',
      '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
      '| --- | --- | --- | --- |',
      '| Aantal voorzieningen | 10 | 12 | 13 |',
      '',
      '### Wat wilden we bereiken in 2017?',
    );
    const findings = only(text);
    assert.deepEqual(findings.map((f) => f.range), [{ start: { line: 6, character: 30 }, end: { line: 6, character: 34 } }]);
    assert.equal(findings[0].fixes[0].safe, false);
  });

  it('is fixed by fix-all, and the fixed text is stable', () => {
    const text = chapter(...REKENING, '### Wat wilden we bereiken in 2017?', '', '### Wat hebben we hiervoor gedaan in 2016?');
    const settings = settingsFromConfig(undefined);
    const result = fixChapter(parseChapter(text, { vocabulary: settings.vocabulary }), settings);
    assert.equal(
      result.text,
      chapter(...REKENING, '### Wat wilden we bereiken in 2018?', '', '### Wat hebben we hiervoor gedaan in 2018?'),
    );
    assert.deepEqual(result.findings.filter((f) => f.rule === RULE), []);
  });

  it('without front matter, a lone heading sets the year itself and is not reported', () => {
    assert.deepEqual(findingsOf(RULE, chapter('## 4.2.1 Iets', '', '### Wat wilden we bereiken in 2017?')), []);
  });
});
