/** Applies every safe fix to a chapter until nothing changes: what `--fix` and fix-all do. */
import { applyEdits, type SpanEdit } from './edits.js';
import type { Finding } from './finding.js';
import { type LintSettings, lintChapter } from './lint.js';
import type { ChapterDocument } from './model.js';
import { parseChapter } from './parse.js';

/** Most passes a fix-all takes; fixes that keep producing edits after this are not converging. */
const MAX_PASSES = 10;

export interface FixResult {
  text: string;
  /** The document after the last pass (reusable, so the caller does not parse again). */
  doc: ChapterDocument;
  findings: Finding[];
  /** Number of edits applied over all passes. */
  applied: number;
}

/**
 * Applies safe fixes repeatedly. Overlapping fixes are taken one per pass; the result is stable:
 * fixing the result again changes nothing.
 */
export function fixChapter(doc: ChapterDocument, settings: LintSettings, findings = lintChapter(doc, settings)): FixResult {
  let current = doc;
  let currentFindings = findings;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = safeEdits(current, currentFindings);
    if (edits.length === 0) break;
    const result = applyEdits(current.text, edits);
    if (result.applied === 0 || result.text === current.text) break;
    applied += result.applied;
    current = parseChapter(result.text, { uri: current.uri, version: current.version + 1, vocabulary: settings.vocabulary });
    currentFindings = lintChapter(current, settings);
  }
  return { text: current.text, doc: current, findings: currentFindings, applied };
}

/** The edits of the first safe fix of every finding, as spans. */
export function safeEdits(doc: ChapterDocument, findings: Finding[]): SpanEdit[] {
  const edits: SpanEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (!fix) continue;
    // A fix's edits belong together: take all of them or none.
    const spans = fix.edits.map((e) => ({ span: doc.lines.span(e.range), newText: e.newText }));
    if (spans.some((s) => edits.some((o) => overlaps(o.span, s.span)))) continue;
    edits.push(...spans);
  }
  return edits;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end || (a.start === b.start && a.end === b.end);
}
