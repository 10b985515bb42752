/**
 * Tables flattened to pipe rows: `a | b |` without a leading pipe, `---|---|` after the header,
 * runs of empty cells `| |||`, rows of different widths, spacer rows `|`. Unlike the cell-per-line
 * flattening, the cells keep their places, so rows can be aligned. A header may have two levels:
 * a title row (`% scheiding huishoudelijk afval | |||||`) and a group row (`Realisatie cijfers |
 * Streefcijfers`) above the years, or a row of years under the header (`2021 | 2022 | 2024 | 2027`).
 * A "table" of one column is a text box of the website: it becomes prose.
 */
import type { Vocabulary } from '../service/vocabulary.js';
import { isBareYear, isLabelLine, looksLikeValue, rowIdOf } from './flat-cells.js';
import type { FlatRow, FlatTable } from './flat-table.js';
import { analyseHeader, type HeaderCell, type PendingProblem } from './header-analysis.js';
import { normaliseSpace, type SourceLine } from './source-lines.js';

const DELIMITER = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;

/** A line of a pipe table: it ends with a pipe, or it is a delimiter row. */
export function isPipeLine(text: string): boolean {
  return DELIMITER.test(text) || /(?<!\\)\|\s*$/.test(text);
}

/** Whether a pipe table starts at line `i`: a pipe line followed by another one. */
export function startsPipeTable(lines: SourceLine[], i: number): boolean {
  return !lines[i].blank && isPipeLine(lines[i].text) && i + 1 < lines.length && !lines[i + 1].blank && isPipeLine(lines[i + 1].text);
}

interface PipeRow {
  cells: string[];
  line: number;
  delimiter: boolean;
}

/** What a run of pipe lines holds, in order: tables and text boxes. */
export type PipeItem = { table: FlatTable } | { prose: string[]; line: number };

function splitCells(raw: string): string[] {
  const text = raw.trim();
  const parts = text.split(/(?<!\\)\|/).map((p) => normaliseSpace(p));
  if (text.endsWith('|') && !text.endsWith('\\|')) parts.pop();
  if (text.startsWith('|')) parts.shift();
  return parts;
}

const nonEmpty = (cells: string[]) => cells.filter((c) => c !== '');
const lastFilled = (cells: string[]) => {
  let i = cells.length;
  while (i > 0 && cells[i - 1] === '') i--;
  return i;
};

/**
 * Reads the pipe lines from `start`: lines ending in a pipe, delimiter rows, and a last line cut
 * off in the middle of a row (`Functiemenging - % | 52,4 (202`).
 */
export function readPipeLines(
  lines: SourceLine[],
  start: number,
  vocabulary: Vocabulary,
  numberWord: string,
): { items: PipeItem[]; end: number } {
  const rows: PipeRow[] = [];
  let i = start;
  while (i < lines.length && !lines[i].blank && (isPipeLine(lines[i].text) || (/(?<!\\)\|/.test(lines[i].text) && (i + 1 >= lines.length || lines[i + 1].blank)))) {
    const text = lines[i].text;
    const delimiter = DELIMITER.test(text);
    const cells = delimiter ? [] : splitCells(lines[i].raw);
    // Spacer rows (`|`, `||||`) separate rows on the website; they hold nothing.
    if (delimiter || nonEmpty(cells).length > 0) rows.push({ cells, line: lines[i].number, delimiter });
    i++;
  }
  return { items: splitTables(rows, vocabulary, numberWord, i), end: i };
}

/** Whether a row is a group row above a row of years: words only. */
function isGroupRow(row: PipeRow, below: PipeRow): boolean {
  const words = nonEmpty(row.cells);
  const years = nonEmpty(below.cells);
  return words.length >= 2 && words.length < years.length && words.every((w) => !/\d/.test(w)) && years.every(isBareYear);
}

/** A row with one cell, its first: the indicator written above its table. */
function isTitleRow(row: PipeRow, vocabulary: Vocabulary): boolean {
  const cells = nonEmpty(row.cells);
  return cells.length === 1 && row.cells[0] !== '' && !isLabelLine(cells[0]) && !looksLikeValue(cells[0], vocabulary);
}

function splitTables(rows: PipeRow[], vocabulary: Vocabulary, numberWord: string, end: number): PipeItem[] {
  // Each delimiter closes a header: the row before it, with a group row and a title row above.
  const starts: { at: number; header: number; group?: number; title?: number }[] = [];
  let floor = 0;
  for (let d = 0; d < rows.length; d++) {
    if (!rows[d].delimiter) continue;
    const h = d - 1;
    if (h < floor || rows[h].delimiter) {
      floor = d + 1;
      continue;
    }
    const entry: { at: number; header: number; group?: number; title?: number } = { at: h, header: h };
    if (h - 1 >= floor && !rows[h - 1].delimiter && isGroupRow(rows[h - 1], rows[h])) entry.group = entry.at = h - 1;
    if (entry.at - 1 >= floor && !rows[entry.at - 1].delimiter && isTitleRow(rows[entry.at - 1], vocabulary)) entry.title = entry.at = entry.at - 1;
    starts.push(entry);
    floor = d + 1;
  }
  const items: PipeItem[] = [];
  const firstStart = starts.length > 0 ? starts[0].at : rows.length;
  if (firstStart > 0) {
    // Rows before the first delimiter that no header claims: a table without a delimiter row.
    items.push(...tableOf(rows.slice(0, firstStart), { at: 0, header: 0 }, vocabulary, numberWord, endOf(rows, firstStart, end)));
  }
  for (let t = 0; t < starts.length; t++) {
    const s = starts[t];
    const to = t + 1 < starts.length ? starts[t + 1].at : rows.length;
    const shifted = { at: 0, header: s.header - s.at, ...(s.group !== undefined ? { group: s.group - s.at } : {}), ...(s.title !== undefined ? { title: 0 } : {}) };
    items.push(...tableOf(rows.slice(s.at, to), shifted, vocabulary, numberWord, endOf(rows, to, end)));
  }
  return items;
}

/** The line index after a table ending before row `to`: only the last table ends where the run ends. */
function endOf(rows: PipeRow[], to: number, end: number): number {
  return to >= rows.length ? end : rows[to].line - 1;
}

function tableOf(
  rows: PipeRow[],
  s: { at: number; header: number; group?: number; title?: number },
  vocabulary: Vocabulary,
  numberWord: string,
  end: number,
): PipeItem[] {
  const data = rows.filter((r) => !r.delimiter);
  const headerRow = rows[s.header];
  const body = rows.slice(s.header + 1).filter((r) => !r.delimiter);
  // A website text box: one cell per row.
  if (s.group === undefined && s.title === undefined && [headerRow, ...body].every((r) => lastFilled(r.cells) <= 1)) {
    return [{ prose: data.map((r) => nonEmpty(r.cells).join(' ')), line: data[0]?.line ?? 0 }];
  }
  const problems: PendingProblem[] = [];
  // A row of years straight under the header is its second level (`2021 | 2022 | 2024 | 2027`).
  let lower: PipeRow | undefined;
  if (s.group === undefined && body.length > 0 && isBareYear(body[0].cells[0] ?? '') && nonEmpty(body[0].cells).length >= 2 && nonEmpty(body[0].cells).every(isBareYear)) {
    lower = body.shift();
  }
  const width = Math.max(0, ...body.map((r) => r.cells.length));
  const cell = (text: string, line: number): HeaderCell => ({ text, line });
  let cells: HeaderCell[];
  let known: number | undefined;
  if (s.group !== undefined) {
    cells = [...nonEmpty(rows[s.group].cells).map((t) => cell(t, rows[s.group as number].line)), ...nonEmpty(headerRow.cells).map((t) => cell(t, headerRow.line))];
    known = width;
  } else if (lower) {
    const upper = headerRow;
    cells = [...nonEmpty(upper.cells).map((t) => cell(t, upper.line)), ...nonEmpty(lower.cells).map((t) => cell(t, (lower as PipeRow).line))];
    known = width;
  } else {
    cells = headerRow.cells.slice(0, Math.max(lastFilled(headerRow.cells), 1)).map((t) => cell(t, headerRow.line));
  }
  const analysis = analyseHeader(cells, vocabulary, known);
  problems.push(...analysis.problems);
  const header = [...analysis.header];
  let nameIndex = analysis.nameIndex;
  const title = s.title !== undefined ? nonEmpty(rows[s.title].cells)[0] : undefined;
  const items: PipeItem[] = [];
  let tableRows: FlatRow[] = body.map((r) => ({ cells: [...r.cells], line: r.line, pad: true }));

  if (nameIndex === undefined) {
    // No name column (`2019 | 2020 | …`): the title names the first row of values; a label row (`Bron: | …`) names itself.
    header.unshift('');
    nameIndex = 0;
    let named = false;
    tableRows = tableRows.map((r) => {
      if (isLabelLine(r.cells[0] ?? '')) return r;
      const name = !named && title !== undefined ? title : '';
      named = true;
      return { ...r, cells: [name, ...r.cells] };
    });
  } else {
    if (title !== undefined) items.push({ prose: [title], line: rows[s.title as number].line });
    // Rows that start with a number the header has no column for (`E1.2.1 | Reputatie … |`):
    // every value stands one column to the right of its header.
    const numbered = tableRows.filter((r) => nonEmpty(r.cells).length >= 2);
    const id = numbered.length > 0 && numbered.every((r) => rowIdOf(r.cells[0] ?? '') !== undefined) ? numbered[0].cells[0] : undefined;
    if (id !== undefined && nameIndex === 0 && !analysis.kinds.includes('number')) {
      header.unshift(numberWord);
      nameIndex = 1;
      problems.push({
        line: numbered[0].line,
        nl: `De rijen beginnen met een nummer (${id}) dat geen kolomkop heeft, waardoor elke waarde in de kopie een kolom rechts van haar kop staat; het nummer staat nu in een kolom "${numberWord}".`,
        en: `The rows start with a number (${id}) that has no column header, so every value stands one column to the right of its header in the copy; the number is now in a column "${numberWord}".`,
      });
    }
  }
  // Columns past the header that are empty in every row are the website's padding.
  let n = header.length;
  for (const r of tableRows) {
    const filled = lastFilled(r.cells);
    if (filled > n) {
      problems.push({
        line: r.line,
        nl: `Deze rij heeft ${filled} cellen, de kop heeft ${n} kolommen; de cellen na de laatste kolom zijn achteraan overgenomen.`,
        en: `This row has ${filled} cells, the header has ${n} columns; the cells after the last column were kept at the end.`,
      });
    }
    r.cells = r.cells.slice(0, Math.max(n, filled));
  }
  while (n > 1 && header[n - 1] === '' && tableRows.every((r) => (r.cells[n - 1] ?? '') === '')) {
    n--;
    header.pop();
    for (const r of tableRows) if (r.cells.length > n) r.cells.length = n;
  }
  items.push({
    table: {
      header,
      nameIndex,
      rows: tableRows,
      recognised: analysis.recognised,
      ...(analysis.unplaced ? { unplaced: analysis.unplaced } : {}),
      problems,
      line: rows[0].line,
      end,
    },
  });
  return items;
}
