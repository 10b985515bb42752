/**
 * table-columns: the value columns of an indicator table fit the layout of the chapter's kind and
 * year (rekening Y: `Behaald Y-1 | Beoogd Y | Behaald Y`; begroting Y: `Beoogd Y`, optionally
 * preceded by `Behaald Y-2` and/or `Beoogd Y-1`). Also reports pipe tables that Markdown does not
 * read as a table because the delimiter row is missing.
 */
import { msg, type Localized, type Report } from '../service/finding.js';
import type { ChapterDocument, Column, ColumnRole, IndicatorTable } from '../service/model.js';
import { parseMarkdown } from '../service/parse.js';
import type { Span } from '../service/positions.js';
import type { Rule } from '../service/rule.js';
import { maskBreaks } from '../service/value.js';
import type { Vocabulary } from '../service/vocabulary.js';

/** A column the layout asks for, with its absolute year. */
interface Slot {
  role: ColumnRole;
  year: number;
  optional: boolean;
}

/** One step of the alignment of the table's columns with the layout's slots. */
type Step = { op: 'pair'; column: Column; slot: Slot } | { op: 'surplus'; column: Column } | { op: 'skip'; slot: Slot };

/**
 * Alignment costs (integers, so ties are exact). A wrong year or role costs less than a surplus
 * plus a missing column, so a header in the right place is judged by that place; two swapped
 * columns cost more, so they come out as misplaced rather than as two wrong headers.
 */
const COST = {
  exact: 0,
  unknownSameYear: 1,
  wrongYear: 2,
  unknown: 2,
  wrongRole: 3,
  surplus: 2,
  missing: 2,
};

const BARE_YEAR = /^\d{4}$/;
const TRAILING_YEAR = /(?:^|\s)(\d{4})$/;

/** The table-columns rule (error). */
export const tableColumns: Rule = {
  id: 'table-columns',
  defaultSeverity: 'error',
  description: msg(
    'De kolomkoppen van een indicatorentabel passen bij soort en jaar van het document (rekening Y: Behaald Y-1 | Beoogd Y | Behaald Y).',
    'The column headers of an indicator table fit the kind and year of the document (rekening Y: Behaald Y-1 | Beoogd Y | Behaald Y).',
  ),
  check({ doc, vocabulary, report }) {
    for (const table of doc.tables) checkTable(doc, table, vocabulary, report);
    for (const span of doc.malformedTables ?? []) checkMalformed(doc, span, vocabulary, report);
  },
};

/** A header cell's text as shown: `<br>` and runs of whitespace become one space. */
function headerText(column: Column): string {
  return maskBreaks(column.cell.raw).replace(/\s+/g, ' ').trim();
}

function checkTable(
  doc: ChapterDocument,
  table: IndicatorTable,
  vocabulary: Vocabulary,
  report: (r: Report) => void,
): void {
  const { columns } = table;
  // Bare years (`2014 | 2015 | 2016`) make a time-series table, a table kind of its own.
  if (columns.length > 0 && columns.every((c) => BARE_YEAR.test(headerText(c)))) return;

  const kind = doc.kind;
  const year = doc.year;
  if (!kind || year === undefined) {
    for (const column of columns) if (!column.role) report(unknownHeader(doc, column, vocabulary, undefined));
    return;
  }

  const slots: Slot[] = vocabulary
    .layout(kind)
    .map((l) => ({ role: l.role, year: year + l.offset, optional: l.optional === true }));
  const word = (role: ColumnRole) => wordFor(table, role, vocabulary);
  const name = (slot: Slot) => `${word(slot.role)} ${slot.year}`;
  const layout = describeLayout(slots, name);
  const steps = align(columns, slots);

  const exact = (column: Column, slot: Slot) => column.role === slot.role && column.year === slot.year;
  const ownSlot = (column: Column) => slots.find((s) => exact(column, s));
  const exactlyPaired = new Set<Slot>();
  for (const step of steps) if (step.op === 'pair' && exact(step.column, step.slot)) exactlyPaired.add(step.slot);

  // Slots that are present somewhere, even out of place.
  const present = new Set<Slot>(exactlyPaired);
  const misplaced = new Set<Column>();
  for (const step of steps) {
    if (step.op === 'skip') continue;
    const own = ownSlot(step.column);
    if (!own || (step.op === 'pair' && step.slot === own)) continue;
    // A header of the layout in the wrong place: out of order, unless another column already
    // holds that place (then this is a duplicate, judged by the place it takes).
    if (!present.has(own)) {
      misplaced.add(step.column);
      present.add(own);
    }
  }

  const missing: Slot[] = [];
  for (const step of steps) {
    if (step.op === 'skip') {
      if (!step.slot.optional && !present.has(step.slot)) missing.push(step.slot);
      continue;
    }
    const { column } = step;
    if (misplaced.has(column)) {
      // The place this column took is free again.
      if (step.op === 'pair' && !step.slot.optional && !present.has(step.slot)) missing.push(step.slot);
      report({
        span: column.cell.span,
        message: msg(
          `De kolom '${headerText(column)}' staat op de verkeerde plaats. Volgorde in een ${kind} ${year}: ${layout.nl}.`,
          `The column '${headerText(column)}' is out of order. Order in a ${kind} ${year}: ${layout.en}.`,
        ),
      });
      continue;
    }
    if (step.op === 'surplus') {
      if (!column.role) {
        report(unknownHeader(doc, column, vocabulary, undefined));
      } else {
        const duplicate = ownSlot(column) !== undefined;
        report({
          span: column.cell.span,
          message: duplicate
            ? msg(
                `De kolom '${headerText(column)}' staat twee keer in de tabel.`,
                `The column '${headerText(column)}' appears twice in the table.`,
              )
            : msg(
                `De kolom '${headerText(column)}' hoort niet in een ${kind} ${year}. Kolommen: ${layout.nl}.`,
                `The column '${headerText(column)}' does not belong in a ${kind} ${year}. Columns: ${layout.en}.`,
              ),
        });
      }
      continue;
    }
    const { slot } = step;
    if (exact(column, slot)) continue;
    if (!column.role) {
      report(unknownHeader(doc, column, vocabulary, name(slot)));
    } else if (column.role === slot.role && column.yearSpan) {
      const expected = `${writtenWord(column, vocabulary) ?? word(slot.role)} ${slot.year}`;
      report({
        span: column.yearSpan,
        message: msg(
          `Verkeerd jaar in '${headerText(column)}': in een ${kind} ${year} is deze kolom '${expected}'.`,
          `Wrong year in '${headerText(column)}': in a ${kind} ${year} this column is '${expected}'.`,
        ),
        fixes: [
          {
            title: msg(`Jaar wijzigen in ${slot.year}`, `Change the year to ${slot.year}`),
            edits: [{ span: column.yearSpan, newText: String(slot.year) }],
          },
        ],
      });
    } else {
      report({
        span: column.cell.span,
        message: msg(
          `Verwacht hier de kolom '${name(slot)}', niet '${headerText(column)}'. Kolommen in een ${kind} ${year}: ${layout.nl}.`,
          `Expected the column '${name(slot)}' here, not '${headerText(column)}'. Columns in a ${kind} ${year}: ${layout.en}.`,
        ),
        fixes: [replaceHeader(column, name(slot))],
      });
    }
  }

  if (missing.length > 0) {
    missing.sort((a, b) => slots.indexOf(a) - slots.indexOf(b));
    const list = missing.map((s) => `'${name(s)}'`);
    const nl = list.length === 1 ? `De kolom ${list[0]} ontbreekt.` : `De kolommen ${joinList(list, 'en')} ontbreken.`;
    const en = list.length === 1 ? `The column ${list[0]} is missing.` : `The columns ${joinList(list, 'and')} are missing.`;
    report({
      span: table.headerSpan,
      message: msg(`${nl} Kolommen in een ${kind} ${year}: ${layout.nl}.`, `${en} Columns in a ${kind} ${year}: ${layout.en}.`),
    });
  }
}

/**
 * Aligns columns with slots at minimal cost (an edit distance): pairing a column with a slot,
 * leaving a column over (surplus) or a slot empty (missing, free when optional).
 */
function align(columns: Column[], slots: Slot[]): Step[] {
  const n = columns.length;
  const m = slots.length;
  // rest[i][j]: the cost of aligning columns[i..] with slots[j..].
  const rest: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const skipCost = (slot: Slot) => (slot.optional ? 0 : COST.missing);
  for (let i = n - 1; i >= 0; i--) rest[i][m] = rest[i + 1][m] + COST.surplus;
  for (let j = m - 1; j >= 0; j--) rest[n][j] = rest[n][j + 1] + skipCost(slots[j]);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      rest[i][j] = Math.min(
        rest[i + 1][j + 1] + pairCost(columns[i], slots[j]),
        rest[i][j + 1] + skipCost(slots[j]),
        rest[i + 1][j] + COST.surplus,
      );
    }
  }
  // Walk left to right; on ties prefer pairing, so a column is judged against the place it
  // stands in, and of two equal columns the later one is the surplus.
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && rest[i][j] === rest[i + 1][j + 1] + pairCost(columns[i], slots[j])) {
      steps.push({ op: 'pair', column: columns[i++], slot: slots[j++] });
    } else if (j < m && rest[i][j] === rest[i][j + 1] + skipCost(slots[j])) {
      steps.push({ op: 'skip', slot: slots[j++] });
    } else {
      steps.push({ op: 'surplus', column: columns[i++] });
    }
  }
  return steps;
}

function pairCost(column: Column, slot: Slot): number {
  if (!column.role) {
    const year = TRAILING_YEAR.exec(maskBreaks(column.cell.raw).trim());
    return year && Number(year[1]) === slot.year ? COST.unknownSameYear : COST.unknown;
  }
  if (column.role !== slot.role) return COST.wrongRole;
  return column.year === slot.year ? COST.exact : COST.wrongYear;
}

/** The column word the table itself uses for a role (so `Realisatie` tables get `Realisatie`). */
function wordFor(table: IndicatorTable, role: ColumnRole, vocabulary: Vocabulary): string {
  for (const column of table.columns) {
    if (column.role === role) {
      const word = writtenWord(column, vocabulary);
      if (word) return word;
    }
  }
  return vocabulary.columnWord(role);
}

function writtenWord(column: Column, vocabulary: Vocabulary): string | undefined {
  return vocabulary.columnPattern.exec(headerText(column))?.[1];
}

/** `'Behaald 2017 | Beoogd 2018 | Behaald 2018'`, noting optional columns. */
function describeLayout(slots: Slot[], name: (s: Slot) => string): Localized {
  const all = `'${slots.map(name).join(' | ')}'`;
  const optional = slots.filter((s) => s.optional).map((s) => `'${name(s)}'`);
  if (optional.length === 0) return msg(all, all);
  return msg(
    `${all} (${joinList(optional, 'en/of')} ${optional.length === 1 ? 'mag' : 'mogen'} ontbreken)`,
    `${all} (${joinList(optional, 'and/or')} may be left out)`,
  );
}

function joinList(items: string[], conjunction: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

function columnWords(vocabulary: Vocabulary): string {
  return [...vocabulary.data.columns.behaald, ...vocabulary.data.columns.beoogd].join(', ');
}

function replaceHeader(column: Column, newText: string) {
  return {
    title: msg(`Kolomkop wijzigen in '${newText}'`, `Change the header to '${newText}'`),
    edits: [{ span: column.cell.span, newText }],
  };
}

/** An unrecognised header: not `<column word> YYYY`. */
function unknownHeader(doc: ChapterDocument, column: Column, vocabulary: Vocabulary, expected: string | undefined): Report {
  const header = headerText(column);
  const empty = header === '';
  // An empty cell has no content to point at: point at its blanks (or its pipe when it has none).
  const blanks = blanksOf(doc.text, column);
  const span = !empty ? column.cell.span : blanks.start < blanks.end ? blanks : column.cell.outerSpan;
  const words = columnWords(vocabulary);
  const noYear = !empty && vocabulary.columnRole(header) !== undefined;
  const nl = empty
    ? 'Lege kolomkop.'
    : noYear
      ? `De kolomkop '${header}' mist een jaartal.`
      : `Onbekende kolomkop '${header}'.`;
  const en = empty ? 'Empty column header.' : noYear ? `The column header '${header}' lacks a year.` : `Unknown column header '${header}'.`;
  const result: Report = {
    span,
    message: expected
      ? msg(`${nl} Verwacht hier '${expected}'.`, `${en} Expected '${expected}' here.`)
      : msg(
          `${nl} Een kolomkop is een kolomwoord (${words}) met een jaartal, zoals '${vocabulary.columnWord('behaald')} 2018'.`,
          `${en} A column header is a column word (${words}) with a year, such as '${vocabulary.columnWord('behaald')} 2018'.`,
        ),
  };
  if (expected) {
    result.fixes = [
      empty ? { ...replaceHeader(column, expected), edits: [{ span: blanks, newText: ` ${expected} ` }] } : replaceHeader(column, expected),
    ];
  }
  return result;
}

/** The blanks between the pipes of an empty header cell (the cell's content span sits at their end). */
function blanksOf(text: string, column: Column): Span {
  const { outerSpan, span } = column.cell;
  const pipe = text[outerSpan.start] === '|' ? 1 : 0;
  return { start: Math.min(outerSpan.start + pipe, span.end), end: span.end };
}

/** Paragraphs that look like an indicator table but lack the delimiter row. */
function checkMalformed(doc: ChapterDocument, span: Span, vocabulary: Vocabulary, report: (r: Report) => void): void {
  const source = doc.text.slice(span.start, span.end);
  const firstLine = source.split('\n')[0].replace(/\r$/, '');
  const cells = maskBreaks(firstLine)
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.replace(/\s+/g, ' ').trim());
  const looksLikeIndicatorTable = cells.some(
    (c) => vocabulary.isIndicatorLabel(c) || vocabulary.columnPattern.test(c) || vocabulary.columnRole(c.split(' ')[0]) !== undefined,
  );
  if (!looksLikeIndicatorTable) return;
  const lineSpan = { start: span.start, end: span.start + firstLine.length };
  const delimiter = '|' + ' --- |'.repeat(cells.length);
  const result: Report = {
    span: lineSpan,
    message: msg(
      `Dit lijkt een indicatorentabel, maar de scheidingsregel '${delimiter}' onder de kopregel ontbreekt: Markdown toont dit als gewone tekst.`,
      `This looks like an indicator table, but the delimiter row '${delimiter}' under the header row is missing: Markdown shows it as plain text.`,
    ),
  };
  // Offer the delimiter row only when Markdown then really reads a table with these headers.
  const table = parseMarkdown(`${firstLine}\n${delimiter}\n`).children[0];
  if (table?.type === 'table' && table.children[0]?.children.length === cells.length) {
    result.fixes = [
      {
        title: msg('Scheidingsregel invoegen', 'Insert the delimiter row'),
        edits: [{ span: { start: lineSpan.end, end: lineSpan.end }, newText: `\n${delimiter}` }],
      },
    ];
  }
  report(result);
}
