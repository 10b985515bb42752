/**
 * cross-beoogd: the rekening of year Y reports against the targets its begroting of year Y set.
 * Its `Beoogd Y` cell must say what the begroting's `Beoogd Y` cell says for the same indicator.
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
import type { Rule } from '../service/rule.js';

export const crossBeoogd: Rule = {
  id: 'cross-beoogd',
  defaultSeverity: 'warning',
  crossDocument: true,
  description: msg(
    'De streefwaarde (Beoogd) in de rekening is dezelfde als in de begroting van hetzelfde jaar.',
    'The target (Beoogd) in the rekening is the one the begroting of the same year set.',
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
          const cell = cellFor(row, 'target', year);
          const promised = cellFor(target.row, 'target', year);
          if (!cell || !promised || !comparable(cell, promised) || sameValue(cell, promised, vocabulary)) continue;
          const value = shownValue(cell, doc);
          const expected = shownValue(promised, other);
          report({
            span: cell.span,
            message: msg(
              `Beoogd ${year} is hier "${value}", maar in de begroting ${year} (${file}) "${expected}".`,
              `Beoogd ${year} is "${value}" here, but "${expected}" in the begroting ${year} (${file}).`,
            ),
            related: [
              relatedAt(other, promised.span, msg(`Beoogd ${year} in de begroting ${year}`, `Beoogd ${year} in the begroting ${year}`)),
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
