/**
 * The number grammar of cell values: Dutch numbers, quantities with comparator, currency, unit
 * and scale word (`> 70%`, `€ 1,2 mln`), ranges (`6-6,5`) and ratios (`1 op 5`).
 */
import type { Comparator, InvalidReason, MainValue } from './model.js';
import type { Span } from './positions.js';
import type { Currency, ValueForm } from './value-model.js';
import type { Vocabulary } from './vocabulary.js';

/** A Dutch number: 14.823 | 12,5 | 1.234,5 | 68. */
const DUTCH_NUMBER = /^[-−+]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
/** A number written with a decimal point: 68.5 (valid only as thousands: 1.000). */
const POINT_DECIMAL = /^[-−+]?\d+\.\d+$/;
/** What can be a unit: a word, possibly with digits or a final dot (`pers.`, `m2`, `km`). */
const UNIT_WORD = /^\p{L}[\p{L}\p{N}]*\.?$/u;
const QUANTITY = /^(>=|<=|=>|=<|≥|≤|>|<)?(\s*)(€\s?)?([-−+]?\d[\d.,]*)(\s*)(.*)$/u;
/** A range: low, a hyphen or dash, high (`6-6,5`, `6 - 6,5`, `6,5–7`, `€ 1-2 mln`). */
export const RANGE = /^(.*?\d%?)(\s*[-–—]\s*)((?:€\s?)?\d.*)$/su;
/** A ratio: `1 op 5`, `1 op de 5`, `< 1 op 5`. */
export const RATIO = /^(>=|<=|=>|=<|≥|≤|>|<)?(\s*)(\d[\d.,]*)\s+op\s+(?:de\s+)?(\d[\d.,]*)$/iu;

/** Parses a Dutch number written as in the dialect (14.823, 12,5). */
export function parseDutchNumber(text: string): number {
  return Number(text.replace(/−/g, '-').replace(/\./g, '').replace(',', '.'));
}

/** A number with its comparator, currency, unit and scale word, or why it is not one. */
export type QuantityReading =
  | {
      ok: true;
      comparator?: Comparator;
      currency?: Currency;
      number: number;
      numberText: string;
      unit?: string;
      scale?: number;
    }
  | { ok: false; reason: InvalidReason; suggestion?: string };

/** Reads `> 70%`, `14.823`, `12 pers`, `€ 1,2 mln`, `3,2 per 1.000 inwoners`; the invalid reason and fix otherwise. */
export function readQuantity(main: string, vocabulary: Vocabulary): QuantityReading {
  const m = QUANTITY.exec(main);
  if (!m) return { ok: false, reason: 'unrecognised' };
  const [, comparatorText, gap, euro] = m;
  let [, , , , numberText, unitGap, rest] = m;
  const comparator = normaliseComparator(comparatorText);
  // `€ 12,-`: whole euros.
  if (euro && numberText.endsWith(',') && rest.trim() === '-' && unitGap === '') {
    numberText = numberText.slice(0, -1);
    rest = '';
  }
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
      return { ok: false, reason: 'unrecognised' };
    }
  }
  const forms = vocabulary.values;
  let unit: string | undefined;
  let scale: number | undefined;
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
  } else if (forms.scaleWord(unitText) !== undefined) {
    scale = forms.scaleWord(unitText);
    if (unitGap === '') unitSeparator = ' ';
  } else if (forms.perUnit(unitText) !== undefined) {
    unit = forms.perUnit(unitText);
  } else if (UNIT_WORD.test(unitText)) {
    return { ok: false, reason: 'unknown-unit' };
  } else if (/^per\s/iu.test(unitText) || unitText === '‰') {
    return { ok: false, reason: 'unknown-per-unit' };
  } else {
    // Not a unit at all (`68% extra`, `14 823`, `68%)`): say so rather than blame a unit.
    return { ok: false, reason: 'unrecognised' };
  }
  if (comparatorText && comparator !== comparatorText) {
    invalid = true;
    if (reason === 'unrecognised') reason = 'comparator-form';
  }
  if (invalid) {
    const suggestion = prefix + suggestedNumber + (suggestedUnit ? unitSeparator + suggestedUnit : '');
    return { ok: false, reason, suggestion };
  }
  const reading: QuantityReading = { ok: true, number: parseDutchNumber(numberText), numberText };
  if (comparator) reading.comparator = comparator;
  if (euro) reading.currency = 'EUR';
  if (unit) reading.unit = unit;
  if (scale !== undefined) reading.scale = scale;
  return reading;
}

/** `6-6,5`, `60-70%`, `€ 1-2 mln`; undefined when the parts are no numbers (then it is no range). */
export function readRange(m: RegExpExecArray, main: string, span: Span, vocabulary: Vocabulary): MainValue | undefined {
  const [, lowText, separator, highText] = m;
  const low = readQuantity(lowText.trim(), vocabulary);
  const high = readQuantity(highText.trim(), vocabulary);
  if (!low.ok || !high.ok) {
    // A slip in a bound (`6.5-7`): fix the bound, keep the range.
    const fixable = (r: QuantityReading, t: string) => (r.ok ? t.trim() : r.suggestion);
    const lowFix = fixable(low, lowText);
    const highFix = fixable(high, highText);
    if (lowFix === undefined || highFix === undefined) return undefined;
    const reason = !low.ok ? low.reason : (high as { reason: InvalidReason }).reason;
    return { type: 'invalid', span, text: main, reason, suggestion: lowFix + separator + highFix };
  }
  if (low.comparator || high.comparator) return undefined;
  if (!vocabulary.values.allows('range')) return notAllowed(span, main, 'range');
  const currency = low.currency ?? high.currency;
  if (currency && !vocabulary.values.allows('currency')) return notAllowed(span, main, 'currency');
  if ((low.unit && high.unit && unitKey(low.unit) !== unitKey(high.unit)) || (low.scale && high.scale && low.scale !== high.scale)) {
    return { type: 'invalid', span, text: main, reason: 'range-units' };
  }
  const scale = high.scale ?? low.scale;
  if (low.number * (low.scale ?? scale ?? 1) > high.number * (high.scale ?? scale ?? 1)) {
    return { type: 'invalid', span, text: main, reason: 'range-order' };
  }
  const value: MainValue = {
    type: 'range',
    span,
    low: low.number,
    high: high.number,
    lowText: low.numberText,
    highText: high.numberText,
  };
  const unit = high.unit ?? low.unit;
  if (unit) value.unit = unit;
  if (currency) value.currency = currency;
  if (scale !== undefined) value.scale = scale;
  return value;
}

/** `1 op 5`, `< 1 op 5`. */
export function readRatio(m: RegExpExecArray, main: string, span: Span, vocabulary: Vocabulary): MainValue {
  const [, comparatorText, gap, numeratorText, denominatorText] = m;
  if (!DUTCH_NUMBER.test(numeratorText) || !DUTCH_NUMBER.test(denominatorText)) {
    return { type: 'invalid', span, text: main, reason: 'unrecognised' };
  }
  const numerator = parseDutchNumber(numeratorText);
  const denominator = parseDutchNumber(denominatorText);
  if (denominator === 0) return { type: 'invalid', span, text: main, reason: 'unrecognised' };
  if (!vocabulary.values.allows('ratio')) return notAllowed(span, main, 'ratio');
  const comparator = normaliseComparator(comparatorText);
  if (comparatorText && comparator !== comparatorText) {
    return { type: 'invalid', span, text: main, reason: 'comparator-form', suggestion: comparator + gap + main.slice(comparatorText.length + gap.length) };
  }
  const value: MainValue = { type: 'ratio', span, numerator, denominator };
  if (comparator) value.comparator = comparator;
  return value;
}

/** An invalid value of a form the configuration switched off, with the text to write instead when there is one. */
export function notAllowed(span: Span, text: string, form: ValueForm, suggestion?: string): MainValue {
  const value: MainValue = { type: 'invalid', span, text, reason: 'not-allowed', form };
  if (suggestion !== undefined) value.suggestion = suggestion;
  return value;
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

/** Units compare without case and a trailing period (`pers` = `pers.`). */
export function unitKey(unit: string | undefined): string {
  return (unit ?? '').replace(/\.$/, '').toLocaleLowerCase('nl');
}

/** A number times a factor, without float noise (1,2 × 1.000.000 = 1200000). */
export function scaled(number: number, factor: number): number {
  return factor === 1 ? number : Number((number * factor).toPrecision(15));
}
