/**
 * Footnote syntax: the numerals markers and definitions are written with, and how they are read
 * from indicator names and definition lines.
 */
import type { FootnoteDefinition, FootnoteMarker, IndicatorName, TableCell } from './model.js';
import { maskBreaks } from './value.js';

/** Roman numerals used as footnote markers: I up to XXXIX. */
const ROMAN = /^(?=[IVX])(X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

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
  let out = 'X'.repeat(Math.floor(value / 10));
  const ones = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
  return out + ones[value % 10];
}

export function asteriskMarker(text: string, start: number): FootnoteMarker {
  const count = (text.match(/\*/g) ?? []).length;
  return {
    kind: 'asterisk',
    numeral: '*'.repeat(count),
    value: count,
    span: { start, end: start + text.length },
    numeralSpan: { start, end: start + text.length },
  };
}

// Text copied from the published pages separates numeral and text with no-break spaces.
const ASTERISK_DEFINITION = /^([ \t]*)((?:\\\*)+)[ \t\u00a0]+(\S.*)$/;
const ROMAN_DEFINITION = /^([ \t]*)(?:\(((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\)|((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})))[.:]?[ \t\u00a0]+(\S.*)$/;
const NAME_MARKER = /\(\s*((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\s*\)|(?:\\?\*)+\s*$/g;

export function readIndicatorName(cell: TableCell): IndicatorName {
  const markers: FootnoteMarker[] = [];
  const masked = maskBreaks(cell.raw);
  for (const m of masked.matchAll(NAME_MARKER)) {
    const start = cell.span.start + (m.index ?? 0);
    if (m[1] !== undefined) {
      const at = start + m[0].indexOf(m[1]);
      markers.push({
        kind: 'roman',
        numeral: m[1],
        value: romanValue(m[1]),
        span: { start, end: start + m[0].length },
        numeralSpan: { start: at, end: at + m[1].length },
      });
    } else {
      const stars = m[0].trim();
      const count = (stars.match(/\*/g) ?? []).length;
      markers.push({
        kind: 'asterisk',
        numeral: '*'.repeat(count),
        value: count,
        span: { start, end: start + stars.length },
        numeralSpan: { start, end: start + stars.length },
      });
    }
  }
  const plain = masked.replace(NAME_MARKER, ' ').replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1').replace(/\s+/g, ' ').trim();
  return { ...cell, plain, key: indicatorKey(plain), markers };
}

/** The key indicators are matched by: markers removed, whitespace and case normalised. */
export function indicatorKey(plain: string): string {
  return plain
    .replace(/\(\s*((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\s*\)/g, ' ')
    .replace(/\*+/g, ' ')
    .toLocaleLowerCase('nl')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Footnote definition lines in a paragraph; continuation lines extend the previous definition. */
export function readDefinitions(source: string, base: number): FootnoteDefinition[] {
  const definitions: FootnoteDefinition[] = [];
  let offset = 0;
  for (const line of source.split('\n')) {
    const clean = line.replace(/\r$/, '');
    const roman = ROMAN_DEFINITION.exec(clean);
    const asterisk = roman ? null : ASTERISK_DEFINITION.exec(clean);
    if (roman && isMarkerNumeral(roman[2] ?? roman[3])) {
      const numeral = roman[2] ?? roman[3];
      const at = base + offset + roman[1].length + (roman[2] !== undefined ? 1 : 0);
      definitions.push({
        kind: 'roman',
        numeral,
        value: romanValue(numeral),
        span: { start: base + offset + roman[1].length, end: base + offset + clean.length },
        numeralSpan: { start: at, end: at + numeral.length },
        text: roman[4].trim(),
      });
    } else if (asterisk) {
      const count = (asterisk[2].match(/\*/g) ?? []).length;
      const at = base + offset + asterisk[1].length;
      definitions.push({
        kind: 'asterisk',
        numeral: '*'.repeat(count),
        value: count,
        span: { start: at, end: base + offset + clean.length },
        numeralSpan: { start: at, end: at + asterisk[2].length },
        text: asterisk[3].trim(),
      });
    } else if (definitions.length > 0 && clean.trim() !== '') {
      const previous = definitions[definitions.length - 1];
      previous.span.end = base + offset + clean.length;
      previous.text += ' ' + clean.trim();
    }
    offset += line.length + 1;
  }
  return definitions;
}

