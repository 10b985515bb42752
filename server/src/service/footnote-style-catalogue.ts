/**
 * The catalogue of footnote styles: the forms of each style in indicator names, in value cells and
 * in new definitions, and the definition lines of each kind of numeral.
 */
import type { FootnoteKind, FootnoteStyleName } from './footnote-model.js';
import { NUMERAL_SOURCE, ROMAN_SOURCE, SUPERSCRIPT, SUPERSCRIPT_SOURCE } from './footnote-numerals.js';

interface NamePattern {
  pattern: RegExp;
  /** The marker's parenthesis must not close one opened before it: `(schaal 1-5)` holds no `5)`. */
  unmatched?: boolean;
}

/** One style: its kind of numeral and where its markers and definitions stand. */
export interface StyleSpec {
  kind: FootnoteKind;
  /** Markers in an indicator name; group 1 is the numeral. */
  name: NamePattern[];
  /** A marker at the start of a cell's main value. */
  lead?: RegExp;
  /** A marker at the end of a cell's main value; group 1 is the numeral. */
  trail?: RegExp;
  /** A marker where the reading of a cell stands after its main value (sticky); group 1 is the numeral. */
  free?: RegExp;
  /** The numeral alone in parentheses after a value is a marker: `(4)`. */
  paren?: boolean;
  /** How a definition is written when the beleidsveld has none of its kind yet. */
  definition: DefinitionForm;
}

/** The text around the numeral of a definition: `(` `IV` `)`, `` `4` `.`, `)` `1` ` =`. */
export interface DefinitionForm {
  open: string;
  close: string;
  /** The column the text starts at (`I   `, `II  `); else one space after the form. */
  column?: number;
}

const S = SUPERSCRIPT_SOURCE;
const NOT_SUPERSCRIPT = '[⁰¹²³⁴⁵⁶⁷⁸⁹]';

/** The catalogue of styles: the forms of each, in names, in value cells and in new definitions. */
export const STYLES: Record<FootnoteStyleName, StyleSpec> = {
  roman: {
    kind: 'roman',
    name: [{ pattern: new RegExp(`\\(\\s*(${ROMAN_SOURCE})\\s*\\)`, 'gu') }],
    paren: true,
    definition: { open: '', close: '', column: 4 },
  },
  asterisk: {
    kind: 'asterisk',
    // Only at the end of a name: an asterisk inside a name is emphasis or text.
    name: [{ pattern: /((?:\\?\*)+)(?=\s*$)/gu }],
    lead: /^(?:\\?\*)+/u,
    trail: /((?:\\?\*)+)$/u,
    free: /((?:\\?\*)+)/uy,
    definition: { open: '', close: '' },
  },
  'number-paren': {
    kind: 'number',
    name: [{ pattern: /\(\s*([1-9]\d?)\s*\)/gu }],
    paren: true,
    definition: { open: '', close: '.' },
  },
  'number-close': {
    kind: 'number',
    name: [{ pattern: /(?<!\S)([1-9]\d?)\)(?=\s*$)/gu, unmatched: true }],
    trail: /(?<![\p{L}\p{N}.,])([1-9]\d?)\)$/u,
    free: /([1-9]\d?)\)/uy,
    definition: { open: '', close: ')' },
  },
  'close-number': {
    kind: 'number',
    name: [{ pattern: /\)\s*([1-9]\d?)(?=\s*$)/gu, unmatched: true }],
    trail: /\)\s*([1-9]\d?)$/u,
    free: /\)\s*([1-9]\d?)(?!\d)/uy,
    definition: { open: ')', close: ' =' },
  },
  'number-glued': {
    kind: 'number',
    // `zorgvoorzieningen.1`, `(per 1.000 inwoners)1`: not after a digit, so `6.1` and `CO2` stay text.
    name: [{ pattern: /(?<=\p{L}\.|\))([1-9]\d?)(?=\s*$)/gu }],
    definition: { open: '', close: '.' },
  },
  superscript: {
    kind: 'superscript',
    // Not after `m`: `m²`, `km²` and `m³` are units.
    name: [{ pattern: new RegExp(`(?<![m${SUPERSCRIPT}])(${S})(?!${NOT_SUPERSCRIPT})`, 'gu') }],
    trail: new RegExp(`(?<![m${SUPERSCRIPT}])(${S})$`, 'u'),
    free: new RegExp(`(${S})(?!${NOT_SUPERSCRIPT})`, 'uy'),
    definition: { open: '', close: '' },
  },
  letter: {
    kind: 'letter',
    name: [{ pattern: /\(\s*([a-z])\s*\)/gu }, { pattern: /(?<!\S)([a-z])\)(?=\s*$)/gu, unmatched: true }],
    trail: /(?<![\p{L}\p{N}])([a-z])\)$/u,
    free: /([a-z])\)/uy,
    paren: true,
    definition: { open: '', close: ')' },
  },
};

/** The names of the styles, as configuration writes them. */
export const footnoteStyleNames = Object.keys(STYLES) as FootnoteStyleName[];

/** The order kinds are tried in where a text could be more than one (a definition line). */
export const KIND_ORDER: FootnoteKind[] = ['roman', 'asterisk', 'number', 'superscript', 'letter'];

/** Separator between numeral and text; pages copied from the web use no-break spaces. */
const GAP = '[ \\t\\u00a0]+';

/** A definition line of one kind of numeral. */
export interface DefinitionPattern {
  kind: FootnoteKind;
  pattern: RegExp;
  /** Only under a label: unescaped asterisks (`* text`, a bullet once Markdown has read it). */
  labelled?: boolean;
}

/** Definition lines per kind: indent, text before the numeral, numeral, text after it, gap, text. */
export function definitionPatterns(kind: FootnoteKind): DefinitionPattern[] {
  const n = NUMERAL_SOURCE[kind];
  const line = (open: string, numeral: string, close: string, gap = GAP) =>
    new RegExp(`^([ \\t]*)(${open})(${numeral})(${close})(${gap})(\\S.*)$`, 'u');
  switch (kind) {
    case 'roman':
      return [
        { kind, pattern: line('\\(', n, '\\)[.:]?') },
        { kind, pattern: line('', n, '[.:]?') },
      ];
    case 'asterisk':
      return [
        { kind, pattern: line('', '(?:\\\\\\*)+', '') },
        { kind, pattern: line('', '(?:\\\\?\\*)+', ''), labelled: true },
      ];
    case 'number':
      // A bare `4 text` is no definition: too many sentences start with a number.
      return [
        { kind, pattern: line('\\(', n, '\\)[.:]?') },
        { kind, pattern: line('', n, '\\\\?[.):]') },
        { kind, pattern: line('', n, '[ \\t]*=') },
        { kind, pattern: line('\\)[ \\t]?', n, '(?:[ \\t]*[=:])?') },
      ];
    case 'superscript':
      return [{ kind, pattern: line('', n, '[.:)]?', '[ \\t\\u00a0]*') }];
    case 'letter':
      return [
        { kind, pattern: line('\\(', n, '\\)[.:]?') },
        { kind, pattern: line('', n, '[.)]') },
      ];
  }
}
