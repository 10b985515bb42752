/**
 * The cell value grammar: a main value (dash, trend word or quantity), then annotations in
 * parentheses, then footnote markers. `<br>` may split a cell over lines.
 *   68% (II) | > 70% | -* | 14.823 (8.867 pers) | - (71% over Q3 t/m Q4) (V)
 */
import type { Comparator, InvalidReason, MainValue } from './model.js';
import type { Span } from './positions.js';
import type { Vocabulary } from './vocabulary.js';

/** `<br>` variants, replaced by spaces of equal length so offsets stay exact. */
export const BR = /<br\s*\/?>/gi;

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
