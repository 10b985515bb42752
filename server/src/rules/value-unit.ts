/**
 * value-unit: a percentage indicator (its name starts with `%`, `percentage`…, or its Eenheid
 * cell says `%`) holds percentages, and no percentage is above 100%. An indicator whose Eenheid
 * cell names another unit (`aantal`, `€`, `per 1.000 inwoners`) holds no percentages, and a grade
 * on a stated scale (`schaal 1-10`) stays on it.
 */
import { msg, type Report } from '../service/finding.js';
import type { IndicatorRow, MainValue, MainValueOf } from '../service/model.js';
import { defineRule, perBeleidsveld } from '../service/rule.js';
import { type CellPlace, tableCells } from '../service/table-walk.js';
import { displayValue, type GradeScale, unitCell, valueContext } from '../service/value.js';
import type { Vocabulary } from '../service/vocabulary.js';

/** The value-unit rule (error). */
export const valueUnit = perBeleidsveld(defineRule('value-unit', 'error', {
  summary: msg('%-indicator zonder percentage, of meer dan 100%', '%-indicator without a percentage, or above 100%'),
  fixable: 'suggestion',
  description: msg('Een %-indicator heeft percentages als waarde, en geen percentage is hoger dan 100%.', 'A %-indicator has percentages as values, and no percentage is above 100%.'),
  check({ doc, vocabulary, report }) {
    for (const place of tableCells(doc)) {
      const main = place.cell.value.main;
      // Bron, Eenheid and other descriptive cells hold text, not values. Dash, trend, no-value
      // words, dates, yes/no, empty and invalid values are fine here (value-format judges the invalid).
      if (place.cell.column?.descriptive) continue;
      if (main.type === 'quantity' || main.type === 'range' || main.type === 'ratio') {
        checkNumber(doc.text, place, main, vocabulary, report);
      }
    }
  },
}));

/** A quantity, range or ratio against the unit its indicator measures in. */
function checkNumber(
  text: string,
  { table, row, cell }: CellPlace,
  main: MainValueOf<'quantity' | 'range' | 'ratio'>,
  vocabulary: Vocabulary,
  report: (r: Report) => void,
): void {
  const byName = vocabulary.isPercentIndicator(row.name.plain);
  const context = valueContext(table, row, cell, vocabulary);
  const percentIndicator = byName || context.unit?.kind === 'percent';
  const shown = displayValue(main, text);
  if (main.type === 'ratio') {
    if (percentIndicator) report(notAPercentage(main, shown));
    return;
  }
  if (main.unit === '%') {
    const highest = main.type === 'range' ? main.high : main.number;
    if (highest > 100) {
      report({
        span: main.span,
        message: msg(
          `'${shown}': een percentage kan niet hoger zijn dan 100%.`,
          `'${shown}': a percentage cannot be above 100%.`,
        ),
      });
    } else if (!percentIndicator && context.unit) {
      report({
        span: main.span,
        message: msg(
          `'${shown}' is een percentage, maar de eenheid van deze indicator is '${context.unit.text}' (kolom ${unitHeader(row)}).`,
          `'${shown}' is a percentage, but the unit of this indicator is '${context.unit.text}' (column ${unitHeader(row)}).`,
        ),
      });
    }
  } else if (
    main.unit === undefined &&
    !rowWritesPercent(row) &&
    (context.unit?.kind === 'percent' || (byName && vocabulary.values.data.percentInName))
  ) {
    // The Eenheid column says % once for a row that writes bare numbers (Utrecht:
    // `percentage | 1,6 | 2,7`): each number is that percentage. A row that writes `71%`
    // elsewhere is held to its own form below.
    const highest = main.type === 'range' ? main.high : main.number;
    if (highest > 100) {
      report({
        span: main.span,
        message: context.unit
          ? msg(
              `'${shown}': een percentage (eenheid '${context.unit.text}') kan niet hoger zijn dan 100.`,
              `'${shown}': a percentage (unit '${context.unit.text}') cannot be above 100.`,
            )
          : msg(`'${shown}': een percentage kan niet hoger zijn dan 100.`, `'${shown}': a percentage cannot be above 100.`),
      });
    }
  } else if (percentIndicator) {
    report(notAPercentage(main, shown));
  } else if (context.grade && main.unit === undefined && !main.currency) {
    const outside = outsideScale(main, context.grade);
    if (outside) {
      const { low, high } = context.grade;
      report({
        span: main.span,
        message: msg(
          `'${shown}' valt buiten de schaal van ${low} tot ${high} van deze indicator.`,
          `'${shown}' is outside this indicator's scale of ${low} to ${high}.`,
        ),
      });
    }
  }
}

/** The header of the row's Eenheid column, for messages. */
function unitHeader(row: IndicatorRow): string {
  return unitCell(row)?.column?.header ?? 'Eenheid';
}

/** Whether a grade (or a bound of a range of grades) lies outside its scale. */
function outsideScale(main: MainValueOf<'quantity' | 'range'>, scale: GradeScale): boolean {
  const values = main.type === 'range' ? [main.low, main.high] : [main.number];
  return values.some((v) => v < scale.low || v > scale.high);
}

/** A value without `%` in a percentage indicator; a fix when the percentage is plain to see. */
function notAPercentage(main: MainValue, shown: string): Report {
  let suggestion: string | undefined;
  if (main.type === 'quantity' && main.unit === undefined && !main.currency && main.scale === undefined) {
    // What precedes the number: a comparator (`> `), a measurement year (`2016: `).
    const prefix = shown.slice(0, Math.max(0, shown.indexOf(main.numberText)));
    // 0,68 is a fraction: 68%. A whole number just lacks its sign.
    const fraction = main.number > 0 && main.number < 1;
    suggestion = fraction ? `${prefix}${formatDutch(main.number * 100)}%` : `${prefix}${main.numberText}%`;
  }
  const report: Report = {
    span: main.span,
    message: suggestion
      ? msg(
          `'${shown}' is geen percentage, maar deze indicator meet een percentage. Bedoelt u '${suggestion}'?`,
          `'${shown}' is not a percentage, but this indicator measures a percentage. Did you mean '${suggestion}'?`,
        )
      : msg(
          `'${shown}' is geen percentage, maar deze indicator meet een percentage.`,
          `'${shown}' is not a percentage, but this indicator measures a percentage.`,
        ),
  };
  if (suggestion) {
    report.fixes = [
      { title: msg(`Vervangen door '${suggestion}'`, `Replace with '${suggestion}'`), edits: [{ span: main.span, newText: suggestion }] },
    ];
  }
  return report;
}

/** A number in Dutch notation with a decimal comma (68, 12,5), rounding away float noise. */
function formatDutch(value: number): string {
  return String(Number(value.toFixed(6))).replace('.', ',');
}

/** Whether any value of the row is written with a percent sign. */
function rowWritesPercent(row: IndicatorRow): boolean {
  return row.cells.some((c) => {
    const main = c.value.main;
    return (main.type === 'quantity' || main.type === 'range') && main.unit === '%';
  });
}
