/** "Already on line N": how a rule that finds a repeat points at the first occurrence. */
import type { Localized, Report } from './finding.js';
import type { ChapterDocument } from './model.js';
import type { Span } from './positions.js';

/** An earlier occurrence: its 1-based line for the message, and the related location that shows it. */
export interface EarlierOccurrence {
  line: number;
  related: NonNullable<Report['related']>;
}

/** The earlier occurrence at `span` of `doc`, described by `message` in the related location. */
export function earlierOccurrence(doc: ChapterDocument, span: Span, message: Localized): EarlierOccurrence {
  return {
    line: doc.lines.positionAt(span.start).line + 1,
    related: [{ uri: doc.uri, range: doc.lines.range(span), message }],
  };
}
