/**
 * The mandatory policy indicators of the BBV (verplichte beleidsindicatoren) as a catalogue, and
 * how a chapter's tables are read against it. The list is data in `schemas/bbv-indicators.json`.
 *
 * A table is a BBV table when its first header cell or the heading above it names the BBV (the
 * data's `tableLabels`), when it has a Taakveld column, or when at least two of its rows carry an
 * official name. Names are compared tolerantly: case, accents, hyphens and spaces are ignored, as are
 * parenthesised parts (`(22)`, `(fte per 1.000 inwoners)`, `(I)`), a leading `Aantal`/`%`/`BBV`, a
 * trailing unit (`per 1.000 inwoners`, `in fte`) and a prefix or suffix after ` - ` or `:`.
 *
 * The catalogue is in `bbv-catalogue.ts`, the comparison of names in `bbv-names.ts`; both are
 * re-exported here.
 */
import { type BbvCatalogue, bbvCatalogue, type BbvIndicator, type BbvNameMatch } from './bbv-catalogue.js';
import { maskBreaks } from './cell-breaks.js';
import { cellText } from './cell-text.js';
import type { ChapterDocument, Column, Heading, IndicatorRow, IndicatorTable, TableCell, ValueCell } from './model.js';
import type { Span } from './positions.js';

export {
  type BbvData,
  type BbvIndicator,
  type BbvMatchKind,
  type BbvNameMatch,
  type BbvTaakveld,
  BbvCatalogue,
  bbvCatalogue,
} from './bbv-catalogue.js';
export { compactName, nameCandidates } from './bbv-names.js';

/** A row of a table whose name denotes a mandatory indicator. */
export interface BbvRowMatch {
  row: IndicatorRow;
  /** The cell with the name: the first cell, or the first text cell after a row number (`1.`, `0.1`). */
  nameCell: TableCell;
  match: BbvNameMatch;
  /** The span of the compared part of the name in the document. */
  span: Span;
  /** The row's cell in the Eenheid (unit) column, if the table has one. */
  unitCell?: ValueCell;
}

/** Why a table counts as a BBV table. */
export type BbvReason = 'label' | 'heading' | 'taakveld' | 'names';

/** A table read against the catalogue. */
export interface BbvTableReading {
  table: IndicatorTable;
  /** Why the table is a BBV table; absent for a table that is none. */
  reason?: BbvReason;
  /** The rows naming a mandatory indicator (misspellings only in a BBV table). */
  rows: BbvRowMatch[];
  /** Taakvelden named in a Taakveld column, with their cells. */
  taakveldCells: { code: string; cell: ValueCell }[];
  unitColumn?: Column;
  taakveldColumn?: Column;
  /** Index of the cell names are written in (0: the first cell; more after a row-number column). */
  nameIndex: number;
}

/** A row number in the name cell (`1`, `1.`, `0.1`, `13.01`, `I.17.`, `1a`, `A.`): the name is in a later cell. */
const ROW_ID = /^(?:[IVX]{1,4}\.)?\d+(?:[.\-]\d+)*[a-z]?\.?$|^[A-Z]\.$/u;

/** Roles whose cells never hold the name. */
const NOT_NAME_ROLES = new Set(['taakveld', 'unit', 'source', 'period', 'number', 'note']);

/** The cell that holds a row's indicator name, and its index among the row's cells. */
function nameCellOf(row: IndicatorRow): { cell: TableCell; index: number } {
  const plain = row.name.plain;
  if (plain !== '' && !ROW_ID.test(plain)) return { cell: row.name, index: 0 };
  for (const [i, cell] of row.cells.entries()) {
    const column = cell.column;
    if (column && (column.year !== undefined || (column.role !== undefined && NOT_NAME_ROLES.has(column.role)))) continue;
    if (/\p{L}/u.test(maskBreaks(cell.raw))) return { cell, index: column?.index ?? i + 1 };
  }
  return { cell: row.name, index: 0 };
}

/** The heading nearest above a table. */
function headingAbove(doc: ChapterDocument, table: IndicatorTable): Heading | undefined {
  let found: Heading | undefined;
  for (const heading of doc.headings) {
    if (heading.span.end > table.span.start) break;
    found = heading;
  }
  return found;
}


/**
 * Reads a table against the catalogue: which rows name a mandatory indicator and whether the table
 * is a BBV table. Misspellings are looked for only in a BBV table.
 */
export function readBbvTable(
  doc: ChapterDocument,
  table: IndicatorTable,
  catalogue: BbvCatalogue = bbvCatalogue,
): BbvTableReading {
  const unitColumn = table.columns.find((c) => c.role === 'unit');
  const taakveldColumn = table.columns.find((c) => c.role === 'taakveld');
  const taakveldCells: BbvTableReading['taakveldCells'] = [];
  if (taakveldColumn) {
    for (const row of table.rows) {
      const cell = row.cells.find((c) => c.column === taakveldColumn);
      const code = cell ? catalogue.taakveldOf(cellText(cell.raw)) : undefined;
      if (cell && code !== undefined) taakveldCells.push({ code, cell });
    }
  }
  const label = cellText(table.label.raw);
  const heading = headingAbove(doc, table);
  const matchRows = (fuzzy: boolean) => {
    const rows: BbvRowMatch[] = [];
    const indices: number[] = [];
    for (const row of table.rows) {
      const { cell, index } = nameCellOf(row);
      const match = catalogue.match(cell.raw, fuzzy);
      if (!match) continue;
      const entry: BbvRowMatch = {
        row,
        nameCell: cell,
        match,
        span: { start: cell.span.start + match.start, end: cell.span.start + match.end },
      };
      const unitCell = unitColumn ? row.cells.find((c) => c.column === unitColumn) : undefined;
      if (unitCell) entry.unitCell = unitCell;
      rows.push(entry);
      indices.push(index);
    }
    return { rows, indices };
  };
  const strict = matchRows(false);
  const reason: BbvReason | undefined = catalogue.isTableLabel(label)
    ? 'label'
    : heading && catalogue.isTableLabel(heading.text)
      ? 'heading'
      : taakveldColumn
        ? 'taakveld'
        : new Set(strict.rows.filter((r) => r.match.how === 'exact').map((r) => r.match.indicator)).size >= 2
          ? 'names'
          : undefined;
  const { rows, indices } = reason ? matchRows(true) : strict;
  const reading: BbvTableReading = { table, rows, taakveldCells, nameIndex: mostCommon(indices) ?? 0 };
  if (reason) reading.reason = reason;
  if (unitColumn) reading.unitColumn = unitColumn;
  if (taakveldColumn) reading.taakveldColumn = taakveldColumn;
  return reading;
}

/** Every table of a chapter read against the catalogue, in order. */
export function readBbvTables(doc: ChapterDocument, catalogue: BbvCatalogue = bbvCatalogue): BbvTableReading[] {
  return doc.tables.map((t) => readBbvTable(doc, t, catalogue));
}

function mostCommon(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** The years an indicator applies to, for messages and hovers: `vanaf 2017`, `2017 t/m 2019`. */
export function bbvYears(indicator: BbvIndicator): { nl: string; en: string } {
  return indicator.until === undefined
    ? { nl: `vanaf ${indicator.from}`, en: `from ${indicator.from}` }
    : { nl: `${indicator.from} t/m ${indicator.until}`, en: `${indicator.from} to ${indicator.until}` };
}
