/**
 * target-attainment: in a rekening of year Y, each row's realised value of Y (`Behaald Y`,
 * `Realisatie Y`, `Werkelijk Y`) against its target of Y (`Beoogd Y`, `Doel Y`, else a budgeted
 * `Begroting Y`). A comparator target (`> 70%`) is compared with the achieved value, a range
 * target (`6-6,5`) contains it; a trend target (`Toename`) compares the realised value of Y with
 * that of Y-1 in the same row. Columns are found by role and year, not by position; `x 1.000`
 * scales count. Messages name the columns by their headers as the chapter writes them.
 */
import { valueSpan } from '../service/cell-span.js';
import { type Localized, msg } from '../service/finding.js';
import type { Column, ColumnRole, IndicatorRow, IndicatorTable, MainValue, MainValueOf, ValueCell } from '../service/model.js';
import { roleSummary, TARGET_ROLES } from '../service/roles.js';
import { defineRule, perBeleidsveld } from '../service/rule.js';
import { displayValue, scaled, unitKey, valueContext } from '../service/value.js';
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
 * The headers of the target and achieved columns as the chapter writes them (`Doel 2020`,
 * `Realisatie 2020`), for messages; without one, a message says "de streefwaarde"/"de realisatie".
 */
export interface AssessmentHeaders {
  target?: string;
  achieved?: string;
}

/** Scales the values stand under (`x 1.000` in a header), per value; 1 when absent. */
export interface AssessmentScales {
  target?: number;
  achieved?: number;
  previous?: number;
}

/**
 * Assesses a target against an achieved value.
 * - No target (`-`, empty, or a no-value word such as `n.v.t.`): undefined, there is nothing to attain.
 * - An invalid value, or a trend word as the achieved value: undefined; value-format and
 *   trend-in-behaald report those, and a guess would only add noise. A date says nothing to
 *   attain either: undefined.
 * - A comparator target: `>`, `<`, `≥`, `≤` as written; a plain number means "at least".
 * - A range target (`6-6,5`): met by an achieved value inside it, bounds included.
 * - A ratio (`1 op 5`) compares by its quotient, with another ratio only.
 * - Yes/no (`Ja`): met when the achieved value says the same.
 * - A trend target: up = more than the previous value, down = less, same = equal.
 * - `-`, empty or a no-value word as the achieved (or previous) value, different units, a
 *   comparator or a range in an achieved value, or values of different kinds: not measurable.
 * Amounts and scales count: `€ 1,2 mln` is `€ 1.200.000`, and 1,2 under `x 1.000` is 1.200
 * (a value with its own scale word is not scaled again).
 * @param text the document text, to show values as written
 * @param previous the same row's realised value of Y-1 (`Behaald Y-1`), undefined when the table has no such column
 * @param scales the scale each value stands under (its column header, indicator name, Eenheid cell)
 * @param headers the headers of the target and achieved columns, quoted in the message
 */
export function assessTarget(
  target: MainValue,
  achieved: MainValue,
  previous: AssessedValue | undefined,
  previousHeader: string,
  text: string,
  vocabulary: Vocabulary,
  scales: AssessmentScales = {},
  headers: AssessmentHeaders = {},
): Assessment | undefined {
  if (['empty', 'dash', 'invalid', 'none', 'date'].includes(target.type)) return undefined;
  if (achieved.type === 'invalid' || achieved.type === 'trend' || achieved.type === 'date') return undefined;
  const t = displayValue(target, text);
  const a = shown(achieved, text);
  const base = { target: t, achieved: displayValue(achieved, text) };
  const th = named(headers.target, 'target');
  const ah = named(headers.achieved, 'realised');
  // `Doel 2020 is ≥ 70%, Realisatie 2020 is 65%`: both columns by their own headers.
  const values = { nl: `${th.nl} is ${t}, ${ah.nl} is ${a.nl}`, en: `${th.en} is ${t}, ${ah.en} is ${a.en}` };
  const notMeasurable = (nl: string, en: string, extra: Partial<Assessment> = {}): Assessment => ({
    ...base,
    ...extra,
    status: 'not-measurable',
    message: msg(sentence(`Doel niet meetbaar: ${values.nl}${nl}`), sentence(`Target not measurable: ${values.en}${en}`)),
  });
  const verdict = (met: boolean, extra: Partial<Assessment> = {}): Assessment => ({
    ...base,
    ...extra,
    status: met ? 'met' : 'not-met',
    message: met
      ? msg(sentence(`Doel gehaald: ${values.nl}`), sentence(`Target met: ${values.en}`))
      : msg(sentence(`Doel niet gehaald: ${values.nl}`), sentence(`Target not met: ${values.en}`)),
  });
  const incomparable = () => notMeasurable('; deze waarden zijn niet met elkaar te vergelijken', '; these values cannot be compared');

  if (achieved.type === 'empty' || achieved.type === 'dash' || achieved.type === 'none') return notMeasurable('', '');
  if ((achieved.type === 'quantity' || achieved.type === 'ratio') && achieved.comparator) {
    return notMeasurable(
      '; een realisatie is een meting, zonder vergelijkingsteken',
      '; a result is a measurement, without a comparator',
    );
  }
  if (achieved.type === 'range') {
    return notMeasurable('; een realisatie is één meting, geen bereik', '; a result is one measurement, not a range');
  }
  if (target.type === 'boolean') return achieved.type === 'boolean' ? verdict(achieved.value === target.value) : incomparable();
  if (achieved.type === 'boolean') return incomparable();
  const x = measure(achieved, scales.achieved);
  if (!x) return undefined;

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
    if (p.type === 'invalid' || p.type === 'trend' || p.type === 'date' || p.type === 'boolean') return undefined;
    const extra = { previous: displayValue(p, text), previousHeader: previous.header };
    if (p.type === 'empty' || p.type === 'dash' || p.type === 'none') {
      const pv = shown(p, text);
      return notMeasurable(
        `, maar ${previous.header} is ${pv.nl} (geen vergelijking mogelijk)`,
        `, but ${previous.header} is ${pv.en} (nothing to compare with)`,
        extra,
      );
    }
    if (p.type === 'range' || p.comparator) {
      return notMeasurable(
        `, maar ${previous.header} is ${displayValue(p, text)}: geen meting om mee te vergelijken`,
        `, but ${previous.header} is ${displayValue(p, text)}: no measurement to compare with`,
        extra,
      );
    }
    const before = measure(p, scales.previous);
    if (!before) return undefined;
    if (before.unit !== x.unit) {
      return notMeasurable('; de eenheden verschillen', '; the units differ', extra);
    }
    const met = direction === 'up' ? x.value > before.value : direction === 'down' ? x.value < before.value : x.value === before.value;
    const pv = displayValue(p, text);
    // `Beoogd 2018 is Toename ten opzichte van 68% (Behaald 2017), Behaald 2018 is 68%`.
    const nl = `${th.nl} is ${t} ten opzichte van ${pv} (${previous.header}), ${ah.nl} is ${a.nl}`;
    const en = `${th.en} is ${t} compared with ${pv} (${previous.header}), ${ah.en} is ${a.en}`;
    return {
      ...base,
      ...extra,
      status: met ? 'met' : 'not-met',
      message: met
        ? msg(sentence(`Doel gehaald: ${nl}`), sentence(`Target met: ${en}`))
        : msg(sentence(`Doel niet gehaald: ${nl}`), sentence(`Target not met: ${en}`)),
    };
  }

  if (target.type === 'range') {
    const factor = target.scale ?? scales.target ?? 1;
    if (rangeUnit(target) !== x.unit) return notMeasurable('; de eenheden verschillen', '; the units differ');
    return verdict(scaled(target.low, factor) <= x.value && x.value <= scaled(target.high, factor));
  }

  const y = measure(target, scales.target);
  if (!y) return undefined;
  if (y.unit !== x.unit) {
    return notMeasurable('; de eenheden verschillen', '; the units differ');
  }
  switch (target.type === 'quantity' || target.type === 'ratio' ? target.comparator : undefined) {
    case '>':
      return verdict(x.value > y.value);
    case '<':
      return verdict(x.value < y.value);
    case '≤':
      return verdict(x.value <= y.value);
    default:
      // `≥` and a plain number: at least the target.
      return verdict(x.value >= y.value);
  }
}

/**
 * A value as a number in a unit, for comparing: a quantity scaled (`€ 1,2 mln` = 1200000 in €),
 * a ratio as its quotient; a scale word in the value wins over the header's. Undefined for the kinds that are no measurement.
 */
function measure(main: MainValue, factor = 1): { value: number; unit: string } | undefined {
  if (main.type === 'quantity') {
    return { value: scaled(main.number, main.scale ?? factor), unit: (main.currency ? '€' : '') + unitKey(main.unit) };
  }
  if (main.type === 'ratio') return { value: main.numerator / main.denominator, unit: 'op' };
  return undefined;
}

function rangeUnit(range: MainValueOf<'range'>): string {
  return (range.currency ? '€' : '') + unitKey(range.unit);
}

export const targetAttainment = perBeleidsveld(defineRule('target-attainment', 'info', {
  summary: msg('behaald tegenover beoogd: gehaald, niet gehaald, niet meetbaar', 'result against target: met, not met, not measurable'),
  description: msg('In een rekening: is de streefwaarde van het jaar gehaald, niet gehaald of niet meetbaar?', 'In a rekening: was the target met, not met, or not measurable?'),
  check({ doc, vocabulary, report }) {
    if (doc.kind !== 'rekening' || doc.year === undefined) return;
    const year = doc.year;
    for (const table of doc.tables) {
      // A target, else a budgeted value (Begroting Y) is what the result is held to.
      const targetColumn = TARGET_ROLES.map((role) => column(table, role, year)).find((c) => c !== undefined);
      const resultColumn = column(table, 'realised', year);
      if (!targetColumn || !resultColumn) continue;
      const previousColumn = column(table, 'realised', year - 1);
      const previousHeader = previousColumn ? previousColumn.header : vocabulary.columnName('realised', year - 1);
      const headers: AssessmentHeaders = { target: targetColumn.header, achieved: resultColumn.header };
      for (const row of table.rows) {
        const target = cellOf(row, targetColumn);
        const result = cellOf(row, resultColumn);
        // A row without these cells is table-row-cells' finding.
        if (!target || !result) continue;
        const previousCell = previousColumn ? cellOf(row, previousColumn) : undefined;
        const previous: AssessedValue | undefined = previousColumn
          ? { main: previousCell?.value.main ?? { type: 'empty', span: row.span }, header: previousHeader }
          : undefined;
        const factor = (cell: ValueCell | undefined) => valueContext(table, row, cell, vocabulary).factor;
        const scales: AssessmentScales = { target: factor(target), achieved: factor(result), previous: factor(previousCell) };
        const assessment = assessTarget(target.value.main, result.value.main, previous, previousHeader, doc.text, vocabulary, scales, headers);
        // Met targets are no finding: a chapter that meets its targets lints clean.
        if (!assessment || assessment.status === 'met') continue;
        report({
          // An empty achieved value is pointed at by its blanks: a point is hard to see.
          span: valueSpan(doc.text, result),
          message: assessment.message,
        });
      }
    }
  },
}));

/** Ends a message with one period, also after a value that ends with one (`n.b.`, `9 pers.`). */
function sentence(text: string): string {
  return text.endsWith('.') ? text : text + '.';
}

/** A value as shown in messages; an empty cell reads as "(leeg)". */
function shown(main: MainValue, text: string): { nl: string; en: string } {
  const value = displayValue(main, text);
  return value === '' ? { nl: '(leeg)', en: '(empty)' } : { nl: value, en: value };
}

function column(table: IndicatorTable, role: Column['role'], year: number): Column | undefined {
  return table.columns.find((c) => c.role === role && c.year === year);
}

function cellOf(row: IndicatorRow, col: Column): ValueCell | undefined {
  return row.cells.find((c) => c.column === col);
}

/** A column named by its header as written, else by its role: "de streefwaarde" / "the target". */
function named(header: string | undefined, role: ColumnRole): { nl: string; en: string } {
  if (header) return { nl: header, en: header };
  const word = roleSummary(role);
  return { nl: `de ${word.nl}`, en: `the ${word.en}` };
}
