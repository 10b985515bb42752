/** Tables copied from word processors and spreadsheets: one row per line, cells separated by tabs. */
import { normaliseSpace, type SourceLine } from './source-lines.js';

export interface TabTable {
  /** Rows of cells (whitespace collapsed); trailing columns empty in every row removed. */
  rows: string[][];
  /** Index of the first line after the table. */
  end: number;
  /** The input line of each row. */
  lineNumbers: number[];
}

/**
 * Reads the tab table starting at `start`: consecutive tabbed lines, also across blank lines when
 * the next non-blank line is tabbed again. One tabbed line alone is no table (a stray tab in prose).
 */
export function readTabTable(lines: SourceLine[], start: number): TabTable | undefined {
  if (!lines[start]?.tabbed) return undefined;
  const taken: SourceLine[] = [];
  let i = start;
  while (i < lines.length) {
    if (lines[i].tabbed) {
      taken.push(lines[i]);
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j].blank) j++;
    if (j > i && j < lines.length && lines[j].tabbed) {
      i = j;
      continue;
    }
    break;
  }
  if (taken.length < 2) return undefined;
  const rows = taken.map((line) => line.raw.split('\t').map(normaliseSpace));
  let width = Math.max(...rows.map((r) => r.length));
  while (width > 1 && rows.every((r) => (r[width - 1] ?? '') === '')) width--;
  return {
    rows: rows.map((r) => r.slice(0, width)),
    end: i,
    lineNumbers: taken.map((l) => l.number),
  };
}
