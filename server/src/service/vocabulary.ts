/**
 * The vocabulary a chapter is read with: column words, layouts, trend words, units, sections.
 * Its defaults are data in `schemas/programmatekst.schema.json`; configuration extends or replaces them.
 *
 * The data shapes and defaults are in `vocabulary-data.ts`, merging in `vocabulary-merge.ts`;
 * both are re-exported here.
 */
import { escapeRegExp } from './escape-regexp.js';
import { defaultFootnoteStyle, FootnoteStyle } from './footnote-style.js';
import type { ColumnRole, DocumentKind } from './model.js';
import { defaultValueForms, ValueVocabulary } from './value-vocabulary.js';
import {
  canonicalRole,
  defaultVocabularyData,
  type Direction,
  fold,
  type LayoutColumn,
  type SectionSpec,
  type VocabularyData,
} from './vocabulary-data.js';

export { escapeRegExp } from './escape-regexp.js';
export * from './vocabulary-data.js';
export { mergeVocabulary } from './vocabulary-merge.js';

/** What a header cell says: its role, the word as written, and its year. */
export interface HeaderReading {
  /** Undefined for a bare year when the vocabulary gives bare years no role. */
  role?: ColumnRole;
  /** The column word as written (`Realisatie`); undefined for a bare year. */
  word?: string;
  year?: number;
  /** Offset of the year digits in the header text given to {@link Vocabulary.readHeader}. */
  yearIndex?: number;
}

/** A section heading matched against the vocabulary. */
export interface SectionMatch {
  spec: SectionSpec;
  /** Index of the spec in the kind's list (its place in the standard order). */
  order: number;
  /** The year written in the heading, with its offset in the heading text. */
  year?: { value: number; index: number };
}

/** Compiled vocabulary: lookups used by the parser and the rules. */
export class Vocabulary {
  private readonly roles = new Map<string, ColumnRole>();
  private readonly descriptive: Set<ColumnRole>;
  private readonly layouts: Record<DocumentKind, LayoutColumn[]>;
  private readonly headerPatterns: { pattern: RegExp; word?: number; year?: number }[];
  /** The value forms cells may take. */
  readonly values: ValueVocabulary;
  /** How footnotes are written. */
  readonly footnotes: FootnoteStyle;
  private readonly trends = new Map<string, { canonical: string; direction: Direction }>();
  private readonly unitSet: Set<string>;
  private readonly percentWordSet: Set<string>;
  private readonly labelSet: Set<string>;
  private readonly financeWords: string[];
  private readonly alternatives: Record<DocumentKind, LayoutColumn[][]>;
  private readonly percentPatterns: RegExp[];
  private readonly sectionPatterns: Record<DocumentKind, { spec: SectionSpec; order: number; patterns: RegExp[] }[]>;
  readonly dashPatterns: RegExp[];

  constructor(readonly data: VocabularyData) {
    this.layouts = {
      begroting: (data.layouts.begroting ?? []).map(normaliseSlot),
      rekening: (data.layouts.rekening ?? []).map(normaliseSlot),
    };
    this.alternatives = {
      begroting: (data.alternativeLayouts?.begroting ?? []).map((l) => l.map(normaliseSlot)),
      rekening: (data.alternativeLayouts?.rekening ?? []).map((l) => l.map(normaliseSlot)),
    };
    for (const [role, words] of Object.entries(data.columns)) {
      for (const word of words) if (!this.roles.has(fold(word))) this.roles.set(fold(word), canonicalRole(role));
    }
    for (const slot of [...this.layouts.begroting, ...this.layouts.rekening, ...this.alternatives.begroting.flat(), ...this.alternatives.rekening.flat()]) {
      for (const word of slot.words ?? []) if (!this.roles.has(fold(word))) this.roles.set(fold(word), slot.role);
    }
    this.descriptive = new Set(data.descriptiveRoles.map(canonicalRole));
    this.values = new ValueVocabulary(data.values ?? defaultValueForms);
    this.footnotes = new FootnoteStyle(data.footnotes ?? defaultFootnoteStyle);
    // Longest first, so `Streefwaarde` wins over `Streef`.
    const words = [...this.roles.keys()].sort((a, b) => b.length - a.length).map(wordPattern).join('|');
    this.headerPatterns = [
      ...(words
        ? [
            { pattern: new RegExp(`^(${words})\\s*(\\d{4})$`, 'iu'), word: 1, year: 2 },
            { pattern: new RegExp(`^(\\d{4})\\s+(${words})$`, 'iu'), word: 2, year: 1 },
            { pattern: new RegExp(`^(${words})$`, 'iu'), word: 1 },
          ]
        : []),
      { pattern: /^(\d{4})$/u, year: 1 },
    ];
    for (const [word, direction] of Object.entries(data.trendWords)) {
      this.trends.set(fold(word), { canonical: word, direction });
    }
    this.unitSet = new Set(data.units.map(fold));
    this.percentWordSet = new Set(data.percentWords.map(fold));
    this.labelSet = new Set(data.indicatorLabels.map(fold));
    this.financeWords = (data.financeWords ?? []).map(fold);
    this.percentPatterns = data.percentIndicatorPatterns.map((p) => new RegExp(p, 'iu'));
    this.dashPatterns = data.dashExplanations.map((p) => new RegExp(p, 'imu'));
    const compile = (kind: DocumentKind) =>
      (data.sections[kind] ?? []).map((spec, order) => ({
        spec,
        order,
        patterns: spec.headings.map(
          (h) => new RegExp(`^(?:${h.replace(/\{jaar\}/g, '(?<jaar>\\d{4})')})\\s*\\??$`, 'iu'),
        ),
      }));
    this.sectionPatterns = { begroting: compile('begroting'), rekening: compile('rekening') };
  }

  /** Role of a column word (Behaald → realised), case-insensitive. */
  columnRole(word: string): ColumnRole | undefined {
    return this.roles.get(fold(joinBrokenWords(word)));
  }

  /** The words configured for a role (the role's own, then those of layout slots). */
  columnWords(role: ColumnRole): string[] {
    const own = Object.entries(this.data.columns)
      .filter(([r]) => canonicalRole(r) === role)
      .flatMap(([, words]) => words);
    const slots = [...this.layouts.rekening, ...this.layouts.begroting]
      .filter((s) => s.role === role)
      .flatMap((s) => s.words ?? []);
    return [...new Set([...own, ...slots])];
  }

  /** Every configured column word, for messages and completion. */
  allColumnWords(): string[] {
    return [...new Set(Object.values(this.data.columns).flat())];
  }

  /** The first configured word for a role (or a slot's first word), used when writing headers. */
  columnWord(role: ColumnRole, slot?: LayoutColumn): string {
    return slot?.words?.[0] ?? this.columnWords(role)[0] ?? role;
  }

  /** The header a column of `role` for `year` would have when the table lacks it (messages): `Realisatie 2019`. */
  columnName(role: ColumnRole, year: number): string {
    return `${this.columnWord(role)} ${year}`;
  }

  /** The header text of a slot for a document year: `Behaald 2017`, `Nulmeting`. */
  slotHeader(slot: LayoutColumn, year: number | undefined): string {
    const word = this.columnWord(slot.role, slot);
    return typeof slot.offset === 'number' && year !== undefined ? `${word} ${year + slot.offset}` : word;
  }

  /** Whether a role's columns hold no values (Bron, Eenheid …). */
  isDescriptive(role: ColumnRole | undefined): boolean {
    return role !== undefined && this.descriptive.has(role);
  }

  /**
   * Reads a header cell (markup such as `<br>` already blanked): `Realisatie 2018`, `2018 Begroting`,
   * `R2016`, `Nulmeting`, `Streef- waarde`, a bare `2017`. Undefined when it is none of these.
   */
  readHeader(text: string): HeaderReading | undefined {
    const collapsed = joinBrokenWords(text.replace(/\s+/g, ' ').trim());
    for (const { pattern, word, year } of this.headerPatterns) {
      const m = pattern.exec(collapsed);
      if (!m) continue;
      const written = word !== undefined ? m[word] : undefined;
      const role = written !== undefined ? this.roles.get(fold(written)) : (this.data.bareYearRole ?? undefined);
      if (written !== undefined && !role) continue;
      const reading: HeaderReading = {};
      if (role) reading.role = role;
      if (written !== undefined) reading.word = written;
      if (year !== undefined) {
        const digits = m[year];
        reading.year = Number(digits);
        // The year stands first (`2018 Begroting`) or last in the cell's own text.
        reading.yearIndex = word !== undefined && year < word ? text.indexOf(digits) : text.lastIndexOf(digits);
      }
      return reading;
    }
    return undefined;
  }

  /** A trend word's canonical spelling and direction, case-insensitive. */
  trend(word: string): { canonical: string; direction: Direction } | undefined {
    return this.trends.get(fold(word));
  }

  isUnit(word: string): boolean {
    return this.unitSet.has(fold(word));
  }

  isPercentWord(word: string): boolean {
    return this.percentWordSet.has(fold(word));
  }

  isIndicatorLabel(text: string): boolean {
    return this.labelSet.has(fold(text));
  }

  /** True for a header of a financial overview (`Actuele begroting 2022`, `Saldo`): it starts with a finance word. */
  isFinanceHeader(text: string): boolean {
    const folded = fold(text.replace(/\s+/g, ' ').trim());
    return this.financeWords.some((w) => folded === w || folded.startsWith(`${w} `));
  }

  /** True when an indicator measures a percentage (its values must be percentages). */
  isPercentIndicator(name: string): boolean {
    return this.percentPatterns.some((p) => p.test(name));
  }

  /** The slots of a kind's layout, roles canonical. */
  layout(kind: DocumentKind): LayoutColumn[] {
    return this.layouts[kind];
  }

  /** Every layout a table of a kind may follow: `layouts` first, then `alternativeLayouts`. */
  layoutsOf(kind: DocumentKind): LayoutColumn[][] {
    return [this.layouts[kind], ...this.alternatives[kind]];
  }

  sections(kind: DocumentKind): SectionSpec[] {
    return this.data.sections[kind] ?? [];
  }

  /** Which standard section a heading is, for a kind. */
  matchSection(kind: DocumentKind, heading: string): SectionMatch | undefined {
    const text = heading.trim();
    for (const { spec, order, patterns } of this.sectionPatterns[kind]) {
      for (const pattern of patterns) {
        const m = pattern.exec(text);
        if (!m) continue;
        const jaar = m.groups?.jaar;
        return {
          spec,
          order,
          year: jaar === undefined ? undefined : { value: Number(jaar), index: text.lastIndexOf(jaar) },
        };
      }
    }
    return undefined;
  }

  /** Whether a sentence explains the dash convention. */
  explainsDash(text: string): boolean {
    return this.dashPatterns.some((p) => p.test(text));
  }
}

/** A slot with its role canonical and `null` offsets made undefined. */
function normaliseSlot(slot: LayoutColumn): LayoutColumn {
  const out: LayoutColumn = { role: canonicalRole(slot.role) };
  if (typeof slot.offset === 'number') out.offset = slot.offset;
  if (slot.optional) out.optional = true;
  if (slot.words && slot.words.length > 0) out.words = slot.words;
  return out;
}

/** `Streef- waarde` (a word broken over two lines of a cell) → `Streefwaarde`. */
function joinBrokenWords(text: string): string {
  return text.replace(/(\p{L})-\s+(\p{Ll})/gu, '$1$2');
}

/** A regular expression for a column word: spaces match any run of blanks. */
function wordPattern(word: string): string {
  return escapeRegExp(word).replace(/\s+/g, '\\s+');
}

/** The vocabulary with no configuration. */
export const defaultVocabulary = new Vocabulary(defaultVocabularyData);
