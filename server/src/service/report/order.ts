/** The orders of the report: chapters by recency and by which speaks for a year, roles, dotted numbers. */
import type { ChapterDocument, ColumnRole } from '../model.js';
import type { ReportSource } from './build-state.js';

/** The order of the value columns: what was promised, then what happened, then the rest. */
export const ROLE_ORDER: ColumnRole[] = ['baseline', 'target', 'budget', 'forecast', 'realised', 'current', 'benchmark'];

/** Reading order of the chapters: most recent year first, a rekening before a begroting. */
export function byRecency(a: ReportSource, b: ReportSource): number {
  const ya = a.doc.year ?? -Infinity;
  const yb = b.doc.year ?? -Infinity;
  if (ya !== yb) return yb - ya;
  const ka = a.doc.kind === 'rekening' ? 0 : a.doc.kind === 'begroting' ? 1 : 2;
  const kb = b.doc.kind === 'rekening' ? 0 : b.doc.kind === 'begroting' ? 1 : 2;
  return ka - kb || compareStrings(a.doc.uri, b.doc.uri);
}

/** Which chapter speaks for a value of `year`: lower is first. */
export function priority(doc: ChapterDocument, year: number): number {
  const kind = doc.kind === 'rekening' ? 0 : 1;
  if (doc.year === undefined) return 1_000_000 + kind;
  if (doc.year === year) return kind;
  // Later chapters (which may have corrected the value) before earlier ones (which expected it).
  return doc.year > year ? 10 + (doc.year - year) * 2 + kind : 10_000 + (year - doc.year) * 2 + kind;
}

/** The place of a role in {@link ROLE_ORDER}; other roles after those. */
export function roleRank(role: ColumnRole): number {
  const i = ROLE_ORDER.indexOf(role);
  return i < 0 ? ROLE_ORDER.length : i;
}

/** Compares dotted numbers (`4.10` after `4.9`); undefined last. */
export function compareNumbers(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return compareStrings(a, b);
}

/** Compares by code unit, the same in every locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
