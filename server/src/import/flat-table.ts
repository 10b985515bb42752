/** A table rebuilt from flattened text (cells per line, pipe rows, glued or spaced cells), and how it is written. */
import { gfmTable } from './gfm-table.js';
import type { Vocabulary } from '../service/vocabulary.js';
import { looksLikeValue } from './flat-cells.js';
import type { ColumnKind, PendingProblem, Recognised } from './header-analysis.js';

/** A row of a rebuilt table. */
export interface FlatRow {
  /** The cells in the order of the header (as copied); a short row misses cells at its end. */
  cells: string[];
  /** Input line (1-based) where the row starts. */
  line: number;
  /**
   * Its empty cells are known (a pipe row, a group row). Every row is written to the full width;
   * a row without `pad` that is short is also reported, because where its empty cells were is a guess.
   */
  pad?: boolean;
}

/** A table rebuilt from flattened text, before it is written. */
export interface FlatTable {
  /** Header texts in the order of the copy. */
  header: string[];
  /** The name column (the label or corner cell); it is written first. */
  nameIndex: number;
  rows: FlatRow[];
  recognised: Recognised;
  problems: PendingProblem[];
  /** Input line (1-based) of the first header cell. */
  line: number;
  /** Index of the first input line after the table. */
  end: number;
  /** Header text of the copy that has no place in the table (group headers above years); written in a comment before it. */
  unplaced?: string[];
}

/** The order the columns are written in: the name column first, then the others as copied. */
function order(table: FlatTable): number[] {
  return [table.nameIndex, ...table.header.map((_, i) => i).filter((i) => i !== table.nameIndex)];
}

/** The rows as written: `[name, ...cells]`. */
export function writtenRows(table: FlatTable): string[][] {
  const columns = order(table);
  return table.rows.map((row) => {
    const name = row.cells[table.nameIndex] ?? '';
    const rest = columns.slice(1).filter((i) => i < row.cells.length).map((i) => row.cells[i]);
    // Cells beyond the header (a surplus) stay at the end.
    for (let i = table.header.length; i < row.cells.length; i++) if (!columns.includes(i)) rest.push(row.cells[i]);
    const cells = [name, ...rest];
    // Short rows are filled at the end: values are copied in order and a flattened copy mostly
    // loses the trailing empty cells (years not measured yet). A row left short would be a
    // table-row-cells error on every import; an empty cell is a warning at the cell to check.
    while (cells.length < table.header.length) cells.push('');
    return cells;
  });
}

/** The header as written: the name column first. */
export function writtenHeader(table: FlatTable): string[] {
  return order(table).map((i) => table.header[i]);
}

/** The table in the dialect: a GFM table with the label (or corner) as its first header cell. */
export function renderFlatTable(table: FlatTable): string {
  const gfm = gfmTable(writtenHeader(table), writtenRows(table));
  if (!table.unplaced) return gfm;
  // An HTML comment: not shown, not lost, and the problem report says what it holds.
  return `<!-- ${table.unplaced.join(' | ').replace(/--/g, '- -')} -->\n${gfm}`;
}

/** `"% bewoners dat …"`: a row or indicator name shortened for a message. */
export function shortName(name: string): string {
  return name.length > 60 ? name.slice(0, 57).trimEnd() + '…' : name;
}

/** The problem for a row with fewer cells than the header: in a flattened copy it cannot be aligned. */
export function shortRowProblem(row: FlatRow, nameIndex: number, width: number): PendingProblem {
  const name = shortName(row.cells[nameIndex] ?? '');
  const have = Math.max(0, row.cells.length - 1);
  const want = width - 1;
  const label = name === '' ? 'De rij' : `De rij "${name}"`;
  const labelEn = name === '' ? 'The row' : `The row "${name}"`;
  return {
    line: row.line,
    nl: `${label} heeft ${have} ${have === 1 ? 'cel' : 'cellen'} naast de naam, de kop heeft ${want} ${want === 1 ? 'kolom' : 'kolommen'}. Welke cellen in de publicatie leeg waren, staat niet in de kopie: de cellen staan op volgorde en de rij is aan het eind aangevuld met lege cellen. Controleer of de waarden onder de goede kop staan.`,
    en: `${labelEn} has ${have} ${have === 1 ? 'cell' : 'cells'} besides the name, the header has ${want} ${want === 1 ? 'column' : 'columns'}. Which cells were empty in the publication is not in the copy: the cells are in order and the row was filled with empty cells at its end. Check that the values stand under the right header.`,
  };
}

/**
 * A row with fewer cells than the header, from a copy that drops empty cells: its trailing texts
 * (a source `CBS`, a reference `*`) move under the trailing descriptive columns (Bron), with empty
 * value cells between. Returns the problem to report when the place of its values is a guess:
 * the row is still short, or some value cells hold values and others are empty.
 */
export function placeShortRow(row: FlatRow, kinds: readonly ColumnKind[], nameIndex: number, vocabulary: Vocabulary): PendingProblem | undefined {
  // A lone marker (`*`) refers to a note (Teylingen's Bron): no value.
  row.cells = alignTail(row.cells, kinds, (text) => looksLikeValue(text, vocabulary) && !/^\*+$/.test(text));
  const values = row.cells.filter((cell, k) => kinds[k] === 'value' && k !== nameIndex && cell !== '').length;
  const columns = kinds.filter((kind, k) => kind === 'value' && k !== nameIndex).length;
  return row.cells.length < kinds.length || (values > 0 && values < columns) ? shortRowProblem(row, nameIndex, kinds.length) : undefined;
}

/** The cells with their non-value tail moved to the trailing descriptive columns; unchanged when the tail is a value. */
function alignTail(cells: string[], kinds: readonly ColumnKind[], isValue: (text: string) => boolean): string[] {
  const width = kinds.length;
  let descriptive = 0;
  while (descriptive < width && kinds[width - 1 - descriptive] === 'descriptive') descriptive++;
  let tail = 0;
  // The first cell is the name (or number): never part of the tail.
  while (tail < descriptive && tail < cells.length - 1 && !isValue(cells[cells.length - 1 - tail])) tail++;
  if (tail === 0 || cells.length >= width) return cells;
  const head = cells.slice(0, cells.length - tail);
  return [...head, ...Array<string>(width - tail - head.length).fill(''), ...cells.slice(cells.length - tail)];
}
