/**
 * Where the header of a cell-per-block table starts and ends: after an indicator label, at two
 * dated headers or group words above years, above rows that start with their number, or over a
 * grid of values without names.
 */
import { type BlockKind, type CellTableContext, classifyBlock } from './cell-blocks.js';
import { isBareYear, looksLikeValue, rowIdOf } from './flat-cells.js';

/** Where a header starts: its last certain cell, how many short cells after it may belong to it, and how it opens. */
export interface HeaderStart {
  last: number;
  extra: number;
  /** It opens with a corner cell before the first column header. */
  corner: boolean;
  /** It opens with (or has) an indicator label, so a header without rows is still a table. */
  label: boolean;
  /** Short headers over a grid of values without names. */
  grid?: boolean;
}

/** Finds the headers of cell-per-block tables; block kinds are computed once. */
export class CellHeaderFinder {
  private readonly kinds = new Map<number, BlockKind>();

  constructor(private readonly ctx: CellTableContext) {}

  private kind(b: number): BlockKind {
    let kind = this.kinds.get(b);
    if (kind === undefined) {
      kind = classifyBlock(this.ctx.blocks[b], this.ctx);
      this.kinds.set(b, kind);
    }
    return kind;
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
}
