/**
 * heading-numbering: numbers nest (beleidsveld 4.2.1 belongs to deelprogramma 4.2 and programma 4)
 * and each number is used once per file. The programme of the front matter counts as the
 * context until a `# Programma` heading gives one.
 */
import { earlierOccurrence, repeats } from '../service/earlier.js';
import { msg, type RelatedReport } from '../service/finding.js';
import type { Heading } from '../service/model.js';
import type { Span } from '../service/positions.js';
import { defineRule, type RuleContext } from '../service/rule.js';

/** A programme, deelprogramma or beleidsveld heading with its number. */
type NumberedHeading = Heading & { number: string; numberSpan: Span };

/** Where a programme or deelprogramma number comes from: a heading or the front matter. */
interface Context {
  number: string;
  span: Span;
  /** How the context is named in messages. */
  nl: string;
  en: string;
  fromFrontMatter: boolean;
}

export const headingNumbering = defineRule('heading-numbering', 'warning', {
  summary: msg('nummer past niet in programma/deelprogramma, of dubbel', 'number does not fit the programma/deelprogramma, or is used twice'),
  description: msg('Nummers in koppen passen in elkaar (4.2.1 valt onder 4.2 en 4) en komen één keer voor.', 'Heading numbers nest (4.2.1 belongs to 4.2 and 4) and are used once.'),
  check(context) {
    const { doc, report } = context;
    const declared = frontMatterContext(context, 'programma');
    let programma = declared;
    let deelprogramma = frontMatterContext(context, 'deelprogramma');

    // A deelprogramma of the front matter outside the front matter's programme.
    if (programma && deelprogramma && !nests(deelprogramma.number, programma.number)) {
      report({
        span: deelprogramma.span,
        message: msg(
          `Deelprogramma ${deelprogramma.number} hoort niet bij ${programma.nl}: het nummer moet met ‘${programma.number}.’ beginnen.`,
          `Deelprogramma ${deelprogramma.number} does not belong to ${programma.en}: its number must start with ‘${programma.number}.’.`,
        ),
        related: [related(programma)],
      });
    }

    const numbered = doc.headings.filter(
      (h): h is NumberedHeading => h.kind !== 'section' && h.number !== undefined && h.number !== '' && h.numberSpan !== undefined,
    );
    for (const { item, first } of repeats(numbered, (h) => h.number)) {
      const number = item.number;
      const { line, related } = earlierOccurrence(doc, first.numberSpan, msg(`Eerste kop met ${number}`, `First heading numbered ${number}`));
      report({
        span: item.numberSpan,
        message: msg(`Het nummer ${number} is al gebruikt op regel ${line}.`, `The number ${number} is already used on line ${line}.`),
        related,
      });
    }

    for (const heading of numbered) {
      const number = heading.number;
      const span = heading.numberSpan;
      if (heading.kind === 'programma') {
        if (declared && declared.number !== number) {
          report({
            span,
            message: msg(
              `Programma ${number} past niet bij ‘programma: ${declared.number}’ in de front matter.`,
              `Programma ${number} does not match ‘programma: ${declared.number}’ in the front matter.`,
            ),
            related: [related(declared)],
          });
        }
        programma = { number, span, nl: `Programma ${number}`, en: `Programma ${number}`, fromFrontMatter: false };
        // A new programme ends the deelprogramma of the previous one; the front matter's
        // deelprogramma stays when the heading is its own programme.
        if (!(deelprogramma?.fromFrontMatter && nests(deelprogramma.number, number))) deelprogramma = undefined;
      } else if (heading.kind === 'deelprogramma') {
        if (programma && !nests(number, programma.number)) {
          report({
            span,
            message: msg(
              `Deelprogramma ${number} hoort niet bij ${programma.nl}: het nummer moet met ‘${programma.number}.’ beginnen.`,
              `Deelprogramma ${number} does not belong to ${programma.en}: its number must start with ‘${programma.number}.’.`,
            ),
            related: [related(programma)],
          });
        }
        deelprogramma = { number, span, nl: `Deelprogramma ${number}`, en: `Deelprogramma ${number}`, fromFrontMatter: false };
      } else if (heading.kind === 'beleidsveld') {
        const parent = deelprogramma ?? programma;
        const prefix = deelprogramma ? number.split('.').slice(0, 2).join('.') : number.split('.')[0];
        if (parent && prefix !== parent.number) {
          const under = deelprogramma && programma ? `${deelprogramma.nl} (${programma.nl})` : parent.nl;
          const underEn = deelprogramma && programma ? `${deelprogramma.en} (${programma.en})` : parent.en;
          report({
            span,
            message: msg(
              `Beleidsveld ${number} past niet onder ${under}: het nummer moet met ‘${parent.number}.’ beginnen.`,
              `Beleidsveld ${number} does not fit under ${underEn}: its number must start with ‘${parent.number}.’.`,
            ),
            related: [related(parent)],
          });
        }
      }
    }
  },
});

/** True when `child` (4.2) lies within `parent` (4). */
function nests(child: string, parent: string): boolean {
  return child.startsWith(`${parent}.`);
}

/** The programme or deelprogramma given in the front matter, with the span of its value. */
function frontMatterContext({ doc }: RuleContext, key: 'programma' | 'deelprogramma'): Context | undefined {
  const value = doc.frontMatter?.data?.[key];
  const entry = doc.frontMatter?.entries.get(key);
  if (!entry) return undefined;
  let number: string | undefined;
  if (key === 'programma' && Number.isInteger(value)) number = String(value);
  // YAML reads `deelprogramma: 4.2` as a number; 4.10 would then be 4.1, so the source text decides.
  if (key === 'deelprogramma' && /^['"]?\d+\.\d+['"]?$/.test(entry.source.trim())) number = entry.source.trim().replace(/['"]/g, '');
  if (number === undefined) return undefined;
  return {
    number,
    span: entry.value,
    nl: `‘${key}: ${number}’ uit de front matter`,
    en: `‘${key}: ${number}’ of the front matter`,
    fromFrontMatter: true,
  };
}

/** The related place that shows `target`. */
function related(target: Context): RelatedReport {
  return {
    span: target.span,
    message: msg(target.nl, target.en),
  };
}
