/**
 * The vocabulary as data: its shape in the schema defaults and in configuration files, the
 * defaults themselves, and how configured role names and words are compared.
 */
import modelSchema from '../../../schemas/programmatekst.schema.json' with { type: 'json' };
import type { FootnoteStyleData } from './footnote-style.js';
import type { ColumnRole, DocumentKind } from './model.js';
import type { ValueFormsData } from './value-vocabulary.js';

/** Which way a trend word says a value goes. */
export type Direction = 'up' | 'down' | 'same';

/** A slot of a layout: one column a table of a kind has. */
export interface LayoutColumn {
  role: ColumnRole;
  /** Column year minus document year; undefined (or null in configuration) for a column without a year. */
  offset?: number | null;
  optional?: boolean;
  /** The words this slot accepts; by default the words of its role. */
  words?: string[];
}

/** Older configuration keys for the two Groningen roles. */
const ROLE_ALIASES: Record<string, ColumnRole> = { behaald: 'realised', beoogd: 'target' };

/** The role a configured role name stands for (`behaald` → `realised`). */
export function canonicalRole(role: string): ColumnRole {
  return ROLE_ALIASES[role] ?? role;
}

/** A standard section: its id, whether a beleidsveld must have it, the headings that name it (`{jaar}` for a year). */
export interface SectionSpec {
  id: string;
  required?: boolean;
  headings: string[];
}

/** Vocabulary as written in the schema defaults and in configuration files. */
export interface VocabularyData {
  indicatorLabels: string[];
  /** Header words of financial overviews (`Actuele begroting`, `Saldo`): a table with such a column is no indicator table. */
  financeWords?: string[];
  /** Header words per role. */
  columns: Record<ColumnRole, string[]>;
  layouts: Record<DocumentKind, LayoutColumn[]>;
  /** Other layouts a table of a kind may follow (a BBV table beside the municipality's own). */
  alternativeLayouts?: Partial<Record<DocumentKind, LayoutColumn[][]>>;
  /** Roles of columns without values (Bron, Eenheid …). */
  descriptiveRoles: ColumnRole[];
  /** The role of a bare-year header (`2017`); null when a bare year is no column header. */
  bareYearRole: ColumnRole | null;
  /** The role of the years after the document's year in a time series (forecasts, targets); null: measurements only. */
  seriesFutureRole?: ColumnRole | null;
  values?: ValueFormsData;
  footnotes?: FootnoteStyleData;
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
  financeWords?: string[];
  columns?: Record<string, string[]>;
  layouts?: Partial<Record<DocumentKind, LayoutColumn[]>>;
  alternativeLayouts?: Partial<Record<DocumentKind, LayoutColumn[][]>>;
  descriptiveRoles?: ColumnRole[];
  bareYearRole?: ColumnRole | null;
  seriesFutureRole?: ColumnRole | null;
  values?: ValueFormsData;
  footnotes?: FootnoteStyleData;
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

/** Case- and accent-insensitive comparison key for vocabulary words. */
export function fold(word: string): string {
  return word.trim().toLocaleLowerCase('nl');
}
