/** footnote-duplicate: a numeral is defined at most once per beleidsveld. */
import { earlierOccurrence, repeats } from '../service/earlier.js';
import { msg } from '../service/finding.js';
import { defineRule, perBeleidsveld } from '../service/rule.js';
import { definitionLabel, footnoteKey, scopeName } from './footnotes.js';

export const footnoteDuplicate = perBeleidsveld(defineRule('footnote-duplicate', 'error', {
  summary: msg('hetzelfde nummer twee keer toegelicht', 'the same numeral defined twice'),
  description: msg('Elke voetnoot heeft maar één toelichting per beleidsveld.', 'Every footnote is defined only once per policy field.'),
  check({ doc, report }) {
    for (const field of doc.beleidsvelden) {
      const where = scopeName(field);
      for (const { item: definition, first } of repeats(field.definitions, footnoteKey)) {
        const label = definitionLabel(definition);
        const { line, related } = earlierOccurrence(
          doc,
          first.numeralSpan,
          msg(`De eerste toelichting ${label}.`, `The first definition ${label}.`),
        );
        report({
          span: definition.numeralSpan,
          message: msg(
            `De toelichting ${label} staat al eerder in ${where.nl}, op regel ${line}.`,
            `Definition ${label} already appears earlier in ${where.en}, on line ${line}.`,
          ),
          related,
        });
      }
    }
  },
}));
