/**
 * Parses a chapter into the document model: unified + remark-parse + GFM tables + front matter,
 * once per document version. The parser is created once per process.
 */
import type { Html, Heading as MdHeading, Node, Root, RootContent, Table } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseFrontMatter } from './frontmatter.js';
import { inferKindAndYear } from './infer.js';
import type {
  Beleidsveld,
  ChapterDocument,
  Column,
  ColumnRole,
  Directive,
  DocumentKind,
  FrontMatter,
  Heading,
  IndicatorRow,
  IndicatorTable,
  Paragraph,
  TableCell,
  TableKind,
  ValueCell,
} from './model.js';
import { LineIndex, type Span, spanOfNode } from './positions.js';
import { parseCellValue } from './cell-value.js';
import { cellText } from './cell-text.js';
import { readDefinitions, readIndicatorName } from './footnote-syntax.js';
import { maskBreaks } from './value.js';
import { defaultVocabulary, type Vocabulary } from './vocabulary.js';
import { markSeriesFuture } from './series-future.js';
import { tableRows } from './table-walk.js';

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

const PROGRAMMA = /^Programma\s+(\d+)\b\s*[:.\-–]?\s*(.*)$/iu;
const DEELPROGRAMMA = /^Deelprogramma\s+(\d+\.\d+)\b\s*[:.\-–]?\s*(.*)$/iu;
const BELEIDSVELD = /^(?:Beleidsveld\s+)?(\d+\.\d+\.\d+(?:\.\d+)*)\.?(?:\s*[:\-–]\s*|\s+)(.*)$/iu;
const DIRECTIVE = /^<!--\s*programmalint-(disable-next-line|disable|enable)\b([\s\S]*?)-->$/;
const PIPE_ROW = /^\s*\|.*\|/;

/** Options for {@link parseChapter}. */
export interface ParseOptions {
  uri?: string;
  version?: number;
  vocabulary?: Vocabulary;
  /** The line index of the text, when the caller has it already. */
  lines?: LineIndex;
}

/** Parses one version of a chapter into its model. Never throws on any input text. */
export function parseChapter(source: string, options: ParseOptions = {}): ChapterDocument {
  // micromark skips a byte order mark without counting it in offsets; editors do not show it either.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const vocabulary = options.vocabulary ?? defaultVocabulary;
  const tree = parseMarkdown(text);
  return buildChapter(text, tree, tree.children.map((node) => readBlock(node, text, vocabulary)), options);
}

/**
 * What one top-level block of the tree contributes to the model, the blocks nested in it
 * (blockquotes, lists) included, in document order. Depends on the block and the text it spans
 * only, so an incremental parse keeps the items of the blocks an edit did not touch.
 */
export type BlockItem =
  | { type: 'yaml'; frontMatter: FrontMatter }
  | { type: 'heading'; heading: Heading }
  | { type: 'table'; table: IndicatorTable }
  | { type: 'paragraph'; paragraph: Paragraph }
  | { type: 'directive'; directive: Directive };

/** Reads one top-level node of the tree into model items. */
export function readBlock(node: RootContent, text: string, vocabulary: Vocabulary): BlockItem[] {
  const items: BlockItem[] = [];
  // Containers are walked with an explicit stack, not recursion: a document nested 10,000 levels
  // deep must not exhaust the call stack.
  const pending: { node: RootContent; topLevel: boolean }[] = [{ node, topLevel: true }];
  while (pending.length > 0) {
    const next = pending.pop() as { node: RootContent; topLevel: boolean };
    const current = next.node;
    switch (current.type) {
      case 'yaml':
        if (next.topLevel) {
          const span = spanOfNode(current);
          items.push({ type: 'yaml', frontMatter: parseFrontMatter(text.slice(span.start, span.end), span.start) });
        }
        break;
      case 'heading':
        items.push({ type: 'heading', heading: readHeading(current, text) });
        break;
      case 'table': {
        const table = readTable(current, text, vocabulary);
        if (table) items.push({ type: 'table', table });
        break;
      }
      case 'paragraph': {
        const span = spanOfNode(current);
        items.push({ type: 'paragraph', paragraph: { span, text: text.slice(span.start, span.end) } });
        break;
      }
      case 'html': {
        const directive = readDirective(current);
        if (directive) items.push({ type: 'directive', directive });
        break;
      }
      default:
        if ('children' in current && Array.isArray(current.children)) {
          const children = current.children as RootContent[];
          for (let i = children.length - 1; i >= 0; i--) pending.push({ node: children[i], topLevel: false });
        }
    }
  }
  return items;
}

/**
 * The model of a chapter from its tree and the items of its top-level blocks: beleidsvelden,
 * footnote definitions (which depend on the beleidsveld around them), markers, kind and year.
 */
export function buildChapter(text: string, tree: Root, blocks: readonly (readonly BlockItem[])[], options: ParseOptions = {}): ChapterDocument {
  const vocabulary = options.vocabulary ?? defaultVocabulary;
  const doc: ChapterDocument = {
    uri: options.uri ?? 'untitled:chapter.md',
    version: options.version ?? 0,
    text,
    lines: options.lines ?? new LineIndex(text),
    tree,
    headings: [],
    beleidsvelden: [],
    tables: [],
    directives: [],
    paragraphs: [],
  };

  let scope = newScope(undefined, 0);
  doc.beleidsvelden.push(scope);
  const startScope = (heading: Heading | undefined, at: number) => {
    scope.span.end = at;
    scope = newScope(heading, at);
    doc.beleidsvelden.push(scope);
  };

  for (const items of blocks) {
    for (const item of items) {
      switch (item.type) {
        case 'yaml':
          doc.frontMatter ??= item.frontMatter;
          break;
        case 'heading': {
          const heading = item.heading;
          doc.headings.push(heading);
          if (heading.kind === 'section') scope.sections.push(heading);
          else startScope(heading.kind === 'beleidsveld' ? heading : undefined, heading.span.start);
          break;
        }
        case 'table':
          doc.tables.push(item.table);
          scope.tables.push(item.table);
          break;
        case 'paragraph': {
          const { span, text: source } = item.paragraph;
          doc.paragraphs.push(item.paragraph);
          if (scope.tables.length > 0) {
            scope.definitions.push(...readDefinitions(source, span.start, vocabulary.footnotes, { text, previous: scope.definitions }));
          }
          if (PIPE_ROW.test(source)) doc.malformedTables = [...(doc.malformedTables ?? []), span];
          break;
        }
        case 'directive':
          doc.directives.push(item.directive);
          break;
      }
    }
  }
  scope.span.end = text.length;

  for (const { field, row } of tableRows(doc)) {
    field.markers.push(...row.name.markers);
    for (const cell of row.cells) field.markers.push(...cell.value.markers);
  }
  for (const field of doc.beleidsvelden) field.markers.sort((a, b) => a.span.start - b.span.start);

  applyKindAndYear(doc, doc.frontMatter, vocabulary);
  markSeriesFuture(doc, vocabulary);
  return doc;
}

function newScope(heading: Heading | undefined, start: number): Beleidsveld {
  const scope: Beleidsveld = {
    span: { start, end: start },
    sections: [],
    tables: [],
    markers: [],
    definitions: [],
  };
  if (heading) {
    scope.heading = heading;
    scope.number = heading.number;
  }
  return scope;
}

function applyKindAndYear(doc: ChapterDocument, front: FrontMatter | undefined, vocabulary: Vocabulary): void {
  const data = front?.data;
  const kind = data?.document;
  const year = data?.jaar;
  if (kind === 'begroting' || kind === 'rekening') doc.kind = kind as DocumentKind;
  if (Number.isInteger(year)) doc.year = year as number;
  if (doc.kind && doc.year !== undefined) return;
  const inference = inferKindAndYear(doc.tables, doc.headings, vocabulary);
  doc.inference = inference;
  doc.kind ??= inference.kind;
  doc.year ??= inference.year;
}

function readHeading(node: MdHeading, text: string): Heading {
  const span = spanOfNode(node);
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  const textSpan: Span =
    first && last
      ? { start: spanOfNode(first).start, end: spanOfNode(last).end }
      : { start: span.end, end: span.end };
  const content = text.slice(textSpan.start, textSpan.end);
  const heading: Heading = { kind: 'section', depth: node.depth, text: content, span, textSpan };
  const classify = (kind: Heading['kind'], pattern: RegExp) => {
    const m = pattern.exec(content);
    if (!m) return false;
    const at = textSpan.start + content.indexOf(m[1]);
    heading.kind = kind;
    heading.number = m[1];
    heading.numberSpan = { start: at, end: at + m[1].length };
    heading.title = m[2].trim();
    return true;
  };
  classify('programma', PROGRAMMA) || classify('deelprogramma', DEELPROGRAMMA) || classify('beleidsveld', BELEIDSVELD);
  return heading;
}

function readCell(node: Node, text: string, last: boolean): TableCell {
  const outerSpan = spanOfNode(node);
  const source = text.slice(outerSpan.start, outerSpan.end);
  let from = source.startsWith('|') ? 1 : 0;
  let to = source.length;
  // The last cell may hold the closing pipe, possibly followed by spaces.
  while (to > from && /\s/.test(source[to - 1])) to--;
  if (last && to > from && source[to - 1] === '|' && source[to - 2] !== '\\') to--;
  while (from < to && /\s/.test(source[from])) from++;
  while (to > from && /\s/.test(source[to - 1])) to--;
  const span = { start: outerSpan.start + from, end: outerSpan.start + to };
  return { span, outerSpan, raw: source.slice(from, to) };
}

function readTable(node: Table, text: string, vocabulary: Vocabulary): IndicatorTable | undefined {
  const [header, ...body] = node.children;
  if (!header) return undefined;
  const headerCells = header.children.map((c, i) => readCell(c, text, i === header.children.length - 1));
  if (headerCells.length === 0) return undefined;
  const columns: Column[] = headerCells.slice(1).map((cell, i) => readColumn(cell, i + 1, vocabulary));
  const label = headerCells[0];
  const labelText = cellText(label.raw);
  if (!vocabulary.isIndicatorLabel(labelText) && !columns.some((c) => c.role && !c.descriptive)) return undefined;
  // A financial overview (`Actuele begroting 2022 | Realisatie 2022 | Saldo`) is no indicator table.
  // Under an indicator label one such header (`Saldo 2017`) is a mistyped column, reported as such.
  const finance = columns.filter((c) => vocabulary.isFinanceHeader(c.header)).length;
  if (finance >= (vocabulary.isIndicatorLabel(labelText) ? 2 : 1)) return undefined;

  const rows: IndicatorRow[] = body.map((row) => {
    const cells = row.children.map((c, i) => readCell(c, text, i === row.children.length - 1));
    const [nameCell, ...valueCells] = cells;
    const name = readIndicatorName(nameCell ?? { span: spanOfNode(row), outerSpan: spanOfNode(row), raw: '' }, vocabulary.footnotes);
    const note = noteRole(name.plain, vocabulary);
    const group = !note && name.plain !== '' && valueCells.every((c) => c.raw.trim() === '');
    return {
      span: spanOfNode(row),
      name,
      cellCount: cells.length,
      ...(group ? { group } : {}),
      ...(note ? { note } : {}),
      cells: valueCells.map((cell, i): ValueCell => {
        const valueCell: ValueCell = { ...cell, value: parseCellValue(cell.raw, cell.span.start, vocabulary) };
        if (columns[i]) valueCell.column = columns[i];
        return valueCell;
      }),
    };
  });
  return {
    kind: tableKind(columns),
    span: spanOfNode(node),
    label,
    columns,
    headerSpan: spanOfNode(header),
    rows,
    headerCellCount: headerCells.length,
  };
}

/** `Eenheid:` / `Bron:` as a row name: the descriptive role of the word before the colon. */
function noteRole(name: string, vocabulary: Vocabulary): ColumnRole | undefined {
  const m = /^(.+?)\s*:$/u.exec(name.trim());
  const role = m ? vocabulary.readHeader(m[1])?.role : undefined;
  return role && vocabulary.isDescriptive(role) ? role : undefined;
}

function readColumn(cell: TableCell, index: number, vocabulary: Vocabulary): Column {
  const masked = maskBreaks(cell.raw);
  const column: Column = { index, cell, header: cellText(cell.raw) };
  const reading = vocabulary.readHeader(masked);
  if (reading) {
    if (reading.role) column.role = reading.role;
    if (reading.word !== undefined) column.word = reading.word;
    if (vocabulary.isDescriptive(reading.role)) column.descriptive = true;
    if (reading.year !== undefined && reading.yearIndex !== undefined) {
      column.year = reading.year;
      const at = cell.span.start + reading.yearIndex;
      column.yearSpan = { start: at, end: at + 4 };
    }
  }
  return column;
}

/** Bare years only, or undated measurements beside a period column: a time series. */
function tableKind(columns: Column[]): TableKind {
  const values = columns.filter((c) => !c.descriptive);
  if (values.length === 0) return 'indicators';
  if (values.every((c) => c.year !== undefined && c.word === undefined)) return 'series';
  const period = columns.some((c) => c.role === 'period');
  if (period && values.every((c) => c.role === 'realised' && c.year === undefined)) return 'series';
  return 'indicators';
}

function readDirective(node: Html): Directive | undefined {
  const m = DIRECTIVE.exec(node.value.trim());
  if (!m) return undefined;
  const rules = m[2].split(/[\s,]+/).filter(Boolean);
  return { action: m[1] as Directive['action'], rules, span: spanOfNode(node) };
}


