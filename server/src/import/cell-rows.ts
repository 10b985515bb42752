/**
 * The rows under the header of a cell-per-block table: rows of values without names, rows that
 * start with their number, rows that start with a name, group rows; short rows placed and reported.
 */
import { type CellTableContext, isProse } from './cell-blocks.js';
import { followsId, isLabelLine, looksLikeValue, rowIdOf } from './flat-cells.js';
import { type FlatRow, placeShortRow } from './flat-table.js';
import type { HeaderAnalysis, PendingProblem } from './header-analysis.js';

/** The body of a table as read: the header as completed (a corner, a number column), the rows, where it ends. */
export interface CellBody {
  header: string[];
  nameIndex: number;
  rows: FlatRow[];
  problems: PendingProblem[];
  /** The index of the line the body ends before. */
  end: number;
  /** How many values stand in value columns: of two readings, the higher is better. */
  score: number;
  /** The width of the rows, when rows delimited by their numbers all have one. */
  idWidth?: number;
}

/** Reads the rows of cell-per-block tables. */
export class CellRowReader {
  constructor(private readonly ctx: CellTableContext) {}

  /** The body under a header: rows in order, the header as completed (a corner, a number column), where it ends. */
  readBody(analysis: HeaderAnalysis, start: number, corner: boolean, grid: boolean): CellBody {
    const { blocks, vocabulary } = this.ctx;
    const header = [...analysis.header];
    const kinds = [...analysis.kinds];
    let nameIndex = analysis.nameIndex;
    if (grid && nameIndex !== undefined) {
      // Short headers over a grid of values: every header names values.
      kinds[nameIndex] = 'value';
      nameIndex = undefined;
    }
    const problems: PendingProblem[] = [];
    const rows: FlatRow[] = [];
    const lineOf = (b: number) => this.ctx.lines[blocks[b].first].number;
    const endLine = (b: number) => (b < blocks.length ? blocks[b].first : this.ctx.lines.length);
    const first = blocks[start];
    const usable = (b: number) => b < blocks.length && !blocks[b].empty && !this.ctx.isBoundary(blocks[b]) && !isProse(blocks[b]);
    // A row number is followed by a name; a number followed by a value is a value.
    const numberAt = (b: number) => (usable(b) && usable(b + 1) && !looksLikeValue(blocks[b + 1].text, vocabulary) ? rowIdOf(blocks[b].text) : undefined);
    const done = (end: number, idWidth?: number) => {
      let score = 0;
      for (const row of rows) {
        if (!row.pad && row.cells.length < header.length) {
          const problem = placeShortRow(row, kinds, nameIndex ?? 0, vocabulary);
          if (problem) problems.push(problem);
        }
        score += row.cells.filter((cell, k) => kinds[k] === 'value' && k !== nameIndex && looksLikeValue(cell, vocabulary)).length;
      }
      return { header, nameIndex: nameIndex ?? 0, rows, problems, end: endLine(end), score, ...(idWidth !== undefined ? { idWidth } : {}) };
    };

    // Values straight under the header: the table has no name column. The cell before the header
    // (the indicator written above the table, as in Amersfoort) names the one row.
    if (usable(start) && looksLikeValue(first.text, vocabulary) && !numberAt(start) && (nameIndex === undefined || (corner && nameIndex === 0))) {
      let name = '';
      if (nameIndex === 0) {
        name = header[0];
        header[0] = '';
      } else {
        header.unshift('');
        kinds.unshift('name');
        nameIndex = 0;
      }
      // Further rows of values without names follow in the same way (`87 | 60 | 27`, `44 + 27 = 71 | …`).
      let i = start;
      while (usable(i) && looksLikeValue(blocks[i].text, vocabulary) && !numberAt(i)) {
        const { cells, end } = this.fill(kinds, header.length, i, 1);
        if (cells.length === 0) break;
        rows.push({ cells: [rows.length === 0 ? name : '', ...cells], line: lineOf(i) });
        i = end;
      }
      return done(i);
    }
    if (nameIndex === undefined) {
      header.unshift('');
      kinds.unshift('name');
      nameIndex = 0;
    }

    // Rows that start with their number: a row runs up to the next number.
    const firstId = numberAt(start);
    if (firstId && (kinds[0] === 'number' || !kinds.includes('number'))) {
      if (kinds[0] !== 'number') {
        header.unshift(this.ctx.numberWord);
        kinds.unshift('number');
        nameIndex++;
        problems.push({
          line: lineOf(start),
          nl: `De rijen beginnen met een nummer (${first.text}) dat geen kolomkop heeft; het staat nu in een kolom "${this.ctx.numberWord}".`,
          en: `The rows start with a number (${first.text}) that has no column header; it is now in a column "${this.ctx.numberWord}".`,
        });
      }
      const n = header.length;
      let i = start;
      let id = firstId;
      const widths = new Set<number>();
      while (usable(i) && rowIdOf(blocks[i].text)) {
        let next = -1;
        for (let j = i + 1; j <= i + n && j < blocks.length; j++) {
          if (!usable(j)) break;
          const candidate = rowIdOf(blocks[j].text);
          if (candidate && followsId(id, candidate) && usable(j + 1) && !looksLikeValue(blocks[j + 1].text, vocabulary)) {
            next = j;
            break;
          }
        }
        let cells: string[];
        let end: number;
        if (next !== -1) {
          cells = blocks.slice(i, next).map((b) => b.text);
          end = next;
          widths.add(cells.length);
        } else {
          ({ cells, end } = this.fill(kinds, n, i, 0));
          if (cells.length < 2) break;
        }
        rows.push({ cells, line: lineOf(i) });
        if (next === -1) {
          i = end;
          break;
        }
        id = rowIdOf(blocks[next].text) ?? id;
        i = next;
      }
      const extra = kinds[0] === 'number' && analysis.kinds[0] !== 'number' ? 1 : 0;
      const width = widths.size === 1 ? [...widths][0] - extra : undefined;
      return done(i, width);
    }

    // Rows that start with a name: the name, then one cell per column while the cells fit.
    let i = start;
    while (usable(i)) {
      const row = this.fill(kinds, header.length, i, 0);
      // A name above a row at least as long as its own, of values only, is a group row
      // (`1.2 ondersteuning en uitkeringen` above `Waardering … | Jongeren: 7,3 … | …`).
      const below = nameIndex === 0 && kinds[1] === 'value' ? this.fill(kinds, header.length, i + 1, 0) : undefined;
      if (
        below &&
        below.cells.length >= row.cells.length &&
        below.cells.length > 1 &&
        below.cells.every((cell, k) => kinds[k] !== 'value' || looksLikeValue(cell, vocabulary))
      ) {
        rows.push({ cells: [blocks[i].text], line: lineOf(i), pad: true });
        i++;
        continue;
      }
      const values = row.cells.filter((_, k) => kinds[k] === 'value' && k !== nameIndex).length;
      if (row.cells.length > nameIndex && values > 0) {
        rows.push({ cells: row.cells, line: lineOf(i) });
        i = row.end;
        continue;
      }
      // A name alone above rows (`1.2 ondersteuning en uitkeringen`): a group row.
      if (row.cells.length === nameIndex + 1 && nameIndex === 0 && this.startsRow(kinds, header.length, row.end)) {
        rows.push({ cells: row.cells, line: lineOf(i), pad: true });
        i = row.end;
        continue;
      }
      break;
    }
    return done(i);
  }

  /** Whether a row with a value in its first value column starts at block `b`. */
  private startsRow(kinds: HeaderAnalysis['kinds'], n: number, b: number): boolean {
    const row = this.fill(kinds, n, b, 0);
    const k = kinds.findIndex((kind, i) => kind === 'value' && i < row.cells.length);
    return k !== -1 && looksLikeValue(row.cells[k], this.ctx.vocabulary);
  }

  /**
   * Takes cells for columns `from …` starting at block `b`, while they fit: a name where the name
   * goes, a row number where the number goes, anything short in a descriptive column, and in a
   * value column a value, or a text that repeats its neighbour, precedes a value or ends the row.
   */
  private fill(kinds: HeaderAnalysis['kinds'], n: number, b: number, from: number): { cells: string[]; end: number } {
    const { blocks, vocabulary } = this.ctx;
    const cells: string[] = [];
    let j = b;
    for (let k = from; k < n && j < blocks.length; k++) {
      const block = blocks[j];
      if (block.empty || this.ctx.isBoundary(block) || isProse(block)) break;
      const kind = kinds[k];
      const value = looksLikeValue(block.text, vocabulary);
      if (kind === 'name') {
        if (value || isLabelLine(block.text)) break;
      } else if (kind === 'number') {
        if (!rowIdOf(block.text)) break;
      } else if (kind === 'descriptive') {
        if (isLabelLine(block.text)) break;
      } else if (!value) {
        // A label line, or text after a label (`NB: Het gemiddelde …`), is no cell of the row.
        if (isLabelLine(block.text) || /^\p{L}{1,12}:\s/u.test(block.text)) break;
        const next = blocks[j + 1];
        const previous = cells[cells.length - 1];
        // The first value of a row may be a sentence (`In 2018 is geen onderzoek gehouden`) before
        // values; a text later in the row must not start the next row.
        const firstValue = !kinds.slice(from, k).includes('value');
        const fits =
          previous === block.text ||
          next?.text === block.text ||
          (((next !== undefined && !next.empty && !this.ctx.isBoundary(next) && looksLikeValue(next.text, vocabulary)) || k === n - 1) &&
            (firstValue || !this.startsRow(kinds, n, j)));
        if (!fits) break;
      }
      cells.push(block.text);
      j++;
    }
    return { cells, end: j };
  }
}
