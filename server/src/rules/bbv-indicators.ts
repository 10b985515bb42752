/**
 * bbv-indicators: a chapter with a BBV table lists every mandatory policy indicator (verplichte
 * beleidsindicator) of the taakvelden it covers, under its official name and with its unit.
 *
 * The taakvelden a chapter covers are those of the official names in its BBV tables and those a
 * Taakveld column names. Each missing indicator is reported once, at the header of the first BBV
 * table that covers its taakveld, with an (unsafe) fix that adds its row. A name close to an
 * official name is reported at the name, with the official name as fix (safe when one character is
 * off in a long name). A unit in an Eenheid column that does not fit the official unit is reported
 * at the cell. See `service/bbv.ts` for how tables and names are read.
 */
import { type BbvIndicator, type BbvRowMatch, type BbvTableReading, bbvCatalogue, readBbvTables } from '../service/bbv.js';
import { cellText } from '../service/cell-text.js';
import { type Localized, msg, type Report } from '../service/finding.js';
import type { ChapterDocument, IndicatorTable } from '../service/model.js';
import type { Span } from '../service/positions.js';
import { defineRule } from '../service/rule.js';

/** Why a taakveld counts as covered: a place in the chapter and what it shows. */
interface Evidence {
  span: Span;
  message: Localized;
}

/** Unit cells that say nothing (no data, not applicable): not compared. */
const NO_UNIT = /^(?:-|–|\.|n\.?v\.?t\.?|n\.?b\.?|nnb|n\.n\.b\.)?$/iu;

/** The bbv-indicators rule (warning). */
export const bbvIndicators = defineRule('bbv-indicators', 'warning', {
  summary: msg('verplichte BBV-beleidsindicator ontbreekt, verkeerd gespeld of met een andere eenheid', 'mandatory BBV indicator missing, misspelt or with another unit'),
  fixable: 'safe',
  description: msg('Een hoofdstuk met een BBV-tabel noemt elke verplichte beleidsindicator van de taakvelden die het behandelt, met de officiële naam en eenheid.', 'A chapter with a BBV table lists every mandatory policy indicator of the taakvelden it covers, with the official name and unit.'),
  check({ doc, report }) {
    const readings = readBbvTables(doc);
    const bbv = readings.filter((r) => r.reason !== undefined);
    if (bbv.length === 0) return;

    for (const reading of bbv) {
      for (const entry of reading.rows) {
        if (entry.match.how === 'misspelled') report(misspelling(entry));
        const unit = unitMismatch(reading, entry);
        if (unit) report(unit);
      }
    }

    // Indicators present anywhere in the chapter count, also in a table that is no BBV table.
    const present = new Set<BbvIndicator>();
    for (const reading of readings) for (const entry of reading.rows) present.add(entry.match.indicator);

    // The taakvelden covered, in the order their first evidence appears: official names and Taakveld cells.
    const covered = new Map<string, { reading: BbvTableReading; evidence: Evidence[] }>();
    for (const reading of bbv) {
      const header = reading.taakveldColumn?.header ?? '';
      const evidence: (Evidence & { code: string })[] = [
        ...reading.rows.map((r) => {
          const code = r.match.indicator.taakveld;
          return {
            code,
            span: r.span,
            message: msg(`'${r.match.written}' hoort bij taakveld ${code}.`, `'${r.match.written}' belongs to taakveld ${code}.`),
          };
        }),
        ...reading.taakveldCells.map((t) => ({
          code: t.code,
          span: t.cell.span,
          message: msg(`Taakveld ${t.code} volgens de kolom '${header}'.`, `Taakveld ${t.code} according to the column '${header}'.`),
        })),
      ].sort((a, b) => a.span.start - b.span.start);
      for (const { code, span, message } of evidence) {
        const entry = covered.get(code) ?? { reading, evidence: [] };
        entry.evidence.push({ span, message });
        covered.set(code, entry);
      }
    }

    for (const [code, { reading, evidence }] of covered) {
      const taakveld = bbvCatalogue.taakveld(code);
      const name = taakveld ? ` (${taakveld.name})` : '';
      for (const indicator of bbvCatalogue.inTaakveld(code, doc.year)) {
        if (present.has(indicator)) continue;
        const table = reading.table;
        // The header of the name column: the first cell, or the one after a row-number column.
        const labelCell = table.columns.find((c) => c.index === reading.nameIndex)?.cell ?? table.label;
        const label = cellText(labelCell.raw);
        const where = label ? { nl: `De tabel '${label}'`, en: `The table '${label}'` } : { nl: 'Deze tabel', en: 'This table' };
        report({
          span: label ? labelCell.span : table.headerSpan,
          message: msg(
            `${where.nl} gaat over taakveld ${code}${name}, maar de verplichte beleidsindicator '${indicator.name}' (${indicator.unit}) ontbreekt in dit hoofdstuk.`,
            `${where.en} covers taakveld ${code}${name}, but the mandatory policy indicator '${indicator.name}' (${indicator.unit}) is missing from this chapter.`,
          ),
          fixes: [
            {
              title: msg(`Voeg een rij '${indicator.name}' toe aan de tabel`, `Add a row '${indicator.name}' to the table`),
              edits: [{ span: { start: table.span.end, end: table.span.end }, newText: `\n${newRow(doc, reading, indicator)}` }],
            },
          ],
          related: evidence.map((e) => ({ span: e.span, message: e.message })),
        });
      }
    }
  },
});

/** A misspelled name: the official name as fix. */
function misspelling(entry: BbvRowMatch): Report {
  const { match } = entry;
  const indicator = match.indicator;
  const report: Report = {
    span: entry.span,
    message: msg(
      `'${match.written}' is niet de officiële naam van een verplichte beleidsindicator; bedoelt u '${indicator.name}'?`,
      `'${match.written}' is not the official name of a mandatory policy indicator; did you mean '${indicator.name}'?`,
    ),
  };
  if (match.clean) {
    report.fixes = [
      {
        title: msg(`Vervang door '${match.replacement}'`, `Replace with '${match.replacement}'`),
        edits: [{ span: entry.span, newText: match.replacement }],
        safe: bbvCatalogue.isSafeFix(match),
      },
    ];
  }
  return report;
}

/** A unit cell that does not fit the indicator's official unit. */
function unitMismatch(reading: BbvTableReading, entry: BbvRowMatch): Report | undefined {
  const cell = entry.unitCell;
  if (!cell) return undefined;
  const written = cellText(cell.raw);
  const indicator = entry.match.indicator;
  if (NO_UNIT.test(written) || bbvCatalogue.unitMatches(indicator, written)) return undefined;
  const header = reading.unitColumn?.header ?? '';
  return {
    span: cell.span,
    message: msg(
      `In de kolom '${header}' staat '${written}', maar de eenheid van '${indicator.name}' is '${indicator.unit}'.`,
      `The column '${header}' says '${written}', but the unit of '${indicator.name}' is '${indicator.unit}'.`,
    ),
    fixes: [
      {
        title: msg(`Vervang door '${indicator.unit}'`, `Replace with '${indicator.unit}'`),
        edits: [{ span: cell.span, newText: indicator.unit }],
      },
    ],
  };
}

/** The row to add for a missing indicator: its name, unit, taakveld and source where the table has those columns. */
function newRow(doc: ChapterDocument, reading: BbvTableReading, indicator: BbvIndicator): string {
  const table: IndicatorTable = reading.table;
  const cells: string[] = Array.from({ length: Math.max(1, table.headerCellCount) }, () => '');
  cells[Math.min(reading.nameIndex, cells.length - 1)] = indicator.name;
  for (const column of table.columns) {
    if (column.index >= cells.length || column.index === reading.nameIndex) continue;
    if (column.role === 'unit') cells[column.index] = indicator.unit;
    else if (column.role === 'taakveld') cells[column.index] = indicator.taakveld;
    else if (column.role === 'source') cells[column.index] = indicator.source;
  }
  // Keep the table's own pipe style: a leading pipe when its header has one.
  const header = doc.text.slice(table.headerSpan.start, table.headerSpan.end);
  const body = cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ');
  return header.trimStart().startsWith('|') ? `| ${body} |` : `${body} |`;
}
