/**
 * target-attainment: in a rekening of year Y, each row's `Behaald Y` against its `Beoogd Y`.
 * A comparator target (`> 70%`) is compared with the achieved value; a trend target (`Toename`)
 * compares `Behaald Y` with `Behaald Y-1` of the same row. Columns are found by role and year,
 * not by position.
 */
import { type Localized, msg } from '../service/finding.js';
import type { Column, IndicatorRow, IndicatorTable, MainValue, ValueCell } from '../service/model.js';
import type { Rule } from '../service/rule.js';
import { displayValue } from '../service/value.js';
import type { Vocabulary } from '../service/vocabulary.js';

/** Whether a target was met. */
export type AttainmentStatus = 'met' | 'not-met' | 'not-measurable';

/** The verdict on one row, with the values it was based on (as written). */
export interface Assessment {
  status: AttainmentStatus;
  target: string;
  achieved: string;
  /** For a trend target: the value it is compared with, and that column's header. */
  previous?: string;
  previousHeader?: string;
  message: Localized;
}

/** One value of a row as the assessment needs it. */
export interface AssessedValue {
  main: MainValue;
  /** The header of the value's column (`Behaald 2017`), for messages. */
  header: string;
}

/**
 * Assesses a target against an achieved value.
 * - No target (`-` or empty): undefined, there is nothing to attain.
 * - An invalid value, or a trend word as the achieved value: undefined; value-format and
 *   trend-in-behaald report those, and a guess would only add noise.
 * - A comparator target: `>`, `<`, `≥`, `≤` as written; a plain number means "at least".
 * - A trend target: up = more than the previous value, down = less, same = equal.
 * - `-` or empty as the achieved (or previous) value, different units, or a comparator in an
 *   achieved value: not measurable.
 * @param text the document text, to show values as written
 * @param previous the same row's `Behaald Y-1`, undefined when the table has no such column
 */
export function assessTarget(
  target: MainValue,
  achieved: MainValue,
  previous: AssessedValue | undefined,
  previousHeader: string,
  text: string,
  vocabulary: Vocabulary,
): Assessment | undefined {
  if (target.type === 'empty' || target.type === 'dash' || target.type === 'invalid') return undefined;
  if (achieved.type === 'invalid' || achieved.type === 'trend') return undefined;
  const t = displayValue(target, text);
  const a = shown(achieved, text);
  const base = { target: t, achieved: displayValue(achieved, text) };
  const notMeasurable = (nl: string, en: string, extra: Partial<Assessment> = {}): Assessment => ({
    ...base,
    ...extra,
    status: 'not-measurable',
    message: msg(`Doel niet meetbaar: beoogd ${t}, behaald ${a.nl}${nl}.`, `Target not measurable: targeted ${t}, achieved ${a.en}${en}.`),
  });

  if (achieved.type === 'empty' || achieved.type === 'dash') return notMeasurable('', '');
  if (achieved.comparator) {
    return notMeasurable(
      '; een behaalde waarde is een meting, zonder vergelijkingsteken',
      '; an achieved value is a measurement, without a comparator',
    );
  }

  if (target.type === 'trend') {
    const direction = vocabulary.trend(target.canonical)?.direction;
    if (!direction) return undefined;
    if (!previous) {
      return notMeasurable(
        `, maar de tabel heeft geen kolom ${previousHeader} om mee te vergelijken`,
        `, but the table has no ${previousHeader} column to compare with`,
      );
    }
    const p = previous.main;
    if (p.type === 'invalid' || p.type === 'trend') return undefined;
    const extra = { previous: displayValue(p, text), previousHeader: previous.header };
    if (p.type === 'empty' || p.type === 'dash') {
      const pv = shown(p, text);
      return notMeasurable(
        `, maar ${previous.header} is ${pv.nl} (geen vergelijking mogelijk)`,
        `, but ${previous.header} is ${pv.en} (nothing to compare with)`,
        extra,
      );
    }
    if (p.comparator) {
      return notMeasurable(
        `, maar ${previous.header} is ${displayValue(p, text)}: geen meting om mee te vergelijken`,
        `, but ${previous.header} is ${displayValue(p, text)}: no measurement to compare with`,
        extra,
      );
    }
    if (unitKey(p.unit) !== unitKey(achieved.unit)) {
      return notMeasurable('; de eenheden verschillen', '; the units differ', extra);
    }
    const met =
      direction === 'up' ? achieved.number > p.number : direction === 'down' ? achieved.number < p.number : achieved.number === p.number;
    const pv = displayValue(p, text);
    return {
      ...base,
      ...extra,
      status: met ? 'met' : 'not-met',
      message: met
        ? msg(
            `Doel gehaald: beoogd ${t} ten opzichte van ${pv} (${previous.header}), behaald ${a.nl}.`,
            `Target met: targeted ${t} compared with ${pv} (${previous.header}), achieved ${a.en}.`,
          )
        : msg(
            `Doel niet gehaald: beoogd ${t} ten opzichte van ${pv} (${previous.header}), behaald ${a.nl}.`,
            `Target not met: targeted ${t} compared with ${pv} (${previous.header}), achieved ${a.en}.`,
          ),
    };
  }

  if (unitKey(target.unit) !== unitKey(achieved.unit)) {
    return notMeasurable('; de eenheden verschillen', '; the units differ');
  }
  const x = achieved.number;
  const y = target.number;
  let met: boolean;
  switch (target.comparator) {
    case '>':
      met = x > y;
      break;
    case '<':
      met = x < y;
      break;
    case '≤':
      met = x <= y;
      break;
    default:
      // `≥` and a plain number: at least the target.
      met = x >= y;
  }
  return {
    ...base,
    status: met ? 'met' : 'not-met',
    message: met
      ? msg(`Doel gehaald: beoogd ${t}, behaald ${a.nl}.`, `Target met: targeted ${t}, achieved ${a.en}.`)
      : msg(`Doel niet gehaald: beoogd ${t}, behaald ${a.nl}.`, `Target not met: targeted ${t}, achieved ${a.en}.`),
  };
}

export const targetAttainment: Rule = {
  id: 'target-attainment',
  defaultSeverity: 'info',
  description: msg(
    'In een rekening: is het beoogde doel gehaald, niet gehaald of niet meetbaar?',
    'In a rekening: was the target met, not met, or not measurable?',
  ),
  check({ doc, vocabulary, report }) {
    if (doc.kind !== 'rekening' || doc.year === undefined) return;
    const year = doc.year;
    for (const table of doc.tables) {
      const targetColumn = column(table, 'target', year);
      const resultColumn = column(table, 'realised', year);
      if (!targetColumn || !resultColumn) continue;
      const previousColumn = column(table, 'realised', year - 1);
      const previousHeader = previousColumn ? header(previousColumn) : `${vocabulary.columnWord('realised')} ${year - 1}`;
      for (const row of table.rows) {
        const target = cellOf(row, targetColumn);
        const result = cellOf(row, resultColumn);
        // A row without these cells is table-row-cells' finding.
        if (!target || !result) continue;
        const previousCell = previousColumn ? cellOf(row, previousColumn) : undefined;
        const previous: AssessedValue | undefined = previousColumn
          ? { main: previousCell?.value.main ?? { type: 'empty', span: row.span }, header: previousHeader }
          : undefined;
        const assessment = assessTarget(target.value.main, result.value.main, previous, previousHeader, doc.text, vocabulary);
        // Met targets are no finding: a chapter that meets its targets lints clean.
        if (!assessment || assessment.status === 'met') continue;
        report({
          span: valueSpan(result, doc.text),
          message: assessment.message,
          data: {
            status: assessment.status,
            target: assessment.target,
            achieved: assessment.achieved,
            ...(assessment.previous !== undefined ? { previous: assessment.previous } : {}),
          },
        });
      }
    }
  },
};

/** The achieved value; for an empty cell, the blank between its pipes (a point is hard to see). */
function valueSpan(cell: ValueCell, text: string): { start: number; end: number } {
  if (cell.value.main.type !== 'empty') return cell.value.main.span;
  const start = cell.outerSpan.start + (text[cell.outerSpan.start] === '|' ? 1 : 0);
  return { start: Math.min(start, cell.span.end), end: cell.span.end };
}

/** A value as shown in messages; an empty cell reads as "(leeg)". */
function shown(main: MainValue, text: string): { nl: string; en: string } {
  const value = displayValue(main, text);
  return value === '' ? { nl: '(leeg)', en: '(empty)' } : { nl: value, en: value };
}

/** Units compare without case and a trailing period (`pers` = `pers.`). */
function unitKey(unit: string | undefined): string {
  return (unit ?? '').replace(/\.$/, '').toLocaleLowerCase('nl');
}

function column(table: IndicatorTable, role: Column['role'], year: number): Column | undefined {
  return table.columns.find((c) => c.role === role && c.year === year);
}

function cellOf(row: IndicatorRow, col: Column): ValueCell | undefined {
  return row.cells.find((c) => c.column === col);
}

function header(col: Column): string {
  return col.cell.raw.replace(/<br\s*\/?>/gi, ' ').replace(/\s+/g, ' ').trim();
}
