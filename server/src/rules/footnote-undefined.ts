/**
 * footnote-undefined: every footnote marker has a definition of the same numeral in its
 * beleidsveld, in any of the footnote styles in use. Reported once per numeral, at its first use; the other uses are related locations.
 */
import { msg } from '../service/finding.js';
import type { FootnoteMarker } from '../service/model.js';
import { defineRule, perBeleidsveld } from '../service/rule.js';
import { footnoteKey, insertDefinition, markerLabel, scopeName } from './footnotes.js';

export const footnoteUndefined = perBeleidsveld(defineRule('footnote-undefined', 'error', {
  summary: msg('voetnootmarkering zonder toelichting in het beleidsveld', 'footnote marker without a definition in the beleidsveld'),
  fixable: 'suggestion',
  description: msg('Elke voetnoot in een tabel heeft een toelichting in hetzelfde beleidsveld.', 'Every footnote marker in a table has a definition in the same policy field.'),
  check({ doc, vocabulary, report }) {
    for (const field of doc.beleidsvelden) {
      const defined = new Set(field.definitions.map(footnoteKey));
      // Group the undefined markers per numeral, in order of first use.
      const uses = new Map<string, FootnoteMarker[]>();
      for (const marker of field.markers) {
        const key = footnoteKey(marker);
        if (defined.has(key)) continue;
        const list = uses.get(key);
        if (list) list.push(marker);
        else uses.set(key, [marker]);
      }
      const where = scopeName(field);
      for (const [first, ...others] of uses.values()) {
        const label = markerLabel(first);
        report({
          span: first.span,
          message: msg(
            `De voetnoot ${label} heeft geen toelichting in ${where.nl}.`,
            `Footnote ${label} has no definition in ${where.en}.`,
          ),
          related: others.map((other) => ({
            span: other.span,
            message: msg(`Hier wordt ${label} ook gebruikt.`, `${label} is also used here.`),
          })),
          // Not safe: the stub holds a placeholder the writer has to replace with the explanation.
          fixes: [
            {
              title: msg(`Voeg een toelichting voor ${label} toe`, `Add a definition for ${label}`),
              edits: [insertDefinition(doc, field, first, vocabulary.footnotes)],
            },
          ],
        });
      }
    }
  },
}));
