/**
 * cross-behaald: last year's achieved figures are not silently rewritten. The rekening of year Y
 * repeats the realised value of Y-1 (`Behaald Y-1`, `Realisatie Y-1`); it must say what the
 * rekening of year Y-1 reported for Y-1. Messages quote the headers as each chapter writes them.
 * A differing cell with a footnote marker explains the correction: reported as information.
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

export const crossBehaald: Rule = {
  id: 'cross-behaald',
  defaultSeverity: 'warning',
  summary: msg('behaald vorig jaar wijkt af van de rekening van vorig jaar', "last year's result differs from last year's rekening"),
  fixable: 'suggestion',
  reads: [{ checks: 'rekening', kind: 'rekening', yearOffset: -1 }],
  description: msg(
    'De realisatie van vorig jaar in de rekening is dezelfde als in de rekening van vorig jaar, of de correctie heeft een voetnoot.',
    "Last year's result in the rekening is what last year's rekening reported, or the correction has a footnote.",
  ),
  check({ doc, workspace, vocabulary, report }) {
    if (!workspace || doc.kind !== 'rekening' || doc.year === undefined) return;
    const previous = doc.year - 1;
    for (const { here, other, there } of counterparts(doc, workspace, 'rekening', previous)) {
      const reported = indicatorsByKey(there);
      const file = fileLabel(other.uri);
      for (const table of here.tables) {
        for (const row of table.rows) {
          const earlier = reported.get(row.name.key);
          if (!earlier) continue;
          const cell = cellFor(row, 'realised', previous);
          const original = cellFor(earlier.row, 'realised', previous);
          if (!cell || !original || !comparable(cell, original) || sameValue(cell, original, vocabulary)) continue;
          const value = shownValue(cell, doc);
          const before = shownValue(original, other);
          const header = cell.column?.header ?? String(previous);
          const theirs = original.column?.header ?? String(previous);
          const related = [
            relatedAt(other, original.span, msg(`${theirs} in de rekening ${previous}`, `${theirs} in the rekening ${previous}`)),
          ];
          const markers = cell.value.markers;
          if (markers.length > 0) {
            // The markers as written, in the chapter's own footnote style: `(III)`, `*`, `)1`, `¹`.
            const list = markers.map((m) => m.label).join(', ');
            const one = markers.length === 1;
            report({
              span: cell.span,
              severity: 'info',
              message: msg(
                `${header} is hier "${value}", in de rekening ${previous} (${file}) "${before}"; ` +
                  `de correctie wordt toegelicht in ${one ? 'voetnoot' : 'de voetnoten'} ${list}.`,
                `${header} is "${value}" here, "${before}" in the rekening ${previous} (${file}); ` +
                  `${one ? 'footnote' : 'footnotes'} ${list} ${one ? 'explains' : 'explain'} the correction.`,
              ),
              related,
            });
            continue;
          }
          report({
            span: cell.span,
            message: msg(
              `${header} is hier "${value}", maar in de rekening ${previous} (${file}) "${before}". ` +
                'Licht de correctie toe met een voetnoot of neem de eerdere waarde over.',
              `${header} is "${value}" here, but "${before}" in the rekening ${previous} (${file}). ` +
                'Explain the correction in a footnote or use the earlier value.',
            ),
            related,
            fixes: [
              {
                title: msg(`Neem "${before}" over uit de rekening ${previous}`, `Use "${before}" from the rekening ${previous}`),
                edits: [{ span: cell.value.main.span, newText: before }],
              },
            ],
          });
        }
      }
    }
  },
};
