/** table-row-cells: every row of an indicator table has as many cells as its header. */
import { msg } from '../service/finding.js';
import { defineRule, perBeleidsveld } from '../service/rule.js';
import { tableRows } from '../service/table-walk.js';

export const tableRowCells = perBeleidsveld(defineRule('table-row-cells', 'error', {
  summary: msg('rij met meer of minder cellen dan de kop', 'row with more or fewer cells than the header'),
  description: msg('Elke rij van een indicatorentabel heeft evenveel cellen als de kop.', 'Every row of an indicator table has as many cells as the header.'),
  check({ doc, report }) {
    for (const { table, row } of tableRows(doc)) {
      const expected = table.headerCellCount;
      if (row.cellCount === expected) continue;
      const more = row.cellCount > expected;
      const n = Math.abs(row.cellCount - expected);
      const nl = n === 1 ? '1 cel' : `${n} cellen`;
      const en = n === 1 ? '1 cell' : `${n} cells`;
      report({
        // Too many: point at the surplus cells; too few: at the whole row.
        span: more ? { start: row.cells[expected - 1]?.outerSpan.start ?? row.span.start, end: row.span.end } : row.span,
        message: more
          ? msg(
              `Deze rij heeft ${row.cellCount} cellen, de kop ${expected}: ${nl} te veel.`,
              `This row has ${row.cellCount} cells, the header ${expected}: ${en} too many.`,
            )
          : msg(
              `Deze rij heeft ${row.cellCount} cellen, de kop ${expected}: ${nl} te weinig.`,
              `This row has ${row.cellCount} cells, the header ${expected}: ${en} missing.`,
            ),
      });
    }
  },
}));
