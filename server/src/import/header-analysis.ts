/**
 * Reads the header cells of a flattened table, whatever the flattening: pairs a column word with
 * the year that follows it (`Begroting` / `2019`), merges a role group written above bare years
 * (`Realisatie` / `Prognose/streefwaarden` over `2017 … 2023`) when it can tell which year is
 * under which group, finds the name column, and counts what the vocabulary recognises.
 */
import { fold, type Vocabulary } from '../service/vocabulary.js';
import { isBareYear, isDatedHeader, wordCount } from './flat-cells.js';
import { normaliseSpace } from './source-lines.js';

/** A header cell as copied, with its input line. */
export interface HeaderCell {
  text: string;
  line: number;
}

/** What a column holds: the indicator name, a row number, descriptive text (Bron, Eenheid) or values. */
export type ColumnKind = 'name' | 'number' | 'descriptive' | 'value';

/** How many header cells a vocabulary recognised: value columns (with a role) and the rest (labels, Bron …). */
export interface Recognised {
  roles: number;
  other: number;
}

/** A problem found while reading, with its input line (1-based). */
export interface PendingProblem {
  line: number;
  nl: string;
  en: string;
}

/** A header as read: its cells, what each column holds, and what could not be placed. */
export interface HeaderAnalysis {
  /** The header texts, in the order of the copy. */
  header: string[];
  /** The input line of each header. */
  lines: number[];
  kinds: ColumnKind[];
  /** The name column (label or corner cell); undefined when every header names values. */
  nameIndex?: number;
  recognised: Recognised;
  problems: PendingProblem[];
  /** Group headers that could not be placed over their years: kept, so no word of the copy is lost. */
  unplaced?: string[];
}

/** Whether a cell begins with a value column word of the vocabulary: `Realisatie cijfers`, `Streefcijfers`, `Prognose/streefwaarden`. */
export function isGroupWord(text: string, vocabulary: Vocabulary): boolean {
  const t = fold(text);
  if (t === '' || /\d/.test(t) || wordCount(t) > 3 || vocabulary.isIndicatorLabel(text)) return false;
  const reading = vocabulary.readHeader(text);
  if (reading?.role && reading.year === undefined) return !vocabulary.isDescriptive(reading.role);
  return vocabulary
    .allColumnWords()
    .some((word) => word.length >= 4 && t.startsWith(fold(word)) && !vocabulary.isDescriptive(vocabulary.columnRole(word)));
}

/** A column word without a year that a following bare year belongs to: `Begroting`, `Realisatie`, `Werkelijk`. */
function isYearlessWord(text: string, vocabulary: Vocabulary): boolean {
  if (vocabulary.isIndicatorLabel(text)) return false;
  const reading = vocabulary.readHeader(text);
  if (reading) return reading.role !== undefined && reading.year === undefined && !vocabulary.isDescriptive(reading.role);
  return /^\p{L}[\p{L}-]*\p{L}$/u.test(text);
}

/**
 * Analyses a header. `width`, when the body shows it, is the number of columns the rows have: the
 * surplus of header cells over it are group cells above the years.
 */
export function analyseHeader(cells: HeaderCell[], vocabulary: Vocabulary, width?: number): HeaderAnalysis {
  const problems: PendingProblem[] = [];
  let header = cells.map((c) => normaliseSpace(c.text));
  let lines = cells.map((c) => c.line);
  let groupRoles = 0;
  let unplacedGroups: string[] | undefined;

  // A role group above bare years.
  const group = findGroups(header, vocabulary, width);
  if (group) {
    const { start, years } = group;
    const words = header.slice(start, start + group.count);
    const yearTexts = header.slice(start + group.count, start + group.count + years);
    const yearLines = lines.slice(start + group.count, start + group.count + years);
    const values = yearTexts.map(Number);
    const breaks = values.flatMap((v, i) => (i > 0 && v <= values[i - 1] ? [i] : []));
    let merged: string[];
    let unplaced: string[] | undefined;
    if (breaks.length === words.length - 1 || words.length === values.length) {
      // Which years are under which group follows from the years themselves: a year that does not
      // follow the one before starts the next group (`2019 … 2023 | 2023`), or one year per group.
      const starts = words.length === values.length ? values.map((_, i) => i) : [0, ...breaks];
      merged = yearTexts.map((year, i) => {
        let g = 0;
        while (g + 1 < starts.length && starts[g + 1] <= i) g++;
        return `${words[g]} ${year}`;
      });
    } else {
      merged = yearTexts;
      unplaced = words;
      const list = quoteList(words, 'en');
      const listEn = quoteList(words, 'and');
      const range = `${yearTexts[0]}–${yearTexts[yearTexts.length - 1]}`;
      problems.push({
        line: lines[start],
        nl: `De kolomkoppen ${list} staan in de publicatie boven de jaren ${range}, maar in de kopie staat niet welke jaren onder welke kop vallen. De kolommen heten nu alleen naar hun jaar; zet de kop er zelf bij (bijvoorbeeld "${words[0]} ${yearTexts[0]}").`,
        en: `The column headers ${listEn} stand above the years ${range} in the publication, but the copy does not say which years fall under which header. The columns are now named by their year only; add the header yourself (for example "${words[0]} ${yearTexts[0]}").`,
      });
    }
    groupRoles = words.filter((w) => isGroupWord(w, vocabulary)).length;
    if (unplaced) unplacedGroups = unplaced;
    header = [...header.slice(0, start), ...merged, ...header.slice(start + group.count + years)];
    lines = [...lines.slice(0, start), ...yearLines, ...lines.slice(start + group.count + years)];
  }

  // A column word and its year in two cells (`Begroting` / `2019`), when no group is involved.
  if (!group) {
    for (let i = 0; i + 1 < header.length; i++) {
      if (isYearlessWord(header[i], vocabulary) && isBareYear(header[i + 1]) && !isBareYear(header[i + 2] ?? '')) {
        header.splice(i, 2, `${header[i]} ${header[i + 1]}`);
        lines.splice(i + 1, 1);
      }
    }
  }

  const kinds: ColumnKind[] = header.map((text) => {
    const reading = vocabulary.readHeader(text);
    if (reading?.role === 'number') return 'number';
    if (reading?.role && vocabulary.isDescriptive(reading.role)) return 'descriptive';
    return 'value';
  });
  let nameIndex: number | undefined = header.findIndex((text) => text !== '' && vocabulary.isIndicatorLabel(text));
  if (nameIndex === -1) {
    nameIndex = header.findIndex((text, i) => kinds[i] === 'value' && !namesValues(text, vocabulary));
    if (nameIndex === -1) nameIndex = undefined;
  }
  // A name column after value columns is no name column (`2016 | … | 2024` has none).
  if (nameIndex !== undefined && header.slice(0, nameIndex).some((text, i) => kinds[i] === 'value' && namesValues(text, vocabulary))) {
    nameIndex = undefined;
  }
  if (nameIndex !== undefined) kinds[nameIndex] = 'name';

  // Group words the vocabulary knows name values as much as a column word does.
  const recognised: Recognised = { roles: groupRoles, other: 0 };
  for (const text of header) {
    const reading = vocabulary.readHeader(text);
    if (reading?.role && !vocabulary.isDescriptive(reading.role)) recognised.roles++;
    else if (reading?.role || vocabulary.isIndicatorLabel(text)) recognised.other++;
  }
  return {
    header,
    lines,
    kinds,
    ...(nameIndex !== undefined ? { nameIndex } : {}),
    recognised,
    problems,
    ...(unplacedGroups ? { unplaced: unplacedGroups } : {}),
  };
}

/** Whether a header names a column of values: a column word, a year, or a group word. */
function namesValues(text: string, vocabulary: Vocabulary): boolean {
  if (text === '') return false;
  const reading = vocabulary.readHeader(text);
  if (reading?.role && !vocabulary.isDescriptive(reading.role)) return true;
  return isBareYear(text) || isDatedHeader(text) || /^\p{Lu}(?:19|20)\d{2}$/u.test(text) || isGroupWord(text, vocabulary);
}

/** Group cells directly before a run of bare years: where they start, how many, and how many years follow. */
function findGroups(
  header: string[],
  vocabulary: Vocabulary,
  width: number | undefined,
): { start: number; count: number; years: number } | undefined {
  for (let y0 = 0; y0 < header.length; y0++) {
    if (!isBareYear(header[y0]) || (y0 > 0 && isBareYear(header[y0 - 1]))) continue;
    let y1 = y0;
    while (y1 < header.length && isBareYear(header[y1])) y1++;
    // The word cells before the years: not a label, a descriptive column, a dated header or empty.
    let w0 = y0;
    while (w0 > 0) {
      const text = header[w0 - 1];
      const reading = vocabulary.readHeader(text);
      if (text === '' || vocabulary.isIndicatorLabel(text) || reading?.year !== undefined || isDatedHeader(text)) break;
      if (reading?.role && vocabulary.isDescriptive(reading.role)) break;
      w0--;
    }
    const available = y0 - w0;
    let count = 0;
    if (width !== undefined) {
      const surplus = header.length - width;
      if (surplus >= 1 && surplus <= available) count = surplus;
    } else {
      while (count < available && isGroupWord(header[y0 - count - 1], vocabulary)) count++;
      if (count < 2) count = 0;
    }
    if (count > 0 && y1 - y0 >= count) return { start: y0 - count, count, years: y1 - y0 };
  }
  return undefined;
}

/** `"a", "b" en "c"`. */
export function quoteList(items: string[], and: string): string {
  const q = items.map((i) => `"${i}"`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} ${and} ${q[q.length - 1]}`;
}
