/**
 * Parses a chapter into the document model, once per document version: the mdast tree of
 * markdown-parse.ts read into front matter, headings, beleidsvelden, tables and footnotes.
 */
import type { Html, Heading as MdHeading, Node, Root, RootContent, Table } from 'mdast';
import { parseFrontMatter } from './frontmatter.js';
import { parseMarkdown } from './markdown-parse.js';
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

export { PARSE_LIMITS, type ParseLimits, parseMarkdown, type TableCut, tableCuts } from './markdown-parse.js';

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


