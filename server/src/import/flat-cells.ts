/**
 * What a cell of a flattened table looks like, before it is known which column it belongs to:
 * a value (`68%`, `6- 6,5*`, `n.n.b.`, `2019: € 248`), a row number (`1.`, `4a`, `13.01`,
 * `E1.2.1`), a label line (`Bron:`), a column header. These are shapes of published text, used to
 * find row and table boundaries; what a value means is left to the linter.
 */
import type { Vocabulary } from '../service/vocabulary.js';
import { isValueStart } from './indicator-table.js';

/** Starts like a number: a comparator, a euro sign, a dash before a digit, or a digit (`6- 6,5*`, `2017: 174 kg`, `104 tov 134`). */
const NUMERIC_START = /^(?:[<>≥≤]=?\s?)?(?:€\s?)?[-–−+]?\d/u;
/**
 * Starts with a number but is no value: a taakveld or goal code (`1.2 ondersteuning`, `1.4. jeugdhulp`),
 * a numbered item (`1. Bron: …`), a word with a digit (`0-Waarde`).
 */
const NUMBERED_TEXT = /^(?:\d{1,2}(?:\.\d{1,2})+\.?\s+\p{L}|\d{1,2}[.)]\s+\p{L}|\d+-\p{L})/u;
/**
 * Placeholders and symbols that stand for a value in the published tables: `-`, `.`, `#`, `*`,
 * `+`, `0/+`, `n.n.b.`, `n.b.*`, `nb`, `n.v.t.`, `J`/`N`, `Ja`/`nee`.
 */
const PLACEHOLDER = /^(?:[-–.#*?+]+|0\/\+|\+\/0|n\.?\s?n\.?\s?b\.?|n\.?\s?b\.?|n\.?\s?v\.?\s?t\.?|p\.?\s?m\.?|onbekend|j|n|ja|nee)\**$/iu;
/** A labelled value: `Jongeren: 7,3`, `Wmo: 7,8`. */
const LABELLED_VALUE = /^\p{L}[\p{L} ]{0,24}:\s*[<>]?\s*\d/u;

/** Whether a cell's text has the shape of a value rather than of a name or a sentence. */
export function looksLikeValue(text: string, vocabulary: Vocabulary): boolean {
  const t = text.trim();
  if (t === '') return false;
  return (
    (NUMERIC_START.test(t) && !NUMBERED_TEXT.test(t)) ||
    PLACEHOLDER.test(t) ||
    LABELLED_VALUE.test(t) ||
    vocabulary.trend(t) !== undefined ||
    isValueStart(t, vocabulary)
  );
}

/** A row number of its own: `1`, `1.`, `4a`, `0.1`, `13.01`, `A.`, `E1.2.1`. */
const ROW_ID = /^(?:[A-Z]?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?\.?|[A-Z]\.)$/u;

/** A parsed row number: its shape (ids of one table share it) and its parts for ordering. */
export interface RowId {
  shape: 'letter' | 'number' | 'prefixed';
  parts: (number | string)[];
}

/** The row number a cell is, if it is one. */
export function rowIdOf(text: string): RowId | undefined {
  const t = text.trim();
  if (!ROW_ID.test(t)) return undefined;
  const letter = /^([A-Z])\.$/.exec(t);
  if (letter) return { shape: 'letter', parts: [letter[1]] };
  const prefixed = /^[A-Z]/.test(t);
  const parts: (number | string)[] = [];
  for (const m of t.replace(/^[A-Z]/, '').replace(/\.$/, '').matchAll(/(\d+)|([a-z])/g)) {
    parts.push(m[1] !== undefined ? Number(m[1]) : m[2]);
  }
  return { shape: prefixed ? 'prefixed' : 'number', parts };
}

/** Whether `next` can follow `current` in a table's numbering (`3a` → `3b`, `4`, `4a`; `6.` → `8.`). */
export function followsId(current: RowId, next: RowId): boolean {
  if (current.shape !== next.shape) return false;
  const n = Math.max(current.parts.length, next.parts.length);
  for (let i = 0; i < n; i++) {
    const a = current.parts[i];
    const b = next.parts[i];
    if (a === b) continue;
    if (a === undefined) return true;
    if (b === undefined) return false;
    if (typeof a === 'number' && typeof b === 'number') return b > a;
    if (typeof a === 'string' && typeof b === 'string') return b > a;
    return false;
  }
  return false;
}

/** A label line of a per-indicator block: `Bron:`, `Toelichting:`, `Eenheid:`. */
export function isLabelLine(text: string): boolean {
  return /^\p{L}[\p{L} /&-]{0,23}:$/u.test(text.trim());
}

/** A bare year as a column header: `2017`. */
export function isBareYear(text: string): boolean {
  return /^(?:19|20)\d{2}$/.test(text.trim());
}

/**
 * A header naming a year in words the vocabulary may not know: `2017 Gemeenten`, `Actuele
 * begroting 2022`, `meting begroting 2017`. Besides the year, only words.
 */
export function isDatedHeader(text: string): boolean {
  const t = text.trim();
  const year = /(?:^|\s)((?:19|20)\d{2})(?:\s|$)/.exec(t);
  if (!year) return false;
  const rest = (t.slice(0, year.index) + ' ' + t.slice(year.index + year[0].length)).trim();
  return rest !== '' && /^[\p{L}][\p{L} .\-/]*$/u.test(rest) && rest.split(/\s+/).length <= 4;
}

/** The number of words of a text. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}
