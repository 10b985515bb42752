/**
 * The walk over a chapter's indicator tables: every row, or every value cell, with the table and
 * the beleidsveld it stands in, in source order. Rules that look at rows or cells one by one use
 * it instead of nesting the same loops.
 */
import type { Beleidsveld, ChapterDocument, IndicatorRow, IndicatorTable, ValueCell } from './model.js';

/** A row of an indicator table with where it stands. */
export interface RowPlace {
  field: Beleidsveld;
  table: IndicatorTable;
  row: IndicatorRow;
}

/** A value cell (a cell after the name cell) with where it stands. */
export interface CellPlace extends RowPlace {
  cell: ValueCell;
}

/** What is walked: a whole chapter, or one beleidsveld (of a chapter compared with another). */
export type TableScope = Pick<ChapterDocument, 'beleidsvelden'> | Beleidsveld;

/** Every row of every indicator table in the scope, in source order. */
export function* tableRows(scope: TableScope): Generator<RowPlace> {
  const fields = 'beleidsvelden' in scope ? scope.beleidsvelden : [scope];
  for (const field of fields) {
    for (const table of field.tables) {
      for (const row of table.rows) yield { field, table, row };
    }
  }
}

/** Every value cell of every row in the scope, in source order. */
export function* tableCells(scope: TableScope): Generator<CellPlace> {
  for (const place of tableRows(scope)) {
    for (const cell of place.row.cells) yield { ...place, cell };
  }
}
