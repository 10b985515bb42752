/**
 * Incremental parsing: after an edit, only the top-level region around it is parsed again.
 *
 * A region runs from one top-level ATX heading (`#` … `######` at the start of a line, outside
 * any container) to the next. Such a heading closes every open block, so the Markdown before it
 * parses the same whatever follows, and the Markdown from it on parses the same whatever came
 * before. An edit is parsed again from the last region boundary whose heading line lies wholly
 * before the edit, up to the first boundary after it; the heading at that end boundary is parsed
 * along, and must come out as the same top-level heading (an unclosed code fence, a heading turned
 * into text and the like fail the check, and the whole document is parsed). The tree nodes and
 * model items of the regions before and after are kept, those after moved by the length of the
 * edit. Link reference definitions (`[x]: url`) make the parse of a reference depend on the whole
 * document: a document with one (or anything like one: `]:` anywhere) is always parsed whole.
 *
 * The previous model is consumed: its nodes and items move into the new one (the workspace
 * index holds only the newest version of a document).
 */
import type { Node, Root, RootContent } from 'mdast';
import type { ChapterDocument } from './model.js';
import { type BlockItem, buildChapter, type ParseOptions, parseMarkdown, readBlock } from './parse.js';
import { LineIndex } from './positions.js';
import { defaultVocabulary, type Vocabulary } from './vocabulary.js';

/** What an incremental parse keeps of a document besides its model. */
interface ParseState {
  vocabulary: Vocabulary;
  /** The model items of each top-level node of the tree (same order). */
  blocks: BlockItem[][];
  /** The text has something like a link reference definition. */
  definitions: boolean;
}

const states = new WeakMap<ChapterDocument, ParseState>();

/** How each parse went, for tests and the bench: whole documents and regions parsed again. */
export const parseStats = { full: 0, incremental: 0, reparsedChars: 0 };

/** Whether a text may hold a link reference definition (`[x]: url`), which resolves references anywhere in the document. */
const mayDefine = (text: string) => text.includes(']:');

/** Whether the next version of a document can be parsed incrementally (it came from this module). */
export function isTracked(doc: ChapterDocument): boolean {
  return states.has(doc);
}

/** A full parse that remembers what an incremental one needs. */
export function parseChapterTracked(source: string, options: ParseOptions = {}): ChapterDocument {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const vocabulary = options.vocabulary ?? defaultVocabulary;
  const tree = parseMarkdown(text);
  const blocks = tree.children.map((node) => readBlock(node, text, vocabulary));
  const doc = buildChapter(text, tree, blocks, options);
  states.set(doc, { vocabulary, blocks, definitions: mayDefine(text) });
  parseStats.full++;
  parseStats.reparsedChars += text.length;
  return doc;
}

/**
 * A model without its mdast tree (an empty root), for a document that is only compared with,
 * never edited or exported: the tree is most of a model's memory. Not tracked: its next version
 * is parsed whole.
 */
export function parseWithoutTree(source: string, options: ParseOptions = {}): ChapterDocument {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const vocabulary = options.vocabulary ?? defaultVocabulary;
  const tree = parseMarkdown(text);
  const blocks = tree.children.map((node) => readBlock(node, text, vocabulary));
  parseStats.full++;
  parseStats.reparsedChars += text.length;
  return buildChapter(text, { type: 'root', children: [] }, blocks, options);
}

/**
 * The model of `source`, a new version of `previous`: only the region of the edit is parsed
 * again when `previous` came from this module with the same vocabulary; otherwise (and when a
 * region boundary does not hold) the whole text. The result equals `parseChapter(source, options)`.
 */
export function reparseChapter(previous: ChapterDocument | undefined, source: string, options: ParseOptions = {}): ChapterDocument {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const vocabulary = options.vocabulary ?? defaultVocabulary;
  const state = previous ? states.get(previous) : undefined;
  if (!previous || !state || state.vocabulary !== vocabulary || state.definitions) return parseChapterTracked(source, options);
  const result = update(previous, state, text, vocabulary, options);
  if (!result) return parseChapterTracked(source, options);
  // The previous version's nodes now belong to the new one.
  states.delete(previous);
  return result;
}

function update(previous: ChapterDocument, state: ParseState, text: string, vocabulary: Vocabulary, options: ParseOptions): ChapterDocument | undefined {
  const old = previous.text;
  const children = previous.tree.children;
  if (children.length !== state.blocks.length) return undefined;

  // The edit: the common prefix and suffix of the two texts.
  const from = commonPrefix(old, text);
  const tail = commonSuffix(old, text, Math.min(old.length, text.length) - from);
  const oldTo = old.length - tail;
  const delta = text.length - old.length;

  // The region boundaries around it: top-level ATX headings at the start of a line. The
  // children are in document order: start from the one the edit begins in and look both ways.
  const isBoundary = (i: number) => {
    const node = children[i];
    return node.type === 'heading' && node.position?.start.column === 1 && old.charCodeAt(node.position.start.offset ?? -1) === 35; /* # */
  };
  const startOf = (i: number) => children[i].position?.start.offset ?? 0;
  let low = 0;
  let high = children.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (startOf(mid) <= from) low = mid;
    else high = mid - 1;
  }
  // The boundary the parse starts at (-1: the document's start): its whole heading line, the
  // line break included, lies before the edit.
  let first = -1;
  for (let i = Math.min(low, children.length - 1); i >= 0; i--) {
    if (!isBoundary(i)) continue;
    const lineBreak = lineBreakAfter(old, startOf(i));
    if (lineBreak !== -1 && lineBreak <= from) {
      first = i;
      break;
    }
  }
  // The boundary the kept tail starts at: the first one after the edit.
  let last = children.length;
  for (let i = Math.max(0, low); i < children.length; i++) {
    if (startOf(i) > oldTo && isBoundary(i)) {
      last = i;
      break;
    }
  }
  const chunkStart = first === -1 ? 0 : (children[first].position!.start.offset as number);
  const oldChunkEnd = last === children.length ? old.length : (children[last].position!.start.offset as number);
  const chunkEnd = oldChunkEnd + delta;

  // Parse the region with the heading line of its end boundary, which must stay that heading.
  let probeEnd = chunkEnd;
  if (last < children.length) {
    const lineBreak = lineBreakAfter(text, chunkEnd);
    probeEnd = lineBreak === -1 ? text.length : lineBreak;
  }
  const chunk = text.slice(chunkStart, probeEnd);
  // The rest of the text is the old one, which had no definition; the region must not get one.
  if (mayDefine(chunk)) return undefined;
  const sub = parseMarkdown(chunk);
  let nodes = sub.children;
  if (last < children.length) {
    const probe = nodes[nodes.length - 1];
    const boundary = children[last] as RootContent & { depth?: number };
    if (!probe || probe.type !== 'heading' || probe.position?.start.offset !== chunkEnd - chunkStart || probe.depth !== boundary.depth) return undefined;
    nodes = nodes.slice(0, -1);
  }
  parseStats.incremental++;
  parseStats.reparsedChars += chunkEnd - chunkStart;

  const lines = updateLines(previous.lines, text, chunkStart, oldChunkEnd, chunkEnd);
  const startLine = lines.positionAt(chunkStart).line; // zero-based; the chunk's line 1
  const lineDelta = lines.positionAt(chunkEnd).line - previous.lines.positionAt(oldChunkEnd).line;
  for (const node of nodes) movePositions(node, chunkStart, startLine);
  const kept = children.slice(last);
  if (delta !== 0 || lineDelta !== 0) {
    for (const node of kept) movePositions(node, delta, lineDelta);
  }
  const keptBlocks = state.blocks.slice(last);
  if (delta !== 0) moveSpans(keptBlocks, delta);

  const before = first === -1 ? 0 : first;
  const tree: Root = {
    type: 'root',
    children: [...children.slice(0, before), ...nodes, ...kept],
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: lines.lineCount, column: text.length - lines.lineStarts[lines.lineCount - 1] + 1, offset: text.length },
    },
  };
  const blocks = [...state.blocks.slice(0, before), ...nodes.map((node) => readBlock(node, text, vocabulary)), ...keptBlocks];
  const doc = buildChapter(text, tree, blocks, { ...options, lines });
  states.set(doc, { vocabulary, blocks, definitions: false });
  return doc;
}

/**
 * The line index of the new text from the old one: the lines before the region as they were, the
 * region's own scanned, those after it moved. Region boundaries are line starts.
 */
function updateLines(old: LineIndex, text: string, start: number, oldEnd: number, end: number): LineIndex {
  const starts = old.lineStarts;
  // Line starts up to the region's start (inclusive), then those the region's text holds.
  let before = 0;
  while (before < starts.length && starts[before] <= start) before++;
  const next = starts.slice(0, before);
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      next.push(i + 1);
    } else if (ch === 10) next.push(i + 1);
  }
  // A line start at the region's end came from its last line break; the old ones after it move.
  const delta = end - oldEnd;
  let after = before;
  while (after < starts.length && starts[after] <= oldEnd) after++;
  for (let i = after; i < starts.length; i++) next.push(starts[i] + delta);
  // A \r at the region's end before a \n after it is one line break (\r\n): not two.
  if (end > 0 && end < text.length && text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10) return new LineIndex(text);
  return new LineIndex(text, next);
}

/** Compares this many characters at a time (string comparison is native, a character loop is not). */
const BLOCK = 1024;

/** The length of the common prefix of two texts. */
function commonPrefix(a: string, b: string): number {
  const shortest = Math.min(a.length, b.length);
  let at = 0;
  while (at + BLOCK <= shortest && a.slice(at, at + BLOCK) === b.slice(at, at + BLOCK)) at += BLOCK;
  while (at < shortest && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** The length of the common suffix of two texts, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  while (n + BLOCK <= limit && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** The offset just past the line break that ends the line at `offset` (-1: the last line). */
function lineBreakAfter(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) return i + 1;
    if (ch === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return -1;
}

/** Moves a node and its descendants by `offset` characters and `lines` lines (columns stay: whole lines move). */
function movePositions(root: Node, offset: number, lines: number): void {
  const pending: Node[] = [root];
  while (pending.length > 0) {
    const node = pending.pop() as Node & { children?: Node[] };
    const position = node.position;
    if (position) {
      position.start.line += lines;
      position.end.line += lines;
      if (position.start.offset !== undefined) position.start.offset += offset;
      if (position.end.offset !== undefined) position.end.offset += offset;
    }
    if (node.children) for (const child of node.children) pending.push(child);
  }
}

/**
 * Moves every span (an object with numeric `start` and `end`: the model's only offsets) reachable
 * from the items by `delta`. The one object the model shares is a table's column, referenced from
 * each of its cells: it is moved with the table's `columns`, not through the cells.
 */
function moveSpans(items: readonly (readonly BlockItem[])[], delta: number): void {
  const pending: object[] = [];
  for (const list of items) for (const item of list) pending.push(item);
  while (pending.length > 0) {
    const current = pending.pop() as Record<string, unknown>;
    if (Array.isArray(current)) {
      for (const value of current) if (typeof value === 'object' && value !== null) pending.push(value);
      continue;
    }
    if (current instanceof Map) {
      for (const value of current.values()) if (typeof value === 'object' && value !== null) pending.push(value);
      continue;
    }
    if (typeof current.start === 'number' && typeof current.end === 'number') {
      current.start += delta;
      current.end += delta;
      continue;
    }
    for (const key in current) {
      if (key === 'column') continue;
      const value = current[key];
      if (typeof value === 'object' && value !== null) pending.push(value);
    }
  }
}
