/**
 * The cell value grammar: a main value (dash, trend word, quantity, and the forms a configuration
 * allows: no-value words, yes/no, ranges, ratios, dates, amounts), then annotations in
 * parentheses, then footnote markers. `<br>` may split a cell over lines.
 *   68% (II) | > 70% | -* | 14.823 (8.867 pers) | - (71% over Q3 t/m Q4) (V) | 6-6,5 | € 1,2 mln
 * `cell-value.ts` splits a cell into its parts; this file classifies the main value and reads
 * the context a value stands in (the Eenheid cell, `x 1.000` scales, grade scales).
 */
import type { CellValue, Comparator, IndicatorRow, IndicatorTable, InvalidReason, MainValue, ValueCell } from './model.js';
import type { Span } from './positions.js';
import type { Currency, ValueForm } from './value-model.js';
import type { UnitWordKind } from './value-vocabulary.js';
import type { Vocabulary } from './vocabulary.js';

/** `<br>` variants, replaced by spaces of equal length so offsets stay exact. */
export const BR = /<br\s*\/?>/gi;

/** Blanks out `<br>` tags, keeping every other character at its offset. */
export function maskBreaks(raw: string): string {
  return raw.includes('<') ? raw.replace(BR, (m) => ' '.repeat(m.length)) : raw;
}

/** A Dutch number: 14.823 | 12,5 | 1.234,5 | 68. */
const DUTCH_NUMBER = /^[-−+]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
/** A number written with a decimal point: 68.5 (valid only as thousands: 1.000). */
const POINT_DECIMAL = /^[-−+]?\d+\.\d+$/;
/** What can be a unit: a word, possibly with digits or a final dot (`pers.`, `m2`, `km`). */
const UNIT_WORD = /^\p{L}[\p{L}\p{N}]*\.?$/u;
const QUANTITY = /^(>=|<=|=>|=<|≥|≤|>|<)?(\s*)(€\s?)?([-−+]?\d[\d.,]*)(\s*)(.*)$/u;
/** A measurement year before the value: `2016: 7,2`, `2019: € 248`. */
const YEAR_FIRST = /^(\d{4})\s*:\s*(\S.*)$/su;
/** A range: low, a hyphen or dash, high (`6-6,5`, `6 - 6,5`, `6,5–7`, `€ 1-2 mln`). */
const RANGE = /^(.*?\d%?)(\s*[-–—]\s*)((?:€\s?)?\d.*)$/su;
/** A ratio: `1 op 5`, `1 op de 5`, `< 1 op 5`. */
const RATIO = /^(>=|<=|=>|=<|≥|≤|>|<)?(\s*)(\d[\d.,]*)\s+op\s+(?:de\s+)?(\d[\d.,]*)$/iu;
const NUMERIC_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})$/u;
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const WORD_DATE = new RegExp(`^(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})$`, 'iu');
const YEAR = /^\d{4}$/u;

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

/** A number with its comparator, currency, unit and scale word, or why it is not one. */
type QuantityReading =
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
function readQuantity(main: string, vocabulary: Vocabulary): QuantityReading {
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
function readRange(m: RegExpExecArray, main: string, span: Span, vocabulary: Vocabulary): MainValue | undefined {
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
function readRatio(m: RegExpExecArray, main: string, span: Span, vocabulary: Vocabulary): MainValue {
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

/** `1-1-2020`, `1 januari 2020`, and a year alone when years are values; undefined for anything else. */
function readDate(main: string, span: Span, vocabulary: Vocabulary): MainValue | undefined {
  const forms = vocabulary.values;
  if (YEAR.test(main)) {
    const year = Number(main);
    return forms.data.years && isYear(year) ? { type: 'date', span, year } : undefined;
  }
  const numeric = NUMERIC_DATE.exec(main);
  const word = numeric ? undefined : WORD_DATE.exec(main);
  if (!numeric && !word) return undefined;
  if (!forms.allows('date')) return notAllowed(span, main, 'date');
  const day = Number((numeric ?? word)![1]);
  const month = numeric ? Number(numeric[2]) : MONTHS.indexOf(word![2].toLocaleLowerCase('nl')) + 1;
  const year = Number((numeric ?? word)![3]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) {
    return { type: 'invalid', span, text: main, reason: 'impossible-date' };
  }
  return { type: 'date', span, year, month, day };
}

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A plausible year of a measurement or a date value. */
function isYear(year: number): boolean {
  return year >= 1900 && year <= 2100;
}

function notAllowed(span: Span, text: string, form: ValueForm, suggestion?: string): MainValue {
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

/** A scale a header or name puts values under: `x 1.000` (factor 1000), `x € 1.000` (an amount too). */
export interface Scale {
  factor: number;
  currency?: Currency;
}

/** A grade scale: `schaal 1-10`, `tussen de 1 en 10`. */
export interface GradeScale {
  low: number;
  high: number;
}

const TIMES_SCALE = /(?:^|[\s([,;:/])[x×]\s*(€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)?(?:\s*(\p{L}+))?(?=$|[\s)\],;:])/iu;
const WORD_SCALE = /(?:^|[\s(])(\p{L}+)\s+(?:euro|€)(?=$|[\s),;:])/iu;

/**
 * The scale a column header, indicator name, table label or Eenheid cell states: `x 1.000`,
 * `(x € 1.000)`, `x € 1 mln`, `Duizend euro`. Undefined when there is none, or when header scales
 * are switched off.
 */
export function scaleOf(text: string, vocabulary: Vocabulary): Scale | undefined {
  return remembered(scales, vocabulary, text, readScale);
}

function readScale(text: string, vocabulary: Vocabulary): Scale | undefined {
  const forms = vocabulary.values;
  if (!forms.data.headerScales) return undefined;
  const plain = maskBreaks(text);
  const times = TIMES_SCALE.exec(plain);
  if (times) {
    const [, euro, numberText, word] = times;
    const wordFactor = word !== undefined ? forms.scaleWord(word) : undefined;
    // `x 1.000 inwoners`: a word after the number is no scale word, the number alone counts.
    const number = numberText !== undefined ? parseDutchNumber(numberText) : wordFactor !== undefined ? 1 : undefined;
    if (number !== undefined) {
      const factor = scaled(number, wordFactor ?? 1);
      if (factor > 1) return euro ? { factor, currency: 'EUR' } : { factor };
    }
  }
  const words = WORD_SCALE.exec(plain);
  const factor = words ? forms.scaleWord(words[1]) : undefined;
  if (factor !== undefined && factor > 1) return { factor, currency: 'EUR' };
  return undefined;
}

// Headers, names and labels repeat over every cell of a table and every edit: the readings of a
// text are remembered per vocabulary (a few thousand texts at most; the memory is dropped when full).
const scales = new WeakMap<Vocabulary, Map<string, Scale | undefined>>();
const gradeScales = new WeakMap<Vocabulary, Map<string, GradeScale | undefined>>();
const REMEMBERED = 5000;

/** `read(text, vocabulary)`, remembered. The result is shared: callers do not change it. */
function remembered<T>(memo: WeakMap<Vocabulary, Map<string, T>>, vocabulary: Vocabulary, text: string, read: (text: string, vocabulary: Vocabulary) => T): T {
  let known = memo.get(vocabulary);
  if (!known) memo.set(vocabulary, (known = new Map()));
  if (known.has(text)) return known.get(text) as T;
  const value = read(text, vocabulary);
  if (known.size >= REMEMBERED) known.clear();
  known.set(text, value);
  return value;
}

const GRADE_SCALE = [
  /\bschaal\s+(?:van\s+)?(\d+)\s*(?:-|–|tot(?:\s+en\s+met)?|t\/m)\s*(\d+)/iu,
  /\btussen\s+(?:de\s+)?(\d+)\s+en\s+(\d+)/iu,
];

/** The grade scale a text states (`schaal 1-10`, `schaal van 1 tot 5`, `Tussen de 1 en 10`), when grades are switched on. */
export function gradeScaleOf(text: string, vocabulary: Vocabulary): GradeScale | undefined {
  return remembered(gradeScales, vocabulary, text, readGradeScale);
}

function readGradeScale(text: string, vocabulary: Vocabulary): GradeScale | undefined {
  if (!vocabulary.values.data.grades) return undefined;
  for (const pattern of GRADE_SCALE) {
    const m = pattern.exec(maskBreaks(text));
    if (m && Number(m[1]) < Number(m[2])) return { low: Number(m[1]), high: Number(m[2]) };
  }
  return undefined;
}

/** What an Eenheid cell says the row's values are. */
export interface UnitReading {
  /** `per`: a per-unit (`per 1.000 inwoners`); `unit`: a unit of `vocabulary.units`; `grade`: a grade scale. */
  kind: UnitWordKind | 'per' | 'unit' | 'grade';
  /** The cell as written, whitespace collapsed, for messages. */
  text: string;
  /** The unit values carry: `%`, the per-unit, the unit word. */
  unit?: string;
  scale?: number;
  grade?: GradeScale;
}

/** Reads the text of an Eenheid cell: `%`, `aantal`, `€`, `per 1.000 inwoners`, `x € 1.000`, `Tussen de 1 en 10`, `kg`. */
export function unitOf(text: string, vocabulary: Vocabulary): UnitReading | undefined {
  const shown = maskBreaks(text).replace(/\\(?=[^\s])/g, '').replace(/\s+/g, ' ').trim();
  if (shown === '' || shown === '-') return undefined;
  const forms = vocabulary.values;
  const word = forms.unitWord(shown);
  if (word) return word === 'percent' ? { kind: word, text: shown, unit: '%' } : { kind: word, text: shown };
  if (vocabulary.isPercentWord(shown)) return { kind: 'percent', text: shown, unit: '%' };
  const per = forms.perUnit(shown);
  if (per) return { kind: 'per', text: shown, unit: per };
  const grade = gradeScaleOf(shown, vocabulary);
  if (grade) return { kind: 'grade', text: shown, grade };
  const scale = scaleOf(shown, vocabulary);
  if (scale) return { kind: scale.currency ? 'currency' : 'count', text: shown, scale: scale.factor };
  if (vocabulary.isUnit(shown)) return { kind: 'unit', text: shown, unit: shown };
  return undefined;
}

/** What the table, row and column around a value say about it. */
export interface ValueContext {
  /** The row's Eenheid cell, read. */
  unit?: UnitReading;
  /** The scale the value stands under: the column header's, else the Eenheid cell's, the name's, the table label's; 1 without one. */
  factor: number;
  /** The grade scale: from the cell's annotations, else the name, else the Eenheid cell. */
  grade?: GradeScale;
}

/** The Eenheid cell of a row: the cell in a column with the `unit` role. */
export function unitCell(row: IndicatorRow): ValueCell | undefined {
  return row.cells.find((c) => c.column?.role === 'unit');
}

/** The context of a value cell (or of a row, without `cell`). */
export function valueContext(table: IndicatorTable, row: IndicatorRow, cell: ValueCell | undefined, vocabulary: Vocabulary): ValueContext {
  const eenheid = unitCell(row);
  const unit = eenheid ? unitOf(eenheid.raw, vocabulary) : undefined;
  const header = cell?.column ? scaleOf(cell.column.header, vocabulary) : undefined;
  const factor =
    header?.factor ?? unit?.scale ?? scaleOf(row.name.plain, vocabulary)?.factor ?? scaleOf(table.label.raw, vocabulary)?.factor ?? 1;
  const fromAnnotation = cell?.value.annotations.map((a) => gradeScaleOf(a.text, vocabulary)).find((g) => g !== undefined);
  const grade = fromAnnotation ?? gradeScaleOf(row.name.plain, vocabulary) ?? unit?.grade;
  const context: ValueContext = { factor };
  if (unit) context.unit = unit;
  if (grade) context.grade = grade;
  return context;
}

/** The year a value was measured: written first (`2016: 7,2`) or as an annotation (`58,1 (2016)`). */
export function measurementYear(value: CellValue, vocabulary: Vocabulary): number | undefined {
  const main = value.main;
  if ((main.type === 'quantity' || main.type === 'range' || main.type === 'ratio') && main.measuredIn !== undefined) {
    return main.measuredIn;
  }
  if (!vocabulary.values.allows('measurement-year') || main.type === 'empty') return undefined;
  const year = value.annotations.find((a) => YEAR.test(a.text) && isYear(Number(a.text)));
  return year ? Number(year.text) : undefined;
}
