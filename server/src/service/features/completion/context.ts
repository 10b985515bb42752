/**
 * What the cursor of a completion request is on, as {@link classifyCompletion} reads it: one of
 * these places, each with the span an item replaces. Spans are model offsets (UTF-16 into
 * `doc.text`); the collector turns them into ranges.
 */
import type { FootnoteKind, FootnoteStyleName } from '../../footnote-model.js';
import type { Beleidsveld, Column, IndicatorTable } from '../../model.js';
import type { Span } from '../../positions.js';

/** A front matter key being typed (before the line's colon, or on a line without one). */
export interface FrontMatterKeyContext {
  kind: 'front-matter-key';
  /** The key typed so far, from its first character to the cursor. */
  span: Span;
  /** The line of the key, whose own key does not count as present. */
  line: number;
  /** Whether the line has a colon already (then an item writes the key alone, else `key: `). */
  hasColon: boolean;
}

/** A front matter value being typed after `key:`. */
export interface FrontMatterValueContext {
  kind: 'front-matter-value';
  /** The value typed so far, from after the blanks behind the colon to the cursor. */
  span: Span;
  /** The key of the line, as written. */
  key: string;
  /** Written before the value: a space when the cursor is right after the colon. */
  prefix: string;
}

/** The text of a heading being typed after its hashes. */
export interface HeadingContext {
  kind: 'heading';
  /** The title typed so far, from after the blanks behind the hashes to the cursor. */
  span: Span;
  /** Written before the title: a space when the cursor is right after the hashes. */
  prefix: string;
  /** The beleidsveld the heading is in, whose other sections count as present. */
  field: Beleidsveld;
  /** The heading's line, whose own section does not count as present. */
  line: number;
}

/** The start of a footnote definition line, on a line outside tables with nothing after the cursor. */
export interface DefinitionLineContext {
  kind: 'definition-line';
  /** What is typed on the line, its leading blanks left out. */
  span: Span;
  /** The text of {@link span}. */
  typed: string;
  field: Beleidsveld;
}

/**
 * A footnote marker being typed at the cursor, in one of the configured styles: what an item
 * replaces (the numeral typed so far and the rest of it after the cursor; a `^` that stands for a
 * superscript digit) and what it writes after the numeral.
 */
export interface MarkerTyping {
  style: FootnoteStyleName;
  kind: FootnoteKind;
  span: Span;
  /** Written after the numeral when the line has no closing parenthesis there yet. */
  close: string;
  /** Typed after a blank (`12.400 4`): offered beside the value and name completions, not instead. */
  merge: boolean;
  /** Asterisks typed escaped (`\\*`) are offered escaped. */
  escaped?: boolean;
}

/** Footnote markers being typed in a table cell: their numerals are offered. */
export interface FootnoteMarkerContext {
  kind: 'footnote-marker';
  /** The markers of the configured styles that the text before the cursor starts, in style order. */
  markers: MarkerTyping[];
  /** The beleidsveld whose markers and definitions give the numerals in use. */
  field: Beleidsveld;
}

/** The first cell of a table header: the indicator label. */
export interface HeaderLabelContext {
  kind: 'header-label';
  /** The cell's content up to the cursor. */
  span: Span;
  /** Written before the text: a space when the cursor is right after a pipe. */
  prefix: string;
}

/** Another cell of a table header: a column header. */
export interface HeaderColumnContext {
  kind: 'header-column';
  /** The cell's content up to the cursor. */
  span: Span;
  /** Written before the text: a space when the cursor is right after a pipe. */
  prefix: string;
  /** The texts of the header's other cells (`<br>` as a space, whitespace collapsed). */
  others: string[];
}

/** Which cell of a BBV table a row cell is, as far as BBV completion is concerned. */
export type BbvCell =
  /** The cell of the official indicator name. */
  | { cell: 'name' }
  /** A cell of the Eenheid column, with the text of the row's name cell. */
  | { cell: 'unit'; name: string };

/** A cell of a table row: of a parsed table, or of a pipe line below one. */
export interface RowCell {
  /** The cell's content up to the cursor. */
  span: Span;
  /** Written before the text: a space when the cursor is right after a pipe. */
  prefix: string;
  /** The table of the row (for a pipe line below a table: that table). */
  table?: IndicatorTable;
  field: Beleidsveld;
  /** Start of the row's source, to leave the row's own name out of name completions. */
  rowStart: number;
  /** Set in a BBV table, in its name cell or an Eenheid cell. */
  bbv?: BbvCell;
}

/** The first cell of a row: the indicator name. */
export interface RowNameContext extends RowCell {
  kind: 'row-name';
}

/** Another cell of a row: a value. */
export interface RowValueContext extends RowCell {
  kind: 'row-value';
  /** The indicator key of the row, read from the line's text (the row may still be typed). */
  key: string;
  /** The column of the cell, when the table has one at its index. */
  column?: Column;
}

/** A place the cursor can be on, told apart by `kind`. */
export type CompletionContext =
  | FrontMatterKeyContext
  | FrontMatterValueContext
  | HeadingContext
  | DefinitionLineContext
  | FootnoteMarkerContext
  | HeaderLabelContext
  | HeaderColumnContext
  | RowNameContext
  | RowValueContext;
