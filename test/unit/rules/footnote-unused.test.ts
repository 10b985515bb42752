import assert from 'node:assert/strict';
import { applyFix, brief, chapter, editsOf, findingsOf, lint, ruleFindings } from '../../helpers/service.js';

const RULE = 'footnote-unused';

const HEAD = [
  '## 4.2.1 Ondersteunende voorzieningen',
  '',
  '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
  '| --- | --- | --- | --- |',
];

const only = (text: string, options: Parameters<typeof lint>[1] = {}) => ruleFindings(RULE, text, options);

/** The only finding of the rule in a text, checked for its range, then its removal applied. */
function removal(text: string, range: string): { edits: { range: string; newText: string }[]; result: string } {
  const findings = only(text);
  assert.deepEqual(findings.map((f) => brief(f).range), [range]);
  return { edits: editsOf(findings[0]), result: applyFix(text, findings[0]) };
}

describe('footnote-unused', () => {
  it('reports a definition no marker uses, at its numeral', () => {
    const text = chapter(
      ...HEAD,
      '| Bewoners tevreden (I) | 68% | Toename | 70% |',
      '',
      'I   Anders gedefinieerd.',
      '',
      'II  Niet meer gebruikt.',
    );
    assert.deepEqual(findingsOf(RULE, text), [
      { rule: RULE, range: '9:1-9:3', message: 'De toelichting II wordt door geen voetnoot in beleidsveld 4.2.1 gebruikt.' },
    ]);
  });

  it('points inside the parentheses of a definition written as (III)', () => {
    const text = chapter(...HEAD, '| Bewoners tevreden | 68% | Toename | 70% |', '', '(III) Oud.');
    assert.deepEqual(findingsOf(RULE, text), [
      { rule: RULE, range: '7:2-7:5', message: 'De toelichting III wordt door geen voetnoot in beleidsveld 4.2.1 gebruikt.' },
    ]);
  });

  it('reports an asterisk definition without an asterisk marker, and accepts one with', () => {
    const unused = chapter(...HEAD, '| Cliënten met eigen regie | 82% | Toename | 80% |', '', '\\* In 2020 is anders gemeten.');
    assert.deepEqual(findingsOf(RULE, unused), [
      { rule: RULE, range: '7:1-7:3', message: 'De toelichting * wordt door geen voetnoot in beleidsveld 4.2.1 gebruikt.' },
    ]);
    const used = chapter(...HEAD, '| Cliënten met eigen regie | 82% | Toename | -* |', '', '\\* In 2020 is anders gemeten.');
    assert.deepEqual(findingsOf(RULE, used), []);
  });

  it('counts markers in indicator names and in cells as uses', () => {
    const text = chapter(
      ...HEAD,
      '| Bewoners tevreden (I) | 68% (II) | Toename | 70% |',
      '',
      'I   Anders gedefinieerd.',
      '',
      'II  Alleen bewoners met contact.',
    );
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('does not let a marker of one beleidsveld use a definition of another', () => {
    const text = chapter(
      ...HEAD,
      '| Bewoners tevreden (I) | 68% | Toename | 70% |',
      '',
      'I   Anders gedefinieerd.',
      '',
      '## 4.2.2 Specialistische zorgvoorzieningen',
      '',
      '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
      '| --- | --- | --- | --- |',
      '| Cliënten tevreden | 85% | Toename | 84% |',
      '',
      'I   Hoort bij 4.2.1.',
    );
    assert.deepEqual(findingsOf(RULE, text), [
      { rule: RULE, range: '15:1-15:2', message: 'De toelichting I wordt door geen voetnoot in beleidsveld 4.2.2 gebruikt.' },
    ]);
  });

  it('is silenced by a disable comment', () => {
    const definitions = ['I   Anders gedefinieerd.', '', 'II  Niet meer gebruikt.'];
    const row = '| Bewoners tevreden (I) | 68% | Toename | 70% |';
    assert.equal(findingsOf(RULE, chapter(...HEAD, row, '', ...definitions)).length, 1);
    const silenced = chapter(...HEAD, row, '', '<!-- programmalint-disable footnote-unused -->', ...definitions);
    assert.deepEqual(findingsOf(RULE, silenced), []);
  });

  it('speaks English when asked', () => {
    const text = chapter(...HEAD, '| Bewoners tevreden | 68% | Toename | 70% |', '', 'I   Oud.');
    assert.deepEqual(
      only(text, { locale: 'en' }).map((f) => [f.message, f.fixes[0].title]),
      [['Definition I is not used by any footnote marker in policy field 4.2.1.', 'Remove definition I']],
    );
  });

  describe('fix: remove the definition', () => {
    const row = '| Bewoners tevreden (I) | 68% (III) | Toename | 70% |';

    it('removes a definition paragraph with the blank line after it', () => {
      const text = chapter(...HEAD, row, '', 'I   A.', '', 'II  B.', '', 'III C.');
      const [finding] = only(text);
      assert.equal(finding.fixes[0].title, 'Verwijder de toelichting II');
      assert.equal(finding.fixes[0].safe, false);
      const { edits, result } = removal(text, '9:1-9:3');
      assert.deepEqual(edits, [{ range: '9:1-11:1', newText: '' }]);
      assert.equal(result, chapter(...HEAD, row, '', 'I   A.', '', 'III C.'));
    });

    it('removes the last definition of the file without leaving blank lines behind', () => {
      const text = chapter(...HEAD, row, '', 'I   A.', '', 'III C.', '', 'IV  D.');
      const { edits, result } = removal(text, '11:1-11:3');
      assert.deepEqual(edits, [{ range: '9:7-11:7', newText: '' }]);
      assert.equal(result, chapter(...HEAD, row, '', 'I   A.', '', 'III C.'));
    });

    it('removes only its own line inside a block of definitions', () => {
      const text = chapter(...HEAD, row, '', 'I   A.', 'II  B.', 'III C.', '', '### Conclusie');
      const { edits, result } = removal(text, '8:1-8:3');
      assert.deepEqual(edits, [{ range: '8:1-9:1', newText: '' }]);
      assert.equal(result, chapter(...HEAD, row, '', 'I   A.', 'III C.', '', '### Conclusie'));
    });

    it('keeps the blank line before the next heading when removing the last line of a block', () => {
      const text = chapter(...HEAD, row, '', 'I   A.', 'III C.', 'IV  D.', '', '### Conclusie');
      const { edits, result } = removal(text, '9:1-9:3');
      assert.deepEqual(edits, [{ range: '9:1-10:1', newText: '' }]);
      assert.equal(result, chapter(...HEAD, row, '', 'I   A.', 'III C.', '', '### Conclusie'));
    });

    it('removes the continuation lines of a definition too', () => {
      const text = chapter(...HEAD, row, '', 'I   A.', '', 'II  B, dat', 'doorloopt.', '', 'III C.');
      const { edits, result } = removal(text, '9:1-9:3');
      assert.deepEqual(edits, [{ range: '9:1-12:1', newText: '' }]);
      assert.equal(result, chapter(...HEAD, row, '', 'I   A.', '', 'III C.'));
    });
  });
});
