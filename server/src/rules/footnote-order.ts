/**
 * footnote-order: roman footnotes are numbered I, II, III… in order of first use, and their
 * definitions follow that numbering without gaps. One finding per beleidsveld, at the first
 * marker or definition out of order; the safe fix renumbers the whole beleidsveld.
 */
import { msg } from '../service/finding.js';
import { toRoman } from '../service/footnote-syntax.js';
import type { Rule } from '../service/rule.js';
import { renumbering, scopeName } from './footnotes.js';

export const footnoteOrder: Rule = {
  id: 'footnote-order',
  defaultSeverity: 'warning',
  description: msg(
    'Voetnoten zijn genummerd I, II, III… in volgorde van gebruik, en de toelichtingen volgen die nummering.',
    'Footnotes are numbered I, II, III… in order of first use, and the definitions follow that numbering.',
  ),
  check({ doc, report }) {
    for (const field of doc.beleidsvelden) {
      const result = renumbering(doc, field);
      if (!result.first) continue;
      const { node, isMarker, expected } = result.first;
      const where = scopeName(field);
      report({
        span: isMarker ? node.span : node.numeralSpan,
        message: isMarker
          ? msg(
              `De voetnoten zijn niet genummerd in volgorde van gebruik: hier hoort (${expected}) te staan, niet (${node.numeral}).`,
              `The footnotes are not numbered in order of use: this should be (${expected}), not (${node.numeral}).`,
            )
          : msg(
              `De toelichtingen volgen de nummering I, II, III… niet: hier hoort ${expected} te staan, niet ${node.numeral}.`,
              `The definitions do not follow the numbering I, II, III…: this should be ${expected}, not ${node.numeral}.`,
            ),
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
        // Old numeral → new numeral, for code actions that explain the renumbering.
        data: { renumbering: Object.fromEntries([...result.mapping].map(([from, to]) => [toRoman(from), toRoman(to)])) },
      });
    }
  },
};
