/**
 * Markdown → mdast with the dialect's extensions (GFM tables, YAML front matter), and the limits
 * that keep that parse near-linear on hostile input. The document model is built from the tree
 * in parse.ts.
 */
import type { Node, Root } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .data('micromarkExtensions', [gfmTable()])
  .data('fromMarkdownExtensions', [gfmTableFromMarkdown()]);

/** Limits that keep parsing near-linear on hostile input (see {@link parseMarkdown}). */
export interface ParseLimits {
  /** Deepest container nesting (blockquotes and list items) a line may open. */
  maxNesting: number;
  /** Documents shorter than this are parsed in one go, whatever their tables. */
  chunkAboveChars: number;
  /** Tables with more body rows than this are parsed in chunks. */
  chunkAboveRows: number;
  /** Body rows per chunk. */
  chunkRows: number;
}

/** The limits of every parse: far beyond any real chapter, well below where micromark slows down. */
export const PARSE_LIMITS: Readonly<ParseLimits> = Object.freeze({ maxNesting: 32, chunkAboveChars: 64 * 1024, chunkAboveRows: 3000, chunkRows: 2000 });

/**
 * Parses Markdown into an mdast tree with the dialect's extensions.
 *
 * micromark's time grows with the square of the container nesting (a line of 10,000 `- ` took
 * two minutes, a staircase of 1,000 indented list items 38 s), and its memory with the events of
 * the whole document (a 50,000-row table needed 2 GB). So, before parsing:
 * - a line whose blockquote and list markers (plus half its indentation) nest deeper than
 *   `maxNesting` has the markers beyond that depth read as text (replaced by `x` in the copy that
 *   is parsed: same length, so every position holds; the document model takes its text from the
 *   original);
 * - a top-level table with more than `chunkAboveRows` body rows is parsed in chunks of
 *   `chunkRows` rows, each behind a copy of the header and delimiter row, and the rows are
 *   stitched back into one table with their own positions. Chunking is skipped when the
 *   document has link reference definitions (a row could refer to one in another chunk), and a
 *   chunk that does not come out as expected falls back to one parse of the whole text.
 */
export function parseMarkdown(text: string, limits: ParseLimits = PARSE_LIMITS): Root {
  const source = capNesting(text, limits.maxNesting);
  const cuts = tableCuts(source, limits);
  return (cuts.length > 0 ? parseInChunks(source, cuts) : undefined) ?? (processor.parse(source) as Root);
}

const MARKER_CHARS = /[>*+\-0-9.)]/;

/** `text` with the container markers beyond `max` levels of a line replaced by `x` (same length). */
function capNesting(text: string, max: number): string {
  let out: string[] | undefined;
  let copied = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // One line: walk its container prefix, estimating the depth it reaches.
    let depth = 0;
    let columns = 0;
    let j = i;
    let capFrom = -1;
    for (;;) {
      const token = j;
      const c = text.charCodeAt(j);
      if (c === 0x20 || c === 0x09) {
        columns += c === 0x09 ? 4 : 1;
        j++;
      } else if (c === 0x3e /* > */) {
        depth++;
        j++;
      } else if ((c === 0x2d || c === 0x2a || c === 0x2b) && isSpaceOrEnd(text.charCodeAt(j + 1))) {
        depth++;
        j++;
      } else if (c >= 0x30 && c <= 0x39) {
        let k = j;
        while (k < n && k - j < 9 && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x39) k++;
        const d = text.charCodeAt(k);
        if ((d !== 0x2e && d !== 0x29) || !isSpaceOrEnd(text.charCodeAt(k + 1))) break;
        depth++;
        j = k + 1;
      } else {
        break;
      }
      // The marker that goes over the limit is the first one read as text.
      if (capFrom < 0 && depth + (columns >> 1) > max) capFrom = token;
    }
    if (capFrom >= 0) {
      out ??= [];
      out.push(text.slice(copied, capFrom));
      let capped = '';
      for (let k = capFrom; k < j; k++) capped += MARKER_CHARS.test(text[k]) ? 'x' : text[k];
      out.push(capped);
      copied = j;
    }
    // On to the next line.
    while (j < n && text.charCodeAt(j) !== 0x0a && text.charCodeAt(j) !== 0x0d) j++;
    if (j < n && text.charCodeAt(j) === 0x0d && text.charCodeAt(j + 1) === 0x0a) j++;
    i = j + 1;
  }
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join('');
}

function isSpaceOrEnd(c: number): boolean {
  return Number.isNaN(c) || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Where a huge table is cut: the start of a body row, and the header to put before it. */
export interface TableCut {
  offset: number;
  /** 1-based line of the row. */
  line: number;
  /** The header and delimiter rows with their line endings. */
  header: string;
}

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/y;
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const PIPE_LINE = /^ {0,3}\|/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_RAW = /^ {0,3}<(?:(script|pre|style|textarea)(?:[\s>]|$)|(!--)|(\?)|(![A-Za-z])|(!\[CDATA\[))/i;
const DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:/m;

/** The cut points of the top-level tables with more than `chunkAboveRows` rows (exported for the tests). */
export function tableCuts(text: string, limits: ParseLimits): TableCut[] {
  if (text.length < limits.chunkAboveChars || DEFINITION.test(text)) return [];
  const lines: { start: number; text: string }[] = [];
  LINE.lastIndex = 0;
  while (LINE.lastIndex < text.length) {
    const start = LINE.lastIndex;
    const m = LINE.exec(text)!;
    lines.push({ start, text: m[0] });
    if (m[0] === '') break;
  }
  const content = (l: { text: string }) => l.text.replace(/\r?\n$|\r$/, '');
  const cuts: TableCut[] = [];
  let fence: string | undefined;
  let rawEnd: RegExp | undefined;
  let i = 0;
  // Front matter lines are no Markdown.
  if (lines.length > 0 && content(lines[0]) === '---') {
    const close = lines.findIndex((l, k) => k > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(content(l)));
    if (close > 0) i = close + 1;
  }
  let previousBlank = true;
  for (; i < lines.length; i++) {
    const line = content(lines[i]);
    if (fence !== undefined) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(line)) fence = undefined;
      previousBlank = false;
      continue;
    }
    if (rawEnd) {
      if (rawEnd.test(line)) rawEnd = undefined;
      previousBlank = false;
      continue;
    }
    const f = FENCE.exec(line);
    if (f) {
      fence = f[1];
      previousBlank = false;
      continue;
    }
    const h = HTML_RAW.exec(line);
    if (h) {
      rawEnd = h[1] ? new RegExp(`</${h[1]}>`, 'i') : h[2] ? /-->/ : h[3] ? /\?>/ : h[4] ? />/ : /\]\]>/;
      if (rawEnd.test(line.slice(h[0].length))) rawEnd = undefined;
      previousBlank = false;
      continue;
    }
    // A table that starts a block at the left margin, with its delimiter row.
    if (previousBlank && line.startsWith('|') && i + 1 < lines.length && DELIMITER_ROW.test(content(lines[i + 1]))) {
      let end = i + 2;
      while (end < lines.length && PIPE_LINE.test(content(lines[end]))) end++;
      const rows = end - (i + 2);
      if (rows > limits.chunkAboveRows) {
        const header = lines[i].text + lines[i + 1].text;
        for (let row = i + 2 + limits.chunkRows; row < end; row += limits.chunkRows) {
          cuts.push({ offset: lines[row].start, line: row + 1, header });
        }
      }
      i = end - 1;
      previousBlank = false;
      continue;
    }
    previousBlank = line.trim() === '';
  }
  return cuts;
}

/** Parses `text` in the chunks the cuts make and stitches the tables together; undefined when a chunk is not as expected. */
function parseInChunks(text: string, cuts: TableCut[]): Root | undefined {
  const first = processor.parse(text.slice(0, cuts[0].offset)) as Root;
  let last = first;
  for (let k = 0; k < cuts.length; k++) {
    const cut = cuts[k];
    const end = k + 1 < cuts.length ? cuts[k + 1].offset : text.length;
    const chunk = processor.parse(cut.header + text.slice(cut.offset, end)) as Root;
    const previous = first.children.at(-1);
    const table = chunk.children[0];
    if (previous?.type !== 'table' || table?.type !== 'table' || table.children.length < 2 || table.position?.start.offset !== 0) return undefined;
    const headerLines = cut.header.split(/\r\n|\r|\n/).length - 1;
    // micromark does not count a byte order mark in offsets: the first chunk has it, the others do not.
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    shiftPositions(chunk, cut.line - 1 - headerLines, cut.offset - cut.header.length - bom);
    previous.children.push(...table.children.slice(1));
    previous.position!.end = table.position!.end;
    first.children.push(...chunk.children.slice(1));
    last = chunk;
  }
  first.position!.end = last.position!.end;
  return first;
}

/** Moves every position in a tree by `lines` and `offset` (chunks start at a line start: columns stay). */
function shiftPositions(root: Node, lines: number, offset: number): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const p = node.position;
    if (p) {
      p.start = { line: p.start.line + lines, column: p.start.column, offset: (p.start.offset ?? 0) + offset };
      p.end = { line: p.end.line + lines, column: p.end.column, offset: (p.end.offset ?? 0) + offset };
    }
    if ('children' in node && Array.isArray(node.children)) stack.push(...(node.children as Node[]));
  }
}
