/**
 * Properties of `--fix` (fix-all) on any chapter-shaped text: the fixes keep the document's line
 * endings (a CRLF file stays CRLF, a CR file CR), a byte order mark changes nothing (the parser
 * sets it aside and the CLI writes it back), and a second run changes nothing.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixChapter, parseChapter, settingsFromConfig } from '../../../server/src/service/index.js';
import { chapterModel, chapterShaped, params, render } from './arbitraries.js';

/** The line breaks of a text, by kind. */
function breaks(text: string): { crlf: number; lf: number; cr: number } {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  return { crlf, lf: (text.match(/\n/g)?.length ?? 0) - crlf, cr: (text.match(/\r/g)?.length ?? 0) - crlf };
}

function fix(text: string): string {
  const settings = settingsFromConfig(undefined, 'nl');
  const doc = parseChapter(text, { uri: 'file:///fuzz/chapter.md', vocabulary: settings.vocabulary });
  return fixChapter(doc, settings).text;
}

/** Every line break of a text made `eol`. */
const withEol = (text: string, eol: string) => text.replace(/\r\n|\r|\n/g, eol);

/** Chapters with something to fix: values with a space before %, a comma as decimal sign, markers out of order. */
const fixable = fc.oneof(
  chapterShaped,
  chapterModel.map(render).map((r) => r.text.replace(/(\d)%/g, '$1 %').replace(/(\d),(\d)/g, '$1.$2').replace('(I)', '(Z)').replace('(II)', '(I)').replace('(Z)', '(II)')),
);

describe('property: --fix keeps line endings and the byte order mark', function () {
  this.timeout(120_000);

  for (const [name, eol] of [['CRLF', '\r\n'], ['CR', '\r'], ['LF', '\n']] as const) {
    it(`a ${name} chapter stays ${name}`, () => {
      let changed = 0;
      fc.assert(
        fc.property(fixable, fc.boolean(), (raw, bom) => {
          const text = (bom ? '\ufeff' : '') + withEol(raw.replace(/^\ufeff/, ''), eol);
          const fixed = fix(text);
          if (fixed !== text.replace(/^\ufeff/, '')) changed++;
          const b = breaks(fixed);
          const others = Object.entries(b).filter(([kind, n]) => n > 0 && kind !== { '\r\n': 'crlf', '\r': 'cr', '\n': 'lf' }[eol]);
          assert.deepEqual(others, [], `line endings other than ${name} after the fix`);
          // The parser sets the mark aside (the CLI writes it back): with or without it, the same fix.
          assert.equal(fixed, bom ? fix(text.slice(1)) : fixed);
          assert.ok(!fixed.startsWith('\ufeff'));
          assert.equal(fix(fixed), fixed, 'a second fix changes nothing');
        }),
        params(40),
      );
      // The property is about fixed texts: most generated ones must have had something to fix.
      assert.ok(changed >= 10, `only ${changed} texts were changed by the fix`);
    });
  }
});
