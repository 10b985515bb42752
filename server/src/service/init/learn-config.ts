/**
 * `init`: learns a municipality's configuration from its existing chapters. It starts from the
 * built-in profile that reads them best, then tries one change at a time — column words the
 * profiles know under another role, the layouts the tables really have, section questions, the
 * dash sentence, value forms and footnote styles — and keeps a change only when the chapters then
 * read better (see {@link evaluate}). What is left is reported, not hidden: real mistakes in the
 * published text stay findings.
 */
import { type Config, vocabularyFor } from '../config.js';
import { type Locale, msg, type Localized } from '../localize.js';
import { profiles } from '../profiles.js';
import { type ChapterSource, type Evaluation, evaluate } from './evaluate.js';
import { describeAlternatives, describeLayouts, learnAlternativeLayouts, learnLayouts, withAlternatives } from './learn-layouts.js';
import { learnDashSentence, learnSections } from './learn-sections.js';
import { describeWords, learnWords, wordsOverride } from './learn-words.js';
import { candidateValueAndFootnotePatches } from './style-candidates.js';
import { withVocabulary } from './with-vocabulary.js';

export type { ChapterSource } from './evaluate.js';

/** One thing `init` learned, for the summary it prints and the comment it writes. */
export interface LearnedItem {
  /** The configuration key it sets (`profile`, `vocabulary.columns` …). */
  key: string;
  what: Localized;
}

/** The outcome of {@link learnConfig}. */
export interface LearnResult {
  config: Config;
  learned: LearnedItem[];
  /** Header cells no vocabulary reads, with how often they occur. */
  unknownHeaders: { header: string; count: number }[];
  /** The final reading: findings left per chapter. */
  evaluation: Evaluation;
}

/** Families a chapter set can be read with: every profile that replaces the layout, and groningen. */
const BASE_PROFILES = profiles.filter((p) => !p.extend || p.name === 'groningen').map((p) => p.name);
const ADDITIVE_PROFILES = profiles.filter((p) => p.extend && p.name !== 'groningen').map((p) => p.name);

/** Every built-in profile at once: which role a header has anywhere. */
const ALL_PROFILES = vocabularyFor({ profile: profiles.map((p) => p.name) });

/** Learns a configuration for the chapters. */
export function learnConfig(sources: ChapterSource[], options: { profile?: string; locale?: Locale } = {}): LearnResult {
  const learned: LearnedItem[] = [];
  let best = chooseProfile(sources, options.profile);
  const names = Array.isArray(best.config.profile) ? best.config.profile : [best.config.profile ?? 'groningen'];
  learned.push({
    key: 'profile',
    what: msg(
      `profiel ${names.map((n) => `'${n}'`).join(' + ')}${options.profile ? ' (opgegeven)' : ''}`,
      `profile ${names.map((n) => `'${n}'`).join(' + ')}${options.profile ? ' (given)' : ''}`,
    ),
  });

  /** Tries a change; keeps it when the chapters read better (or, with `even`, no worse). */
  const attempt = (patch: (config: Config) => Config | undefined, item: (config: Config) => LearnedItem | undefined, even = false) => {
    const config = patch(best.config);
    if (!config) return;
    const next = evaluate(sources, config);
    if (next.score < best.score || (even && next.score === best.score)) {
      best = next;
      const what = item(config);
      if (what) learned.push(what);
    }
  };

  const words = learnWords(best);
  attempt(
    (c) => (Object.keys(words.columns).length > 0 || words.labels.length > 0 ? withVocabulary(c, wordsOverride(words)) : undefined),
    () => ({
      key: 'vocabulary.columns',
      what: msg(
        `kolomwoorden ${describeWords(words.columns, 'nl')}${words.labels.length ? `; tabellabels ${words.labels.map((l) => `'${l}'`).join(', ')}` : ''}`,
        `column words ${describeWords(words.columns, 'en')}${words.labels.length ? `; table labels ${words.labels.map((l) => `'${l}'`).join(', ')}` : ''}`,
      ),
    }),
  );

  // Headers without a year that no profile knows (`Verplicht`, `Status`, `Toelichting & details`)
  // are text columns of this municipality: descriptive, never checked as values.
  // A header another profile reads as values (`Begroting`, `Actuele waarde`) keeps that role.
  const yearless = [...new Set(best.chapters.flatMap((c) => c.unreadHeaders).filter((h) => h !== '' && !/\b(?:19|20)\d{2}\b/.test(h)))];
  const valueWords: Record<string, string[]> = {};
  const descriptive: string[] = [];
  for (const header of yearless) {
    const role = ALL_PROFILES.readHeader(header)?.role;
    if (role && !ALL_PROFILES.isDescriptive(role)) (valueWords[role] ??= []).push(header);
    else descriptive.push(header);
  }
  attempt(
    // Read as values, such a table may follow a layout of its own (Dordrecht's BBV table): learn both at once.
    (c) => (Object.keys(valueWords).length > 0 ? withAlternatives(sources, withVocabulary(c, { columns: valueWords })) : undefined),
    () => ({ key: 'vocabulary.columns', what: msg(`kolomwoorden ${describeWords(valueWords, 'nl')}`, `column words ${describeWords(valueWords, 'en')}`) }),
  );
  attempt(
    (c) => (descriptive.length > 0 ? withVocabulary(c, { columns: { note: descriptive } }) : undefined),
    () => ({
      key: 'vocabulary.columns.note',
      what: msg(
        `tekstkolommen (geen waarden): ${descriptive.map((h) => `'${h}'`).join(', ')}`,
        `text columns (no values): ${descriptive.map((h) => `'${h}'`).join(', ')}`,
      ),
    }),
  );

  const layouts = learnLayouts(best);
  attempt(
    (c) => (Object.keys(layouts).length > 0 ? withVocabulary(c, { layouts }) : undefined),
    () => ({
      key: 'vocabulary.layouts',
      what: msg(
        `kolomindeling ${describeLayouts(layouts, 'nl')}`,
        `column layout ${describeLayouts(layouts, 'en')}`,
      ),
    }),
  );

  // Tables that still fit no layout (a BBV table beside the municipality's own): their own column order as another layout.
  const alternatives = learnAlternativeLayouts(best);
  attempt(
    (c) => (Object.keys(alternatives).length > 0 ? withVocabulary(c, { alternativeLayouts: alternatives }) : undefined),
    () => ({
      key: 'vocabulary.alternativeLayouts',
      what: msg(
        `andere kolomindeling ${describeAlternatives(alternatives, 'nl')}`,
        `other column layout ${describeAlternatives(alternatives, 'en')}`,
      ),
    }),
  );

  for (const candidate of candidateValueAndFootnotePatches()) {
    attempt((c) => withVocabulary(c, candidate.vocabulary), () => ({ key: candidate.key, what: candidate.what }));
  }

  const sections = learnSections(best);
  attempt(
    (c) => (sections.changed ? withVocabulary(c, { sections: sections.sections }) : undefined),
    () => ({ key: 'vocabulary.sections', what: msg(`standaardvragen: ${sections.summary.nl}`, `standard questions: ${sections.summary.en}`) }),
    // A question every chapter asks is their house style even when no chapter lacks it yet.
    true,
  );

  const dash = learnDashSentence(best);
  attempt(
    (c) => (dash ? withVocabulary(c, { dashExplanations: [dash.pattern] }) : undefined),
    () => (dash ? { key: 'vocabulary.dashExplanations', what: msg(`de zin over het streepje: ‘${dash.sentence}’`, `the dash sentence: ‘${dash.sentence}’`) } : undefined),
  );

  // The search reads in Dutch; the findings left are reported in the caller's language.
  const final = options.locale && options.locale !== 'nl' ? evaluate(sources, best.config, options.locale) : best;
  return { config: best.config, learned, unknownHeaders: unknownHeaders(best), evaluation: final };
}

/** The base profile (plus additive ones such as bbv) that reads the chapters best; a given profile is kept. */
function chooseProfile(sources: ChapterSource[], given: string | undefined): Evaluation {
  const bases = given ? [given] : BASE_PROFILES;
  let best: Evaluation | undefined;
  for (const base of bases) {
    for (const extra of [[], ...ADDITIVE_PROFILES.map((p) => [p])]) {
      const names = [base, ...extra.filter((e) => e !== base)];
      const config: Config = names.length === 1 ? { profile: names[0] } : { profile: names };
      const result = evaluate(sources, config);
      // Strictly better only: on a tie the earlier (simpler, more common) choice stays.
      if (!best || result.score < best.score) best = result;
    }
  }
  return best as Evaluation;
}

function unknownHeaders(evaluation: Evaluation): { header: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of evaluation.chapters) for (const h of c.unreadHeaders) counts.set(h, (counts.get(h) ?? 0) + 1);
  return [...counts].map(([header, count]) => ({ header, count })).sort((a, b) => b.count - a.count || a.header.localeCompare(b.header));
}
