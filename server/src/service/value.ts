/**
 * The cell value grammar: a main value (dash, trend word or quantity), then annotations in
 * parentheses, then footnote markers. `<br>` may split a cell over lines.
 *   68% (II) | > 70% | -* | 14.823 (8.867 pers) | - (71% over Q3 t/m Q4) (V)
 */
import type { CellValue, Comparator, FootnoteMarker, InvalidReason, MainValue } from './model.js';
import type { Span } from './positions.js';
import type { Vocabulary } from './vocabulary.js';

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

/** `<br>` variants, replaced by spaces of equal length so offsets stay exact. */
const BR = /<br\s*\/?>/gi;

/** Blanks out `<br>` tags, keeping every other character at its offset. */
export function maskBreaks(raw: string): string {
  return raw.replace(BR, (m) => ' '.repeat(m.length));
}

/** A Dutch number: 14.823 | 12,5 | 1.234,5 | 68. */
const DUTCH_NUMBER = /^[-−+]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
/** A number written with a decimal point: 68.5 (valid only as thousands: 1.000). */
const POINT_DECIMAL = /^[-−+]?\d+\.\d+$/;
/** What can be a unit: a word, possibly with digits or a final dot (`pers.`, `m2`, `km`). */
const UNIT_WORD = /^\p{L}[\p{L}\p{N}]*\.?$/u;
const QUANTITY = /^(>=|<=|=>|=<|≥|≤|>|<)?(\s*)(€\s?)?([-−+]?\d[\d.,]*)(\s*)(.*)$/u;

/** Parses a Dutch number written as in the dialect (14.823, 12,5). */
export function parseDutchNumber(text: string): number {
  return Number(text.replace(/−/g, '-').replace(/\./g, '').replace(',', '.'));
}

/**
 * Parses the content of a value cell.
 * @param raw the cell content as written between the pipes, trimmed
 * @param base the offset of `raw` in the document
 */
export function parseCellValue(raw: string, base: number, vocabulary: Vocabulary): CellValue {
  const text = maskBreaks(raw);
  const markers: FootnoteMarker[] = [];
  const annotations: { text: string; span: Span }[] = [];
  let trailingStart = -1;
  let trailingEnd = -1;

  // The main value runs up to the first parenthesis.
  const firstParen = text.indexOf('(');
  const mainEnd = firstParen === -1 ? text.length : firstParen;
  let mainFrom = 0;
  let mainTo = mainEnd;
  while (mainFrom < mainTo && /\s/.test(text[mainFrom])) mainFrom++;
  while (mainTo > mainFrom && /\s/.test(text[mainTo - 1])) mainTo--;

  // Asterisks glued to the main value are markers: -*, 82%*, *28,8 (escaped or not).
  const lead = /^(?:\\?\*)+/.exec(text.slice(mainFrom, mainTo));
  if (lead && mainFrom + lead[0].length <= mainTo) {
    markers.push(asteriskMarker(lead[0], base + mainFrom));
    mainFrom += lead[0].length;
  }
  const trail = /(?:\\?\*)+$/.exec(text.slice(mainFrom, mainTo));
  if (trail) {
    markers.push(asteriskMarker(trail[0], base + mainFrom + trail.index));
    mainTo = mainFrom + trail.index;
  }

  // After the main value: (annotation), (IV), stray asterisks, and anything else as trailing text.
  let i = mainEnd;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(') {
      const close = matchingParen(text, i);
      if (close !== -1) {
        const inner = text.slice(i + 1, close);
        const trimmed = inner.trim();
        if (isMarkerNumeral(trimmed)) {
          const at = i + 1 + inner.indexOf(trimmed);
          markers.push({
            kind: 'roman',
            numeral: trimmed,
            value: romanValue(trimmed),
            span: { start: base + i, end: base + close + 1 },
            numeralSpan: { start: base + at, end: base + at + trimmed.length },
          });
        } else {
          annotations.push({
            text: raw.slice(i + 1, close).replace(BR, ' ').replace(/\s+/g, ' ').trim(),
            span: { start: base + i, end: base + close + 1 },
          });
        }
        i = close + 1;
        continue;
      }
    }
    const star = /^(?:\\?\*)+/.exec(text.slice(i));
    if (star) {
      markers.push(asteriskMarker(star[0], base + i));
      i += star[0].length;
      continue;
    }
    // Unstructured text: extend the trailing span up to the next parenthesis.
    let j = i;
    while (j < text.length && text[j] !== '(') j++;
    if (j === i) j = text.length; // an unbalanced '('
    let end = j;
    while (end > i && /\s/.test(text[end - 1])) end--;
    if (trailingStart === -1) trailingStart = i;
    trailingEnd = end;
    i = j;
  }

  const main = classifyMain(text.slice(mainFrom, mainTo), { start: base + mainFrom, end: base + mainTo }, vocabulary);
  const value: CellValue = { main, annotations, markers: markers.sort((a, b) => a.span.start - b.span.start) };
  if (trailingStart !== -1) {
    value.trailing = {
      text: raw.slice(trailingStart, trailingEnd).replace(BR, ' ').trim(),
      span: { start: base + trailingStart, end: base + trailingEnd },
    };
  }
  return value;
}

/** Classifies the main value of a cell (markers already removed). */
export function classifyMain(text: string, span: Span, vocabulary: Vocabulary): MainValue {
  const main = text.trim();
  if (main === '') return { type: 'empty', span };
  if (main === '-') return { type: 'dash', span };
  if (/^[–—−]$|^--+$/.test(main)) return { type: 'invalid', span, text: main, reason: 'dash-form', suggestion: '-' };
  const trend = vocabulary.trend(main);
  if (trend) return { type: 'trend', span, word: main, canonical: trend.canonical };

  const m = QUANTITY.exec(main);
  if (!m) return { type: 'invalid', span, text: main, reason: 'unrecognised' };
  const [, comparatorText, gap, euro, numberText, unitGap, rest] = m;
  const comparator = normaliseComparator(comparatorText);
  const unitText = rest.trim();
  const prefix = (comparator ? comparator + gap : '') + (euro ?? '');

  let reason: InvalidReason = 'unrecognised';
  let suggestedNumber = numberText;
  let suggestedUnit = unitText;
  let unitSeparator = unitGap;
  let invalid = false;

  if (!DUTCH_NUMBER.test(numberText)) {
    invalid = true;
    if (POINT_DECIMAL.test(numberText)) {
      reason = 'decimal-point';
      suggestedNumber = numberText.replace('.', ',');
    } else {
      return { type: 'invalid', span, text: main, reason: 'unrecognised' };
    }
  }
  let unit: string | undefined;
  if (unitText === '') {
    unit = undefined;
  } else if (unitText === '%') {
    unit = '%';
    if (unitGap !== '') {
      invalid = true;
      if (reason === 'unrecognised') reason = 'space-before-percent';
      unitSeparator = '';
    }
  } else if (vocabulary.isPercentWord(unitText)) {
    invalid = true;
    if (reason === 'unrecognised') reason = 'word-unit';
    suggestedUnit = '%';
    unitSeparator = '';
  } else if (vocabulary.isUnit(unitText)) {
    unit = unitText;
    if (unitGap === '') unitSeparator = ' ';
  } else if (UNIT_WORD.test(unitText)) {
    return { type: 'invalid', span, text: main, reason: 'unknown-unit' };
  } else {
    // Not a unit at all (`68% extra`, `14 823`, `68%)`): say so rather than blame a unit.
    return { type: 'invalid', span, text: main, reason: 'unrecognised' };
  }
  if (comparatorText && comparator !== comparatorText) {
    invalid = true;
    if (reason === 'unrecognised') reason = 'comparator-form';
  }
  if (invalid) {
    const suggestion = prefix + suggestedNumber + (suggestedUnit ? unitSeparator + suggestedUnit : '');
    return { type: 'invalid', span, text: main, reason, suggestion };
  }
  const quantity: MainValue = { type: 'quantity', span, number: parseDutchNumber(numberText), numberText };
  if (comparator) quantity.comparator = comparator;
  if (unit) quantity.unit = unit;
  return quantity;
}

function normaliseComparator(text: string | undefined): Comparator | undefined {
  switch (text) {
    case undefined:
    case '':
      return undefined;
    case '>=':
    case '=>':
      return '≥';
    case '<=':
    case '=<':
      return '≤';
    default:
      return text as Comparator;
  }
}

function asteriskMarker(text: string, start: number): FootnoteMarker {
  const count = (text.match(/\*/g) ?? []).length;
  return {
    kind: 'asterisk',
    numeral: '*'.repeat(count),
    value: count,
    span: { start, end: start + text.length },
    numeralSpan: { start, end: start + text.length },
  };
}

/** Index of the parenthesis closing the one at `open`, or -1. */
function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * A semantic key of a main value, so that `> 70%` = `>70%`, `toename` = `Toename`, `68% (II)` = `68%`.
 * Invalid values compare by their suggestion, else by their text.
 */
export function valueKey(main: MainValue): string {
  switch (main.type) {
    case 'empty':
      return '';
    case 'dash':
      return '-';
    case 'trend':
      return `trend:${main.canonical}`;
    case 'quantity':
      return `${main.comparator ?? ''}${main.number}${main.unit === '%' ? '%' : main.unit ? ' ' + main.unit.replace(/\.$/, '').toLowerCase() : ''}`;
    case 'invalid':
      return `text:${(main.suggestion ?? main.text).toLowerCase()}`;
  }
}

/** How a main value is shown in messages: as written, whitespace collapsed ('' when empty). */
export function displayValue(main: MainValue, text: string): string {
  return text.slice(main.span.start, main.span.end).replace(BR, ' ').replace(/\s+/g, ' ').trim();
}
