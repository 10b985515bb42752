/**
 * value-unit: a percentage indicator (its name starts with `%`, `percentage`…) holds percentages,
 * and no percentage is above 100%.
 */
import { msg, type Report } from '../service/finding.js';
import type { MainValue } from '../service/model.js';
import type { Rule } from '../service/rule.js';
import { displayValue } from '../service/value.js';

type Quantity = Extract<MainValue, { type: 'quantity' }>;

/** The value-unit rule (error). */
export const valueUnit: Rule = {
  id: 'value-unit',
  defaultSeverity: 'error',
  description: msg(
    'Een %-indicator heeft percentages als waarde, en geen percentage is hoger dan 100%.',
    'A %-indicator has percentages as values, and no percentage is above 100%.',
  ),
  check({ doc, vocabulary, report }) {
    for (const table of doc.tables) {
      for (const row of table.rows) {
        const percentIndicator = vocabulary.isPercentIndicator(row.name.plain);
        for (const cell of row.cells) {
          // Descriptive columns (Bron, Eenheid …) hold text, not values.
          if (cell.column?.descriptive) continue;
          const main = cell.value.main;
          // Dash, trend, empty and invalid values are fine here (value-format judges the invalid).
          if (main.type !== 'quantity') continue;
          const shown = displayValue(main, doc.text);
          if (main.unit === '%') {
            if (main.number > 100) {
              report({
                span: main.span,
                message: msg(
                  `'${shown}': een percentage kan niet hoger zijn dan 100%.`,
                  `'${shown}': a percentage cannot be above 100%.`,
                ),
              });
            }
          } else if (percentIndicator) {
            report(notAPercentage(main, shown));
          }
        }
      }
    }
  },
};

/** A quantity without `%` in a percentage indicator; a fix when the percentage is plain to see. */
function notAPercentage(main: Quantity, shown: string): Report {
  // What precedes the number: a comparator (`> `), or a euro sign, which is no percentage at all.
  const prefix = shown.slice(0, Math.max(0, shown.indexOf(main.numberText)));
  let suggestion: string | undefined;
  if (main.unit === undefined && !prefix.includes('€')) {
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
