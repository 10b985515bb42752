/**
 * table-columns: the value columns of an indicator table fit the layout of the chapter's kind and
 * year (rekening Y: `Behaald Y-1 | Beoogd Y | Behaald Y`; begroting Y: `Beoogd Y`, optionally
 * preceded by `Behaald Y-2` and/or `Beoogd Y-1`). Also reports pipe tables that Markdown does not
 * read as a table because the delimiter row is missing.
 */
import { cellBlanks, emptyCellSpan } from '../service/cell-span.js';
import { cellText } from '../service/cell-text.js';
import { msg, type Localized, type Report } from '../service/finding.js';
import { align, fitsExactly, type Slot, slotsFor, valueColumns } from '../service/layout-fit.js';
import type { ChapterDocument, Column, IndicatorTable } from '../service/model.js';
import { parseMarkdown } from '../service/parse.js';
import type { Span } from '../service/positions.js';
import { defineRule, perBeleidsveld } from '../service/rule.js';
import { maskBreaks } from '../service/value.js';
import type { Vocabulary } from '../service/vocabulary.js';

/** The table-columns rule (error). */
export const tableColumns = perBeleidsveld(defineRule('table-columns', 'error', {
  summary: msg('kolomkoppen passen niet bij soort en jaar', 'column headers do not fit the kind and year'),
  fixable: 'suggestion',
  description: msg('De kolomkoppen van een indicatorentabel passen bij de kolomindeling die het profiel voor soort en jaar van het document geeft (bijvoorbeeld in een rekening Y: realisatie Y-1, streefwaarde Y, realisatie Y).', 'The column headers of an indicator table fit the column layout the profile gives for the kind and year of the document (for example in a rekening Y: result Y-1, target Y, result Y).'),
  check({ doc, vocabulary, report }) {
    for (const table of doc.tables) checkTable(doc, table, vocabulary, report);
    for (const span of doc.malformedTables ?? []) checkMalformed(doc, span, vocabulary, report);
  },
}));

function checkTable(
  doc: ChapterDocument,
  table: IndicatorTable,
  vocabulary: Vocabulary,
  report: (r: Report) => void,
): void {
  const kind = doc.kind;
  const year = doc.year;
  if (table.kind === 'series') {
    checkSeries(table, year, vocabulary, report, doc);
    return;
  }
  const columns = valueColumns(table);
  if (!kind || year === undefined) {
    for (const column of columns) if (!column.role) report(unknownHeader(doc, column, vocabulary, undefined));
    return;
  }

  const slots: Slot[] = slotsFor(vocabulary, kind, year, columns);
  const word = (slot: Slot) => wordFor(table, slot, vocabulary);
  const name = (slot: Slot) => (slot.year === undefined ? word(slot) : `${word(slot)} ${slot.year}`);
  const layout = describeLayout(slots, name);
  const { steps } = align(columns, slots);

  const exact = fitsExactly;
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
    // In a required place of its own role, a column whose exact header is only an optional
    // extra (`Doel 2021` where `Doel 2020` is due) has a wrong year, not a wrong place.
    if (step.op === 'pair' && own.optional && !step.slot.optional && step.column.role === step.slot.role) continue;
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
          `De kolom '${column.header}' staat op de verkeerde plaats. Volgorde in een ${kind} ${year}: ${layout.nl}.`,
          `The column '${column.header}' is out of order. Order in a ${kind} ${year}: ${layout.en}.`,
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
                `De kolom '${column.header}' staat twee keer in de tabel.`,
                `The column '${column.header}' appears twice in the table.`,
              )
            : msg(
                `De kolom '${column.header}' hoort niet in een ${kind} ${year}. Kolommen: ${layout.nl}.`,
                `The column '${column.header}' does not belong in a ${kind} ${year}. Columns: ${layout.en}.`,
              ),
        });
      }
      continue;
    }
    const { slot } = step;
    if (exact(column, slot)) continue;
    if (!column.role || (column.role === slot.role && column.year === undefined)) {
      report(unknownHeader(doc, column, vocabulary, name(slot)));
    } else if (
      column.role === slot.role &&
      column.yearSpan &&
      slot.year !== undefined &&
      column.word !== undefined &&
      column.year !== slot.year &&
      slotAccepts(slot, column.word)
    ) {
      const expected = `${column.word} ${slot.year}`;
      report({
        span: column.yearSpan,
        message: msg(
          `Verkeerd jaar in '${column.header}': in een ${kind} ${year} is deze kolom '${expected}'.`,
          `Wrong year in '${column.header}': in a ${kind} ${year} this column is '${expected}'.`,
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
          `Verwacht hier de kolom '${name(slot)}', niet '${column.header}'. Kolommen in een ${kind} ${year}: ${layout.nl}.`,
          `Expected the column '${name(slot)}' here, not '${column.header}'. Columns in a ${kind} ${year}: ${layout.en}.`,
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

/** Whether a slot takes a column word: any word of its role, or only its own `words`. */
function slotAccepts(slot: Slot, word: string): boolean {
  const words = slot.layout.words;
  return !words || words.some((w) => w.toLocaleLowerCase('nl') === word.toLocaleLowerCase('nl'));
}

/** The column word the table itself uses for a slot's role (so `Realisatie` tables get `Realisatie`). */
function wordFor(table: IndicatorTable, slot: Slot, vocabulary: Vocabulary): string {
  const allowed = slot.layout.words?.map((w) => w.toLocaleLowerCase('nl'));
  for (const column of table.columns) {
    if (column.role === slot.role && column.word && (!allowed || allowed.includes(column.word.toLocaleLowerCase('nl')))) {
      return column.word;
    }
  }
  return vocabulary.columnWord(slot.role, slot.layout);
}

/**
 * A time series (`Indicator | 2015 | 2016 | 2017`): measurements, so no year after the
 * document's, and every header a year or a known descriptive column.
 */
function checkSeries(
  table: IndicatorTable,
  year: number | undefined,
  vocabulary: Vocabulary,
  report: (r: Report) => void,
  doc: ChapterDocument,
): void {
  for (const column of table.columns) {
    if (!column.role && column.year === undefined) {
      report(unknownHeader(doc, column, vocabulary, undefined));
    } else if (year !== undefined && column.year !== undefined && column.year > year && column.yearSpan && !isFutureRole(column, vocabulary)) {
      report({
        span: column.yearSpan,
        message: msg(
          `De kolom '${column.header}' ligt na ${year}, het jaar van dit document: een reeks bevat alleen metingen.`,
          `The column '${column.header}' lies after ${year}, the year of this document: a series holds measurements only.`,
        ),
      });
    }
  }
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
  return vocabulary.allColumnWords().join(', ');
}

function replaceHeader(column: Column, newText: string) {
  return {
    title: msg(`Kolomkop wijzigen in '${newText}'`, `Change the header to '${newText}'`),
    edits: [{ span: column.cell.span, newText }],
  };
}

/** An unrecognised header: not `<column word> YYYY`. */
function unknownHeader(doc: ChapterDocument, column: Column, vocabulary: Vocabulary, expected: string | undefined): Report {
  const header = column.header;
  const empty = header === '';
  const span = empty ? emptyCellSpan(doc.text, column.cell) : column.cell.span;
  const words = columnWords(vocabulary);
  const noYear = !empty && column.role !== undefined && column.year === undefined;
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
          `${nl} Een kolomkop is een kolomwoord (${words}) met een jaartal, zoals '${exampleHeader(vocabulary)}'.`,
          `${en} A column header is a column word (${words}) with a year, such as '${exampleHeader(vocabulary)}'.`,
        ),
  };
  if (expected) {
    result.fixes = [
      empty
        ? { ...replaceHeader(column, expected), edits: [{ span: cellBlanks(doc.text, column.cell), newText: ` ${expected} ` }] }
        : replaceHeader(column, expected),
    ];
  }
  return result;
}

/** A header of the rekening layout's first dated slot, as an example: `Behaald 2018`. */
function exampleHeader(vocabulary: Vocabulary): string {
  const slot = vocabulary.layout('rekening').find((s) => typeof s.offset === 'number') ?? vocabulary.layout('begroting')[0];
  return slot ? `${vocabulary.columnWord(slot.role, slot)} 2018` : '2018';
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
    .map(cellText);
  const looksLikeIndicatorTable = cells.some(
    (c) => vocabulary.isIndicatorLabel(c) || vocabulary.readHeader(c)?.role !== undefined || vocabulary.columnRole(c.split(' ')[0]) !== undefined,
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

/** A later year of a series that the vocabulary reads as a forecast or target (`seriesFutureRole`). */
function isFutureRole(column: Column, vocabulary: Vocabulary): boolean {
  const role = vocabulary.data.seriesFutureRole;
  return !!role && column.role === role;
}
