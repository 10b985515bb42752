/**
 * footnote-order: footnotes are numbered I, II, III… (1, 2, 3…, a, b, c… in the other styles) in
 * order of first use, and their definitions follow that numbering without gaps. One finding per
 * beleidsveld, at the first marker or definition out of order; the safe fix renumbers the whole
 * beleidsveld with the service's one renumbering (`service/footnote-renumber.ts`).
 */
import { msg } from '../service/finding.js';
import type { FootnoteMarker } from '../service/model.js';
import { defineRule, perBeleidsveld } from '../service/rule.js';
import { relabel, renumbering, scopeName } from './footnotes.js';

export const footnoteOrder = perBeleidsveld(defineRule('footnote-order', 'warning', {
  summary: msg('voetnoten niet I, II, III… in volgorde van gebruik', 'footnotes not I, II, III… in order of use'),
  fixable: 'safe',
  description: msg('Voetnoten zijn genummerd I, II, III… in volgorde van gebruik, en de toelichtingen volgen die nummering.', 'Footnotes are numbered I, II, III… in order of first use, and the definitions follow that numbering.'),
  check({ doc, vocabulary, report }) {
    const style = vocabulary.footnotes;
    for (const field of doc.beleidsvelden) {
      const result = renumbering(doc, field, style);
      if (!result.first) continue;
      const { node, isMarker, expected } = result.first;
      const where = scopeName(field);
      const sequence = style.sequence(node.kind);
      let message;
      if (isMarker) {
        const marker = node as FootnoteMarker;
        const want = relabel(marker, expected);
        message = msg(
          `De voetnoten zijn niet genummerd in volgorde van gebruik: hier hoort ${want} te staan, niet ${marker.label}.`,
          `The footnotes are not numbered in order of use: this should be ${want}, not ${marker.label}.`,
        );
      } else {
        message = msg(
          `De toelichtingen volgen de nummering ${sequence} niet: hier hoort ${expected} te staan, niet ${node.numeral}.`,
          `The definitions do not follow the numbering ${sequence}: this should be ${expected}, not ${node.numeral}.`,
        );
      }
      report({
        span: isMarker ? node.span : node.numeralSpan,
        message,
        fixes:
          result.edits.length > 0
            ? [
                {
                  title: msg(
                    `Nummer de voetnoten in ${where.nl} opnieuw in volgorde van gebruik`,
                    `Renumber the footnotes in ${where.en} in order of use`,
                  ),
                  edits: result.edits,
                  // Safe: only numerals change and definitions move with their text.
                  safe: true,
                },
              ]
            : [],
      });
    }
  },
}));
