/** The model of footnote markers and definitions (see `footnote-syntax.ts`). */
import type { Span } from './positions.js';

/** How a footnote is numbered. */
export type FootnoteKind = 'roman' | 'asterisk';

/** A footnote marker: `(IV)` or an asterisk glued to a value. */
export interface FootnoteMarker {
  kind: FootnoteKind;
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
  kind: FootnoteKind;
  numeral: string;
  value: number;
  /** The whole line. */
  span: Span;
  /** The numeral alone (inside parentheses when written so). */
  numeralSpan: Span;
  text: string;
}

