/**
 * The context a value stands in: the scale a header, name or label states (`x 1.000`), grade
 * scales (`schaal 1-10`), the Eenheid cell, and all of these put together for one cell.
 */
import { maskBreaks } from './cell-breaks.js';
import type { IndicatorRow, IndicatorTable, ValueCell } from './model.js';
import type { Currency } from './value-model.js';
import { parseDutchNumber, scaled } from './value-number.js';
import type { UnitWordKind } from './value-vocabulary.js';
import type { Vocabulary } from './vocabulary.js';

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
