/**
 * Where a finding about a table cell points when the cell is empty. An empty cell has no content
 * to underline: its content span is a point (after the pipe, or before the closing one), so the
 * blanks between its pipes stand for it, and a cell written as `||` is pointed at by its pipe.
 */
import type { TableCell, ValueCell } from './model.js';
import type { Span } from './positions.js';

/**
 * The blanks between the pipes of a cell around its content span: where a fix writes the value
 * of an empty cell (`| - |`). A point for a cell written as `||`.
 */
export function cellBlanks(text: string, cell: TableCell): Span {
  let start = cell.span.start;
  let end = cell.span.end;
  while (start > cell.outerSpan.start && text[start - 1] !== '|' && isBlank(text[start - 1])) start--;
  while (end < cell.outerSpan.end && text[end] !== '|' && isBlank(text[end])) end++;
  return { start, end };
}

/** Where a finding about an empty cell points: its blanks, or the cell with its pipe when it has none (`||`). */
export function emptyCellSpan(text: string, cell: TableCell): Span {
  const blanks = cellBlanks(text, cell);
  return blanks.start < blanks.end ? blanks : cell.outerSpan;
}

/** Where a finding about a cell's value points: the main value, or the blanks of an empty cell. */
export function valueSpan(text: string, cell: ValueCell): Span {
  const main = cell.value.main;
  return main.type === 'empty' ? emptyCellSpan(text, cell) : main.span;
}

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t';
}
