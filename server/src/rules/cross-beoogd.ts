/**
 * cross-beoogd: the rekening of year Y reports against the targets its begroting of year Y set.
 * Its target cell (`Beoogd Y`, `Doel Y`, `Begroting Y`) must say what the begroting says for the same indicator.
 */
import { msg } from '../service/finding.js';
import {
  cellFor,
  comparable,
  counterparts,
  fileLabel,
  indicatorsByKey,
  relatedAt,
  sameValue,
  shownValue,
} from '../service/indicator-match.js';
import type { IndicatorRow, ValueCell } from '../service/model.js';
import { TARGET_ROLES } from '../service/roles.js';
import type { Rule } from '../service/rule.js';

export const crossBeoogd: Rule = {
  id: 'cross-beoogd',
  defaultSeverity: 'warning',
  summary: msg('rekening noemt ander doel dan de begroting van dat jaar', 'rekening states another target than the begroting of that year'),
  fixable: 'suggestion',
  reads: [{ checks: 'rekening', kind: 'begroting', yearOffset: 0 }],
  description: msg(
    'De streefwaarde in de rekening is dezelfde als in de begroting van hetzelfde jaar.',
    'The target in the rekening is the one the begroting of the same year set.',
  ),
  check({ doc, workspace, vocabulary, report }) {
    if (!workspace || doc.kind !== 'rekening' || doc.year === undefined) return;
    const year = doc.year;
    for (const { here, other, there } of counterparts(doc, workspace, 'begroting', year)) {
      const targets = indicatorsByKey(there);
      const file = fileLabel(other.uri);
      for (const table of here.tables) {
        for (const row of table.rows) {
          const target = targets.get(row.name.key);
          if (!target) continue; // a missing or renamed indicator is cross-indicators' finding
          const cell = targetCell(row, year);
          const promised = targetCell(target.row, year);
          if (!cell || !promised || !comparable(cell, promised) || sameValue(cell, promised, vocabulary)) continue;
          const value = shownValue(cell, doc);
          const expected = shownValue(promised, other);
          const header = cell.column?.header ?? String(year);
          const theirs = promised.column?.header ?? String(year);
          report({
            span: cell.span,
            message: msg(
              `${header} is hier "${value}", maar in de begroting ${year} (${file}) "${expected}".`,
              `${header} is "${value}" here, but "${expected}" in the begroting ${year} (${file}).`,
            ),
            related: [
              relatedAt(other, promised.span, msg(`${theirs} in de begroting ${year}`, `${theirs} in the begroting ${year}`)),
            ],
            fixes: [
              {
                title: msg(`Neem "${expected}" over uit de begroting`, `Use "${expected}" from the begroting`),
                // Only the main value: the rekening's own annotations and markers stay.
                edits: [{ span: cell.value.main.span, newText: expected }],
              },
            ],
          });
        }
      }
    }
  },
};

/** A row's target for a year: a target column, else a budgeted one (Begroting Y). */
function targetCell(row: IndicatorRow, year: number): ValueCell | undefined {
  for (const role of TARGET_ROLES) {
    const cell = cellFor(row, role, year);
    if (cell) return cell;
  }
  return undefined;
}
