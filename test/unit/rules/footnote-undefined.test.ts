import assert from 'node:assert/strict';
import { applyFix, brief, chapter, editsOf, findingsOf, lint, ruleFindings } from '../../helpers/service.js';

const RULE = 'footnote-undefined';

const HEAD = [
  '## 4.2.1 Ondersteunende voorzieningen',
  '',
  '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
  '| --- | --- | --- | --- |',
];

const only = (text: string, options: Parameters<typeof lint>[1] = {}) => ruleFindings(RULE, text, options);

describe('footnote-undefined', () => {
  it('reports a marker in an indicator name without a definition, at the marker', () => {
    const text = chapter(...HEAD, '| Bewoners tevreden (III) | 68% | Toename | 70% |');
    assert.deepEqual(findingsOf(RULE, text), [
      { rule: RULE, range: '5:21-5:26', message: 'De voetnoot (III) heeft geen toelichting in beleidsveld 4.2.1.' },
    ]);
  });

  it('reports each numeral once, at its first use, with the other uses as related locations', () => {
    const text = chapter(
      ...HEAD,
      '| Bewoners tevreden | 68% (II) | Toename | 70% (II) |',
      '| Bewoners geholpen | 64% (II) | Toename | 66% |',
    );
    const findings = only(text);
    assert.deepEqual(findings.map((f) => brief(f)), [
      { rule: RULE, range: '5:27-5:31', message: 'De voetnoot (II) heeft geen toelichting in beleidsveld 4.2.1.' },
    ]);
    assert.deepEqual(
      findings[0].related.map((r) => [r.range.start.line + 1, r.range.start.character + 1, r.range.end.character + 1, r.message]),
      [
        [5, 48, 52, 'Hier wordt (II) ook gebruikt.'],
        [6, 27, 31, 'Hier wordt (II) ook gebruikt.'],
      ],
    );
    assert.equal(findings[0].related[0].uri, 'file:///test/chapter.md');
  });

  it('accepts definitions with and without parentheses', () => {
    const text = chapter(
      ...HEAD,
      '| Bewoners tevreden (I) | 68% (II) | Toename | 70% (II) |',
      '',
      'I   Anders gedefinieerd dan vorig jaar.',
      '',
      '(II) Alleen bewoners met contact.',
    );
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('matches asterisk markers to escaped asterisk definitions by their number of asterisks', () => {
    const text = chapter(
      ...HEAD,
      '| Cliënten met eigen regie | 82% | Toename | -* |',
      '| Cliënten die zich redden | 82% | Toename | 80%** |',
      '',
      '\\* In 2020 is op een alternatieve wijze onderzoek gedaan.',
    );
    assert.deepEqual(findingsOf(RULE, text), [
      { rule: RULE, range: '6:49-6:51', message: 'De voetnoot ** heeft geen toelichting in beleidsveld 4.2.1.' },
    ]);
  });

  it('keeps footnotes within their beleidsveld', () => {
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
      '| Cliënten tevreden | 85% (I) | Toename | 84% |',
    );
    assert.deepEqual(findingsOf(RULE, text), [
      { rule: RULE, range: '13:27-13:30', message: 'De voetnoot (I) heeft geen toelichting in beleidsveld 4.2.2.' },
    ]);
  });

  it('speaks English when asked', () => {
    const text = chapter(...HEAD, '| Bewoners tevreden (I) | 68% | Toename | 70% |');
    assert.deepEqual(
      only(text, { locale: 'en' }).map((f) => [f.message, f.fixes[0].title]),
      [['Footnote (I) has no definition in policy field 4.2.1.', 'Add a definition for (I)']],
    );
  });

  describe('fix: add a definition stub', () => {
    it('starts a new paragraph after the table when the beleidsveld has no definitions', () => {
      const text = chapter(...HEAD, '| Bewoners tevreden (I) | 68% | Toename | 70% |', '', '### Conclusie');
      const [finding] = only(text);
      assert.equal(finding.fixes.length, 1);
      assert.equal(finding.fixes[0].title, 'Voeg een toelichting voor (I) toe');
      assert.equal(finding.fixes[0].safe, false, 'the stub needs text from the writer');
      assert.deepEqual(editsOf(finding), [{ range: '5:48-5:48', newText: '\n\nI   …' }]);
      assert.equal(
        applyFix(text, finding),
        chapter(...HEAD, '| Bewoners tevreden (I) | 68% | Toename | 70% |', '', 'I   …', '', '### Conclusie'),
      );
      assert.deepEqual(findingsOf(RULE, applyFix(text, finding)), []);
    });

    it('puts the stub in numeric order, in the style of the existing definitions', () => {
      const text = chapter(
        ...HEAD,
        '| Bewoners tevreden (I) | 68% (II) | Toename | 70% (III) |',
        '',
        '(I) Anders gedefinieerd.',
        '',
        '(III) Alleen bewoners met contact.',
      );
      const [finding] = only(text);
      assert.deepEqual(brief(finding), {
        rule: RULE,
        range: '5:31-5:35',
        message: 'De voetnoot (II) heeft geen toelichting in beleidsveld 4.2.1.',
      });
      assert.deepEqual(editsOf(finding), [{ range: '7:25-7:25', newText: '\n\n(II) …' }]);
    });

    it('keeps aligned definitions aligned and writes a block as a block', () => {
      const text = chapter(
        ...HEAD,
        '| Bewoners tevreden (I) | 68% (II) | Toename | 70% (III) |',
        '',
        'I   Anders gedefinieerd.',
        'II  Alleen bewoners met contact.',
      );
      const [finding] = only(text);
      assert.deepEqual(editsOf(finding), [{ range: '8:33-8:33', newText: '\nIII …' }]);
    });

    it('puts a lower numeral before the existing definitions', () => {
      const text = chapter(...HEAD, '| Bewoners tevreden (I) | 68% (II) | Toename | 70% |', '', 'II  Alleen bewoners met contact.');
      const [finding] = only(text);
      assert.deepEqual(editsOf(finding), [{ range: '7:1-7:1', newText: 'I   …\n\n' }]);
      assert.equal(
        applyFix(text, finding),
        chapter(...HEAD, '| Bewoners tevreden (I) | 68% (II) | Toename | 70% |', '', 'I   …', '', 'II  Alleen bewoners met contact.'),
      );
    });

    it('adds an escaped asterisk definition for an asterisk marker', () => {
      const text = chapter(...HEAD, '| Cliënten met eigen regie | 82% | Toename | -* |', '', 'Tekst.');
      const [finding] = only(text);
      assert.deepEqual(brief(finding), {
        rule: RULE,
        range: '5:47-5:48',
        message: 'De voetnoot * heeft geen toelichting in beleidsveld 4.2.1.',
      });
      assert.deepEqual(editsOf(finding), [{ range: '5:50-5:50', newText: '\n\n\\* …' }]);
    });
  });
});
