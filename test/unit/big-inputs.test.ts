/**
 * Big and deep inputs: a 1 MB line, 10,000 levels of nested lists and blockquotes, a 50,000-row
 * table, 100,000 footnote markers. Each is parsed and linted without a crash, with its findings
 * at the right place (no timing assertions: the bench, bench/growth.mjs, prints the times). And
 * the two limits of parseMarkdown change nothing for ordinary text: a table parsed in chunks is
 * the same tree as one parsed whole.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Node } from 'mdast';
import { lintChapter, parseChapter, settingsFromConfig } from '../../server/src/service/index.js';
import { PARSE_LIMITS, parseMarkdown, tableCuts } from '../../server/src/service/parse.js';
import { chapterModel, chapterShaped, params, render } from './property/arbitraries.js';

const FRONT = [
  '---',
  'document: rekening',
  'jaar: 2018',
  'programma: 4',
  '---',
  '',
  '# Programma 4: Welzijn, gezondheid en zorg',
  '',
  '## 4.2.1 Ondersteunende voorzieningen',
  '',
].join('\n') + '\n';
const HEADER = '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |\n| --- | --- | --- | --- |\n';
const rows = (n: number) => Array.from({ length: n }, (_, i) => `| Indicator ${i} | ${i % 100}% | Toename | ${(i + 1) % 100}% |`).join('\n');

function lint(text: string) {
  const settings = settingsFromConfig(undefined, 'nl');
  const doc = parseChapter(text, { uri: 'file:///groot.md', vocabulary: settings.vocabulary });
  return lintChapter(doc, settings);
}

/** `rule@line:column` of the findings other than the missing sections (line 9 of every case). */
const places = (findings: ReturnType<typeof lint>) =>
  findings.filter((f) => f.rule !== 'sections-required').map((f) => `${f.rule}@${f.range.start.line + 1}:${f.range.start.character + 1}`);

/** The deepest nesting of lists and blockquotes in a tree (walked without recursion). */
function nesting(root: Node): number {
  let max = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const d = depth + (node.type === 'list' || node.type === 'blockquote' ? 1 : 0);
    max = Math.max(max, d);
    if ('children' in node) for (const child of node.children as Node[]) stack.push([child, d]);
  }
  return max;
}

describe('big and deep inputs', function () {
  this.timeout(180_000);

  it('a 1 MB line in a table cell: the value finding at its column', () => {
    const long = 'woord '.repeat(170_000);
    const text = FRONT + HEADER + `| ${long}| 68 % | Toename | 70% |\n`;
    assert.ok(text.split('\n')[12].length > 1_000_000);
    assert.deepEqual(places(lint(text)), [`value-format@13:${`| ${long}| `.length + 1}`]);
  });

  for (const [name, line] of [
    ['lists', '- '.repeat(10_000)],
    ['blockquotes', '> '.repeat(10_000)],
    ['lists and blockquotes', '> - '.repeat(5_000)],
    ['numbered lists', '1. '.repeat(10_000)],
  ] as const) {
    it(`10,000 levels of ${name} on one line: nested no deeper than the limit, linted`, () => {
      const text = FRONT + line + 'x\n\n### Wat wilden we bereiken in 2018?\n\nZorg.\n';
      assert.ok(nesting(parseMarkdown(text)) <= PARSE_LIMITS.maxNesting);
      const findings = lint(text);
      assert.deepEqual(findings.map((f) => `${f.rule}@${f.range.start.line + 1}`), ['sections-required@9']);
      assert.match(findings[0].message, /Wat hebben we hiervoor gedaan/);
    });
  }

  it('a staircase of 1,000 list items, each indented one level deeper: nested no deeper than the limit', () => {
    const text = FRONT + Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- punt ${i}`).join('\n') + '\n';
    const tree = parseMarkdown(text);
    assert.ok(nesting(tree) <= PARSE_LIMITS.maxNesting, `nesting ${nesting(tree)}`);
    assert.equal(tree.position?.end.offset, text.length);
  });

  it('a 50,000-row table: one table of 50,000 rows, the value finding on the last one', () => {
    const text = FRONT + HEADER + rows(49_999) + '\n| Laatste indicator | 68 % | Toename | 70% |\n';
    const settings = settingsFromConfig(undefined, 'nl');
    const doc = parseChapter(text, { uri: 'file:///groot.md', vocabulary: settings.vocabulary });
    assert.equal(doc.tables.length, 1);
    assert.equal(doc.tables[0].rows.length, 50_000);
    assert.equal(doc.tables[0].rows.at(-1)!.name.plain, 'Laatste indicator');
    const findings = lintChapter(doc, settings);
    assert.deepEqual(places(findings).filter((p) => !p.startsWith('target-attainment')), ['value-format@50012:23']);
  });

  it('100,000 footnote markers on one row: one finding for the undefined footnote', () => {
    const text = FRONT + HEADER + `| Indicator | 68% | Toename | 70% ${'(I) '.repeat(100_000)}|\n`;
    assert.deepEqual(places(lint(text)), ['footnote-undefined@13:35']);
  });
});

describe('parse limits change nothing for ordinary text', function () {
  this.timeout(120_000);
  /** Limits that cut every table of more than 3 rows into chunks of 2, in any document. */
  const eager = { maxNesting: PARSE_LIMITS.maxNesting, chunkAboveChars: 0, chunkAboveRows: 3, chunkRows: 2 };
  const never = { maxNesting: Number.MAX_SAFE_INTEGER, chunkAboveChars: Number.MAX_SAFE_INTEGER, chunkAboveRows: Number.MAX_SAFE_INTEGER, chunkRows: 1 };

  it('a table parsed in chunks is the tree of one parse, with LF, CRLF and CR', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = (FRONT + HEADER + rows(11) + '\n\nTekst.\n\n' + HEADER.replace('| --- |', '| :---: |') + rows(4) + '\n| a \\| b | `c | d` |\n\n```\n' + HEADER + rows(9) + '\n```\n').replace(/\n/g, eol);
      assert.deepEqual(parseMarkdown(text, eager), parseMarkdown(text, never), JSON.stringify(eol));
    }
  });

  it('any chapter-shaped text and any generated chapter: the same tree with the limits as without', () => {
    const arb = fc.oneof(chapterShaped, chapterModel.map((m) => render(m).text));
    fc.assert(
      fc.property(arb, (text) => {
        assert.deepEqual(parseMarkdown(text, eager), parseMarkdown(text, never));
      }),
      params(300),
    );
  });

  it('cuts the tables at the top level only, behind their own header (the check can fail)', () => {
    const text = FRONT + HEADER + rows(9) + '\n\n> ' + HEADER.replace('\n|', '\n> |') + '> ' + rows(9).replace(/\n/g, '\n> ') + '\n\n```\n' + HEADER + rows(9) + '\n```\n';
    const cuts = tableCuts(text, eager);
    assert.deepEqual(cuts.map((c) => [c.line, text.slice(c.offset, text.indexOf('\n', c.offset))]), [
      [15, '| Indicator 2 | 2% | Toename | 3% |'],
      [17, '| Indicator 4 | 4% | Toename | 5% |'],
      [19, '| Indicator 6 | 6% | Toename | 7% |'],
      [21, '| Indicator 8 | 8% | Toename | 9% |'],
    ]);
    assert.ok(cuts.every((c) => c.header === HEADER));
    assert.deepEqual(parseMarkdown(text, eager), parseMarkdown(text, never));
  });
});
