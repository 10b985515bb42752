/** Reads a chapter's kind and year from its column headers and section headings. */
import type { DocumentKind, Heading, IndicatorTable, Inference } from './model.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Infers kind and year. A table with `Behaald Y` and `Beoogd Y` is a rekening of Y; a table whose
 * newest column is `Beoogd Y` is a begroting of Y; a standard section heading with a year says
 * the same in words (`Wat wilden we bereiken in 2018?` → rekening 2018).
 */
export function inferKindAndYear(tables: IndicatorTable[], headings: Heading[], vocabulary: Vocabulary): Inference {
  const evidence: Inference['evidence'] = [];
  for (const table of tables) {
    const dated = table.columns.filter((c) => c.role && c.year !== undefined);
    if (dated.length === 0) continue;
    const newest = Math.max(...dated.map((c) => c.year as number));
    const roles = new Set(dated.filter((c) => c.year === newest).map((c) => c.role));
    const kind: DocumentKind = roles.has('behaald') ? 'rekening' : 'begroting';
    evidence.push({ span: table.headerSpan, kind, year: newest, what: 'columns' });
  }
  for (const heading of headings) {
    if (heading.kind !== 'section') continue;
    for (const kind of ['rekening', 'begroting'] as const) {
      const match = vocabulary.matchSection(kind, heading.text);
      if (!match) continue;
      // Only a heading that belongs to one kind alone is evidence of the kind.
      const other = vocabulary.matchSection(kind === 'rekening' ? 'begroting' : 'rekening', heading.text);
      if (other) {
        if (match.year) evidence.push({ span: heading.textSpan, year: match.year.value, what: 'section' });
      } else {
        evidence.push({ span: heading.textSpan, kind, year: match.year?.value, what: 'section' });
      }
      break;
    }
  }
  const kind = mostCommon(evidence.map((e) => e.kind));
  const year = mostCommon(evidence.map((e) => e.year));
  const inference: Inference = { evidence };
  if (kind) inference.kind = kind;
  if (year !== undefined) inference.year = year;
  return inference;
}

function mostCommon<T>(values: (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const v of values) {
    if (v === undefined) continue;
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
