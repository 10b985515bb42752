/**
 * Reconstructs an indicator table from flattened text: the label (`Prestatie-indicatoren`), the
 * column headers however they are split over lines (`Beoogd` / blank / ` 2018`), then rows of an
 * indicator line followed by one value per column, where a value may run over several lines
 * (`57%` / `(uitdraai op` / `27-2-19)`, markers such as `(V)` on a line of their own).
 */
import type { ColumnRole } from '../service/model.js';
import { parseCellValue } from '../service/cell-value.js';
import type { Vocabulary } from '../service/vocabulary.js';
import { gfmTable } from './gfm-table.js';
import { normaliseSpace, type SourceLine } from './source-lines.js';

export interface ImportedColumn {
  /** The header as it will be written: `Behaald 2017`, or the bare word when no year followed. */
  header: string;
  role?: ColumnRole;
  year?: number;
}

export interface ImportedRow {
  /** The indicator with its markers: `% bewoners … (I)`. */
  name: string;
  /** One value per column, each on one line: `- (71% over Q3 t/m Q4) (V)`. */
  values: string[];
  /** Input line of the indicator. */
  line: number;
}

export interface ImportedIndicatorTable {
  label: string;
  columns: ImportedColumn[];
  rows: ImportedRow[];
  /** Input line of the label. */
  line: number;
  /** Index of the first line after the table. */
  end: number;
}

/** What the table reader needs from the importer around it. */
export interface TableContext {
  vocabulary: Vocabulary;
  /** Lines that end a table whatever follows: headings, footnote definitions, footers, another table. */
  isBoundary(line: SourceLine): boolean;
  problem(line: number, nl: string, en: string): void;
}

/** Values that say there is no value, written in words; they count as values in a row. */
const NO_VALUE = /^(?:n\.?v\.?t\.?|n\.?b\.?|p\.?m\.?|onbekend)$/i;
/** Lines an open parenthesis may run over before the value is given up as unclosed. */
const MAX_OPEN_LINES = 3;

/**
 * True when a line starts a cell value: a dash, a trend word, a quantity (also a near miss such as
 * `68 %` that value-format will flag), optionally followed by annotations and markers.
 */
export function isValueStart(text: string, vocabulary: Vocabulary): boolean {
  if (NO_VALUE.test(text)) return true;
  const main = parseCellValue(text, 0, vocabulary).main;
  switch (main.type) {
    case 'dash':
    case 'trend':
    case 'quantity':
      return true;
    case 'invalid':
      return main.reason !== 'unrecognised' && main.reason !== 'unknown-unit';
    default:
      return false;
  }
}

type HeaderToken = { word: string; role: ColumnRole } | { year: number };

/** The column-header tokens of a line (`Behaald`, `2018`, `Beoogd 2019`), or undefined when it holds anything else. */
export function headerTokens(text: string, vocabulary: Vocabulary): HeaderToken[] | undefined {
  const parts = text.split(' ').filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  const tokens: HeaderToken[] = [];
  for (const part of parts) {
    const role = vocabulary.columnRole(part);
    // Descriptive columns (Bron, Nr) are no part of the Groningen header: other readers take them.
    if (role && !vocabulary.isDescriptive(role)) tokens.push({ word: part, role });
    else if (/^\d{4}$/.test(part)) tokens.push({ year: Number(part) });
    else return undefined;
  }
  return tokens;
}

/**
 * The indicator label a line starts with (`Prestatie-indicatoren`, `Indicatoren`, …) and the rest
 * of the line, which may carry column headers when they were copied onto the same line.
 */
export function indicatorLabelOf(text: string, vocabulary: Vocabulary): { label: string; rest: string } | undefined {
  const line = text.replace(/\s*:$/, '');
  if (vocabulary.isIndicatorLabel(line)) return { label: line, rest: '' };
  const labels = [...vocabulary.data.indicatorLabels].sort((a, b) => b.length - a.length);
  for (const label of labels) {
    if (line.length <= label.length || line[label.length] !== ' ') continue;
    const head = line.slice(0, label.length);
    if (!vocabulary.isIndicatorLabel(head)) continue;
    const rest = line.slice(label.length + 1);
    if (headerTokens(rest, vocabulary)) return { label: head, rest };
  }
  return undefined;
}

/** Net parentheses opened by a text. */
function parenDepth(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
  }
  return depth;
}

function skipBlank(lines: SourceLine[], i: number): number {
  while (i < lines.length && lines[i].blank) i++;
  return i;
}

/**
 * Reads the indicator table whose label is on line `start`. Returns undefined (after reporting
 * why) when no column headers follow the label: the lines are then kept as prose.
 */
export function readIndicatorTable(lines: SourceLine[], start: number, ctx: TableContext): ImportedIndicatorTable | undefined {
  const { vocabulary } = ctx;
  const labelLine = lines[start];
  const found = indicatorLabelOf(labelLine.text, vocabulary);
  if (!found) return undefined;

  // Column headers: whole lines of column words and years, paired word → year in reading order.
  const columns: ImportedColumn[] = [];
  let pending: { word: string; role: ColumnRole; line: number } | undefined;
  const closePending = () => {
    if (!pending) return;
    columns.push({ header: pending.word, role: pending.role });
    ctx.problem(
      pending.line,
      `De kolomkop "${pending.word}" heeft geen jaartal.`,
      `The column header "${pending.word}" has no year.`,
    );
    pending = undefined;
  };
  /** Takes a line's tokens when they continue the headers; false (nothing taken) when they do not. */
  const takeHeaderLine = (text: string, lineNumber: number): boolean => {
    const tokens = headerTokens(text, vocabulary);
    if (!tokens) return false;
    // A year with no word before it is no header: it is a value (or a time series we do not read).
    let open = pending !== undefined;
    for (const token of tokens) {
      if ('year' in token) {
        if (!open) return false;
        open = false;
      } else {
        open = true;
      }
    }
    for (const token of tokens) {
      if ('year' in token) {
        const word = pending as { word: string; role: ColumnRole };
        columns.push({ header: `${word.word} ${token.year}`, role: word.role, year: token.year });
        pending = undefined;
      } else {
        closePending();
        pending = { word: token.word, role: token.role, line: lineNumber };
      }
    }
    return true;
  };
  if (found.rest !== '') takeHeaderLine(found.rest, labelLine.number);
  let i = start + 1;
  for (;;) {
    const j = skipBlank(lines, i);
    if (j >= lines.length || !takeHeaderLine(lines[j].text, lines[j].number)) break;
    i = j + 1;
  }
  closePending();
  if (columns.length === 0) {
    ctx.problem(
      labelLine.number,
      `Na "${found.label}" volgen geen kolomkoppen (Behaald of Beoogd met een jaartal); de regels zijn als tekst overgenomen.`,
      `"${found.label}" is not followed by column headers (Behaald or Beoogd with a year); the lines were kept as text.`,
    );
    return undefined;
  }

  const n = columns.length;
  const rows: ImportedRow[] = [];
  const valueAt = (j: number) => j < lines.length && isValueStart(lines[j].text, vocabulary);
  for (;;) {
    const j = skipBlank(lines, i);
    if (j >= lines.length) break;
    if (valueAt(j)) {
      // A value where an indicator was expected: one value too many for the previous row.
      const previous = rows[rows.length - 1];
      if (!previous) break;
      const value = readValue(lines, j, ctx);
      previous.values.push(value.text);
      ctx.problem(
        lines[j].number,
        `De indicator "${short(previous.name)}" heeft meer waarden dan de tabel kolommen heeft (${n}); deze waarde is als extra cel opgenomen.`,
        `The indicator "${short(previous.name)}" has more values than the table has columns (${n}); this value was added as an extra cell.`,
      );
      i = value.end;
      continue;
    }
    if (ctx.isBoundary(lines[j])) break;
    // The indicator: consecutive lines up to a blank line or a value (names wrapped by a PDF copy).
    let k = j;
    const nameParts: string[] = [];
    while (k < lines.length && !lines[k].blank && !valueAt(k) && !ctx.isBoundary(lines[k])) nameParts.push(lines[k++].text);
    // Not followed by a value: no row, the table ends here.
    if (!valueAt(skipBlank(lines, k))) break;
    const row: ImportedRow = { name: nameParts.join(' '), values: [], line: lines[j].number };
    while (row.values.length < n) {
      const v = skipBlank(lines, k);
      if (!valueAt(v)) break;
      const value = readValue(lines, v, ctx);
      row.values.push(value.text);
      k = value.end;
    }
    if (row.values.length < n) {
      ctx.problem(
        row.line,
        `De indicator "${short(row.name)}" heeft ${count(row.values.length, 'waarde', 'waarden')}, de tabel heeft ${n} kolommen.`,
        `The indicator "${short(row.name)}" has ${count(row.values.length, 'value', 'values')}, the table has ${n} columns.`,
      );
    }
    rows.push(row);
    i = k;
  }
  return { label: found.label, columns, rows, line: labelLine.number, end: i };
}

/**
 * One cell value starting at line `at`: the main value, then lines that continue it, joined on one
 * line: an annotation left open (`(71% over` / `Q3 t/m Q4)`, blank lines inside it included), a line
 * of annotations or markers only (`(8.867 pers)`, `(V)`), or asterisks.
 */
function readValue(lines: SourceLine[], at: number, ctx: TableContext): { text: string; end: number } {
  const pieces = [lines[at].text];
  let depth = parenDepth(lines[at].text);
  let i = at + 1;
  let openLines = 0;
  for (;;) {
    const j = skipBlank(lines, i);
    if (depth > 0) {
      if (j >= lines.length || openLines >= MAX_OPEN_LINES || ctx.isBoundary(lines[j])) {
        ctx.problem(
          lines[at].number,
          'Een toelichting tussen haakjes in deze waarde wordt niet gesloten.',
          'A note in parentheses in this value is not closed.',
        );
        break;
      }
      pieces.push(lines[j].text);
      depth = parenDepth(pieces.join(' '));
      openLines++;
      i = j + 1;
      continue;
    }
    if (j < lines.length && continuesValue(lines[j].text, ctx.vocabulary)) {
      pieces.push(lines[j].text);
      depth = parenDepth(pieces.join(' '));
      i = j + 1;
      continue;
    }
    break;
  }
  return { text: normaliseSpace(pieces.join(' ')), end: i };
}

/** A line that can only continue the value before it: annotations and markers alone, or an opened annotation. */
function continuesValue(text: string, vocabulary: Vocabulary): boolean {
  if (/^(?:\\?\*)+$/.test(text)) return true;
  if (!text.startsWith('(')) return false;
  if (parenDepth(text) > 0) return true;
  const value = parseCellValue(text, 0, vocabulary);
  return value.main.type === 'empty' && !value.trailing;
}

/** Writes the table in the dialect: the label as the first header cell, one row per indicator. */
export function renderIndicatorTable(table: ImportedIndicatorTable): string {
  return gfmTable(
    [table.label, ...table.columns.map((c) => c.header)],
    table.rows.map((r) => [r.name, ...r.values]),
  );
}

function short(name: string): string {
  return name.length > 60 ? name.slice(0, 57).trimEnd() + '…' : name;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
