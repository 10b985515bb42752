/**
 * "Already on line N": how a rule that finds a repeat (a footnote defined twice, an indicator or a
 * heading number used twice) finds the first occurrence and points at it.
 */
import type { Localized, Report } from './finding.js';
import type { ChapterDocument } from './model.js';
import { oneBased, type Span } from './positions.js';

/** An earlier occurrence: its 1-based line for the message, and the related location that shows it. */
export interface EarlierOccurrence {
  line: number;
  related: NonNullable<Report['related']>;
}

/** The earlier occurrence at `span` of `doc`, described by `message` in the related location. */
export function earlierOccurrence(doc: ChapterDocument, span: Span, message: Localized): EarlierOccurrence {
  return {
    line: oneBased(doc.lines.range(span)).line,
    related: [{ span, message }],
  };
}

/** An item whose key an earlier item already had, with that first item. */
export interface Repeat<T> {
  item: T;
  first: T;
}

/**
 * The items whose key an earlier item already had, in order, each with the first item of its key.
 * `key` is called once per item, in order; an item without a key (undefined) is passed over.
 */
export function* repeats<T>(items: Iterable<T>, key: (item: T) => string | undefined): Generator<Repeat<T>> {
  const firsts = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const first = firsts.get(k);
    if (first === undefined) firsts.set(k, item);
    else yield { item, first };
  }
}
