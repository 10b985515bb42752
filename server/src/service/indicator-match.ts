/**
 * Matching indicators and values across documents: the shared ground of the cross-document rules.
 * Indicators match by their key (markers removed, whitespace and case normalised); values match
 * by their semantic key, so `68%` = `68% (II)`, `> 70%` = `>70%` and `toename` = `Toename`.
 */
import { distance } from 'fastest-levenshtein';
import type { RelatedReport, Report } from './finding.js';
import type {
  Beleidsveld,
  ChapterDocument,
  ColumnRole,
  DocumentKind,
  IndicatorRow,
  IndicatorTable,
  MainValue,
  ValueCell,
} from './model.js';
import type { Span } from './positions.js';
import type { RuleContext, RuleRead } from './rule.js';
import { classifyMain, displayValue, scaleOf, valueKey } from './value.js';
import type { Vocabulary } from './vocabulary.js';
import type { WorkspaceView } from './workspace-view.js';

/** A row of an indicator table together with its table. */
export interface IndicatorEntry {
  row: IndicatorRow;
  table: IndicatorTable;
}

/** One beleidsveld of the document being checked and the same beleidsveld in a counterpart document. */
export interface CounterpartPair {
  /** The beleidsveld in the document being checked. */
  here: Beleidsveld;
  /** The counterpart document. */
  other: ChapterDocument;
  /** The beleidsveld with the same number in the counterpart document. */
  there: Beleidsveld;
  /** The year of the counterpart document. */
  year: number;
}

/** What a rekening of year Y compares with: the begroting of year Y (cross-beoogd, cross-indicators). */
export const BEGROTING_OF_THE_YEAR: RuleRead = { checks: 'rekening', kind: 'begroting', yearOffset: 0 };

/** What a rekening of year Y compares with: the rekening of year Y-1 (cross-behaald). */
export const PREVIOUS_REKENING: RuleRead = { checks: 'rekening', kind: 'rekening', yearOffset: -1 };

/**
 * The counterparts a cross-document rule reads (one of its `reads`): the beleidsvelden of the
 * chapter paired with those of the documents of kind `read.kind` and year Y + `read.yearOffset`.
 * None when linting without a workspace, or when the chapter is not of kind
 * `read.checks` or has no year.
 */
export function readCounterparts({ doc, workspace }: Pick<RuleContext, 'doc' | 'workspace'>, read: RuleRead): CounterpartPair[] {
  if (!workspace || doc.kind !== read.checks || doc.year === undefined) return [];
  return counterparts(doc, workspace, read.kind, doc.year + read.yearOffset);
}

/**
 * Every numbered beleidsveld of `doc` paired with the same beleidsveld in each document of
 * `kind` and `year` in the workspace (counterparts in uri order, so CLI and server agree).
 * No counterpart yields nothing: a lone chapter is never compared.
 */
export function counterparts(
  doc: ChapterDocument,
  workspace: WorkspaceView,
  kind: DocumentKind,
  year: number,
): CounterpartPair[] {
  const pairs: CounterpartPair[] = [];
  const seen = new Set<string>();
  for (const here of doc.beleidsvelden) {
    const number = here.number;
    // A number used twice in one document is heading-numbering's concern; compare the first.
    if (number === undefined || seen.has(number)) continue;
    seen.add(number);
    const others = workspace.find(kind, year, number, doc.uri).sort((a, b) => compareStrings(a.uri, b.uri));
    for (const other of others) {
      const there = beleidsveldByNumber(other, number);
      if (there) pairs.push({ here, other, there, year });
    }
  }
  return pairs;
}

/** The first beleidsveld of a document with the given number. */
export function beleidsveldByNumber(doc: ChapterDocument, number: string): Beleidsveld | undefined {
  return doc.beleidsvelden.find((b) => b.number === number);
}

/**
 * The indicators of a beleidsveld by key, over all its tables. The first row of a key wins
 * (a duplicate is indicator-duplicate's concern); rows without a name are left out.
 */
export function indicatorsByKey(beleidsveld: Beleidsveld): Map<string, IndicatorEntry> {
  const entries = new Map<string, IndicatorEntry>();
  for (const table of beleidsveld.tables) {
    for (const row of table.rows) {
      if (row.name.key !== '' && !entries.has(row.name.key)) entries.set(row.name.key, { row, table });
    }
  }
  return entries;
}

/** The cell of a row in the column with this role and year (columns are found by header, not position). */
export function cellFor(row: IndicatorRow, role: ColumnRole, year: number): ValueCell | undefined {
  return row.cells.find((c) => c.column?.role === role && c.column.year === year);
}

/**
 * The key two values are compared by. An invalid value with a mechanical correction compares as
 * its correction (`68 %` = `68%`), so a formatting slip is value-format's finding, not a difference.
 * The new kinds compare semantically too: `€ 1,2 mln` = `€ 1.200.000`, `6 - 6,5` = `6-6,5`,
 * `1 op 5` = `2 op 10`, `n.b.` = `nb` when both mean unknown.
 * @param factor the scale the value stands under (`x 1.000` in its header): 1,2 under `x 1.000` = 1.200
 */
export function comparableKey(main: MainValue, vocabulary: Vocabulary, factor = 1): string {
  if (main.type === 'invalid' && main.suggestion !== undefined) {
    const corrected = classifyMain(main.suggestion, main.span, vocabulary);
    if (corrected.type !== 'invalid') return valueKey(corrected, factor);
  }
  return valueKey(main, factor);
}

/** Two value cells that can be compared: both hold a value (an empty cell is another rule's concern). */
export function comparable(a: ValueCell | undefined, b: ValueCell | undefined): boolean {
  return a !== undefined && b !== undefined && a.value.main.type !== 'empty' && b.value.main.type !== 'empty';
}

/** The scale a cell's column header puts it under (`Realisatie (x 1.000)`); 1 without one. */
export function headerFactor(cell: ValueCell, vocabulary: Vocabulary): number {
  return cell.column ? (scaleOf(cell.column.header, vocabulary)?.factor ?? 1) : 1;
}

/**
 * Whether two cells say the same, read with the vocabulary of the document being checked. Each
 * value counts under its scale: by default its column header's; a caller that knows the row and
 * table passes the factors of `valueContext` in value.ts (indicator name, Eenheid cell, table label).
 */
export function sameValue(
  a: ValueCell,
  b: ValueCell,
  vocabulary: Vocabulary,
  factors: { a?: number; b?: number } = {},
): boolean {
  const fa = factors.a ?? headerFactor(a, vocabulary);
  const fb = factors.b ?? headerFactor(b, vocabulary);
  return comparableKey(a.value.main, vocabulary, fa) === comparableKey(b.value.main, vocabulary, fb);
}

/** A cell's main value as written, for messages. */
export function shownValue(cell: ValueCell, doc: ChapterDocument): string {
  return displayValue(cell.value.main, doc.text);
}

/** A short name for a document in messages: the last segment of its uri, decoded. */
export function fileLabel(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || uri;
  } catch {
    return last || uri;
  }
}

/** A related location in another document. */
export function relatedAt(other: ChapterDocument, span: Span, message: Report['message']): RelatedReport {
  return { document: other, span, message };
}

/**
 * Normalised edit distance of two indicator keys: Levenshtein distance (fastest-levenshtein)
 * divided by the length of the longer key; 0 = equal, 1 = nothing in common.
 */
export function nameDistance(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : distance(a, b) / longest;
}

/**
 * How far apart two names may be to count as one renamed indicator. 0.3 means at most 30% of
 * the longer name changed. Measured on the seed chapters: dropping a qualifier such as
 * "(18 jaar e.o.)" or "door de WIJ-teams" is 0.18–0.23; distinct indicators that share only the
 * phrasing "% bewoners dat zegt dat …" are 0.4 and more, short distinct names such as
 * "Aantal meldingen"/"Aantal klachten" 0.375. Distinct indicators that differ in a few words of
 * a long shared sentence can fall under it; the finding is a question with an unsafe fix, and
 * it reports a begroting indicator that is missing either way, so the generous side is chosen.
 */
export const RENAME_THRESHOLD = 0.3;

/** A pairing of a missing name with a close unmatched name. */
export interface RenamePair<M, C> {
  missing: M;
  candidate: C;
  distance: number;
}

/**
 * Pairs names that are missing with close candidates, one to one: the closest pairs first, so
 * that two renamed indicators are not both offered the same name. Ties keep source order.
 */
export function pairRenames<M extends { key: string }, C extends { key: string }>(
  missing: readonly M[],
  candidates: readonly C[],
  threshold = RENAME_THRESHOLD,
): RenamePair<M, C>[] {
  const options: { m: number; c: number; distance: number }[] = [];
  missing.forEach((mItem, m) => {
    candidates.forEach((cItem, c) => {
      const d = nameDistance(mItem.key, cItem.key);
      if (d <= threshold) options.push({ m, c, distance: d });
    });
  });
  options.sort((a, b) => a.distance - b.distance || a.m - b.m || a.c - b.c);
  const usedM = new Set<number>();
  const usedC = new Set<number>();
  const pairs: RenamePair<M, C>[] = [];
  for (const option of options) {
    if (usedM.has(option.m) || usedC.has(option.c)) continue;
    usedM.add(option.m);
    usedC.add(option.c);
    pairs.push({ missing: missing[option.m], candidate: candidates[option.c], distance: option.distance });
  }
  return pairs;
}

/**
 * The source text of an indicator name without its footnote markers, whitespace collapsed.
 * Unlike `name.plain` it keeps Markdown escapes, so it can be written back into a table cell.
 */
export function nameSource(row: IndicatorRow, doc: ChapterDocument): string {
  let text = '';
  let at = row.name.span.start;
  for (const marker of row.name.markers) {
    text += doc.text.slice(at, marker.span.start) + ' ';
    at = marker.span.end;
  }
  text += doc.text.slice(at, row.name.span.end);
  return text.replace(/\s+/g, ' ').trim();
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
