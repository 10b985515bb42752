/**
 * cross-beoogd: the rekening of year Y reports against the targets its begroting of year Y set.
 * Its target cell (`Beoogd Y`, `Doel Y`, `Begroting Y`) must say what the begroting says for the same indicator.
 */
import { msg } from '../service/finding.js';
import { BEGROTING_OF_THE_YEAR } from '../service/indicator-match.js';
import { defineRule } from '../service/rule.js';
import { adoptValue, targetCell, valueDifferences } from '../service/value-differences.js';

export const crossBeoogd = defineRule('cross-beoogd', 'warning', {
  summary: msg('rekening noemt ander doel dan de begroting van dat jaar', 'rekening states another target than the begroting of that year'),
  fixable: 'suggestion',
  reads: [BEGROTING_OF_THE_YEAR],
  description: msg('De streefwaarde in de rekening is dezelfde als in de begroting van hetzelfde jaar.', 'The target in the rekening is the one the begroting of the same year set.'),
  check(context) {
    for (const difference of valueDifferences(context, BEGROTING_OF_THE_YEAR, targetCell)) {
      const { header, value, before, year, file } = difference;
      context.report({
        span: difference.cell.span,
        message: msg(
          `${header} is hier "${value}", maar in de begroting ${year} (${file}) "${before}".`,
          `${header} is "${value}" here, but "${before}" in the begroting ${year} (${file}).`,
        ),
        related: difference.related,
        fixes: [adoptValue(difference, msg(`Neem "${before}" over uit de begroting`, `Use "${before}" from the begroting`))],
      });
    }
  },
});
