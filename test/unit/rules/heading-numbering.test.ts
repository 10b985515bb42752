import assert from 'node:assert/strict';
import type { Finding } from '../../../server/src/service/index.js';
import { brief, chapter, findingsOf, lint, ruleFindings } from '../../helpers/service.js';

const RULE = 'heading-numbering';

const FRONT = ['---', 'document: rekening', 'jaar: 2018', 'programma: 4', '---', ''];

const only = (text: string, options: Parameters<typeof lint>[1] = {}) => ruleFindings(RULE, text, options);

function relatedOf(finding: Finding): [string, string, string][] {
  return finding.related.map((r) => [
    r.uri,
    `${r.range.start.line + 1}:${r.range.start.character + 1}-${r.range.end.line + 1}:${r.range.end.character + 1}`,
    r.message,
  ]);
}

describe('heading-numbering', () => {
  it('accepts numbers that nest', () => {
    const text = chapter(
      ...FRONT,
      '# Programma 4: Welzijn',
      '',
      '## Deelprogramma 4.2: Passende ondersteuning',
      '',
      '### 4.2.1 Ondersteunende voorzieningen',
      '',
      '### 4.2.2 Specialistische zorgvoorzieningen',
      '',
      '## Deelprogramma 4.3: Wonen',
      '',
      '### 4.3.1 Beschermd wonen',
    );
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('reports a beleidsveld outside its deelprogramma, at its number', () => {
    const text = chapter(
      ...FRONT,
      '# Programma 4: Welzijn',
      '',
      '## Deelprogramma 4.2: Passende ondersteuning',
      '',
      '### 4.3.1 Beschermd wonen',
    );
    const findings = only(text);
    assert.deepEqual(findings.map((f) => brief(f, true)), [
      {
        rule: RULE,
        range: '11:5-11:10',
        message: 'Beleidsveld 4.3.1 past niet onder Deelprogramma 4.2 (Programma 4): het nummer moet met ‘4.2.’ beginnen.',
        severity: 'warning',
      },
    ]);
    assert.deepEqual(relatedOf(findings[0]), [['file:///test/chapter.md', '9:18-9:21', 'Deelprogramma 4.2']]);
  });

  it('reports a beleidsveld outside its programme when there is no deelprogramma', () => {
    const text = chapter(...FRONT, '# Programma 4: Welzijn', '', '## 5.1.1 Verkeer');
    assert.deepEqual(findingsOf(RULE, text), [
      { rule: RULE, range: '9:4-9:9', message: 'Beleidsveld 5.1.1 past niet onder Programma 4: het nummer moet met ‘4.’ beginnen.' },
    ]);
  });

  it('uses the programme of the front matter when there is no programme heading', () => {
    const text = chapter(...FRONT, '## 5.1.1 Verkeer');
    const findings = only(text);
    assert.deepEqual(findings.map((f) => brief(f)), [
      {
        rule: RULE,
        range: '7:4-7:9',
        message: 'Beleidsveld 5.1.1 past niet onder ‘programma: 4’ uit de front matter: het nummer moet met ‘4.’ beginnen.',
      },
    ]);
    assert.deepEqual(relatedOf(findings[0]), [['file:///test/chapter.md', '4:12-4:13', '‘programma: 4’ uit de front matter']]);
  });

  it('reports a deelprogramma outside its programme', () => {
    const text = chapter(...FRONT, '# Programma 4: Welzijn', '', '## Deelprogramma 5.2: Verkeer');
    assert.deepEqual(findingsOf(RULE, text), [
      { rule: RULE, range: '9:18-9:21', message: 'Deelprogramma 5.2 hoort niet bij Programma 4: het nummer moet met ‘4.’ beginnen.' },
    ]);
  });

  it('reports a programme heading that contradicts the front matter', () => {
    const text = chapter(...FRONT, '# Programma 5: Verkeer', '', '## 5.1.1 Wegen');
    const findings = only(text);
    assert.deepEqual(findings.map((f) => brief(f)), [
      { rule: RULE, range: '7:13-7:14', message: 'Programma 5 past niet bij ‘programma: 4’ in de front matter.' },
    ]);
    assert.deepEqual(relatedOf(findings[0])[0][1], '4:12-4:13');
  });

  it('reports a deelprogramma of the front matter outside its programme, and nests beleidsvelden in it', () => {
    const text = chapter(
      '---',
      'document: rekening',
      'jaar: 2018',
      'programma: 4',
      'deelprogramma: 5.2',
      '---',
      '',
      '# Programma 4: Welzijn',
      '',
      '## 4.2.1 Iets',
    );
    assert.deepEqual(findingsOf(RULE, text), [
      { rule: RULE, range: '5:16-5:19', message: 'Deelprogramma 5.2 hoort niet bij ‘programma: 4’ uit de front matter: het nummer moet met ‘4.’ beginnen.' },
    ]);
    const nested = chapter('---', 'document: rekening', 'jaar: 2018', 'programma: 4', 'deelprogramma: 4.2', '---', '', '# Programma 4: Welzijn', '', '## 4.3.1 Iets');
    assert.deepEqual(findingsOf(RULE, nested), [
      {
        rule: RULE,
        range: '10:4-10:9',
        message: 'Beleidsveld 4.3.1 past niet onder ‘deelprogramma: 4.2’ uit de front matter (Programma 4): het nummer moet met ‘4.2.’ beginnen.',
      },
    ]);
  });

  it('reports a number used twice at the second one, pointing at the first', () => {
    const text = chapter(...FRONT, '## 4.2.1 Ondersteunende voorzieningen', '', 'Tekst.', '', '## 4.2.1 Specialistische zorg');
    const findings = only(text);
    assert.deepEqual(findings.map((f) => brief(f)), [
      { rule: RULE, range: '11:4-11:9', message: 'Het nummer 4.2.1 is al gebruikt op regel 7.' },
    ]);
    assert.deepEqual(relatedOf(findings[0]), [['file:///test/chapter.md', '7:4-7:9', 'Eerste kop met 4.2.1']]);
  });

  it('reports a programme or deelprogramma heading used twice', () => {
    const text = chapter('# Programma 4: Welzijn', '', '## Deelprogramma 4.2: Zorg', '', '## Deelprogramma 4.2: Zorg', '', '# Programma 4: Welzijn');
    assert.deepEqual(findingsOf(RULE, text).map((f) => [f.range, f.message]), [
      ['5:18-5:21', 'Het nummer 4.2 is al gebruikt op regel 3.'],
      ['7:13-7:14', 'Het nummer 4 is al gebruikt op regel 1.'],
    ]);
  });

  it('starts afresh under a new programme', () => {
    const text = chapter('# Programma 4: Welzijn', '', '## Deelprogramma 4.2: Zorg', '', '# Programma 5: Verkeer', '', '## 5.1.1 Wegen');
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('says it in English when asked', () => {
    const text = chapter('# Programma 4: Welzijn', '', '## Deelprogramma 4.2: Zorg', '', '### 4.3.1 Wonen', '', '### 4.3.1 Wonen');
    assert.deepEqual(findingsOf(RULE, text, { locale: 'en' }).map((f) => f.message), [
      'Beleidsveld 4.3.1 does not fit under Deelprogramma 4.2 (Programma 4): its number must start with ‘4.2.’.',
      'The number 4.3.1 is already used on line 5.',
      'Beleidsveld 4.3.1 does not fit under Deelprogramma 4.2 (Programma 4): its number must start with ‘4.2.’.',
    ]);
  });
});
