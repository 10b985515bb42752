/**
 * sections-required: every beleidsveld has the required standard sections of its kind
 * (begroting: Wat willen we bereiken? / Wat gaan we daarvoor doen?; rekening: Wat wilden we
 * bereiken? / Wat hebben we daarvoor gedaan?), and the required ones stand in the standard order.
 * The accepted headings are vocabulary (schema defaults, extended by configuration).
 */
import { msg, type Report } from '../service/finding.js';
import { sectionTitle } from '../service/features/section-title.js';
import { matchSectionHeading, type SectionHeadingMatch, sectionText } from '../service/infer.js';
import type { Beleidsveld, ChapterDocument, DocumentKind, Heading } from '../service/model.js';
import type { Span } from '../service/positions.js';
import { defineRule, perBeleidsveld } from '../service/rule.js';
import type { SectionSpec, Vocabulary } from '../service/vocabulary.js';

export const sectionsRequired = perBeleidsveld(defineRule('sections-required', 'warning', {
  summary: msg('standaardvraag ontbreekt of staat op de verkeerde plek', 'standard section missing or out of place'),
  fixable: 'suggestion',
  description: msg('Elk beleidsveld heeft de verplichte standaardvragen van zijn soort, in de standaardvolgorde.', 'Every beleidsveld has the required standard sections of its kind, in the standard order.'),
  check({ doc, vocabulary, report }) {
    if (!doc.kind) return;
    const specs = vocabulary.sections(doc.kind);
    for (const scope of doc.beleidsvelden) {
      const matches = standardSections(vocabulary, doc.kind, scope);
      // Missing: reported once per beleidsveld, at its heading. Scopes without a beleidsveld
      // heading (the preamble, a programme introduction) need no standard sections.
      if (scope.heading) reportMissing(doc, scope, scope.heading, matches, specs, report);
      reportOrder(matches, report);
    }
  },
}));

/** The standard sections among a beleidsveld's headings, in order. */
function standardSections(vocabulary: Vocabulary, kind: DocumentKind, scope: Beleidsveld): SectionHeadingMatch[] {
  return scope.sections
    .map((h) => matchSectionHeading(vocabulary, kind, h))
    .filter((m): m is SectionHeadingMatch => m !== undefined);
}

/** The required sections a beleidsveld lacks: one finding at its heading, with a fix that adds them. */
function reportMissing(
  doc: ChapterDocument,
  scope: Beleidsveld,
  heading: Heading,
  matches: SectionHeadingMatch[],
  specs: readonly SectionSpec[],
  report: (r: Report) => void,
): void {
  const present = new Set(matches.map((m) => m.spec.id));
  const missing = specs.filter((s) => s.required && !present.has(s.id));
  if (missing.length === 0) return;
  const names = missing.map((s) => `‘${sectionTitle(s, doc.year)}’`);
  const number = scope.number ?? '';
  report({
    span: headingSpan(heading),
    message:
      missing.length === 1
        ? msg(
            `Beleidsveld ${number} mist de verplichte kop ${names[0]}.`,
            `Beleidsveld ${number} lacks the required heading ${names[0]}.`,
          )
        : msg(
            `Beleidsveld ${number} mist de verplichte koppen ${list(names, 'en')}.`,
            `Beleidsveld ${number} lacks the required headings ${list(names, 'and')}.`,
          ),
    fixes: [
      {
        title:
          missing.length === 1
            ? msg(`Voeg de kop ${names[0]} toe`, `Add the heading ${names[0]}`)
            : msg('Voeg de ontbrekende koppen toe', 'Add the missing headings'),
        edits: insertions(doc, scope, matches, missing.map((spec) => ({ spec, order: specs.indexOf(spec) })), doc.year),
      },
    ],
  });
}

/** Required sections out of the standard order, each at its heading, with the heading it belongs before or after. */
function reportOrder(matches: SectionHeadingMatch[], report: (r: Report) => void): void {
  // Order: checked among the required sections only. Optional ones (Hoe staan we ervoor?,
  // Conclusie) may stand anywhere; real begrotingen open with Hoe staan we ervoor?.
  const required = matches.filter((m) => m.spec.required);
  const kept = longestOrdered(required.map((m) => m.order));
  required.forEach((m, i) => {
    if (kept.has(i)) return;
    const before = required.find((o, j) => j < i && kept.has(j) && o.order > m.order);
    let after: SectionHeadingMatch | undefined;
    required.forEach((o, j) => {
      if (j > i && kept.has(j) && o.order < m.order) after = o;
    });
    const anchor = before ?? after;
    if (!anchor) return;
    const self = `‘${sectionText(m.heading).text}’`;
    const other = `‘${sectionText(anchor.heading).text}’`;
    report({
      span: headingSpan(m.heading),
      message: before
        ? msg(`${self} hoort vóór ${other} te staan.`, `${self} belongs before ${other}.`)
        : msg(`${self} hoort na ${other} te staan.`, `${self} belongs after ${other}.`),
      related: [
        {
          span: headingSpan(anchor.heading),
          message: msg(`De kop ${other}`, `The heading ${other}`),
        },
      ],
    });
  });
}

/** The span of a heading's text, emphasis excluded. */
function headingSpan(heading: Heading): Span {
  const { text, start } = sectionText(heading);
  return { start, end: start + text.length };
}

/** `‘a’`, `‘a’ en ‘b’`, `‘a’, ‘b’ en ‘c’`. */
function list(items: string[], and: string): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/**
 * Indices of a longest non-decreasing subsequence of `orders`. Of equally long ones it keeps the
 * earlier headings, so that of two swapped headings the second is the one reported.
 */
function longestOrdered(orders: number[]): Set<number> {
  const length = orders.map(() => 1);
  const previous = orders.map(() => -1);
  for (let i = 0; i < orders.length; i++) {
    for (let j = 0; j < i; j++) {
      if (orders[j] <= orders[i] && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        previous[i] = j;
      }
    }
  }
  const kept = new Set<number>();
  if (orders.length === 0) return kept;
  let at = length.indexOf(Math.max(...length));
  while (at !== -1) {
    kept.add(at);
    at = previous[at];
  }
  return kept;
}

/**
 * Edits that insert the missing headings where they belong: after the present sections that come
 * earlier in the standard order, before the first one that comes later; else at the end of the
 * beleidsveld.
 */
function insertions(
  doc: ChapterDocument,
  scope: Beleidsveld,
  matches: SectionHeadingMatch[],
  missing: { spec: SectionSpec; order: number }[],
  year: number | undefined,
): { span: Span; newText: string }[] {
  const depth = Math.min(6, matches[0]?.heading.depth ?? (scope.heading?.depth ?? 1) + 1);
  const byOffset = new Map<number, string[]>();
  for (const { spec, order } of missing) {
    let from = -1;
    matches.forEach((m, i) => {
      if (m.order < order) from = i;
    });
    const before = matches.find((m, i) => i > from && m.order > order);
    const offset = before ? lineStart(doc, before.heading.span.start) : scope.span.end;
    const lines = byOffset.get(offset) ?? [];
    lines.push(`${'#'.repeat(depth)} ${sectionTitle(spec, year)}`);
    byOffset.set(offset, lines);
  }
  return [...byOffset].map(([offset, headings]) => {
    const block = headings.map((h) => `${h}\n\n`).join('');
    if (offset < doc.text.length) return { span: { start: offset, end: offset }, newText: block };
    // At the end of the file: make sure the heading starts on a line of its own, after a blank line.
    const lead = doc.text.endsWith('\n\n') || doc.text === '' ? '' : doc.text.endsWith('\n') ? '\n' : '\n\n';
    return { span: { start: offset, end: offset }, newText: lead + block.replace(/\n$/, '') };
  });
}

function lineStart(doc: ChapterDocument, offset: number): number {
  return doc.lines.lineStarts[doc.lines.positionAt(offset).line];
}
