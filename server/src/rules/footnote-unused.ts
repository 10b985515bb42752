/** footnote-unused: every footnote definition is used by a marker in its beleidsveld. */
import { msg } from '../service/finding.js';
import { defineRule, perBeleidsveld } from '../service/rule.js';
import { definitionLabel, definitionRemoval, footnoteKey, scopeName } from './footnotes.js';

export const footnoteUnused = perBeleidsveld(defineRule('footnote-unused', 'warning', {
  summary: msg('toelichting die geen markering gebruikt', 'definition that no marker uses'),
  fixable: 'suggestion',
  description: msg('Elke toelichting onder een tabel hoort bij een voetnoot in hetzelfde beleidsveld.', 'Every footnote definition belongs to a marker in the same policy field.'),
  check({ doc, report }) {
    for (const field of doc.beleidsvelden) {
      const used = new Set(field.markers.map(footnoteKey));
      const where = scopeName(field);
      for (const definition of field.definitions) {
        if (used.has(footnoteKey(definition))) continue;
        const label = definitionLabel(definition);
        report({
          span: definition.numeralSpan,
          message: msg(
            `De toelichting ${label} wordt door geen voetnoot in ${where.nl} gebruikt.`,
            `Definition ${label} is not used by any footnote marker in ${where.en}.`,
          ),
          // Not safe: the marker may have been dropped by mistake; deleting text is the writer's call.
          fixes: [
            {
              title: msg(`Verwijder de toelichting ${label}`, `Remove definition ${label}`),
              edits: [{ span: definitionRemoval(doc, definition), newText: '' }],
            },
          ],
        });
      }
    }
  },
}));
