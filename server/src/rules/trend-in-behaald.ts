/**
 * trend-in-behaald: a trend word (Toename, Afname…) is a target, never a measurement: not in a
 * column of realised values (Behaald, Realisatie, Werkelijk), a baseline, or a time series.
 */
import { msg } from '../service/finding.js';
import { isMeasurementRole } from '../service/roles.js';
import { defineRule, perBeleidsveld } from '../service/rule.js';
import { tableCells } from '../service/table-walk.js';

/** The trend-in-behaald rule (error). */
export const trendInBehaald = perBeleidsveld(defineRule('trend-in-behaald', 'error', {
  summary: msg('trendwoord (Toename…) als behaald resultaat', 'trend word (Toename…) as a result'),
  description: msg('Een trendwoord (Toename, Afname, Gelijk, Stabiel) is een streefwaarde en hoort niet in een kolom met gemeten waarden (realisatie, nulmeting, tijdreeks).', 'A trend word (Toename, Afname, Gelijk, Stabiel) is a target and does not belong in a column of measured values (result, baseline, time series).'),
  check({ doc, report }) {
    for (const { table, cell } of tableCells(doc)) {
      const main = cell.value.main;
      if (main.type !== 'trend' || !cell.column || cell.column.descriptive) continue;
      // Every column of a series is a measurement, unless the vocabulary reads its later years as forecasts.
      const role = cell.column.role;
      if (table.kind === 'series' ? role !== undefined && !isMeasurementRole(role) : !isMeasurementRole(role)) continue;
      const header = cell.column.header;
      report({
        span: main.span,
        message: msg(
          `'${main.word}' is een streefwaarde, geen resultaat. In de kolom '${header}' hoort de gemeten waarde, of '-' als die er niet is.`,
          `'${main.word}' is a target, not a result. The column '${header}' holds the measured value, or '-' when there is none.`,
        ),
      });
    }
  },
}));
