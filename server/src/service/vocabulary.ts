/**
 * The vocabulary a chapter is read with: column words, layouts, trend words, units, sections.
 * Its defaults are data in `schemas/programmatekst.schema.json`; configuration extends or replaces them.
 */
import modelSchema from '../../../schemas/programmatekst.schema.json' with { type: 'json' };
import type { ColumnRole, DocumentKind } from './model.js';

export type Direction = 'up' | 'down' | 'same';

export interface LayoutColumn {
  role: ColumnRole;
  /** Column year minus document year. */
  offset: number;
  optional?: boolean;
}

export interface SectionSpec {
  id: string;
  required?: boolean;
  headings: string[];
}

/** Vocabulary as written in the schema defaults and in configuration files. */
export interface VocabularyData {
  indicatorLabels: string[];
  columns: { behaald: string[]; beoogd: string[] };
  layouts: Record<DocumentKind, LayoutColumn[]>;
  trendWords: Record<string, Direction>;
  units: string[];
  percentWords: string[];
  percentIndicatorPatterns: string[];
  sections: Record<DocumentKind, SectionSpec[]>;
  dashExplanations: string[];
}

/** A configuration's vocabulary: every part optional. */
export interface VocabularyOverride {
  indicatorLabels?: string[];
  columns?: { behaald?: string[]; beoogd?: string[] };
  layouts?: Partial<Record<DocumentKind, LayoutColumn[]>>;
  trendWords?: Record<string, Direction>;
  units?: string[];
  percentWords?: string[];
  percentIndicatorPatterns?: string[];
  sections?: Partial<Record<DocumentKind, SectionSpec[]>>;
  dashExplanations?: string[];
}

/** The default vocabulary, read from the schema. */
export const defaultVocabularyData: VocabularyData = (
  modelSchema as unknown as { $defs: { vocabulary: { default: VocabularyData } } }
).$defs.vocabulary.default;

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
  private readonly trends = new Map<string, { canonical: string; direction: Direction }>();
  private readonly unitSet: Set<string>;
  private readonly percentWordSet: Set<string>;
  private readonly labelSet: Set<string>;
  private readonly percentPatterns: RegExp[];
  private readonly sectionPatterns: Record<DocumentKind, { spec: SectionSpec; order: number; patterns: RegExp[] }[]>;
  readonly dashPatterns: RegExp[];
  /** Matches a column header `Word YYYY`, capturing word and year. */
  readonly columnPattern: RegExp;

  constructor(readonly data: VocabularyData) {
    for (const role of ['behaald', 'beoogd'] as const) {
      for (const word of data.columns[role]) this.roles.set(fold(word), role);
    }
    for (const [word, direction] of Object.entries(data.trendWords)) {
      this.trends.set(fold(word), { canonical: word, direction });
    }
    this.unitSet = new Set(data.units.map(fold));
    this.percentWordSet = new Set(data.percentWords.map(fold));
    this.labelSet = new Set(data.indicatorLabels.map(fold));
    this.percentPatterns = data.percentIndicatorPatterns.map((p) => new RegExp(p, 'iu'));
    this.dashPatterns = data.dashExplanations.map((p) => new RegExp(p, 'imu'));
    const words = [...data.columns.behaald, ...data.columns.beoogd].map(escapeRegExp).join('|');
    this.columnPattern = new RegExp(`^(${words})\\s+(\\d{4})$`, 'iu');
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

  /** Role of a column word (Behaald → behaald), case-insensitive. */
  columnRole(word: string): ColumnRole | undefined {
    return this.roles.get(fold(word));
  }

  /** The first configured word for a role, used when writing headers. */
  columnWord(role: ColumnRole): string {
    return this.data.columns[role][0] ?? role;
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

  /** True when an indicator measures a percentage (its values must be percentages). */
  isPercentIndicator(name: string): boolean {
    return this.percentPatterns.some((p) => p.test(name));
  }

  layout(kind: DocumentKind): LayoutColumn[] {
    return this.data.layouts[kind] ?? [];
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

/** Merges a configuration's vocabulary into a base: lists are added, maps merged, unless `extend` is false. */
export function mergeVocabulary(
  base: VocabularyData,
  override: VocabularyOverride | undefined,
  extend = true,
): VocabularyData {
  if (!override) return base;
  const list = (a: string[], b: string[] | undefined) =>
    b === undefined ? a : extend ? [...a, ...b.filter((x) => !a.includes(x))] : [...b];
  const sections = (kind: DocumentKind): SectionSpec[] => {
    const given = override.sections?.[kind];
    if (!given) return base.sections[kind];
    if (!extend) return given;
    const merged = base.sections[kind].map((s) => given.find((g) => g.id === s.id) ?? s);
    return [...merged, ...given.filter((g) => !merged.some((m) => m.id === g.id))];
  };
  return {
    indicatorLabels: list(base.indicatorLabels, override.indicatorLabels),
    columns: {
      behaald: list(base.columns.behaald, override.columns?.behaald),
      beoogd: list(base.columns.beoogd, override.columns?.beoogd),
    },
    layouts: {
      begroting: override.layouts?.begroting ?? base.layouts.begroting,
      rekening: override.layouts?.rekening ?? base.layouts.rekening,
    },
    trendWords: override.trendWords
      ? extend
        ? { ...base.trendWords, ...override.trendWords }
        : override.trendWords
      : base.trendWords,
    units: list(base.units, override.units),
    percentWords: list(base.percentWords, override.percentWords),
    percentIndicatorPatterns: list(base.percentIndicatorPatterns, override.percentIndicatorPatterns),
    sections: { begroting: sections('begroting'), rekening: sections('rekening') },
    dashExplanations: list(base.dashExplanations, override.dashExplanations),
  };
}

/** Case- and accent-insensitive comparison key for vocabulary words. */
export function fold(word: string): string {
  return word.trim().toLocaleLowerCase('nl');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The vocabulary with no configuration. */
export const defaultVocabulary = new Vocabulary(defaultVocabularyData);
