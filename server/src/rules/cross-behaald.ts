/**
 * cross-behaald: last year's achieved figures are not silently rewritten. The rekening of year Y
 * repeats the realised value of Y-1 (`Behaald Y-1`, `Realisatie Y-1`); it must say what the
 * rekening of year Y-1 reported for Y-1. Messages quote the headers as each chapter writes them.
 * A differing cell with a footnote marker explains the correction: reported as information.
 */
import { msg } from '../service/finding.js';
import { PREVIOUS_REKENING } from '../service/indicator-match.js';
import { defineRule } from '../service/rule.js';
import { adoptValue, realisedCell, valueDifferences } from '../service/value-differences.js';

export const crossBehaald = defineRule('cross-behaald', 'warning', {
  summary: msg('behaald vorig jaar wijkt af van de rekening van vorig jaar', "last year's result differs from last year's rekening"),
  fixable: 'suggestion',
  reads: [PREVIOUS_REKENING],
  description: msg('De realisatie van vorig jaar in de rekening is dezelfde als in de rekening van vorig jaar, of de correctie heeft een voetnoot.', "Last year's result in the rekening is what last year's rekening reported, or the correction has a footnote."),
  check(context) {
    const { report } = context;
    for (const difference of valueDifferences(context, PREVIOUS_REKENING, realisedCell)) {
      const { header, value, before, year: previous, file, related } = difference;
      const markers = difference.cell.value.markers;
      if (markers.length > 0) {
        // The markers as written, in the chapter's own footnote style: `(III)`, `*`, `)1`, `¹`.
        const list = markers.map((m) => m.label).join(', ');
        const one = markers.length === 1;
        report({
          span: difference.cell.span,
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
        span: difference.cell.span,
        message: msg(
          `${header} is hier "${value}", maar in de rekening ${previous} (${file}) "${before}". ` +
            'Licht de correctie toe met een voetnoot of neem de eerdere waarde over.',
          `${header} is "${value}" here, but "${before}" in the rekening ${previous} (${file}). ` +
            'Explain the correction in a footnote or use the earlier value.',
        ),
        related,
        fixes: [adoptValue(difference, msg(`Neem "${before}" over uit de rekening ${previous}`, `Use "${before}" from the rekening ${previous}`))],
      });
    }
  },
});
