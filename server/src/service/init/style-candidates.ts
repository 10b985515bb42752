/**
 * The value forms, footnote styles and series reading `init` tries, one at a time: each is kept only when the
 * chapters then read better. They name configuration keys of `$defs.valueForms` and
 * `$defs.footnoteStyle` in schemas/programmatekst.schema.json.
 */
import { msg, type Localized } from '../finding.js';
import type { FootnoteStyleName } from '../footnote-model.js';
import { profileByName } from '../profiles.js';
import type { NoValueMeaning } from '../value-model.js';
import type { VocabularyOverride } from '../vocabulary.js';

/** A change to try. */
export interface StyleCandidate {
  key: string;
  what: Localized;
  vocabulary: VocabularyOverride;
}

/** Placeholders municipalities write instead of a value: the list the layout profiles share. */
const NO_VALUE_WORDS = profileByName('realisatie-doel')?.vocabulary.values?.noValue as Record<string, NoValueMeaning> | undefined;

/** Footnote styles other than the default Roman numerals and asterisks, with how they look. */
const FOOTNOTE_STYLES: [FootnoteStyleName, string][] = [
  ['number-paren', '(1)'],
  ['number-close', '1)'],
  ['close-number', ')1'],
  ['number-glued', 'naam.1'],
  ['superscript', '¹'],
  ['letter', '(a)'],
];

/** The candidates, in the order they are tried. */
export function candidateValueAndFootnotePatches(): StyleCandidate[] {
  const footnotes: StyleCandidate[] = FOOTNOTE_STYLES.flatMap(([style, looks]) => [
    {
      key: 'vocabulary.footnotes',
      what: msg(`voetnoten als ${looks} (${style})`, `footnotes written ${looks} (${style})`),
      vocabulary: { footnotes: { styles: [style] } },
    },
    {
      key: 'vocabulary.footnotes',
      what: msg(`voetnoten als ${looks} (${style}) en sterretjes`, `footnotes written ${looks} (${style}) and asterisks`),
      vocabulary: { footnotes: { styles: [style, 'asterisk'] } },
    },
  ]);
  return [
    ...footnotes,
    ...(NO_VALUE_WORDS
      ? [
          {
            key: 'vocabulary.values.noValue',
            what: msg('woorden voor „geen waarde” (n.v.t., n.b., p.m. …)', 'words for "no value" (n.v.t., n.b., p.m. …)'),
            vocabulary: { values: { noValue: NO_VALUE_WORDS } },
          },
        ]
      : []),
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
    {
      key: 'vocabulary.values.percentInName',
      what: msg('kale getallen bij een %-indicator (% Niet-sporters | 58,1)', 'bare numbers in a % indicator (% Niet-sporters | 58,1)'),
      vocabulary: { values: { percentInName: true } },
    },
    {
      // Heemskerk (`Realisatie` / `Prognose/streefwaarden` above 2017 … 2023), Amersfoort (`Streefcijfers`).
      key: 'vocabulary.seriesFutureRole',
      what: msg('jaren na het documentjaar in een reeks zijn streefwaarden', 'years after the document year in a series are targets'),
      vocabulary: { seriesFutureRole: 'target' },
    },
  ];
}
