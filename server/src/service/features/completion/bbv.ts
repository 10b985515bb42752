/**
 * Completion provider of BBV tables: the official names of the mandatory indicators the chapter
 * does not list yet (those of the taakvelden it covers first), and in an Eenheid column the
 * official unit of the row's indicator.
 */
import { type CompletionItem, CompletionItemKind, type Range } from 'vscode-languageserver-types';
import { type BbvIndicator, bbvCatalogue, readBbvTables } from '../../bbv.js';
import type { ChapterDocument, IndicatorTable } from '../../model.js';
import type { Span } from '../../positions.js';
import { bbvDocumentation } from '../bbv-hover.js';
import type { FeatureContext } from '../context.js';
import { localize } from '../shared.js';
import { bbvCell } from './classify.js';
import { collect, markdown, type Proposal, proposal } from './collect.js';
import type { RowCell } from './context.js';

/** The BBV proposals for a row cell: none unless the classifier found it a BBV name or Eenheid cell. */
export function bbvProposals(
  doc: ChapterDocument,
  c: Pick<RowCell, 'span' | 'prefix' | 'rowStart' | 'bbv'>,
  ctx: FeatureContext,
): Proposal[] {
  if (!c.bbv) return [];
  if (c.bbv.cell === 'name') return nameProposals(doc, c.rowStart, c.span, c.prefix, ctx);
  return unitProposals(bbvCatalogue.match(c.bbv.name)?.indicator, doc, c.span, c.prefix, ctx);
}

/**
 * Completion items for a cell of a BBV table, or none when the table is no BBV table or the cell is
 * neither its name cell nor an Eenheid cell: {@link bbvProposals} for a cell given by its parts.
 * @param line the text of the row's line (the row may still be typed below the table)
 * @param cellIndex the cell's index in the line (0: the first cell)
 * @param rowStart where the row's source starts, to leave the row's own name out
 * @param range what the items replace
 */
export function bbvCompletions(
  doc: ChapterDocument,
  table: IndicatorTable | undefined,
  line: string,
  cellIndex: number,
  rowStart: number,
  range: Range,
  prefix: string,
  ctx: FeatureContext,
): CompletionItem[] {
  const bbv = bbvCell(doc, table, line, cellIndex);
  return collect(doc, bbvProposals(doc, { span: doc.lines.span(range), prefix, rowStart, ...(bbv ? { bbv } : {}) }, ctx));
}

/** Both lists, without a second item for a label the first list already has; the BBV item wins. */
export function mergeCompletions<T extends { label: string }>(items: T[], bbv: T[]): T[] {
  const labels = new Set(bbv.map((i) => i.label.toLocaleLowerCase('nl')));
  return [...items.filter((i) => !labels.has(i.label.toLocaleLowerCase('nl'))), ...bbv];
}

function nameProposals(doc: ChapterDocument, rowStart: number, span: Span, prefix: string, ctx: FeatureContext): Proposal[] {
  const present = new Set<BbvIndicator>();
  const covered = new Set<string>();
  for (const reading of readBbvTables(doc)) {
    for (const entry of reading.rows) {
      if (entry.row.span.start === rowStart) continue;
      present.add(entry.match.indicator);
      if (reading.reason) covered.add(entry.match.indicator.taakveld);
    }
    if (reading.reason) for (const t of reading.taakveldCells) covered.add(t.code);
  }
  return bbvCatalogue
    .applicable(doc.year)
    .filter((i) => !present.has(i))
    .map((indicator) => {
      // The missing indicators of the taakvelden the table covers come first.
      const first = covered.has(indicator.taakveld);
      return proposal(indicator.name, CompletionItemKind.Variable, span, prefix + indicator.name.replace(/\|/g, '\\|'), {
        detail: localize(
          ctx,
          `BBV ${indicator.number}, taakveld ${indicator.taakveld}${first ? ' (ontbreekt nog)' : ''}: ${indicator.unit}`,
          `BBV ${indicator.number}, taakveld ${indicator.taakveld}${first ? ' (still missing)' : ''}: ${indicator.unit}`,
        ),
        documentation: markdown(bbvDocumentation(indicator, ctx)),
        sortText: `${first ? 0 : 1}${String(indicator.number).padStart(3, '0')}`,
        ...(first ? { preselect: true } : {}),
      });
    });
}

function unitProposals(
  indicator: BbvIndicator | undefined,
  doc: ChapterDocument,
  span: Span,
  prefix: string,
  ctx: FeatureContext,
): Proposal[] {
  // The row's own indicator's units; without a known name, every official unit once.
  const entries: { unit: string; indicators: BbvIndicator[] }[] = [];
  const add = (unit: string, i: BbvIndicator) => {
    const entry = entries.find((e) => e.unit === unit);
    if (entry) entry.indicators.push(i);
    else entries.push({ unit, indicators: [i] });
  };
  if (indicator) [indicator.unit, ...(indicator.otherUnits ?? [])].forEach((u) => add(u, indicator));
  else for (const i of bbvCatalogue.applicable(doc.year)) add(i.unit, i);
  return entries.map((entry, n) =>
    proposal(entry.unit, CompletionItemKind.Unit, span, prefix + entry.unit.replace(/\|/g, '\\|'), {
      detail: localize(
        ctx,
        `eenheid van ${entry.indicators.map((i) => i.name).join(', ')}`,
        `unit of ${entry.indicators.map((i) => i.name).join(', ')}`,
      ),
      sortText: String(n).padStart(3, '0'),
      ...(indicator && n === 0 ? { preselect: true } : {}),
    }),
  );
}
