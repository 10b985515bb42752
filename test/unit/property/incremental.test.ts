/**
 * Incremental parsing: for random sequences of edits (inserts, deletes and replacements across
 * block and heading boundaries, front matter, tables, code fences, comments, line endings), the
 * model kept up to date edit by edit equals a fresh full parse of the same text: tree,
 * beleidsvelden, tables, footnotes, front matter, and the findings of every rule.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ChapterDocument, Config } from '../../../server/src/service/index.js';
import { lintChapter, parseChapter, settingsFromConfig } from '../../../server/src/service/index.js';
import { parseStats, reparseChapter } from '../../../server/src/service/incremental.js';
import { largeChapter } from '../../helpers/generate.js';
import { chapterModel, chapterShaped, params, render } from './arbitraries.js';

const URI = 'file:///fuzz/chapter.md';

/** What gets typed or pasted: structure more than prose, so boundaries move. */
const FRAGMENTS = [
  '\n', '\n\n', '\r\n', '\r', ' ', 'x', '#', '# ', '## 4.2.9 Nieuw beleidsveld\n', '### Wat wilden we bereiken?\n', '\n# Programma 5: Wonen\n',
  '|', ' | ', '| a | 1 | 2 | 3 |\n', '| --- | --- |\n', '| Prestatie-indicatoren | Behaald 2018 | Beoogd 2019 |\n| --- | --- | --- |\n',
  '---\n', '---\njaar: 2020\n---\n', 'jaar: 2021', '```\n', '```', '~~~\n', '<!--', '-->', '<!-- programmalint-disable value-format -->\n',
  '<div>\n', '> ', '- ', '1. ', '    ', '\t', '===\n', '(II)', ' (I)', '*', '68 %', 'Toename', 'I   Toelichting.\n', '\\* Noot.\n', '[x]: /link\n', 'é😀',
];

/** An edit: at a fraction of the text (snapped to a line start now and then), delete some, insert a fragment. */
const editArb = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  lineStart: fc.boolean(),
  remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(80)),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constant(''), fc.string({ maxLength: 6 })),
});
type Edit = { at: number; lineStart: boolean; remove: number; insert: string };

function apply(text: string, edit: Edit): string {
  let at = Math.floor(edit.at * text.length);
  if (edit.lineStart) at = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
}

/** The parts of a model compared: everything (the tree with positions included). */
function comparable(doc: ChapterDocument): unknown {
  return { ...doc, lines: doc.lines.lineStarts };
}

/** Applies the edits one by one, each time comparing the incremental model and findings with a full parse. */
function holds(start: string, edits: Edit[], config: Config | undefined): void {
  const settings = settingsFromConfig(config, 'nl');
  const options = (version: number) => ({ uri: URI, version, vocabulary: settings.vocabulary });
  let text = start;
  let doc = reparseChapter(undefined, text, options(0));
  edits.forEach((edit, i) => {
    text = apply(text, edit);
    doc = reparseChapter(doc, text, options(i + 1));
    const full = parseChapter(text, options(i + 1));
    assert.deepStrictEqual(comparable(doc), comparable(full), `model after edit ${i + 1}`);
    assert.deepStrictEqual(lintChapter(doc, settings), lintChapter(full, settings), `findings after edit ${i + 1}`);
  });
}

describe('property: incremental parsing', function () {
  this.timeout(300_000);

  it('valid chapters of every layout, random edits: the same model and findings as a full parse', () => {
    fc.assert(
      fc.property(chapterModel, fc.array(editArb, { minLength: 1, maxLength: 8 }), (model, edits) => {
        const rendered = render(model);
        holds(rendered.text, edits, rendered.config);
      }),
      params(150),
    );
  });

  it('chapter-shaped text (broken tables, fences, comments, front matter, any line endings), random edits: the same', () => {
    fc.assert(
      fc.property(chapterShaped, fc.array(editArb, { minLength: 1, maxLength: 8 }), (text, edits) => holds(text, edits, undefined)),
      params(150),
    );
  });

  it('a 200 KB programme: typing in a table parses one region, not the document', () => {
    const text = largeChapter(200 * 1024);
    const settings = settingsFromConfig(undefined, 'nl');
    let doc = reparseChapter(undefined, text, { uri: URI, vocabulary: settings.vocabulary });
    const at = text.indexOf('| 68% (II) |', text.length / 2) + 3;
    const before = { ...parseStats };
    doc = reparseChapter(doc, text.slice(0, at) + '7' + text.slice(at), { uri: URI, version: 1, vocabulary: settings.vocabulary });
    assert.equal(parseStats.incremental, before.incremental + 1);
    assert.equal(parseStats.full, before.full);
    const reparsed = parseStats.reparsedChars - before.reparsedChars;
    assert.ok(reparsed < 5_000, `re-parsed ${reparsed} of ${text.length} characters`);
    assert.deepStrictEqual(comparable(doc), comparable(parseChapter(doc.text, { uri: URI, version: 1, vocabulary: settings.vocabulary })));
  });

  it('falls back to a full parse where a region boundary does not hold: an unclosed fence swallows the headings after it', () => {
    const text = largeChapter(20 * 1024);
    let doc = reparseChapter(undefined, text, { uri: URI });
    const at = text.indexOf('### Conclusie');
    const before = { ...parseStats };
    doc = reparseChapter(doc, `${text.slice(0, at)}\`\`\`\n${text.slice(at)}`, { uri: URI, version: 1 });
    assert.equal(parseStats.full, before.full + 1);
    assert.deepStrictEqual(comparable(doc), comparable(parseChapter(doc.text, { uri: URI, version: 1 })));
    assert.ok(doc.beleidsvelden.length < parseChapter(text).beleidsvelden.length, 'the fence swallowed beleidsvelden');
  });
});
