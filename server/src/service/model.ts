/**
 * The document model of a programme chapter. Every node keeps the exact span of its source;
 * rules turn spans into ranges through the document's {@link LineIndex}.
 */
import type { Root } from 'mdast';
import type { FootnoteDefinition, FootnoteMarker } from './footnote-model.js';
import type { LineIndex, Span } from './positions.js';
import type { CellValue, MainValue } from './value-model.js';

export type { FootnoteDefinition, FootnoteKind, FootnoteMarker } from './footnote-model.js';
export type { CellValue, Comparator, InvalidReason, MainValue } from './value-model.js';

/** The main value of the given type or types: `MainValueOf<'quantity' | 'range'>`. */
export type MainValueOf<T extends MainValue['type']> = Extract<MainValue, { type: T }>;

/** begroting (budget) or rekening (annual account). */
export type DocumentKind = 'begroting' | 'rekening';

/**
 * What a column holds. Value roles: `realised` (Behaald, Realisatie), `target` (Beoogd, Doel),
 * `forecast`, `baseline`, `budget`, `current`, `benchmark`; descriptive roles without values:
 * `source`, `unit`, `period`, `number`, `taakveld`, `description`, `note`. The set is open: the
 * configuration names roles (see `schemas/programmatekst.schema.json#/$defs/columnRole`).
 */
export type ColumnRole = string;

/** An indicator table compared with a layout, or a time series of measurements. */
export type TableKind = 'indicators' | 'series';

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
  /**
   * `series` when every value column is a bare year (`2015 | 2016 | 2017`), or the only value
   * columns are undated measurements next to a period column (`Eenheid | Periode | Werkelijk | Bron`).
   */
  kind: TableKind;
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

/** A column after the label: `Behaald 2017`, `Doel 2022`, `Nulmeting`, `Bron`, `2016`. */
export interface Column {
  /** Index among the table's cells (the label is 0). */
  index: number;
  cell: TableCell;
  /** The header as shown in messages: `<br>` and runs of whitespace as one space. */
  header: string;
  role?: ColumnRole;
  /** The column word as written (`Realisatie`); absent for a bare year or an unknown header. */
  word?: string;
  /** True for descriptive columns without values (Bron, Eenheid …). */
  descriptive?: boolean;
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
  /** A row with only a label (`Groningen`, `Haren`): a heading over the rows below it. */
  group?: boolean;
  /**
   * A row of text about the rows above, named by a descriptive word and a colon (Berg en Dal's
   * `Eenheid:`, `Bron:`, `Toelichting:` under each indicator): its role. Its cells hold no values.
   */
  note?: ColumnRole;
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
