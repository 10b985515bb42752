/**
 * Tables whose cells were glued together without a separator (Maassluis, Helmond):
 * `IndicatorNulmetingR2016B2017R2017StatusBron/Frequentie`, `Weerstandsratio2,82,9>12,9Naris, doorlopend`.
 * The header splits where a word or year starts glued to the one before. A row splits into its
 * number, its name, its values and a closing text when that split is certain; a row whose split
 * is not (`…perspectiefneeJaJaJa…`, glued whole numbers `703729742750`) is kept as one cell and reported.
 */
import type { Vocabulary } from '../service/vocabulary.js';
import type { FlatRow, FlatTable } from './flat-table.js';
import { placeShortRow, shortName } from './flat-table.js';
import { analyseHeader, type PendingProblem } from './header-analysis.js';
import type { SourceLine } from './source-lines.js';

/** Splits glued header text: before a capital after a lower-case letter, dot, `)` or digit; around glued years. */
export function splitGluedHeader(text: string): string[] {
  const marked = text
    // `indicatoren2011`: a year glued to a word (not `R2016`, a letter abbreviation with its year).
    .replace(/(\p{Ll})((?:19|20)\d{2})/gu, '$1\u0000$2')
    // `20112012`: years glued to each other.
    .replace(/((?:19|20)\d{2})(?=(?:19|20)\d{2})/g, '$1\u0000')
    // `NulmetingR2016`, `Nr.Strategische`, `2017Meting`, `R2016B2017`.
    .replace(/([\p{Ll}.)\d])(?=\p{Lu})/gu, '$1\u0000');
  return marked.split('\u0000').map((p) => p.trim()).filter((p) => p !== '');
}

/** Whether a line is a glued header: at least four parts, two with a year, split in at least three places. */
export function isGluedHeader(text: string): boolean {
  if (text.includes('|') || text.includes('\t')) return false;
  const parts = splitGluedHeader(text);
  return parts.length >= 4 && parts.filter((p) => /(?:19|20)\d{2}/.test(p)).length >= 2;
}

const ID = /^(\d{1,3}(?:\.\d{1,3})+)(?=\p{Lu})/u;
/** One value of a glued row: a comparator, a number, `%`. */
const VALUE = /^(?:[<>≥≤]\s?)?\d+(?:\.\d{3})*(?:,\d+)?(?:\s?%)?/u;

/** A glued row split into its parts, or undefined when the split is not certain. */
function splitGluedRow(text: string): { id?: string; name: string; values: string[]; rest?: string } | undefined {
  let at = 0;
  let id: string | undefined;
  const m = ID.exec(text);
  if (m) {
    id = m[1];
    at = m[1].length;
  }
  // The name ends where a value starts glued to it: a digit or comparator right after a letter or `)`.
  const start = /(?<=[\p{L})])(?=\d|[<>≥≤]\s?\d)|(?<=\s)(?=[<>≥≤]\s?\d)/u;
  const rest = text.slice(at);
  const s = start.exec(rest);
  if (!s) {
    // No values: the name and a closing text glued after `)` (`Overhead (%)Financiën`).
    const closing = /^(.*\))(\p{Lu}.*)$/u.exec(rest);
    if (!closing) return undefined;
    return { ...(id ? { id } : {}), name: closing[1].trim(), values: [], rest: closing[2].trim() };
  }
  const name = rest.slice(0, s.index).trim();
  let tail = rest.slice(s.index);
  const values: string[] = [];
  for (;;) {
    const v = VALUE.exec(tail);
    if (!v) break;
    tail = tail.slice(v[0].length);
    // Where one glued value ends is certain only after `%` or before a comparator; whole numbers
    // glued to each other (`703729742750`, `2,82,9`) cannot be told apart.
    if (/^\d{5,}$/.test(v[0])) return undefined;
    if (tail.startsWith(',') || (/^\d/.test(tail) && !v[0].endsWith('%'))) return undefined;
    values.push(v[0].trim());
  }
  const closing = tail.trim();
  if (closing !== '' && !/^\p{L}/u.test(closing)) return undefined;
  // A word glued to the end of the name may be a value (`bezuinigingennb`): only letters that are a word end are certain.
  if (/\p{Ll}(?:nb|nee|ja)$/u.test(name)) return undefined;
  return { ...(id ? { id } : {}), name, values, ...(closing !== '' ? { rest: closing } : {}) };
}

/** A line that belongs to a glued table: glued parts, not a numbered heading or a one-word line. */
function isGluedRow(text: string): boolean {
  if (/^\d+(?:\.\d+)*\.?\s/.test(text) || !/\S\S/.test(text)) return false;
  return ID.test(text) || /[\p{L})%][<>≥≤]?\d|\p{Ll}\p{Lu}|\)\p{Lu}|%\p{Lu}/u.test(text);
}

/** Reads the glued table whose header is line `start`. */
export function readGluedTable(lines: SourceLine[], start: number, vocabulary: Vocabulary): FlatTable {
  const headerLine = lines[start];
  const cells = splitGluedHeader(headerLine.text).map((text) => ({ text, line: headerLine.number }));
  const analysis = analyseHeader(cells, vocabulary);
  const header = [...analysis.header];
  const nameIndex = analysis.nameIndex ?? 0;
  // Rows numbered in a column of their own (`Nr.`), or numbers glued to the name when there is none.
  const numbered = analysis.kinds[0] === 'number' && nameIndex === 1;
  const problems: PendingProblem[] = [...analysis.problems];
  const rows: FlatRow[] = [];
  let i = start + 1;
  while (i < lines.length && !lines[i].blank && !isGluedHeader(lines[i].text) && isGluedRow(lines[i].text)) {
    const line = lines[i];
    const split = splitGluedRow(line.text);
    if (!split) {
      rows.push({ cells: [line.text], line: line.number });
      problems.push({
        line: line.number,
        nl: `In deze rij ("${shortName(line.text)}") staan de cellen aan elkaar zonder scheiding, en waar de ene cel ophoudt en de volgende begint is niet zeker; de regel staat als één cel in de tabel, met lege cellen erachter.`,
        en: `In this row ("${shortName(line.text)}") the cells are glued together, and where one cell ends and the next begins is not certain; the line is kept as one cell in the table, with empty cells after it.`,
      });
    } else {
      const front = numbered ? [split.id ?? ''] : [];
      const name = !numbered && split.id !== undefined ? `${split.id} ${split.name}` : split.name;
      const row: FlatRow = { cells: [...front, name, ...split.values, ...(split.rest !== undefined ? [split.rest] : [])], line: line.number };
      rows.push(row);
      const problem = row.cells.length < header.length ? placeShortRow(row, analysis.kinds, front.length, vocabulary) : undefined;
      if (problem) problems.push(problem);
    }
    i++;
  }
  // A row kept whole sits in the name column.
  for (const row of rows) if (row.cells.length === 1 && nameIndex > 0) row.cells = [...Array<string>(nameIndex).fill(''), row.cells[0]];
  return { header, nameIndex, rows, recognised: analysis.recognised,
      ...(analysis.unplaced ? { unplaced: analysis.unplaced } : {}), problems, line: headerLine.number, end: i };
}
