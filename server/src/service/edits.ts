/** Applying text edits: the one place fixes turn into new text. */
import type { Span } from './positions.js';

export interface SpanEdit {
  span: Span;
  newText: string;
}

/**
 * Applies edits to a text. Edits are applied from the end backwards; an edit that overlaps one
 * already taken is skipped (it is picked up by the next pass of an iterative fixer).
 * @returns the new text and how many edits were applied
 */
export function applyEdits(text: string, edits: SpanEdit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let result = text;
  let applied = 0;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    if (edit.span.end > limit) continue;
    if (result.slice(edit.span.start, edit.span.end) === edit.newText) continue;
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
    limit = edit.span.start;
    applied++;
  }
  return { text: result, applied };
}
