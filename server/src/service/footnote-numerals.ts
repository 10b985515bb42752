/** Footnote numerals of each kind: their patterns, values, limits and how they are written out. */
import type { FootnoteKind } from './footnote-model.js';

/** A roman numeral I … XXXIX as a regular expression source, without anchors (`X{0,3}` is the limit of {@link maxNumeral}). */
export const ROMAN_SOURCE = '(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})';
const ROMAN = new RegExp(`^${ROMAN_SOURCE}$`);
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };
/** The superscript digits, ⁰ at index 0. */
export const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A superscript numeral ¹ … ⁹⁹ as a regular expression source, without anchors. */
export const SUPERSCRIPT_SOURCE = '[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?';

/** The numeral of each kind as a regular expression source, without anchors. */
export const NUMERAL_SOURCE: Record<FootnoteKind, string> = {
  roman: ROMAN_SOURCE,
  asterisk: '(?:\\\\?\\*)+',
  number: '[1-9]\\d?',
  superscript: SUPERSCRIPT_SOURCE,
  letter: '[a-z]',
};

/** The highest value a numeral of each kind can have: XXXIX, 99, ⁹⁹, z. */
const MAX_VALUE: Record<FootnoteKind, number> = { roman: 39, asterisk: 9, number: 99, superscript: 99, letter: 26 };

/** True for a roman numeral that can be a footnote marker (I … XXXIX). */
export function isMarkerNumeral(text: string): boolean {
  return ROMAN.test(text);
}

/** The value of a roman numeral (I … XXXIX). */
export function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN_VALUES[numeral[i]] ?? 0;
    const next = ROMAN_VALUES[numeral[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The roman numeral for 1 … 39. */
export function toRoman(value: number): string {
  const out = 'X'.repeat(Math.floor(value / 10));
  const ones = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
  return out + ones[value % 10];
}

/**
 * A numeral of a kind written out: `IV`, `**`, `4`, `⁴`, `d`. `like` is the numeral it replaces:
 * asterisks written escaped there (`\*`) stay escaped.
 */
export function formatNumeral(kind: FootnoteKind, value: number, like?: string): string {
  switch (kind) {
    case 'roman':
      return toRoman(value);
    case 'asterisk':
      return (like?.includes('\\') ? '\\*' : '*').repeat(value);
    case 'number':
      return String(value);
    case 'superscript':
      return [...String(value)].map((d) => SUPERSCRIPT[Number(d)]).join('');
    case 'letter':
      return String.fromCharCode(96 + value);
  }
}

/**
 * The value of a numeral as written (`IV`, `\*\*`, `4`, `⁴`, `d`), or undefined when it is no
 * numeral of that kind. Superscript numerals may be typed as plain digits.
 */
export function numeralValue(kind: FootnoteKind, text: string): number | undefined {
  switch (kind) {
    case 'roman':
      return ROMAN.test(text) ? romanValue(text) : undefined;
    case 'asterisk':
      return /^(?:\\?\*)+$/.test(text) && count(text, '*') <= MAX_VALUE.asterisk ? count(text, '*') : undefined;
    case 'number':
      return /^[1-9]\d?$/.test(text) ? Number(text) : undefined;
    case 'superscript': {
      if (/^[1-9]\d?$/.test(text)) return Number(text);
      if (!new RegExp(`^${SUPERSCRIPT_SOURCE}$`, 'u').test(text)) return undefined;
      return Number([...text].map((c) => SUPERSCRIPT.indexOf(c)).join(''));
    }
    case 'letter':
      return /^[a-z]$/.test(text) ? text.charCodeAt(0) - 96 : undefined;
  }
}

/** The numeral as the model keeps it: asterisks without their escapes, others as written. */
export function plainNumeral(kind: FootnoteKind, written: string): string {
  return kind === 'asterisk' ? '*'.repeat(count(written, '*')) : written;
}

/** The highest value a numeral of a kind can have (39 for Roman numerals). */
export function maxNumeral(kind: FootnoteKind): number {
  return MAX_VALUE[kind];
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
