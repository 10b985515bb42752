/**
 * The value forms and footnote styles `init` tries, one at a time: each is kept only when the
 * chapters then read better. They name configuration keys of `$defs.valueForms` and
 * `$defs.footnoteStyle` in schemas/programmatekst.schema.json.
 */
import type { Localized } from '../finding.js';
import type { VocabularyOverride } from '../vocabulary.js';

/** A change to try. */
export interface StyleCandidate {
  key: string;
  what: Localized;
  vocabulary: VocabularyOverride;
}

/** The candidates, in the order they are tried. */
export function candidateValueAndFootnotePatches(): StyleCandidate[] {
  return [];
}
