/** indicator-duplicate: an indicator appears once per table (markers and case ignored). */
import { earlierOccurrence } from '../service/earlier.js';
import { msg } from '../service/finding.js';
import type { IndicatorName } from '../service/model.js';
import type { Rule } from '../service/rule.js';

/** Longest indicator name quoted in a message; longer names are shortened with an ellipsis. */
const MAX_NAME = 80;

/** The indicator-duplicate rule (warning). */
export const indicatorDuplicate: Rule = {
  id: 'indicator-duplicate',
  defaultSeverity: 'warning',
  summary: msg('dezelfde indicator twee keer in één tabel', 'the same indicator twice in one table'),
  description: msg(
    'Een indicator staat maar één keer in een tabel.',
    'An indicator appears only once in a table.',
  ),
  check({ doc, report }) {
    for (const table of doc.tables) {
      const first = new Map<string, IndicatorName>();
      // Under a group row (`Groningen`, `Haren`; `Verwijzingen Halt` over `Gemeente | Nederland`)
      // the same sub-row name belongs to another indicator: names are unique per group.
      let group = '';
      for (const row of table.rows) {
        const name = row.name;
        // Rows without a name are another rule's concern; note rows (`Eenheid:`) repeat under each indicator.
        if (name.key === '' || row.note) continue;
        if (row.group) group = name.key;
        const key = row.group ? name.key : `${group}\u0000${name.key}`;
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, name);
          continue;
        }
        const { line, related } = earlierOccurrence(
          doc,
          earlier.span,
          msg('Eerste vermelding van deze indicator.', 'First occurrence of this indicator.'),
        );
        const shown = name.plain.length > MAX_NAME ? `${name.plain.slice(0, MAX_NAME - 1).trimEnd()}…` : name.plain;
        report({
          span: name.span,
          message: msg(
            `De indicator '${shown}' staat al in deze tabel (regel ${line}).`,
            `The indicator '${shown}' is already in this table (line ${line}).`,
          ),
          related,
        });
      }
    }
  },
};
