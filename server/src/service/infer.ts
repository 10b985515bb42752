/**
 * Reads a chapter's kind and year from its column headers and section headings, and the helpers
 * the chapter rules share for that: which kind a table is, which standard section a heading is.
 */
import { bestFits, type Fit, fitsExactly, type Step } from './layout-fit.js';
import type { Column, DocumentKind, Heading, IndicatorTable, Inference } from './model.js';
import type { SectionMatch, Vocabulary } from './vocabulary.js';

/** What the value columns of one table say about the document. */
export interface TableEvidence {
  kind: DocumentKind;
  /** The document year whose layout the table fits best. */
  year: number;
  /**
   * True when the table fits one kind's layout better than the other's. A table that fits both
   * equally well (`Behaald Y-1 | Beoogd Y` is an unfinished rekening as much as a begroting) is
   * not definite.
   */
  definite: boolean;
  /** The column that decides the kind: one the other kind's layout has no place for, else the newest. */
  column: Column;
  /** The column it is contrasted with in messages (the newest target beside it), if any. */
  partner?: Column;
}

/**
 * The kind and year whose configured layout fits a table best (the alignment of `table-columns`),
 * or undefined when no column is dated or the table is a time series.
 */
export function tableEvidence(table: IndicatorTable, vocabulary: Vocabulary): TableEvidence | undefined {
  if (table.kind === 'series') return undefined;
  const fits = bestFits(table, vocabulary);
  const candidates = [fits.rekening, fits.begroting].filter((f): f is Fit => f !== undefined);
  if (candidates.length === 0) return undefined;
  const dated = table.columns.filter((c) => c.role && c.year !== undefined && !c.descriptive);
  const newest = dated.reduce<Column | undefined>((a, c) => (!a || (c.year as number) > (a.year as number) ? c : a), undefined);
  // Of equal fits, the one whose year is the newest column's (a table is about its newest year).
  const own = (f: Fit) => (f.year === newest?.year ? 0 : 1);
  candidates.sort((a, b) => a.cost - b.cost || own(a) - own(b) || b.year - a.year);
  const best = candidates[0];
  const other = candidates[1];
  // Definite: a better fit than the other kind's, with every required column of the layout there.
  const complete = !best.steps.some((s) => s.op === 'skip' && !s.slot.optional);
  const definite = complete && (!other || other.cost > best.cost);
  const paired = best.steps.filter((s): s is Extract<Step, { op: 'pair' }> => s.op === 'pair' && fitsExactly(s.column, s.slot));
  const otherKind = best.kind === 'rekening' ? 'begroting' : 'rekening';
  const otherSlots = vocabulary.layout(otherKind);
  const distinctive = paired.find(
    (s) => s.slot.layout.offset === 0 && !otherSlots.some((o) => o.role === s.slot.role && o.offset === s.slot.layout.offset),
  );
  const column = distinctive?.column ?? paired.find((s) => s.slot.layout.offset === 0)?.column ?? newest;
  if (!column) return undefined;
  const partner = paired.find((s) => s.column !== column && s.column.year === column.year)?.column;
  return { kind: best.kind, year: best.year, definite, column, ...(partner ? { partner } : {}) };
}

/** A section heading's text without surrounding emphasis (`**Conclusie**`), and its offset in the document. */
export function sectionText(heading: Heading): { text: string; start: number } {
  const m = /^([*_]{1,3})(.*?)\1$/su.exec(heading.text.trim());
  const inner = m ? m[2] : heading.text.trim();
  const trimmed = inner.trim();
  return { text: trimmed, start: heading.textSpan.start + heading.text.indexOf(trimmed) };
}

/** A heading matched as a standard section of a kind, with the document span of its year. */
export interface SectionHeadingMatch extends SectionMatch {
  heading: Heading;
  /** Span of the year digits in the document, when the heading has a year. */
  yearSpan?: { start: number; end: number };
}

/** Which standard section of `kind` a section heading is, if any. */
export function matchSectionHeading(
  vocabulary: Vocabulary,
  kind: DocumentKind,
  heading: Heading,
): SectionHeadingMatch | undefined {
  if (heading.kind !== 'section') return undefined;
  const { text, start } = sectionText(heading);
  const match = vocabulary.matchSection(kind, text);
  if (!match) return undefined;
  const result: SectionHeadingMatch = { ...match, heading };
  if (match.year) {
    // matchSection reports the index in the trimmed text, which `text` already is.
    const at = start + match.year.index;
    result.yearSpan = { start: at, end: at + String(match.year.value).length };
  }
  return result;
}

/** The other kind. */
export function otherKind(kind: DocumentKind): DocumentKind {
  return kind === 'rekening' ? 'begroting' : 'rekening';
}

/**
 * Infers kind and year. Each table votes for the kind and year whose layout it fits best (with
 * the Groningen layouts: `Behaald Y` beside `Beoogd Y` is a rekening of Y, a newest `Beoogd Y`
 * alone a begroting of Y); a standard section heading with a year says
 * the same in words (`Wat wilden we bereiken in 2018?` → rekening 2018). Columns weigh more than
 * headings: the headings only decide when the tables say nothing (or are tied).
 */
export function inferKindAndYear(tables: IndicatorTable[], headings: Heading[], vocabulary: Vocabulary): Inference {
  const evidence: Inference['evidence'] = [];
  for (const table of tables) {
    const found = tableEvidence(table, vocabulary);
    if (found) evidence.push({ span: table.headerSpan, kind: found.kind, year: found.year, what: 'columns' });
  }
  for (const heading of headings) {
    if (heading.kind !== 'section') continue;
    for (const kind of ['rekening', 'begroting'] as const) {
      const match = matchSectionHeading(vocabulary, kind, heading);
      if (!match) continue;
      const span = sectionText(heading);
      const headingSpan = { start: span.start, end: span.start + span.text.length };
      // Only a heading that belongs to one kind alone is evidence of the kind.
      if (matchSectionHeading(vocabulary, otherKind(kind), heading)) {
        if (match.year) evidence.push({ span: headingSpan, year: match.year.value, what: 'section' });
      } else {
        evidence.push({ span: headingSpan, kind, year: match.year?.value, what: 'section' });
      }
      break;
    }
  }
  const columns = evidence.filter((e) => e.what === 'columns');
  const sections = evidence.filter((e) => e.what === 'section');
  const kind = mostCommon(columns.map((e) => e.kind), sections.map((e) => e.kind));
  const year = mostCommon(columns.map((e) => e.year), sections.map((e) => e.year));
  const inference: Inference = { evidence };
  if (kind) inference.kind = kind;
  if (year !== undefined) inference.year = year;
  return inference;
}

/**
 * The most frequent value of `primary`; ties (and an empty primary list) are settled by the
 * `secondary` values, then by first occurrence.
 */
function mostCommon<T>(primary: (T | undefined)[], secondary: (T | undefined)[]): T | undefined {
  // A Map iterates in insertion order, so on a full tie the first value seen wins.
  const counts = new Map<T, [number, number]>();
  const add = (values: (T | undefined)[], slot: 0 | 1) => {
    for (const v of values) {
      if (v === undefined) continue;
      const c = counts.get(v) ?? [0, 0];
      c[slot]++;
      counts.set(v, c);
    }
  };
  add(primary, 0);
  add(secondary, 1);
  let best: T | undefined;
  let bestCount: [number, number] | undefined;
  for (const [v, c] of counts) {
    if (!bestCount || c[0] > bestCount[0] || (c[0] === bestCount[0] && c[1] > bestCount[1])) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
