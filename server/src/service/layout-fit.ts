/**
 * How well a table's columns fit a layout: an alignment of the value columns with the slots of
 * a kind's layout for a document year, at minimal cost (an edit distance). `table-columns`
 * reports the steps of the best alignment; kind/year inference picks the kind and year whose
 * layout fits best. Descriptive columns (Bron, Eenheid …) take no part: they may stand anywhere.
 */
import type { Column, ColumnRole, DocumentKind, IndicatorTable } from './model.js';
import { isFloatingRole } from './roles.js';
import { fold, type LayoutColumn, type Vocabulary } from './vocabulary.js';

/** A column a layout asks for, with its absolute year (undefined for a slot without a year). */
export interface Slot {
  role: ColumnRole;
  year?: number;
  optional: boolean;
  layout: LayoutColumn;
}

/** One step of an alignment. */
export type Step = { op: 'pair'; column: Column; slot: Slot } | { op: 'surplus'; column: Column } | { op: 'skip'; slot: Slot };

/**
 * Alignment costs (integers, so ties are exact). A wrong year or role costs less than a surplus
 * plus a missing column, so a header in the right place is judged by that place; two swapped
 * columns cost more, so they come out as misplaced rather than as two wrong headers.
 */
export const COST = {
  exact: 0,
  unknownSameYear: 1,
  wrongYear: 2,
  unknown: 2,
  wrongRole: 3,
  surplus: 2,
  missing: 2,
};

const TRAILING_YEAR = /(?:^|\s)(\d{4})$/;

/**
 * The slots of a kind's layout for a document year. Given the table's value columns, the layout
 * of `layouts` and `alternativeLayouts` they fit best (the first of equals).
 */
export function slotsFor(vocabulary: Vocabulary, kind: DocumentKind, year: number, columns?: Column[]): Slot[] {
  const layouts = vocabulary.layoutsOf(kind);
  const slotsOf = (layout: LayoutColumn[]) =>
    layout.map((column) => {
      const slot: Slot = { role: column.role, optional: column.optional === true, layout: column };
      if (typeof column.offset === 'number') slot.year = year + column.offset;
      return slot;
    });
  let best = slotsOf(layouts[0]);
  if (!columns || layouts.length === 1) return best;
  let cost = align(columns, best).cost;
  for (const layout of layouts.slice(1)) {
    const slots = slotsOf(layout);
    const next = align(columns, slots).cost;
    if (next < cost) [best, cost] = [slots, next];
  }
  return best;
}

/**
 * The columns that take part in an alignment: every column but the descriptive ones and the
 * benchmarks (`Nederland`, `G40`), which hold values but may stand anywhere.
 */
export function valueColumns(table: IndicatorTable): Column[] {
  return table.columns.filter((c) => !c.descriptive && !isFloatingRole(c.role));
}

/** Whether a column is exactly what a slot asks for. */
export function fitsExactly(column: Column, slot: Slot): boolean {
  return pairCost(column, slot) === COST.exact;
}

/** The cost of putting a column in a slot's place. */
export function pairCost(column: Column, slot: Slot): number {
  if (!column.role) {
    if (slot.year === undefined) return COST.unknown;
    const year = TRAILING_YEAR.exec(column.header);
    return year && Number(year[1]) === slot.year ? COST.unknownSameYear : COST.unknown;
  }
  if (column.role !== slot.role) return COST.wrongRole;
  const words = slot.layout.words;
  if (words && !(column.word !== undefined && words.some((w) => fold(w) === fold(column.word as string)))) return COST.wrongRole;
  // A slot without a year takes the column with or without one (`Nulmeting`, `Nulmeting 2016`).
  if (slot.year === undefined) return COST.exact;
  return column.year === slot.year ? COST.exact : COST.wrongYear;
}

/** The cheapest alignment of columns with slots, and its cost. */
export function align(columns: Column[], slots: Slot[]): { steps: Step[]; cost: number } {
  const n = columns.length;
  const m = slots.length;
  // rest[i][j]: the cost of aligning columns[i..] with slots[j..].
  const rest: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const skipCost = (slot: Slot) => (slot.optional ? 0 : COST.missing);
  for (let i = n - 1; i >= 0; i--) rest[i][m] = rest[i + 1][m] + COST.surplus;
  for (let j = m - 1; j >= 0; j--) rest[n][j] = rest[n][j + 1] + skipCost(slots[j]);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      rest[i][j] = Math.min(
        rest[i + 1][j + 1] + pairCost(columns[i], slots[j]),
        rest[i][j + 1] + skipCost(slots[j]),
        rest[i + 1][j] + COST.surplus,
      );
    }
  }
  // Walk left to right; on ties prefer pairing, so a column is judged against the place it
  // stands in, and of two equal columns the later one is the surplus.
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && rest[i][j] === rest[i + 1][j + 1] + pairCost(columns[i], slots[j])) {
      steps.push({ op: 'pair', column: columns[i++], slot: slots[j++] });
    } else if (j < m && rest[i][j] === rest[i][j + 1] + skipCost(slots[j])) {
      steps.push({ op: 'skip', slot: slots[j++] });
    } else {
      steps.push({ op: 'surplus', column: columns[i++] });
    }
  }
  return { steps, cost: rest[0][0] };
}

/** A kind and year a table fits, with the alignment. */
export interface Fit {
  kind: DocumentKind;
  year: number;
  cost: number;
  steps: Step[];
}

/**
 * The best fit of a table for each kind: the year tried are those that put a dated column in a
 * dated slot of its role. Undefined for a kind when no column is dated or the layout is empty.
 */
export function bestFits(table: IndicatorTable, vocabulary: Vocabulary): Partial<Record<DocumentKind, Fit>> {
  const columns = valueColumns(table);
  const out: Partial<Record<DocumentKind, Fit>> = {};
  for (const kind of ['rekening', 'begroting'] as const) {
    const years = new Set<number>();
    for (const slot of vocabulary.layoutsOf(kind).flat()) {
      if (typeof slot.offset !== 'number') continue;
      for (const c of columns) if (c.role === slot.role && c.year !== undefined) years.add(c.year - slot.offset);
    }
    let best: Fit | undefined;
    // Newest year first: of equal fits, the newest reading (a chapter is about its newest year).
    for (const year of [...years].sort((a, b) => b - a)) {
      const { steps, cost } = align(columns, slotsFor(vocabulary, kind, year, columns));
      if (!best || cost < best.cost) best = { kind, year, cost, steps };
    }
    if (best) out[kind] = best;
  }
  return out;
}
