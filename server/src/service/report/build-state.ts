/**
 * What the report builder reads and keeps while it reads: the chapters and options it is given,
 * the value cells, verdicts and rows it collects per indicator, and where a source is.
 */
import type { Finding, Locale } from '../finding.js';
import type { ChapterDocument, ColumnRole, ValueCell } from '../model.js';
import { oneBased } from '../positions.js';
import type { Vocabulary } from '../vocabulary.js';
import type { ReportBeleidsveld, ReportIndicator, ReportProgramme, ReportStatus, SourceRef } from './model.js';

/** One chapter as the report reads it. */
export interface ReportSource {
  doc: ChapterDocument;
  /** Its findings (own and cross-document), in any language. */
  findings: Finding[];
  vocabulary: Vocabulary;
}

/** How a report is built: its language, and how it names a chapter. */
export interface BuildOptions {
  locale: Locale;
  /** How the report names (and links to) a chapter: a relative path, forward slashes. */
  file(uri: string): string;
}

/** A value cell with the chapter it stands in. */
export interface Candidate {
  cell: ValueCell;
  doc: ChapterDocument;
  vocabulary: Vocabulary;
}

/** A verdict on a year decided in the rekening of that year. */
export interface Verdict {
  status?: ReportStatus;
  message?: string;
  source: SourceRef;
}

/** An indicator while the chapters are read: what it collected so far. */
export interface IndicatorState {
  indicator: ReportIndicator;
  /** year → role → candidates in reading order. */
  cells: Map<number, Map<ColumnRole, Candidate[]>>;
  words: Map<ColumnRole, string | undefined>;
  verdicts: Map<number, Verdict>;
  vocabulary: Vocabulary;
  footnoteKeys: Set<string>;
  detailKeys: Set<string>;
  /** uri → 0-based lines of this indicator's rows there (for attaching findings). */
  rows: Map<string, Set<number>>;
}

/** A beleidsveld while the chapters are read: its indicators by key. */
export interface BeleidsveldState {
  beleidsveld: ReportBeleidsveld;
  indicators: Map<string, IndicatorState>;
}

/** A programme while the chapters are read: its beleidsvelden by number. */
export interface ProgrammeState {
  programme: ReportProgramme;
  beleidsvelden: Map<string, BeleidsveldState>;
}

/** Where an offset of a chapter is, for the report: its file and 1-based line and column. */
export function sourceRef(options: BuildOptions, doc: ChapterDocument, offset: number): SourceRef {
  const position = doc.lines.positionAt(offset);
  return sourceRefAt(options, doc.uri, position.line, position.character);
}

/** A source from a 0-based line and character. */
export function sourceRefAt(options: BuildOptions, uri: string, line: number, character: number): SourceRef {
  const place = oneBased({ start: { line, character }, end: { line, character } });
  return { uri, file: options.file(uri), line: place.line, column: place.column };
}
