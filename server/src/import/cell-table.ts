/**
 * Tables flattened to one cell per line with blank lines between the cells (PCPortal and tangelo
 * sites): a cell is a block of lines (`Werkelijk` / `2017` is one header cell). Row boundaries
 * are not in the text; they are found by counting the header cells, by row numbers (`1`, `4a`),
 * and by what a cell looks like (a value, a name). A row with fewer cells than the header cannot
 * be aligned: it is kept short and reported.
 *
 * The blocks are in `cell-blocks.ts`, finding the header in `cell-header.ts`, reading the rows in
 * `cell-rows.ts`; this file puts them together.
 */
import type { CellTableContext } from './cell-blocks.js';
import { CellHeaderFinder, type HeaderStart } from './cell-header.js';
import { CellRowReader } from './cell-rows.js';
import type { FlatTable } from './flat-table.js';
import { analyseHeader, type HeaderCell } from './header-analysis.js';

export { type Block, type CellTableContext, splitBlocks } from './cell-blocks.js';

/** Finds and reads the cell-per-block tables of an input; block kinds are computed once. */
export class CellTableReader {
  private readonly headers: CellHeaderFinder;
  private readonly rows: CellRowReader;

  constructor(private readonly ctx: CellTableContext) {
    this.headers = new CellHeaderFinder(ctx);
    this.rows = new CellRowReader(ctx);
  }

  /** Where a table's header starts at block `b` (see {@link CellHeaderFinder.headerAt}); undefined when no table starts here. */
  headerAt(b: number): HeaderStart | undefined {
    return this.headers.headerAt(b);
  }

  /** Reads the table whose header starts at block `b`, or undefined when none does. */
  read(b: number): FlatTable | undefined {
    const start = this.headers.headerAt(b);
    if (!start) return undefined;
    let best: { table: FlatTable; full: number; score: number } | undefined;
    for (let extra = 0; extra <= start.extra; extra++) {
      const last = start.last + extra;
      const cells: HeaderCell[] = [];
      for (let i = b; i <= last; i++) {
        const block = this.ctx.blocks[i];
        cells.push({ text: block.empty ? '' : block.header, line: this.ctx.lines[block.first].number });
      }
      const found = this.readWith(cells, last + 1, start.corner && !start.label, start.grid === true);
      // The reading with the most complete rows, then the most values in value columns; of equals, the shorter header.
      if (found && (!best || found.full > best.full || (found.full === best.full && found.score > best.score))) best = found;
    }
    if (!best) return undefined;
    // Without a label, a header with no row under it is no table.
    if (!start.label && best.table.rows.length === 0) return undefined;
    return best.table;
  }

  private readWith(cells: HeaderCell[], bodyStart: number, corner: boolean, grid: boolean): { table: FlatTable; full: number; score: number } | undefined {
    let analysis = analyseHeader(cells, this.ctx.vocabulary);
    let body = this.rows.readBody(analysis, bodyStart, corner, grid);
    // Rows delimited by their numbers show the real width: the header surplus is a group above the years.
    if (body.idWidth !== undefined && body.idWidth < analysis.header.length) {
      const again = analyseHeader(cells, this.ctx.vocabulary, body.idWidth);
      if (again.header.length === body.idWidth) {
        analysis = again;
        body = this.rows.readBody(analysis, bodyStart, corner, grid);
      }
    }
    const table: FlatTable = {
      header: body.header,
      nameIndex: body.nameIndex,
      rows: body.rows,
      recognised: analysis.recognised,
      ...(analysis.unplaced ? { unplaced: analysis.unplaced } : {}),
      problems: [...analysis.problems, ...body.problems],
      line: cells[0].line,
      end: body.end,
    };
    const full = body.rows.filter((r) => r.cells.length >= body.header.length).length;
    return { table, full, score: body.score };
  }
}
