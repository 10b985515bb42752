/** section-year: a standard section heading names the document's year, not another one. */
import { msg } from '../service/finding.js';
import { matchSectionHeading } from '../service/infer.js';
import { defineRule, perBeleidsveld } from '../service/rule.js';

export const sectionYear = perBeleidsveld(defineRule('section-year', 'error', {
  summary: msg('verkeerd jaar in een standaardvraag', 'wrong year in a standard section'),
  fixable: 'safe',
  description: msg('Het jaar in een standaardvraag (Wat wilden we bereiken in 2018?) is het jaar van het document.', 'The year in a standard section heading (Wat wilden we bereiken in 2018?) is the document year.'),
  check({ doc, vocabulary, report }) {
    const { kind, year } = doc;
    if (!kind || year === undefined) return;
    // Only a year from the front matter is certain enough to rewrite headings with `--fix`.
    const yearIsGiven = doc.frontMatter?.data?.jaar === year;
    const kindNl = kind === 'rekening' ? 'de rekening' : 'de begroting';
    const kindEn = kind === 'rekening' ? 'the annual account (rekening)' : 'the budget (begroting)';
    for (const heading of doc.headings) {
      const match = matchSectionHeading(vocabulary, kind, heading);
      if (!match?.year || !match.yearSpan || match.year.value === year) continue;
      const written = match.year.value;
      const span = match.yearSpan;
      const corrected =
        doc.text.slice(heading.textSpan.start, span.start) + String(year) + doc.text.slice(span.end, heading.textSpan.end);
      report({
        span,
        message: msg(
          `Deze kop noemt ${written}, maar dit is ${kindNl} ${year}. Maak er ‘${corrected}’ van.`,
          `This heading names ${written}, but this is ${kindEn} ${year}. Make it ‘${corrected}’.`,
        ),
        fixes: [
          {
            title: msg(`Vervang ${written} door ${year}`, `Replace ${written} with ${year}`),
            edits: [{ span, newText: String(year) }],
            safe: yearIsGiven,
          },
        ],
      });
    }
  },
}));
