/**
 * Tables flattened to one cell per line with blank lines between the cells (PCPortal and tangelo
 * sites): a cell is a block of lines (`Werkelijk` / `2017` is one header cell). Row boundaries
 * are not in the text; they are found by counting the header cells, by row numbers (`1`, `4a`),
 * and by what a cell looks like (a value, a name). A row with fewer cells than the header cannot
 * be aligned: it is kept short and reported.
 */
import type { Vocabulary } from '../service/vocabulary.js';
import { followsId, isBareYear, isDatedHeader, isLabelLine, looksLikeValue, rowIdOf, wordCount } from './flat-cells.js';
import { type FlatRow, type FlatTable, placeShortRow } from './flat-table.js';
import { analyseHeader, type HeaderAnalysis, type HeaderCell, isGroupWord, type PendingProblem } from './header-analysis.js';
import { normaliseSpace, type SourceLine } from './source-lines.js';

/** A block of consecutive non-blank lines: in this flattening, one cell. */
export interface Block {
  /** Index of its first and last line. */
  first: number;
  last: number;
  /** The lines joined with spaces. */
  text: string;
  /** As a header: a word broken at a hyphen over two lines joined again (`Streef-` / `waarde`). */
  header: string;
  /** A line of spaces only: an empty cell made visible. */
  empty: boolean;
  lineCount: number;
}

/** Splits the input into blocks; lines for which `alone` holds (headings, labels, footnotes) are blocks of their own. */
export function splitBlocks(lines: SourceLine[], alone: (line: SourceLine) => boolean): { blocks: Block[]; at: Map<number, number> } {
  const blocks: Block[] = [];
  const at = new Map<number, number>();
  const push = (first: number, last: number, empty = false) => {
    const taken = lines.slice(first, last + 1);
    const texts = taken.map((l) => l.text);
    const header = texts.reduce((acc, t) => (acc === '' ? t : /\p{L}-$/u.test(acc) && /^\p{Ll}/u.test(t) ? acc.slice(0, -1) + t : `${acc} ${t}`), '');
    at.set(first, blocks.length);
    blocks.push({ first, last, text: normaliseSpace(texts.join(' ')), header: normaliseSpace(header), empty, lineCount: taken.length });
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.blank) {
      // A line of spaces only (`\u00a0`, ` `) is the empty corner cell of a table made visible.
      if (line.raw !== '') push(i, i, true);
      i++;
      continue;
    }
    let j = i;
    if (!alone(line)) {
      while (j + 1 < lines.length && !lines[j + 1].blank && !alone(lines[j + 1])) j++;
    }
    push(i, j);
    i = j + 1;
  }
  return { blocks, at };
}

/** Where a header starts: its last certain cell, how many short cells after it may belong to it, and how it opens. */
interface HeaderStart {
  last: number;
  extra: number;
  /** It opens with a corner cell before the first column header. */
  corner: boolean;
  /** It opens with (or has) an indicator label, so a header without rows is still a table. */
  label: boolean;
  /** Short headers over a grid of values without names. */
  grid?: boolean;
}

type BlockKind = 'empty' | 'label' | 'descriptive' | 'dated' | 'yearless' | 'year' | 'group' | 'short' | 'other';

/** What the reader needs from the importer. */
export interface CellTableContext {
  vocabulary: Vocabulary;
  blocks: Block[];
  lines: SourceLine[];
  /** Blocks that end a table whatever follows: headings, footnote definitions, footers, pipe and tab rows. */
  isBoundary(block: Block): boolean;
  /** The header of a row-number column the copy has no header for. */
  numberWord: string;
}

/** A long text or a list: not a cell. */
function isProse(block: Block): boolean {
  if (block.text.length > 300) return true;
  return block.lineCount > 1 && /(?:^|\s)(?:\d{1,2}[.)]|[•●▪◦–-])\s/.test(block.text);
}

/** Finds and reads the cell-per-block tables of an input; block kinds are computed once. */
export class CellTableReader {
  private readonly kinds = new Map<number, BlockKind>();

  constructor(private readonly ctx: CellTableContext) {}

  private kind(b: number): BlockKind {
    let kind = this.kinds.get(b);
    if (kind === undefined) {
      kind = this.classify(this.ctx.blocks[b]);
      this.kinds.set(b, kind);
    }
    return kind;
  }

  private classify(block: Block): BlockKind {
    const { vocabulary } = this.ctx;
    if (block.empty) return 'empty';
    if (this.ctx.isBoundary(block) && !vocabulary.isIndicatorLabel(block.text.replace(/\s*:$/, ''))) return 'other';
    if (block.lineCount > 3 || isProse(block)) return 'other';
    const text = block.header;
    if (vocabulary.isIndicatorLabel(text.replace(/\s*:$/, ''))) return 'label';
    // Four digits that are no year of these documents are a value (`7509`).
    if (/^\d{4}$/.test(text) && !isBareYear(text)) return 'other';
    const reading = vocabulary.readHeader(text);
    if (reading?.role && vocabulary.isDescriptive(reading.role)) return 'descriptive';
    if (reading && reading.year !== undefined) return isBareYear(text) ? 'year' : 'dated';
    if (isBareYear(text)) return 'year';
    if (isDatedHeader(text) || /^\p{Lu}(?:19|20)\d{2}$/u.test(text)) return 'dated';
    if (reading?.role) return 'yearless';
    if (isGroupWord(text, vocabulary)) return 'group';
    if (
      block.lineCount <= 2 &&
      text.length <= 40 &&
      wordCount(text) <= 5 &&
      !looksLikeValue(text, vocabulary) &&
      !/[.;:]$/.test(text)
    ) {
      return 'short';
    }
    return 'other';
  }

  /** A header cell the vocabulary or the shape of the text recognises. */
  private strong(b: number): boolean {
    const kind = this.kind(b);
    return kind === 'descriptive' || kind === 'dated' || kind === 'yearless' || kind === 'year' || kind === 'group';
  }

  /** A header cell naming a dated column: `Realisatie 2018`, `2018 Begroting`, `2017`. */
  private dated(b: number): boolean {
    const kind = this.kind(b);
    return kind === 'dated' || kind === 'year';
  }

  /**
   * Where a table's header starts at block `b`, and its last certain cell: an indicator label
   * followed by headers (descriptive columns such as `Nr | Taakveld` may stand before it), or
   * without a label two dated headers in a row or group words above years (possibly after a
   * corner cell), or header-like cells above a first row that starts with its number.
   * Undefined when no table starts here.
   */
  headerAt(b: number): HeaderStart | undefined {
    const { blocks } = this.ctx;
    if (b >= blocks.length) return undefined;
    const kind = this.kind(b);
    if (kind === 'label') return this.labelled(b) ?? this.numbered(b);
    if (kind === 'descriptive') {
      // `Nr | Taakveld | Indicator | …`: the header starts before its label.
      let l = b;
      while (l < blocks.length && this.kind(l) === 'descriptive') l++;
      if (l < blocks.length && this.kind(l) === 'label') {
        const found = this.labelled(l);
        if (found) return found;
      }
    }
    let from = b;
    let corner = false;
    if (kind === 'empty' || kind === 'short' || kind === 'other') {
      const block = blocks[b];
      const cornerLike =
        kind !== 'other' ||
        (block.lineCount === 1 && block.text.length <= 120 && !/[.:;]$/.test(block.text) && !looksLikeValue(block.text, this.ctx.vocabulary) && !this.ctx.isBoundary(block));
      if (!cornerLike) return undefined;
      corner = true;
      from = b + 1;
    }
    return this.anchored(from, corner) ?? (kind === 'empty' ? undefined : (this.numbered(b) ?? this.grid(b)));
  }

  /**
   * Two to six short cells over at least as many values, and no name anywhere: a table whose
   * rows have no name (`Taakstelling | Aantal gehuisveste | Aantal nog te huisvesten` over `87 | 60 | 27`).
   */
  private grid(b: number): HeaderStart | undefined {
    const { blocks } = this.ctx;
    let e = b;
    while (e < blocks.length && e - b < 6 && this.kind(e) === 'short') e++;
    const k = e - b;
    if (k < 2) return undefined;
    for (let j = e; j < e + k; j++) if (!this.valueAt(j) || isBareYear(blocks[j].text)) return undefined;
    return { last: e - 1, extra: 0, corner: false, label: false, grid: true };
  }

  /** The run of header cells from `from`, and its last certain cell; undefined at a second label before any value header. */
  private run(from: number, label: boolean): { last: number; seenValue: boolean; labels: number } | undefined {
    const { blocks } = this.ctx;
    let last = -1;
    let seenValue = false;
    let labels = label ? 1 : 0;
    for (let j = from; j < blocks.length && j - from < 40; j++) {
      const k = this.kind(j);
      if (k === 'label') {
        // Another label before any value header: the table starts there (the first is a title).
        if (label && !seenValue) return undefined;
        if (labels > 0) break;
        labels++;
        last = j;
      } else if (this.strong(j)) {
        // A year after cells that are no headers, followed by a value, is a value itself (`2017`, the year of a measurement).
        if (k === 'year' && j > from && this.kind(j - 1) === 'short' && this.valueAt(j + 1) && !isBareYear(blocks[j + 1].text)) break;
        last = j;
        if (k !== 'descriptive') seenValue = true;
      } else if (k !== 'short') {
        break;
      }
    }
    return { last, seenValue, labels };
  }

  /** Whether block `b` is a value (and no row number before a name). */
  private valueAt(b: number): boolean {
    const { blocks, vocabulary } = this.ctx;
    if (b >= blocks.length || blocks[b].empty || !looksLikeValue(blocks[b].text, vocabulary)) return false;
    const next = blocks[b + 1];
    return !(rowIdOf(blocks[b].text) && next !== undefined && !next.empty && !looksLikeValue(next.text, vocabulary));
  }

  /** Short cells after the last certain header cell: header or first row, decided by the rows. */
  private extraAfter(last: number): number {
    let extra = 0;
    while (extra < 6 && last + extra + 1 < this.ctx.blocks.length && this.kind(last + extra + 1) === 'short') extra++;
    return extra;
  }

  private labelled(b: number): HeaderStart | undefined {
    // A label followed by another label is a title above the table: the table starts at the second.
    if (b + 1 < this.ctx.blocks.length && this.kind(b + 1) === 'label') return undefined;
    const run = this.run(b + 1, true);
    if (!run || run.last < b + 1) return undefined;
    return { last: run.last, extra: this.extraAfter(run.last), corner: false, label: true };
  }

  /** A header without a label: it opens with two dated headers, group words above years, or a column word and a dated header. */
  private anchored(from: number, corner: boolean): HeaderStart | undefined {
    const { blocks } = this.ctx;
    if (from + 1 >= blocks.length) return undefined;
    const a = this.kind(from);
    const b = this.kind(from + 1);
    let opens = false;
    if (this.dated(from) && this.dated(from + 1)) {
      // Bare years in a row count only when they rise (`2011 | 2013`); `2017 | 2017` is no header.
      opens = !(a === 'year' && b === 'year') || Number(blocks[from + 1].text) > Number(blocks[from].text);
    } else if ((a === 'group' || a === 'yearless') && (b === 'group' || b === 'yearless' || b === 'year')) {
      // Group words above years (`Realisatie | Streefwaarde | 2019 | 2020 …`), or a word over its year.
      opens = b === 'year' || this.kind(from + 2) === 'year';
    } else if (a === 'yearless' && this.dated(from + 1)) {
      opens = true;
    }
    if (!opens) return undefined;
    const run = this.run(from, false);
    if (!run || run.last < from + 1) return undefined;
    return { last: run.last, extra: this.extraAfter(run.last), corner, label: false };
  }

  /**
   * Header-like cells (at least three, one label at most) directly above a first row that starts
   * with its number and a name: `Naam | Eenheid | Aantal` over `1 | Ziekenhuisopname … | % | 6`.
   */
  private numbered(b: number): HeaderStart | undefined {
    const { blocks, vocabulary } = this.ctx;
    let labels = 0;
    let e = b;
    let beforeLabel = true;
    while (e < blocks.length && e - b < 20) {
      const k = this.kind(e);
      if (k === 'label') {
        // Cells other than Nr-like ones before the label are no part of its header (`Thema Bestuur`).
        if (!beforeLabel && e > b) return undefined;
        labels++;
      } else if (!this.strong(e) && k !== 'short') {
        break;
      }
      if (k !== 'descriptive' && k !== 'label') beforeLabel = labels > 0;
      e++;
    }
    if (labels > 1 || e - b < 3 || e + 2 >= blocks.length) return undefined;
    const id = rowIdOf(blocks[e].text);
    const firstId = id !== undefined && (id.parts[id.parts.length - 1] === 1 || id.parts[id.parts.length - 1] === 'A' || id.parts[id.parts.length - 1] === 'a');
    const name = blocks[e + 1];
    if (!firstId || name.empty || this.ctx.isBoundary(name) || looksLikeValue(name.text, vocabulary)) return undefined;
    return { last: e - 1, extra: 0, corner: false, label: true };
  }

  /** Reads the table whose header starts at block `b`, or undefined when none does. */
  read(b: number): FlatTable | undefined {
    const start = this.headerAt(b);
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
    let body = this.readBody(analysis, bodyStart, corner, grid);
    // Rows delimited by their numbers show the real width: the header surplus is a group above the years.
    if (body.idWidth !== undefined && body.idWidth < analysis.header.length) {
      const again = analyseHeader(cells, this.ctx.vocabulary, body.idWidth);
      if (again.header.length === body.idWidth) {
        analysis = again;
        body = this.readBody(analysis, bodyStart, corner, grid);
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

  /** The body under a header: rows in order, the header as completed (a corner, a number column), where it ends. */
  private readBody(
    analysis: HeaderAnalysis,
    start: number,
    corner: boolean,
    grid: boolean,
  ): { header: string[]; nameIndex: number; rows: FlatRow[]; problems: PendingProblem[]; end: number; score: number; idWidth?: number } {
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

