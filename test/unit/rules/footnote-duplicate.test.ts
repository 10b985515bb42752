import assert from 'node:assert/strict';
import type { Finding } from '../../../server/src/service/index.js';
import { brief, chapter, findingsOf, lint, ruleFindings } from '../../helpers/service.js';

const RULE = 'footnote-duplicate';

const HEAD = [
  '## 4.2.1 Ondersteunende voorzieningen',
  '',
  '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
  '| --- | --- | --- | --- |',
  '| Bewoners tevreden (I) | 68% (II) | Toename | -* |',
  '',
];

const only = (text: string, options: Parameters<typeof lint>[1] = {}) => ruleFindings(RULE, text, options);

function relatedOf(finding: Finding): [string, string, string][] {
  return finding.related.map((r) => [
    r.uri,
    `${r.range.start.line + 1}:${r.range.start.character + 1}-${r.range.end.line + 1}:${r.range.end.character + 1}`,
    r.message,
  ]);
}

describe('footnote-duplicate', () => {
  it('reports the second definition of a numeral at its numeral, pointing at the first', () => {
    const text = chapter(...HEAD, 'I   Anders gedefinieerd.', '', 'II  Met contact.', '', 'II  Nog eens.');
    const findings = only(text);
    assert.deepEqual(findings.map((f) => brief(f)), [
      { rule: RULE, range: '11:1-11:3', message: 'De toelichting II staat al eerder in beleidsveld 4.2.1, op regel 9.' },
    ]);
    assert.deepEqual(relatedOf(findings[0]), [['file:///test/chapter.md', '9:1-9:3', 'De eerste toelichting II.']]);
    assert.deepEqual(findings[0].fixes, []);
  });

  it('reports every later definition, each pointing at the first', () => {
    const text = chapter(...HEAD, 'I   Een.', 'I   Twee.', 'I   Drie.', 'II  Met contact.');
    const findings = only(text);
    assert.deepEqual(findings.map((f) => brief(f)), [
      { rule: RULE, range: '8:1-8:2', message: 'De toelichting I staat al eerder in beleidsveld 4.2.1, op regel 7.' },
      { rule: RULE, range: '9:1-9:2', message: 'De toelichting I staat al eerder in beleidsveld 4.2.1, op regel 7.' },
    ]);
    assert.deepEqual(findings.map((f) => relatedOf(f)[0][1]), ['7:1-7:2', '7:1-7:2']);
  });

  it('treats (II) and II as the same numeral', () => {
    const text = chapter(...HEAD, 'I   Een.', '', '(II) Met contact.', '', 'II  Nog eens.');
    assert.deepEqual(findingsOf(RULE, text), [
      { rule: RULE, range: '11:1-11:3', message: 'De toelichting II staat al eerder in beleidsveld 4.2.1, op regel 9.' },
    ]);
    assert.deepEqual(relatedOf(only(text)[0])[0][1], '9:2-9:4');
  });

  it('reports asterisk definitions defined twice', () => {
    const text = chapter(...HEAD, 'I   Een.', '', 'II  Twee.', '', '\\* Anders gemeten.', '', '\\* Nogmaals.');
    assert.deepEqual(findingsOf(RULE, text), [
      { rule: RULE, range: '13:1-13:3', message: 'De toelichting * staat al eerder in beleidsveld 4.2.1, op regel 11.' },
    ]);
  });

  it('allows the same numeral in another beleidsveld', () => {
    const text = chapter(
      ...HEAD,
      'I   Een.',
      '',
      'II  Twee.',
      '',
      '\\* Anders gemeten.',
      '',
      '## 4.2.2 Specialistische zorgvoorzieningen',
      '',
      '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
      '| --- | --- | --- | --- |',
      '| Cliënten tevreden (I) | 85% | Toename | 84% |',
      '',
      'I   Een, maar hier.',
    );
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('speaks English when asked', () => {
    const text = chapter(...HEAD, 'I   Een.', 'II  Twee.', 'II  Twee.');
    const [finding] = only(text, { locale: 'en' });
    assert.equal(finding.message, 'Definition II already appears earlier in policy field 4.2.1, on line 8.');
    assert.equal(finding.related[0].message, 'The first definition II.');
  });
});
