/**
 * Incremental linting: over random edit sequences the findings of the incremental linter, which
 * re-runs the per-beleidsveld rules only where the text changed, equal those of `lintChapter` on
 * a fresh parse: in one document, and with counterparts (cross-document rules) that change too.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import type { Config } from '../../../server/src/service/index.js';
import { lintChapter, parseChapter, settingsFromConfig } from '../../../server/src/service/index.js';
import { reparseChapter } from '../../../server/src/service/incremental.js';
import { IncrementalLinter } from '../../../server/src/service/incremental-lint.js';
import { WorkspaceIndex } from '../../../server/src/service/workspace.js';
import { chapterModel, chapterShaped, params, render } from './arbitraries.js';

const URI = 'file:///fuzz/chapter.md';
const ROOT = new URL('../../../../', import.meta.url).pathname;

const FRAGMENTS = [
  '\n', '\n\n', ' ', 'x', '7', '#', '## 4.2.9 Nieuw beleidsveld\n', '### Wat wilden we bereiken?\n', '|', ' | ', '| a | 1 | 2 | 3 |\n',
  '(II)', ' (I)', '*', '68 %', 'Toename', '-', 'I   Toelichting.\n', '\\* Noot.\n', '<!-- programmalint-disable value-format -->\n', '---\n',
];
const editArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(60)),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })),
});
type Edit = { at: number; remove: number; insert: string };
const apply = (text: string, e: Edit) => {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
};

function holds(start: string, edits: Edit[], config: Config | undefined): void {
  const settings = settingsFromConfig(config, 'nl');
  const linter = new IncrementalLinter();
  let text = start;
  let doc = reparseChapter(undefined, text, { uri: URI, vocabulary: settings.vocabulary });
  assert.deepStrictEqual(linter.lint(doc, settings), lintChapter(doc, settings));
  edits.forEach((edit, i) => {
    text = apply(text, edit);
    doc = reparseChapter(doc, text, { uri: URI, version: i + 1, vocabulary: settings.vocabulary });
    const expected = lintChapter(parseChapter(text, { uri: URI, version: i + 1, vocabulary: settings.vocabulary }), settings);
    assert.deepStrictEqual(linter.lint(doc, settings), expected, `findings after edit ${i + 1}`);
  });
}

describe('property: incremental linting', function () {
  this.timeout(300_000);

  it('valid chapters of every layout, random edits: the findings of lintChapter', () => {
    fc.assert(
      fc.property(chapterModel, fc.array(editArb, { minLength: 1, maxLength: 8 }), (model, edits) => {
        const rendered = render(model);
        holds(rendered.text, edits, rendered.config);
      }),
      params(150),
    );
  });

  it('chapter-shaped text, random edits: the findings of lintChapter', () => {
    fc.assert(fc.property(chapterShaped, fc.array(editArb, { minLength: 1, maxLength: 8 }), (text, edits) => holds(text, edits, undefined)), params(100));
  });

  it('a rekening and its begroting, both edited: cross-document findings as lintChapter gives them; unchanged beleidsvelden are not linted again', async () => {
    const { generateCorpus } = (await import(pathToFileURL(join(ROOT, 'bench', 'corpus.mjs')).href)) as {
      generateCorpus(options: object): { path: string; text: string }[];
    };
    const files = generateCorpus({ profiles: ['groningen'], fields: 0, programmes: [{ year: 2022, bytes: 40_000 }] });
    const begroting = files.find((f) => f.path.includes('begroting'))!.text;
    const rekening = files.find((f) => f.path.includes('rekening'))!.text;
    const settings = settingsFromConfig(undefined, 'nl');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), editArb), { minLength: 1, maxLength: 6 }), (edits) => {
        const index = new WorkspaceIndex({ settingsFor: () => settings, parse: (t, o, p) => reparseChapter(p, t, o) });
        const texts = { 'file:///b.md': begroting, 'file:///r.md': rekening };
        for (const [uri, text] of Object.entries(texts)) index.set(uri, text);
        const linter = new IncrementalLinter();
        const check = () => {
          const doc = index.get('file:///r.md')!;
          const fresh = new WorkspaceIndex({ settingsFor: () => settings });
          for (const uri of Object.keys(texts)) fresh.set(uri, index.get(uri)!.text);
          assert.deepStrictEqual(linter.lint(doc, { ...settings, workspace: index }), fresh.lint('file:///r.md'));
        };
        check();
        for (const [inBegroting, edit] of edits) {
          const uri = inBegroting ? 'file:///b.md' : 'file:///r.md';
          index.set(uri, apply(index.get(uri)!.text, edit));
          check();
        }
      }),
      params(40),
    );
    // Typing a digit in one table cell of the rekening: one beleidsveld is linted again.
    const index = new WorkspaceIndex({ settingsFor: () => settings, parse: (t, o, p) => reparseChapter(p, t, o) });
    index.set('file:///b.md', begroting);
    index.set('file:///r.md', rekening);
    const linter = new IncrementalLinter();
    linter.lint(index.get('file:///r.md')!, { ...settings, workspace: index });
    const at = rekening.indexOf(' |', rekening.indexOf('| ---', rekening.length / 2) + 200);
    index.set('file:///r.md', `${rekening.slice(0, at)}7${rekening.slice(at)}`);
    const before = { ...linter.stats };
    linter.lint(index.get('file:///r.md')!, { ...settings, workspace: index });
    assert.equal(linter.stats.linted - before.linted, 1);
    assert.ok(linter.stats.remembered - before.remembered > 5);
  });
});
