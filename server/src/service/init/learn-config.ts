/**
 * `init`: learns a municipality's configuration from its existing chapters. It starts from the
 * built-in profile that reads them best, then tries one change at a time — column words the
 * profiles know under another role, the layouts the tables really have, section questions, the
 * dash sentence, value forms and footnote styles — and keeps a change only when the chapters then
 * read better (see {@link evaluate}). What is left is reported, not hidden: real mistakes in the
 * published text stay findings.
 */
import { type Config, settingsFromConfig, vocabularyFor } from '../config.js';
import { type Locale, msg, type Localized, pick } from '../localize.js';
import type { ChapterDocument, ColumnRole, DocumentKind, IndicatorTable } from '../model.js';
import type { Finding } from '../finding.js';
import { matchSectionHeading, sectionText } from '../infer.js';
import { valueColumns } from '../layout-fit.js';
import { profiles } from '../profiles.js';
import { roleSummary } from '../roles.js';
import { canonicalRole, defaultVocabularyData, escapeRegExp, fold, type LayoutColumn, type SectionSpec, type VocabularyOverride } from '../vocabulary.js';
import { type ChapterSource, type Evaluation, evaluate, unreadTableNodes } from './evaluate.js';
import { candidateValueAndFootnotePatches } from './style-candidates.js';

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

/** Adds vocabulary to a configuration (lists are added to what it has). */
function withVocabulary(config: Config, add: VocabularyOverride): Config {
  const vocabulary: VocabularyOverride = { ...(config.vocabulary ?? {}) };
  for (const [key, value] of Object.entries(add) as [keyof VocabularyOverride, unknown][]) {
    const old = vocabulary[key];
    if (Array.isArray(old) && Array.isArray(value)) (vocabulary as Record<string, unknown>)[key] = [...old, ...value.filter((v) => !old.includes(v))];
    else if (old && typeof old === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
      (vocabulary as Record<string, unknown>)[key] = mergeObjects(old as Record<string, unknown>, value as Record<string, unknown>);
    } else (vocabulary as Record<string, unknown>)[key] = value;
  }
  return { ...config, vocabulary };
}

function mergeObjects(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const old = out[k];
    out[k] = Array.isArray(old) && Array.isArray(v) ? [...old, ...v.filter((x) => !old.includes(x))] : v;
  }
  return out;
}

/** Every column word any built-in profile (or the defaults) knows, with its role. */
function knownWords(): Map<string, { word: string; role: ColumnRole }> {
  const map = new Map<string, { word: string; role: ColumnRole }>();
  const add = (columns: Record<string, string[]> | undefined) => {
    for (const [role, words] of Object.entries(columns ?? {})) {
      for (const word of words) if (!map.has(fold(word))) map.set(fold(word), { word, role: canonicalRole(role) });
    }
  };
  add(defaultVocabularyData.columns);
  for (const p of profiles) add(p.vocabulary.columns);
  return map;
}

/** `Realisatie 2018`, `2018 Realisatie`, `Realisatie`: the word of a header cell. */
function headerWord(header: string): string | undefined {
  const m = /^(?:(\d{4})\s+)?([\p{L}][\p{L}\p{N}.\-/ ]*?)(?:\s*(\d{4}))?$/u.exec(header.replace(/(\p{L})-\s+(\p{Ll})/gu, '$1$2').trim());
  return m ? m[2].trim() : undefined;
}

interface LearnedWords {
  columns: Record<ColumnRole, string[]>;
  labels: string[];
}

/** Column words in the chapters that the chosen vocabulary does not read but some profile does. */
function learnWords(evaluation: Evaluation): LearnedWords {
  const known = knownWords();
  const columns: Record<ColumnRole, string[]> = {};
  const labels: string[] = [];
  const add = (header: string) => {
    const word = headerWord(header);
    const hit = word && known.get(fold(word));
    if (!word || !hit) return false;
    const list = (columns[hit.role] ??= []);
    if (!list.some((w) => fold(w) === fold(word))) list.push(word);
    return true;
  };
  for (const chapter of evaluation.chapters) {
    for (const header of chapter.unreadHeaders) add(header);
    // Tables not read at all: their headers may hold known words under a label the profile lacks.
    for (const node of unreadTableNodes(chapter.doc)) {
      const cells = node.children[0]?.children ?? [];
      const texts = cells.map((c) => chapter.doc.text.slice(c.position?.start.offset ?? 0, c.position?.end.offset ?? 0).replace(/^\|/, '').replace(/\|$/, '').trim());
      const recognised = texts.slice(1).filter((t) => add(t)).length;
      const label = texts[0];
      if (recognised > 0 && label && !labels.includes(label)) labels.push(label);
    }
  }
  return { columns, labels };
}

function wordsOverride(words: LearnedWords): VocabularyOverride {
  const override: VocabularyOverride = {};
  if (Object.keys(words.columns).length > 0) override.columns = words.columns;
  if (words.labels.length > 0) override.indicatorLabels = words.labels;
  return override;
}

function describeWords(columns: Record<ColumnRole, string[]>, locale: Locale): string {
  return Object.entries(columns)
    .map(([role, words]) => `${words.map((w) => `'${w}'`).join(', ')} (${roleSummary(role)[locale]})`)
    .join('; ');
}

/**
 * The layouts the chapters' tables have: per kind, the columns (role and year relative to the
 * document) in the order they stand, a column optional when not every table has it. Learned only
 * for a kind where most tables do not fit the current layout (then it is the house style; a
 * minority that does not fit holds mistakes), and only from columns at least half the tables have.
 */
function learnLayouts(evaluation: Evaluation): Partial<Record<DocumentKind, LayoutColumn[]>> {
  const perKind: Partial<Record<DocumentKind, { sequences: string[][]; misfits: number }>> = {};
  for (const { doc, findings } of evaluation.chapters) {
    if (!doc.kind || doc.year === undefined) continue;
    for (const table of doc.tables) {
      if (table.kind !== 'indicators') continue;
      const sequence = valueColumns(table)
        .filter((c) => c.role)
        .map((c) => slotKey(c.role as string, c.year === undefined ? undefined : c.year - (doc.year as number)));
      if (sequence.length === 0) continue;
      const entry = (perKind[doc.kind] ??= { sequences: [], misfits: 0 });
      entry.sequences.push(sequence);
      const misfit = isMisfit(doc, table, findings);
      if (misfit) entry.misfits++;
    }
  }
  const out: Partial<Record<DocumentKind, LayoutColumn[]>> = {};
  for (const [kind, { sequences, misfits }] of Object.entries(perKind) as [DocumentKind, { sequences: string[][]; misfits: number }][]) {
    if (misfits * 2 <= sequences.length) continue;
    const common = (key: string) => sequences.filter((s) => s.includes(key)).length * 2 >= sequences.length;
    const merged = supersequence(sequences.map((s) => s.filter(common)));
    out[kind] = merged.map((key) => {
      const [role, offset] = key.split('@');
      const slot: LayoutColumn = { role };
      if (offset !== '') slot.offset = Number(offset);
      if (!sequences.every((s) => s.includes(key))) slot.optional = true;
      return slot;
    });
  }
  return out;
}

/** The configuration with the alternative layouts its own reading of the chapters asks for. */
function withAlternatives(sources: ChapterSource[], config: Config): Config {
  const alternatives = learnAlternativeLayouts(evaluate(sources, config));
  return Object.keys(alternatives).length > 0 ? withVocabulary(config, { alternativeLayouts: alternatives }) : config;
}

/** The column order of each table that table-columns still reports, per kind, as a layout of its own. */
function learnAlternativeLayouts(evaluation: Evaluation): Partial<Record<DocumentKind, LayoutColumn[][]>> {
  const out: Partial<Record<DocumentKind, LayoutColumn[][]>> = {};
  const seen = new Set<string>();
  const vocabulary = settingsFromConfig(evaluation.config).vocabulary;
  for (const { doc, findings } of evaluation.chapters) {
    if (!doc.kind || doc.year === undefined) continue;
    for (const table of doc.tables) {
      if (table.kind !== 'indicators') continue;
      const misfit = isMisfit(doc, table, findings);
      const columns = valueColumns(table).filter((c) => c.role);
      // A table with an unread header is no layout to learn: its header is what is wrong.
      if (!misfit || columns.length === 0 || table.columns.some((c) => !c.role && c.year === undefined && !c.descriptive)) continue;
      // Only a table with a role the kind's layout lacks (a budget column beside realisatie/doel) is
      // another layout; with the same roles, a misfit is a wrong year or order: a mistake to keep.
      const own = new Set(vocabulary.layout(doc.kind).map((slot) => slot.role));
      if (columns.every((c) => own.has(c.role as string))) continue;
      const layout = columns.map((c): LayoutColumn => (c.year === undefined ? { role: c.role as string } : { role: c.role as string, offset: c.year - (doc.year as number) }));
      const key = `${doc.kind}:${JSON.stringify(layout)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      (out[doc.kind] ??= []).push(layout);
    }
  }
  return out;
}

function describeAlternatives(alternatives: Partial<Record<DocumentKind, LayoutColumn[][]>>, locale: 'nl' | 'en'): string {
  return (Object.entries(alternatives) as [DocumentKind, LayoutColumn[][]][])
    .flatMap(([kind, layouts]) => layouts.map((layout) => describeLayouts({ [kind]: layout }, locale)))
    .join('; ');
}

/** Whether table-columns reports something inside the table: it fits no layout of its kind. */
function isMisfit(doc: ChapterDocument, table: IndicatorTable, findings: readonly Finding[]): boolean {
  return findings.some((f) => {
    if (f.rule !== 'table-columns') return false;
    const at = doc.lines.offsetAt(f.range.start);
    return at >= table.span.start && at <= table.span.end;
  });
}

function slotKey(role: string, offset: number | undefined): string {
  return `${role}@${offset ?? ''}`;
}

/** A sequence containing each input sequence in order (greedy merge; repeats kept apart). */
function supersequence(sequences: string[][]): string[] {
  let merged: string[] = [];
  for (const sequence of [...sequences].sort((a, b) => b.length - a.length)) {
    const out: string[] = [];
    let i = 0;
    for (const key of sequence) {
      const at = merged.indexOf(key, i);
      if (at === -1) {
        out.push(key);
        continue;
      }
      out.push(...merged.slice(i, at + 1));
      i = at + 1;
    }
    out.push(...merged.slice(i));
    merged = dedupeAdjacent(out);
  }
  return merged;
}

function dedupeAdjacent(keys: string[]): string[] {
  return keys.filter((k, i) => i === 0 || keys[i - 1] !== k);
}

function describeLayouts(layouts: Partial<Record<DocumentKind, LayoutColumn[]>>, locale: 'nl' | 'en'): string {
  return Object.entries(layouts)
    .map(([kind, slots]) => {
      const text = (slots ?? [])
        .map((s) => {
          const year = typeof s.offset === 'number' ? (s.offset === 0 ? ' Y' : ` Y${s.offset > 0 ? '+' : ''}${s.offset}`) : '';
          return `${roleSummary(s.role)[locale]}${year}${s.optional ? pick(locale, ' (optioneel)', ' (optional)') : ''}`;
        })
        .join(' | ');
      return `${kind}: ${text}`;
    })
    .join('; ');
}

/**
 * The section questions the chapters use: a required question of the profile that no chapter of
 * that kind has is made optional; a question heading that every beleidsveld of a kind has (and
 * the profile does not know) becomes a required section, its year written as `{jaar}`.
 */
function learnSections(evaluation: Evaluation): { sections: Partial<Record<DocumentKind, SectionSpec[]>>; changed: boolean; summary: Localized } {
  const vocabulary = settingsFromConfig(evaluation.config).vocabulary;
  const sections: Partial<Record<DocumentKind, SectionSpec[]>> = {};
  const notes: { nl: string[]; en: string[] } = { nl: [], en: [] };
  for (const kind of ['begroting', 'rekening'] as const) {
    const fields = evaluation.chapters.filter((c) => c.doc.kind === kind).flatMap((c) => c.doc.beleidsvelden.filter((b) => b.heading));
    if (fields.length === 0) continue;
    const specs: SectionSpec[] = [];
    // A required question no beleidsveld has is not this municipality's house style.
    for (const spec of vocabulary.sections(kind)) {
      if (!spec.required) continue;
      const used = fields.some((f) => f.sections.some((h) => matchSectionHeading(vocabulary, kind, h)?.spec.id === spec.id));
      if (used) continue;
      specs.push({ ...spec, required: false });
      notes.nl.push(`‘${spec.id}’ niet verplicht in een ${kind}`);
      notes.en.push(`‘${spec.id}’ not required in a ${kind}`);
    }
    // A question every beleidsveld of the kind asks, that the vocabulary does not know, is required.
    const counts = new Map<string, { text: string; count: number }>();
    for (const field of fields) {
      const seen = new Set<string>();
      for (const heading of field.sections) {
        if (matchSectionHeading(vocabulary, kind, heading)) continue;
        const { text } = sectionText(heading);
        if (!/\?\s*$/.test(text)) continue;
        const pattern = escapeRegExp(text.replace(/\s*\?\s*$/, '')).replace(/\b(?:19|20)\d{2}\b/g, '{jaar}');
        if (seen.has(pattern)) continue;
        seen.add(pattern);
        const entry = counts.get(pattern) ?? { text, count: 0 };
        entry.count++;
        counts.set(pattern, entry);
      }
    }
    let n = 0;
    for (const [pattern, { text, count }] of counts) {
      if (count < fields.length) continue;
      specs.push({ id: `eigen-${kind}-${++n}`, required: true, headings: [pattern] });
      notes.nl.push(`‘${text}’ verplicht in een ${kind}`);
      notes.en.push(`‘${text}’ required in a ${kind}`);
    }
    if (specs.length > 0) sections[kind] = specs;
  }
  return { sections, changed: Object.keys(sections).length > 0, summary: { nl: notes.nl.join('; '), en: notes.en.join('; ') } };
}

/** A sentence of the chapters that explains the dash, when the vocabulary does not recognise theirs. */
function learnDashSentence(evaluation: Evaluation): { sentence: string; pattern: string } | undefined {
  const unexplained = evaluation.chapters.some((c) => c.findings.some((f) => f.rule === 'dash-explained'));
  if (!unexplained) return undefined;
  for (const { doc } of evaluation.chapters) {
    for (const p of doc.paragraphs) {
      for (const sentence of p.text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/)) {
        if (!/streep|(^|\s)[-–](\s|$)|liggend/i.test(sentence)) continue;
        if (!/(geen|niet|ontbre|onbekend|beschikbaar|gegevens|cijfers)/i.test(sentence)) continue;
        const trimmed = sentence.trim();
        return { sentence: trimmed, pattern: escapeRegExp(trimmed.replace(/[.!?]$/, '')).replace(/\s+/g, '\\s+') };
      }
    }
  }
  return undefined;
}

function unknownHeaders(evaluation: Evaluation): { header: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of evaluation.chapters) for (const h of c.unreadHeaders) counts.set(h, (counts.get(h) ?? 0) + 1);
  return [...counts].map(([header, count]) => ({ header, count })).sort((a, b) => b.count - a.count || a.header.localeCompare(b.header));
}
