/**
 * cross-indicators: the rekening of year Y reports on every indicator its begroting of year Y
 * set. A begroting indicator the rekening lacks is reported in the rekening (its writer must act);
 * when a rekening indicator without a begroting counterpart is close to it, that indicator was
 * probably renamed: reported at its name, with the begroting's name as an (unsafe) fix.
 */
import { cellText } from '../service/cell-text.js';
import { msg } from '../service/finding.js';
import {
  BEGROTING_OF_THE_YEAR,
  fileLabel,
  type IndicatorEntry,
  indicatorsByKey,
  nameSource,
  pairRenames,
  readCounterparts,
  relatedAt,
} from '../service/indicator-match.js';
import type { Beleidsveld, IndicatorTable } from '../service/model.js';
import type { Span } from '../service/positions.js';
import { defineRule } from '../service/rule.js';

export const crossIndicators = defineRule('cross-indicators', 'warning', {
  summary: msg('indicator uit de begroting ontbreekt in de rekening (of is hernoemd)', 'indicator of the begroting missing from the rekening (or renamed)'),
  fixable: 'suggestion',
  reads: [BEGROTING_OF_THE_YEAR],
  description: msg('Elke indicator uit de begroting staat ook in de rekening van hetzelfde jaar, onder dezelfde naam.', 'Every indicator of the begroting is in the rekening of the same year, under the same name.'),
  check(context) {
    const { doc, report } = context;
    for (const { here, other, there, year } of readCounterparts(context, BEGROTING_OF_THE_YEAR)) {
      const file = fileLabel(other.uri);
      const promised = indicatorsByKey(there);
      const present = indicatorsByKey(here);
      const missing = [...promised.entries()].filter(([key]) => !present.has(key)).map(([key, entry]) => ({ key, entry }));
      if (missing.length === 0) continue;
      const unmatched = [...present.entries()].filter(([key]) => !promised.has(key)).map(([key, entry]) => ({ key, entry }));
      const renames = pairRenames(missing, unmatched);
      const renamed = new Set(renames.map((r) => r.missing.key));

      for (const { key, entry } of missing) {
        if (renamed.has(key)) continue;
        const name = entry.row.name.plain;
        report({
          span: missingSpan(here, entry),
          message: msg(
            `De indicator "${name}" uit de begroting ${year} (${file}) ontbreekt in deze rekening.`,
            `The indicator "${name}" of the begroting ${year} (${file}) is missing from this rekening.`,
          ),
          related: [relatedAt(other, entry.row.name.span, msg(`De indicator in de begroting ${year}`, `The indicator in the begroting ${year}`))],
        });
      }

      for (const { missing: target, candidate } of renames) {
        const row = candidate.entry.row;
        const suggestion = nameSource(target.entry.row, other);
        const markers = row.name.markers.map((m) => doc.text.slice(m.span.start, m.span.end));
        // Keep the rekening's own markers: roman numerals after a space, asterisks glued on.
        const newText = markers.reduce((text, m) => (m.startsWith('(') ? `${text} ${m}` : text + m), suggestion);
        report({
          span: row.name.span,
          message: msg(
            `Hernoemd? De begroting ${year} (${file}) noemt deze indicator "${target.entry.row.name.plain}".`,
            `Renamed? The begroting ${year} (${file}) calls this indicator "${target.entry.row.name.plain}".`,
          ),
          related: [relatedAt(other, target.entry.row.name.span, msg(`De indicator in de begroting ${year}`, `The indicator in the begroting ${year}`))],
          fixes: [
            {
              title: msg(`Gebruik de naam uit de begroting: "${suggestion}"`, `Use the begroting's name: "${suggestion}"`),
              edits: [{ span: row.name.span, newText }],
            },
          ],
        });
      }
    }
  },
});

/**
 * Where a missing indicator is reported: the label cell of the rekening table with the same label
 * as the begroting's table (else the first table), else the beleidsveld heading's number.
 */
function missingSpan(here: Beleidsveld, entry: IndicatorEntry): Span {
  const label = normaliseLabel(entry.table);
  const table = here.tables.find((t) => normaliseLabel(t) === label) ?? here.tables[0];
  if (table) return table.label.span;
  return here.heading?.numberSpan ?? here.heading?.textSpan ?? here.span;
}

/** A table's label as it reads (`<br>` as a space), case ignored. */
function normaliseLabel(table: IndicatorTable): string {
  return cellText(table.label.raw).toLocaleLowerCase('nl');
}
