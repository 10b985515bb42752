/** A configuration is data: no prototype keys, no regular expressions that can hang. */
import assert from 'node:assert/strict';
import { parseConfig } from '../../server/src/service/index.js';

const brief = (text: string) =>
  parseConfig(text).problems.map((p) => `${p.key} ${p.range.start.line + 1}:${p.range.start.character + 1} ${p.message.nl}`);

describe('configuration safety', () => {
  it('rejects a regular expression with nested repetition, at its place', () => {
    assert.deepEqual(brief('{\n  "vocabulary": { "dashExplanations": ["(a+)+$"] }\n}'), [
      'vocabulary.dashExplanations.0 2:40 Deze reguliere expressie kan bij sommige tekst extreem traag worden (geneste herhaling zoals (a+)+); schrijf haar zonder herhaling binnen herhaling.',
    ]);
  });

  it('checks section headings and percentage patterns too, and still reports invalid ones', () => {
    const text = JSON.stringify({
      vocabulary: {
        percentIndicatorPatterns: ['(x*)*y', '(unclosed'],
        footnotes: { ignore: ['([0-9]+)+$'] },
        sections: { rekening: [{ id: 'x', headings: ['Wat (\\w+\\s?)+ {jaar}'] }] },
      },
    });
    assert.deepEqual(
      parseConfig(text).problems.map((p) => p.key),
      [
        'vocabulary.percentIndicatorPatterns.0',
        'vocabulary.percentIndicatorPatterns.1',
        'vocabulary.footnotes.ignore.0',
        'vocabulary.sections.rekening.0.headings.0',
      ],
    );
  });

  it('the default-style patterns pass', () => {
    assert.deepEqual(brief('{ "vocabulary": { "dashExplanations": ["een streepje (\\\\(-\\\\) )?(betekent|geeft aan)"] } }'), []);
  });

  it('rejects __proto__ and constructor keys at any depth, and the prototype stays clean', () => {
    assert.deepEqual(brief('{ "rules": { "__proto__": { "polluted": true } } }'), [
      "__proto__ 1:14 De sleutel '__proto__' is niet toegestaan in een configuratie.",
    ]);
    assert.deepEqual(brief('{ "constructor": 1 }').map((m) => m.split(' ')[0]), ['constructor']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
