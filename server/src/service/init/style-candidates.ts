/**
 * The value forms and footnote styles `init` tries, one at a time: each is kept only when the
 * chapters then read better. They name configuration keys of `$defs.valueForms` and
 * `$defs.footnoteStyle` in schemas/programmatekst.schema.json.
 */
import { msg, type Localized } from '../finding.js';
import type { NoValueMeaning } from '../value-model.js';
import type { VocabularyOverride } from '../vocabulary.js';

/** A change to try. */
export interface StyleCandidate {
  key: string;
  what: Localized;
  vocabulary: VocabularyOverride;
}

/** Placeholders municipalities write instead of a value (INDEX.md of the corpus), with their meaning. */
const NO_VALUE_WORDS: Record<string, NoValueMeaning> = {
  'n.v.t.': 'not-applicable',
  nvt: 'not-applicable',
  'n.b.': 'unknown',
  nb: 'unknown',
  NB: 'unknown',
  'n.n.b.': 'unknown',
  onbekend: 'unknown',
  '#': 'not-available',
  'niet beschikbaar': 'not-available',
  'voorlopig niet beschikbaar': 'not-available',
  'Nog niet bekend': 'pending',
  'p.m.': 'pro-memorie',
  'Zie …': 'see-note',
  'geen meting': 'no-measurement',
};

/** The candidates, in the order they are tried. */
export function candidateValueAndFootnotePatches(): StyleCandidate[] {
  return [
    {
      key: 'vocabulary.values.noValue',
      what: msg('woorden voor „geen waarde” (n.v.t., n.b., p.m. …)', 'words for "no value" (n.v.t., n.b., p.m. …)'),
      vocabulary: { values: { noValue: NO_VALUE_WORDS } },
    },
    {
      key: 'vocabulary.values.booleans',
      what: msg('Ja/Nee als waarde', 'Ja/Nee (yes/no) as values'),
      vocabulary: { values: { booleans: { Ja: 'yes', J: 'yes', Nee: 'no', N: 'no' } } },
    },
    {
      key: 'vocabulary.values.years',
      what: msg('jaartallen als waarde (2019)', 'years as values (2019)'),
      vocabulary: { values: { years: true } },
    },
  ];
}
