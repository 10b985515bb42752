/**
 * The context classifier of completion: what the cursor is on, read from the model (front matter,
 * tables, beleidsvelden) and from the line's text, so a row being typed below a table is understood too.
 */
import { readBbvTable } from '../../bbv.js';
import { indicatorKey } from '../../footnote-syntax.js';
import type { Beleidsveld, ChapterDocument, IndicatorTable } from '../../model.js';
import type { Position, Span } from '../../positions.js';
import type { FeatureContext } from '../context.js';
import { beleidsveldAt, collapse, isPipeLine, lineCellAt, lineCells, tableAt } from '../shared.js';
import type { BbvCell, CompletionContext, RowNameContext } from './context.js';
import { markersTyped } from './markers-typed.js';

/** The line of the cursor: its number, text and start offset, and the cursor within it. */
interface Cursor {
  line: number;
  text: string;
  /** The cursor's character, clamped to the line. */
  character: number;
  /** The cursor's offset. */
  offset: number;
  /** The span from a character of the line to the cursor. */
  upTo(start: number): Span;
}

/**
 * The places the cursor is on, in the order their items are listed: none (prose, a fence, the
 * delimiter row, past the end), one, or a table cell followed by the footnote markers typed in it.
 */
export function classifyCompletion(doc: ChapterDocument, position: Position, ctx: FeatureContext): CompletionContext[] {
  if (position.line < 0 || position.line >= doc.lines.lineCount) return [];
  const text = doc.lines.lineText(position.line);
  const character = Math.min(position.character, text.length);
  const lineStart = doc.lines.offsetAt({ line: position.line, character: 0 });
  const offset = lineStart + character;
  const cursor: Cursor = { line: position.line, text, character, offset, upTo: (start) => ({ start: lineStart + start, end: offset }) };

  const front = doc.frontMatter;
  if (front && offset > front.span.start && offset < front.span.end) {
    const first = doc.lines.positionAt(front.span.start).line;
    const last = doc.lines.positionAt(front.span.end).line;
    if (position.line === first || position.line === last) return [];
    return [frontMatterContext(cursor)];
  }
  if (/^ {0,3}#{1,6}(?:\s|$)/.test(text)) return headingContext(doc, cursor);

  const table = tableAt(doc, offset);
  if (!table && !isPipeLine(text)) return definitionLineContext(doc, cursor);
  const cell = lineCellAt(text, character);
  const typing = cell ? markersTyped(text, cell, character, lineStart, ctx) : [];
  const exclusive = typing.filter((t) => !t.merge);
  if (exclusive.length > 0) return [{ kind: 'footnote-marker', markers: exclusive, field: beleidsveldAt(doc, offset) }];
  // A trigger character of a marker (`*`, `)`, `^`) that starts none here asks for nothing else.
  if (typing.length === 0 && /[*)^]$/.test(text.slice(0, character))) return [];
  if (!cell) return [];

  const place = tablePlace(doc, table, text, offset, lineStart, ctx);
  if (!place) return [];
  const start = Math.min(cell.contentStart, character);
  const span = cursor.upTo(start);
  // A space after a pipe, so `|Toename` becomes `| Toename`.
  const prefix = start > 0 && text[start - 1] === '|' ? ' ' : '';
  if (place.header) {
    if (cell.index === 0) return [{ kind: 'header-label', span, prefix }];
    const others = lineCells(text).filter((c) => c.index !== cell.index).map((c) => collapse(c.text));
    return [{ kind: 'header-column', span, prefix, others }];
  }
  // Markers typed after a blank are offered beside the cell's items, after them.
  const markers: CompletionContext[] =
    typing.length > 0 ? [{ kind: 'footnote-marker', markers: typing, field: beleidsveldAt(doc, offset) }] : [];
  const row: Omit<RowNameContext, 'kind'> = { span, prefix, field: place.field, rowStart: place.rowStart };
  if (place.table) row.table = place.table;
  const bbv = bbvCell(doc, place.table, text, cell.index);
  if (bbv) row.bbv = bbv;
  if (cell.index === 0) return [{ kind: 'row-name', ...row }, ...markers];
  const column = place.table?.columns.find((c) => c.index === cell.index);
  // The key from the line's text, not the model: while a row is typed the parser may still see
  // fewer cells (a trailing `| ` is read as part of the name).
  const key = indicatorKey(collapse(lineCells(text)[0]?.text ?? '').replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1'));
  return [{ kind: 'row-value', ...row, key, ...(column ? { column } : {}) }, ...markers];
}

/**
 * Which BBV cell a cell of a row is: the official name cell or an Eenheid cell of a BBV table;
 * undefined for any other cell, or when the table is no BBV table.
 * @param line the text of the row's line (the row may still be typed below the table)
 * @param cellIndex the cell's index in the line (0: the first cell)
 */
export function bbvCell(doc: ChapterDocument, table: IndicatorTable | undefined, line: string, cellIndex: number): BbvCell | undefined {
  if (!table) return undefined;
  const reading = readBbvTable(doc, table);
  if (!reading.reason) return undefined;
  if (cellIndex === reading.nameIndex) return { cell: 'name' };
  if (reading.unitColumn && cellIndex === reading.unitColumn.index) {
    return { cell: 'unit', name: lineCells(line)[reading.nameIndex]?.text ?? '' };
  }
  return undefined;
}

function frontMatterContext(cursor: Cursor): CompletionContext {
  const { text, character } = cursor;
  const colon = text.indexOf(':');
  if (colon === -1 || character <= colon) {
    const keyStart = text.length - text.trimStart().length;
    return { kind: 'front-matter-key', span: cursor.upTo(Math.min(keyStart, character)), line: cursor.line, hasColon: colon !== -1 };
  }
  let valueStart = colon + 1;
  while (valueStart < character && /\s/.test(text[valueStart])) valueStart++;
  const prefix = valueStart === colon + 1 ? ' ' : '';
  return { kind: 'front-matter-value', span: cursor.upTo(valueStart), key: text.slice(0, colon).trim(), prefix };
}

function headingContext(doc: ChapterDocument, cursor: Cursor): CompletionContext[] {
  const { text, character } = cursor;
  const hashes = (/^ {0,3}#{1,6}/.exec(text) as RegExpExecArray)[0].length;
  if (character < hashes) return [];
  let start = hashes;
  while (start < character && /\s/.test(text[start])) start++;
  const prefix = start === hashes ? ' ' : '';
  return [{ kind: 'heading', span: cursor.upTo(start), prefix, field: beleidsveldAt(doc, cursor.offset), line: cursor.line }];
}

/**
 * On a line outside tables, the start of a definition line: only with nothing after the cursor
 * and at most 8 characters typed.
 */
function definitionLineContext(doc: ChapterDocument, cursor: Cursor): CompletionContext[] {
  const { text, character } = cursor;
  if (text.slice(character).trim() !== '') return [];
  const typed = text.slice(0, character).trimStart();
  if (typed.length > 8) return [];
  const field = beleidsveldAt(doc, cursor.offset);
  if (!field) return [];
  return [{ kind: 'definition-line', span: cursor.upTo(character - typed.length), typed, field }];
}

/** Where in a table the cursor is: the header, or a row (of a parsed table, or a pipe line below one). */
interface TablePlace {
  header: boolean;
  table?: IndicatorTable;
  field: Beleidsveld;
  /** Start of the row's source, to leave the row's own name out of name completions. */
  rowStart: number;
}

function tablePlace(
  doc: ChapterDocument,
  table: IndicatorTable | undefined,
  line: string,
  offset: number,
  lineStart: number,
  ctx: FeatureContext,
): TablePlace | undefined {
  const field = beleidsveldAt(doc, offset);
  if (table) {
    if (offset >= table.headerSpan.start && offset <= table.headerSpan.end) return { header: true, table, field, rowStart: lineStart };
    const row = table.rows.find((r) => offset >= r.span.start && offset <= r.span.end);
    if (!row) {
      // The delimiter row, or an empty continuation line of the table.
      return isPipeLine(line) && !/^\s*\|?\s*:?-+/.test(line) ? { header: false, table, field, rowStart: lineStart } : undefined;
    }
    return { header: false, table, field, rowStart: row.span.start };
  }
  // A pipe line the parser did not take as a table: a header being typed, or a row below a table.
  const first = collapse(lineCells(line)[0]?.text ?? '');
  if (ctx.settings.vocabulary.isIndicatorLabel(first)) return { header: true, field, rowStart: lineStart };
  const above = field.tables.filter((t) => t.span.end <= offset).pop();
  if (above) return { header: false, table: above, field, rowStart: lineStart };
  return { header: true, field, rowStart: lineStart };
}
