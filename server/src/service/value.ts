/**
 * The cell value grammar: a main value (dash, trend word, quantity, and the forms a configuration
 * allows: no-value words, yes/no, ranges, ratios, dates, amounts), then annotations in
 * parentheses, then footnote markers. `<br>` may split a cell over lines.
 *   68% (II) | > 70% | -* | 14.823 (8.867 pers) | - (71% over Q3 t/m Q4) (V) | 6-6,5 | € 1,2 mln
 * `cell-value.ts` splits a cell into its parts; this file classifies the main value, gives it a
 * semantic key and shows it in messages.
 *
 * The parts live in their own modules, re-exported here: `cell-breaks.ts` (`<br>`),
 * `value-number.ts` (numbers, quantities, ranges, ratios), `value-date.ts` (dates, years) and
 * `value-scale.ts` (scales, grade scales, the Eenheid cell, a value's context).
 */
import { BR } from './cell-breaks.js';
import type { MainValue } from './model.js';
import type { Span } from './positions.js';
import { isYear, readDate } from './value-date.js';
import { notAllowed, RANGE, RATIO, readQuantity, readRange, readRatio, scaled, unitKey } from './value-number.js';
import type { Vocabulary } from './vocabulary.js';

export { BR, maskBreaks } from './cell-breaks.js';
export { measurementYear } from './value-date.js';
export { parseDutchNumber, scaled, unitKey } from './value-number.js';
export { type GradeScale, gradeScaleOf, type Scale, scaleOf, unitCell, type UnitReading, unitOf, type ValueContext, valueContext } from './value-scale.js';

/** A measurement year before the value: `2016: 7,2`, `2019: € 248`. */
const YEAR_FIRST = /^(\d{4})\s*:\s*(\S.*)$/su;

/** Classifies the main value of a cell (markers already removed). */
export function classifyMain(text: string, span: Span, vocabulary: Vocabulary): MainValue {
  const main = text.trim();
  if (main === '') return { type: 'empty', span };
  if (main === '-') return { type: 'dash', span };
  if (/^[–—−]$|^--+$/.test(main)) return { type: 'invalid', span, text: main, reason: 'dash-form', suggestion: '-' };
  const trend = vocabulary.trend(main);
  if (trend) return { type: 'trend', span, word: main, canonical: trend.canonical };

  const forms = vocabulary.values;
  const meaning = forms.noValue(main);
  if (meaning) return { type: 'none', span, word: main, meaning };
  const yes = forms.boolean(main);
  if (yes !== undefined) return { type: 'boolean', span, word: main, value: yes };

  const yearFirst = YEAR_FIRST.exec(main);
  if (yearFirst && isYear(Number(yearFirst[1]))) {
    const lead = text.length - text.trimStart().length;
    const innerStart = span.start + lead + main.length - yearFirst[2].length;
    const inner = classifyMain(yearFirst[2], { start: innerStart, end: innerStart + yearFirst[2].length }, vocabulary);
    if (inner.type === 'invalid') return inner;
    if (inner.type === 'quantity' || inner.type === 'range' || inner.type === 'ratio') {
      const year = Number(yearFirst[1]);
      if (!forms.allows('measurement-year')) {
        return notAllowed(span, main, 'measurement-year', `${yearFirst[2].trim()} (${year})`);
      }
      return { ...inner, span, measuredIn: year };
    }
    return { type: 'invalid', span, text: main, reason: 'unrecognised' };
  }

  const date = readDate(main, span, vocabulary);
  if (date) return date;

  const ratio = RATIO.exec(main);
  if (ratio) return readRatio(ratio, main, span, vocabulary);

  const range = RANGE.exec(main);
  if (range) {
    const value = readRange(range, main, span, vocabulary);
    if (value) return value;
  }

  const quantity = readQuantity(main, vocabulary);
  if (!quantity.ok) {
    const invalid: MainValue = { type: 'invalid', span, text: main, reason: quantity.reason };
    if (quantity.suggestion !== undefined) invalid.suggestion = quantity.suggestion;
    return invalid;
  }
  if (quantity.currency && !forms.allows('currency')) return notAllowed(span, main, 'currency');
  const value: MainValue = { type: 'quantity', span, number: quantity.number, numberText: quantity.numberText };
  if (quantity.comparator) value.comparator = quantity.comparator;
  if (quantity.unit) value.unit = quantity.unit;
  if (quantity.currency) value.currency = quantity.currency;
  if (quantity.scale !== undefined) value.scale = quantity.scale;
  return value;
}

/**
 * A semantic key of a main value, so that `> 70%` = `>70%`, `toename` = `Toename`, `68% (II)` = `68%`,
 * `€ 1,2 mln` = `€ 1.200.000`, `1 op 5` = `2 op 10`, `n.b.` = `nb` (when both mean unknown).
 * Invalid values compare by their suggestion, else by their text.
 * @param factor a scale the value stands under (`x 1.000` in its header): 1,2 under `x 1.000` = 1.200.
 *   A value with its own scale word (`€ 1,2 mln`) states its size and is not scaled again.
 */
export function valueKey(main: MainValue, factor = 1): string {
  switch (main.type) {
    case 'empty':
      return '';
    case 'dash':
      return '-';
    case 'trend':
      return `trend:${main.canonical}`;
    case 'quantity': {
      const number = scaled(main.number, main.scale ?? factor);
      return `${main.comparator ?? ''}${main.currency ? '€' : ''}${number}${unitSuffix(main.unit)}`;
    }
    case 'range': {
      const f = main.scale ?? factor;
      return `range:${main.currency ? '€' : ''}${scaled(main.low, f)}-${scaled(main.high, f)}${unitSuffix(main.unit)}`;
    }
    case 'ratio':
      return `ratio:${main.comparator ?? ''}${Number((main.numerator / main.denominator).toPrecision(12))}`;
    case 'date':
      return `date:${main.year}-${main.month ?? ''}-${main.day ?? ''}`;
    case 'none':
      return `none:${main.meaning}`;
    case 'boolean':
      return `boolean:${main.value}`;
    case 'invalid':
      return `text:${(main.suggestion ?? main.text).toLowerCase()}`;
  }
}

function unitSuffix(unit: string | undefined): string {
  return unit === '%' ? '%' : unit ? ' ' + unitKey(unit) : '';
}

/** How a main value is shown in messages: as written, whitespace collapsed ('' when empty). */
export function displayValue(main: MainValue, text: string): string {
  return text.slice(main.span.start, main.span.end).replace(BR, ' ').replace(/\s+/g, ' ').trim();
}
