/** indicator-duplicate: an indicator appears once per table (markers and case ignored). */
import { earlierOccurrence, repeats } from '../service/earlier.js';
import { msg } from '../service/finding.js';
import type { IndicatorName, IndicatorTable } from '../service/model.js';
import { defineRule, perBeleidsveld } from '../service/rule.js';

/** Longest indicator name quoted in a message; longer names are shortened with an ellipsis. */
const MAX_NAME = 80;

/** The indicator-duplicate rule (warning). */
export const indicatorDuplicate = perBeleidsveld(defineRule('indicator-duplicate', 'warning', {
  summary: msg('dezelfde indicator twee keer in één tabel', 'the same indicator twice in one table'),
  description: msg('Een indicator staat maar één keer in een tabel.', 'An indicator appears only once in a table.'),
  check({ doc, report }) {
    for (const table of doc.tables) {
      for (const { item, first } of repeats(uniqueNames(table), (n) => n.key)) {
        const name = item.name;
        const { line, related } = earlierOccurrence(
          doc,
          first.name.span,
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
}));

/**
 * The indicator names of a table, each with the key it must be unique by. Under a group row
 * (`Groningen`, `Haren`; `Verwijzingen Halt` over `Gemeente | Nederland`) the same sub-row name
 * belongs to another indicator: names are unique per group. Rows without a name are another
 * rule's concern; note rows (`Eenheid:`) repeat under each indicator.
 */
function* uniqueNames(table: IndicatorTable): Generator<{ name: IndicatorName; key: string }> {
  let group = '';
  for (const row of table.rows) {
    const name = row.name;
    if (name.key === '' || row.note) continue;
    if (row.group) group = name.key;
    yield { name, key: row.group ? name.key : `${group}\u0000${name.key}` };
  }
}
