/**
 * Tables flattened to one line per row with spaces between the cells (Breda):
 * `leeg Realisatie 2017 Realisatie 2018 … Streefwaarde 2021` then `42 43 Zie toelichting`.
 * The header splits into a column word and its year each; the values line into values, with the
 * words between them as one cell. Empty cells leave no trace, so a short row is reported.
 */
import type { Vocabulary } from '../service/vocabulary.js';
import { isBareYear, looksLikeValue } from './flat-cells.js';
import { type FlatRow, type FlatTable, placeShortRow } from './flat-table.js';
import { analyseHeader } from './header-analysis.js';
import type { SourceLine } from './source-lines.js';

/** The header cells of a spaced header line (an optional corner word, then word + year pairs), or undefined. */
export function spacedHeader(text: string, vocabulary: Vocabulary): string[] | undefined {
  if (text.includes('|') || vocabulary.isIndicatorLabel(text.split(' ')[0] ?? '')) return undefined;
  const tokens = text.split(' ').filter((t) => t !== '');
  const cells: string[] = [];
  let i = 0;
  // A corner cell: one word that is no column word (`leeg`).
  if (tokens.length > 0 && !vocabulary.columnRole(tokens[0]) && !isBareYear(tokens[0]) && tokens[1] !== undefined && !isBareYear(tokens[1])) {
    cells.push(tokens[0]);
    i = 1;
  }
  let pairs = 0;
  let known = 0;
  while (i + 1 < tokens.length) {
    const word = tokens[i];
    if (!/^\p{L}[\p{L}-]*$/u.test(word) || !isBareYear(tokens[i + 1])) return undefined;
    if (vocabulary.columnRole(word)) known++;
    cells.push(`${word} ${tokens[i + 1]}`);
    pairs++;
    i += 2;
  }
  if (i !== tokens.length) return undefined;
  // Column words of the vocabulary, or at least three capitalised words each with a year.
  if (pairs < 2 || (known < 2 && !(pairs >= 3 && cells.slice(-pairs).every((c) => /^\p{Lu}/u.test(c))))) return undefined;
  return cells;
}

/** The cells of a values line: each value alone, the words between values together (`Zie toelichting`). */
function valueCells(text: string, vocabulary: Vocabulary): string[] {
  const cells: string[] = [];
  let words: string[] = [];
  for (const token of text.split(' ').filter((t) => t !== '')) {
    if (looksLikeValue(token, vocabulary) && words.length === 0) {
      cells.push(token);
    } else if (looksLikeValue(token, vocabulary)) {
      cells.push(words.join(' '), token);
      words = [];
    } else {
      words.push(token);
    }
  }
  if (words.length > 0) cells.push(words.join(' '));
  return cells;
}

/** Whether a spaced table starts at line `i`: a spaced header and a short line of values under it. */
export function startsSpacedTable(lines: SourceLine[], i: number, vocabulary: Vocabulary): boolean {
  const next = lines[i + 1];
  return spacedHeader(lines[i].text, vocabulary) !== undefined && next !== undefined && !next.blank && next.text.length <= 120 && !next.text.includes('|');
}

/** Reads the spaced table at line `i`: the header and its one row of values. */
export function readSpacedTable(lines: SourceLine[], i: number, vocabulary: Vocabulary): FlatTable {
  const cells = (spacedHeader(lines[i].text, vocabulary) ?? []).map((text) => ({ text, line: lines[i].number }));
  const analysis = analyseHeader(cells, vocabulary);
  const header = [...analysis.header];
  let nameIndex = analysis.nameIndex;
  const kinds = [...analysis.kinds];
  if (nameIndex === undefined) {
    header.unshift('');
    kinds.unshift('name');
    nameIndex = 0;
  }
  const valuesLine = lines[i + 1];
  const row: FlatRow = { cells: ['', ...valueCells(valuesLine.text, vocabulary)], line: valuesLine.number };
  const problems = [...analysis.problems];
  const problem = row.cells.length < header.length ? placeShortRow(row, kinds, 0, vocabulary) : undefined;
  if (problem) problems.push(problem);
  return { header, nameIndex, rows: [row], recognised: analysis.recognised,
      ...(analysis.unplaced ? { unplaced: analysis.unplaced } : {}), problems, line: lines[i].number, end: i + 2 };
}
