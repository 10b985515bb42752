/**
 * The document model of a programme chapter. Every node keeps the exact span of its source;
 * rules turn spans into ranges through the document's {@link LineIndex}.
 */
import type { Root } from 'mdast';
import type { LineIndex, Span } from './positions.js';

/** begroting (budget) or rekening (annual account). */
export type DocumentKind = 'begroting' | 'rekening';

/** behaald (achieved) or beoogd (targeted). */
export type ColumnRole = 'behaald' | 'beoogd';

/** A parsed chapter: the single result of parsing one version of one document. */
export interface ChapterDocument {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
  /** The mdast tree, kept for features that need the block structure (folding, symbols). */
  tree: Root;
  frontMatter?: FrontMatter;
  /** Kind and year of the chapter: from the front matter, else inferred (see `inference`). */
  kind?: DocumentKind;
  year?: number;
  /** How kind and year were inferred when the front matter does not give them. */
  inference?: Inference;
  headings: Heading[];
  /** The beleidsvelden in order. Content before the first beleidsveld heading forms a preamble scope. */
  beleidsvelden: Beleidsveld[];
  /** Every indicator table, in order. */
  tables: IndicatorTable[];
  /** Inline configuration comments. */
  directives: Directive[];
  /** Spans of prose paragraphs (used for sentences such as the dash convention). */
  paragraphs: Paragraph[];
  /** Paragraphs that look like a pipe table but are none (a missing delimiter row). */
  malformedTables?: Span[];
}

/** Front matter with the spans of its keys and values. */
export interface FrontMatter {
  /** Span of the whole block, fences included. */
  span: Span;
  /** Parsed data, or undefined when the YAML does not parse to a mapping. */
  data?: Record<string, unknown>;
  /** Key → spans of the key and the value. */
  entries: Map<string, { key: Span; value: Span; source: string }>;
  /** YAML syntax errors. */
  errors: { span: Span; message: string }[];
}

/** Kind/year as read from the column headers and section headings. */
export interface Inference {
  kind?: DocumentKind;
  year?: number;
  /** Where the evidence was found. */
  evidence: { span: Span; kind?: DocumentKind; year?: number; what: string }[];
}

export type HeadingKind = 'programma' | 'deelprogramma' | 'beleidsveld' | 'section';

export interface Heading {
  kind: HeadingKind;
  /** ATX/setext depth 1..6. */
  depth: number;
  /** The heading's text as written (inline markup kept). */
  text: string;
  span: Span;
  textSpan: Span;
  /** `4`, `4.2`, `4.2.1` for programma, deelprogramma, beleidsveld. */
  number?: string;
  numberSpan?: Span;
  title?: string;
}

/**
 * A beleidsveld (policy field) and everything up to the next one: the scope of its footnotes.
 * The content before the first beleidsveld heading is a scope without a heading.
 */
export interface Beleidsveld {
  heading?: Heading;
  number?: string;
  span: Span;
  /** Headings inside the beleidsveld that are not programme/beleidsveld headings. */
  sections: Heading[];
  tables: IndicatorTable[];
  markers: FootnoteMarker[];
  definitions: FootnoteDefinition[];
}

export interface IndicatorTable {
  span: Span;
  /** The first header cell (Prestatie-indicatoren, Indicatoren, ...). */
  label: TableCell;
  columns: Column[];
  /** Span of the header row. */
  headerSpan: Span;
  rows: IndicatorRow[];
  /** Number of cells in the header row, label included. */
  headerCellCount: number;
}

/** A value column: `Behaald 2017`, `Beoogd 2018`. */
export interface Column {
  /** Index among the table's cells (the label is 0). */
  index: number;
  cell: TableCell;
  role?: ColumnRole;
  year?: number;
  /** Span of the year digits inside the header cell. */
  yearSpan?: Span;
}

export interface TableCell {
  /** Span of the content between the pipes, whitespace trimmed (empty cells: a zero-width span). */
  span: Span;
  /** Span of the cell including its leading pipe. */
  outerSpan: Span;
  /** The raw source of the content. */
  raw: string;
}

export interface IndicatorRow {
  span: Span;
  name: IndicatorName;
  /** The value cells in source order; cells[i] belongs to columns[i] when it exists. */
  cells: ValueCell[];
  /** Number of cells in the row, the name cell included. */
  cellCount: number;
}

export interface IndicatorName extends TableCell {
  /** The name with markers removed and whitespace collapsed. */
  plain: string;
  /** Normalised key used to match indicators within and across documents. */
  key: string;
  markers: FootnoteMarker[];
}

export interface ValueCell extends TableCell {
  value: CellValue;
  column?: Column;
}

/** A cell value: main value, annotations in parentheses, footnote markers. */
export interface CellValue {
  main: MainValue;
  annotations: { text: string; span: Span }[];
  markers: FootnoteMarker[];
  /** Text after the annotations that is neither an annotation nor a marker. */
  trailing?: { text: string; span: Span };
}

export type Comparator = '>' | '<' | '≥' | '≤';

export type MainValue =
  | { type: 'empty'; span: Span }
  | { type: 'dash'; span: Span }
  | { type: 'trend'; span: Span; word: string; canonical: string }
  | {
      type: 'quantity';
      span: Span;
      comparator?: Comparator;
      number: number;
      numberText: string;
      unit?: string;
    }
  | { type: 'invalid'; span: Span; text: string; reason: InvalidReason; suggestion?: string };

/** Why a main value is not valid; each reason has its own message in value-format. */
export type InvalidReason =
  | 'space-before-percent'
  | 'decimal-point'
  | 'word-unit'
  | 'comparator-form'
  | 'dash-form'
  | 'unknown-unit'
  | 'unrecognised';

/** A footnote marker: `(IV)` or an asterisk glued to a value. */
export interface FootnoteMarker {
  kind: 'roman' | 'asterisk';
  /** `IV` or `*`, `**`. */
  numeral: string;
  /** 4 for IV; the count of asterisks for asterisks. */
  value: number;
  /** The whole marker, parentheses included. */
  span: Span;
  /** The numeral alone. */
  numeralSpan: Span;
}

/** A footnote definition line: `I   text`, `(II) text`, `\* text`. */
export interface FootnoteDefinition {
  kind: 'roman' | 'asterisk';
  numeral: string;
  value: number;
  /** The whole line. */
  span: Span;
  /** The numeral alone (inside parentheses when written so). */
  numeralSpan: Span;
  text: string;
}

/** `<!-- programmalint-disable RULE ... -->` and friends. */
export interface Directive {
  action: 'disable' | 'enable' | 'disable-next-line';
  /** Empty means every rule. */
  rules: string[];
  span: Span;
}

export interface Paragraph {
  span: Span;
  text: string;
}
