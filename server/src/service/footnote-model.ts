/** The model of footnote markers and definitions (see `footnote-syntax.ts` and `footnote-style.ts`). */
import type { Span } from './positions.js';

/**
 * How a footnote is numbered: Roman numerals (`IV`), asterisks (`**`), numbers (`4`), superscript
 * digits (`⁴`) or letters (`d`). A marker and a definition belong together when kind and value agree.
 */
export type FootnoteKind = 'roman' | 'asterisk' | 'number' | 'superscript' | 'letter';

/**
 * A way of writing footnote markers, as named in configuration (`footnotes.styles`):
 * - `roman`: `(IV)` in a name or after a value;
 * - `asterisk`: `*`, `**` glued to a value or at the end of a name;
 * - `number-paren`: `(4)` in a name or after a value;
 * - `number-close`: `4)` after a value or at the end of a name;
 * - `close-number`: `)4` after a value or at the end of a name;
 * - `number-glued`: a number glued to the end of a name after a full stop or parenthesis (`voorzieningen.4`);
 * - `superscript`: `⁴` after a value or in a name;
 * - `letter`: `(d)` or `d)` after a value or in a name.
 */
export type FootnoteStyleName =
  | 'roman'
  | 'asterisk'
  | 'number-paren'
  | 'number-close'
  | 'close-number'
  | 'number-glued'
  | 'superscript'
  | 'letter';

/** A footnote marker: `(IV)`, an asterisk glued to a value, `(4)`, `)4`, `⁴`, `d)` … */
export interface FootnoteMarker {
  kind: FootnoteKind;
  /** The style the marker is written in. */
  style: FootnoteStyleName;
  /** `IV`, `*`, `**`, `4`, `⁴`, `d`: the numeral without escapes. */
  numeral: string;
  /** 4 for IV, 4, ⁴ and d; the count of asterisks for asterisks. */
  value: number;
  /** The marker as shown in messages: as written, without backslashes and blanks (`(IV)`, `**`, `)4`). */
  label: string;
  /** The whole marker, parentheses included. */
  span: Span;
  /** The numeral alone. */
  numeralSpan: Span;
}

/** A footnote definition line: `I   text`, `(II) text`, `\* text`, `1. text`, `)1 = text`, `a) text`. */
export interface FootnoteDefinition {
  kind: FootnoteKind;
  /** The numeral without escapes (`II`, `*`, `1`). */
  numeral: string;
  value: number;
  /** The whole line (a list item's marker included when it is the numeral), with continuation lines. */
  span: Span;
  /** The numeral alone (inside parentheses when written so). */
  numeralSpan: Span;
  /** The blanks between the numeral (with its parentheses or punctuation) and the text; may be empty. */
  gapSpan: Span;
  text: string;
  /** The label line the definition stands under (`Toelichting`), when the style has labels. */
  label?: string;
}
