/**
 * Properties over generated valid chapters: they get no errors or warnings in any profile's
 * layout, and one mutation of such a chapter makes exactly the matching rule fire, at the place
 * of the mutation. Info and hint findings (such as target-attainment) are advice, not faults, and
 * are left out of "exactly".
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Config, Finding } from '../../../server/src/service/index.js';
import { lintChapter, parseChapter, settingsFromConfig } from '../../../server/src/service/index.js';
import { chapterModel, join, params, render, type Rendered } from './arbitraries.js';

function faults(text: string, config: Config | undefined): Finding[] {
  const settings = settingsFromConfig(config, 'nl');
  const doc = parseChapter(text, { uri: 'file:///fuzz/chapter.md', vocabulary: settings.vocabulary });
  return lintChapter(doc, settings).filter((f) => f.severity === 'error' || f.severity === 'warning');
}

const show = (fs: Finding[]) => fs.map((f) => `${f.rule} ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`);

/** Asserts that all faults are of `rule`, that there is one at least, and that each passes `at`. */
function exactly(rule: string, text: string, rendered: Rendered, at: (f: Finding) => boolean): void {
  const found = faults(text, rendered.config);
  assert.ok(found.length > 0, `expected ${rule}, got nothing`);
  assert.deepEqual(show(found.filter((f) => f.rule !== rule)), [], `only ${rule} may fire`);
  for (const f of found) assert.ok(at(f), `${rule} at the wrong place: ${show([f])}`);
}

describe('property: valid chapters and single mutations', function () {
  this.timeout(120_000);

  it('a generated valid chapter, in any profile layout, has no errors or warnings', () => {
    fc.assert(
      fc.property(chapterModel, (model) => {
        const r = render(model);
        assert.deepEqual(show(faults(r.text, r.config)), []);
      }),
      params(150),
    );
  });

  it('dropping a footnote definition → footnote-undefined at its marker', () => {
    const arb = chapterModel
      .map(render)
      .filter((r) => r.footnotes.length > 0)
      .chain((r) => fc.tuple(fc.constant(r), fc.nat(r.footnotes.length - 1)));
    fc.assert(
      fc.property(arb, ([r, i]) => {
        const note = r.footnotes[i];
        const lines = r.lines.filter((_, n) => n !== note.definitionLine && n !== note.definitionLine + 1);
        exactly('footnote-undefined', join(r, lines), r, (f) => note.markerLines.includes(f.range.start.line) && f.message.includes(note.marker));
      }),
      params(100),
    );
  });

  it('changing a column year → table-columns at that header', () => {
    const arb = chapterModel
      .map(render)
      .filter((r) => r.tables.some((t) => t.headers.some((h) => /\d{4}/.test(h.text))))
      .chain((r) => {
        const choices = r.tables.flatMap((t) => t.headers.filter((h) => /\d{4}/.test(h.text)).map((h) => ({ t, h })));
        return fc.tuple(fc.constant(r), fc.constantFrom(...choices), fc.constantFrom(-7, -3, 5, 11));
      });
    fc.assert(
      fc.property(arb, ([r, { t, h }, shift]) => {
        const year = Number(/\d{4}/.exec(h.text)![0]);
        const line = r.lines[t.headerLine];
        const changed = h.text.replace(String(year), String(year + shift));
        const lines = [...r.lines];
        lines[t.headerLine] = line.slice(0, h.start) + changed + line.slice(h.end);
        exactly('table-columns', join(r, lines), r, (f) => f.range.start.line === t.headerLine);
      }),
      params(100),
    );
  });

  it('duplicating a row → indicator-duplicate at the copy or its original', () => {
    const arb = chapterModel
      .map(render)
      .chain((r) => {
        const rows = r.tables.flatMap((t) => t.rows);
        return fc.tuple(fc.constant(r), fc.constantFrom(...rows));
      });
    fc.assert(
      fc.property(arb, ([r, row]) => {
        const lines = [...r.lines];
        lines.splice(row.line + 1, 0, r.lines[row.line]);
        exactly('indicator-duplicate', join(r, lines), r, (f) => f.range.start.line === row.line || f.range.start.line === row.line + 1);
      }),
      params(100),
    );
  });

  it('breaking a value (68% → 68 %) → value-format at that cell', () => {
    const arb = chapterModel
      .map(render)
      .filter((r) => r.tables.some((t) => t.rows.some((row) => row.cells.some((c) => c.text.endsWith('%')))))
      .chain((r) => {
        const cells = r.tables.flatMap((t) => t.rows.flatMap((row) => row.cells.filter((c) => c.text.endsWith('%')).map((c) => ({ row, c }))));
        return fc.tuple(fc.constant(r), fc.constantFrom(...cells));
      });
    fc.assert(
      fc.property(arb, ([r, { row, c }]) => {
        const lines = [...r.lines];
        const line = lines[row.line];
        lines[row.line] = line.slice(0, c.end - 1) + ' %' + line.slice(c.end);
        exactly(
          'value-format',
          join(r, lines),
          r,
          (f) => f.range.start.line === row.line && f.range.start.character >= c.start && f.range.end.character <= c.end + 1,
        );
      }),
      params(100),
    );
  });
});
