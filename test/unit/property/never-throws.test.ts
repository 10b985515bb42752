/**
 * Properties over any text: parsing and linting never throw, every range and edit lies inside
 * the document, and the same input always gives the same findings.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Config, Finding } from '../../../server/src/service/index.js';
import { lintChapter, parseChapter, settingsFromConfig } from '../../../server/src/service/index.js';
import { chapterModel, chapterShaped, freeText, outOfDocument, params, render } from './arbitraries.js';

const URI = 'file:///fuzz/chapter.md';
const PROFILES: (Config | undefined)[] = [
  undefined,
  { profile: 'realisatie-doel' },
  { profile: 'nulmeting-streefwaarde' },
  { profile: 'werkelijk-begroting' },
  { profile: 'bbv' },
  { profile: ['groningen', 'realisatie-doel'] },
];
const profileArb = fc.constantFrom(...PROFILES);

/** Parses and lints; returns the text the ranges refer to (a byte order mark is not part of it). */
function analyse(text: string, config: Config | undefined): { text: string; findings: Finding[] } {
  const settings = settingsFromConfig(config, 'nl');
  const doc = parseChapter(text, { uri: URI, vocabulary: settings.vocabulary });
  return { text: doc.text, findings: lintChapter(doc, settings) };
}

function holds(text: string, config: Config | undefined): void {
  const first = analyse(text, config);
  assert.deepEqual(outOfDocument(first.text, first.findings, URI), []);
  // Deterministic: a second, fresh analysis gives exactly the same findings.
  assert.deepEqual(analyse(text, config).findings, first.findings);
}

describe('property: any text', function () {
  this.timeout(120_000);

  it('keeps a range that ends at a \\r\\n line break on its line (found by the chapter-shaped property)', () => {
    const text = '---\r\njaar: [\r\n---\r\n\r\n# Programma 4: Welzijn\r\n';
    const { findings } = analyse(text, undefined);
    assert.ok(findings.some((f) => f.rule === 'frontmatter-schema'));
    assert.deepEqual(outOfDocument(text, findings, URI), []);
  });

  it('free text: never throws, ranges inside, deterministic', () => {
    fc.assert(fc.property(freeText, profileArb, holds), params(300));
  });

  it('chapter-shaped text (front matter, headings, tables of every layout, footnotes): never throws, ranges inside, deterministic', () => {
    fc.assert(fc.property(chapterShaped, profileArb, holds), params(300));
  });

  it('a valid chapter with random cuts and insertions: never throws, ranges inside, deterministic', () => {
    const cut = chapterModel.chain((model) => {
      const text = render(model).text;
      return fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length), fc.string({ unit: 'binary', maxLength: 8 }), fc.constant(model));
    });
    fc.assert(
      fc.property(cut, ([text, a, b, insert, model]) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        holds(text.slice(0, from) + insert + text.slice(to), render(model).config);
      }),
      params(200),
    );
  });
});
