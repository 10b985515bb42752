/**
 * The comparison cross-beoogd and cross-behaald share: a rekening repeats a value another document
 * reported (the begroting's target of the year, last year's result), and that value must be the
 * same. Each rule says which document it reads and which cell of a row it compares; this walks the
 * counterparts and yields each differing cell with what its messages and fix need.
 */
import { msg, type Localized, type Report } from './finding.js';
import { type CounterpartPair, cellFor, comparable, fileLabel, indicatorsByKey, readCounterparts, relatedAt, sameValue, shownValue } from './indicator-match.js';
import type { IndicatorRow, ValueCell } from './model.js';
import { TARGET_ROLES } from './roles.js';
import type { RuleContext, RuleRead } from './rule.js';
import { tableRows } from './table-walk.js';

/** A value of the chapter that says otherwise than the same value of a counterpart document. */
export interface ValueDifference extends CounterpartPair {
  /** The differing cell of the chapter. */
  cell: ValueCell;
  /** The cell of the same indicator, year and role in the counterpart. */
  original: ValueCell;
  /** The two main values as written (`68%`, `Toename`). */
  value: string;
  before: string;
  /** The headers of both cells as each document writes them (`Behaald 2017`, `Realisatie 2017`); the year without one. */
  header: string;
  theirs: string;
  /** The counterpart's file name, for messages. */
  file: string;
  /** The related location at the counterpart's cell: `Beoogd 2018 in de begroting 2018`. */
  related: NonNullable<Report['related']>;
}

/** Picks the compared cell of a row for the counterpart's year; undefined when the row has none. */
export type CellPick = (row: IndicatorRow, year: number) => ValueCell | undefined;

/**
 * Every cell of the chapter whose value differs from the counterpart's value of the same
 * indicator, in the documents `read` names. Indicators are matched by key; a missing or renamed
 * indicator is cross-indicators' finding, an empty cell on either side another rule's.
 */
export function* valueDifferences(context: RuleContext, read: RuleRead, pick: CellPick): Generator<ValueDifference> {
  const { doc, vocabulary } = context;
  for (const pair of readCounterparts(context, read)) {
    const { here, other, there, year } = pair;
    const reported = indicatorsByKey(there);
    const file = fileLabel(other.uri);
    for (const { row } of tableRows(here)) {
      const earlier = reported.get(row.name.key);
      if (!earlier) continue;
      const cell = pick(row, year);
      const original = pick(earlier.row, year);
      if (!cell || !original || !comparable(cell, original) || sameValue(cell, original, vocabulary)) continue;
      const theirs = original.column?.header ?? String(year);
      yield {
        ...pair,
        cell,
        original,
        value: shownValue(cell, doc),
        before: shownValue(original, other),
        header: cell.column?.header ?? String(year),
        theirs,
        file,
        related: [relatedAt(other, original.span, msg(`${theirs} in de ${read.kind} ${year}`, `${theirs} in the ${read.kind} ${year}`))],
      };
    }
  }
}

/** The fix that writes the counterpart's value; only the main value, the chapter's own annotations and markers stay. */
export function adoptValue(difference: ValueDifference, title: Localized): NonNullable<Report['fixes']>[number] {
  return { title, edits: [{ span: difference.cell.value.main.span, newText: difference.before }] };
}

/** A row's target for a year: a target column, else a budgeted one (Begroting Y). */
export function targetCell(row: IndicatorRow, year: number): ValueCell | undefined {
  for (const role of TARGET_ROLES) {
    const cell = cellFor(row, role, year);
    if (cell) return cell;
  }
  return undefined;
}

/** A row's realised value for a year (Behaald Y, Realisatie Y). */
export function realisedCell(row: IndicatorRow, year: number): ValueCell | undefined {
  return cellFor(row, 'realised', year);
}
