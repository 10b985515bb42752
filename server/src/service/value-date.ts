/** Dates and years in cell values: `1-1-2020`, `1 januari 2020`, a year alone, the year a value was measured. */
import type { CellValue, MainValue } from './model.js';
import type { Span } from './positions.js';
import { notAllowed } from './value-number.js';
import type { Vocabulary } from './vocabulary.js';

const NUMERIC_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})$/u;
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const WORD_DATE = new RegExp(`^(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})$`, 'iu');
const YEAR = /^\d{4}$/u;

/** `1-1-2020`, `1 januari 2020`, and a year alone when years are values; undefined for anything else. */
export function readDate(main: string, span: Span, vocabulary: Vocabulary): MainValue | undefined {
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
export function isYear(year: number): boolean {
  return year >= 1900 && year <= 2100;
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
