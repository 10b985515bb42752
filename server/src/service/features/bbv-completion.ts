/**
 * Completion in a BBV table: the official names of the mandatory indicators the chapter does not
 * list yet (those of the taakvelden it covers first), and in an Eenheid column the official unit
 * of the row's indicator.
 */
import { type CompletionItem, CompletionItemKind, MarkupKind, type Range } from 'vscode-languageserver-types';
import { type BbvIndicator, bbvCatalogue, readBbvTable, readBbvTables } from '../bbv.js';
import type { ChapterDocument, IndicatorTable } from '../model.js';
import { bbvDocumentation } from './bbv-hover.js';
import type { FeatureContext } from './context.js';
import { lineCells, localize } from './shared.js';

/**
 * Completions for a cell of a BBV table, or none when the table is no BBV table or the cell is
 * neither its name cell nor an Eenheid cell.
 * @param line the text of the row's line (the row may still be typed below the table)
 * @param cellIndex the cell's index in the line (0: the first cell)
 * @param rowStart where the row's source starts, to leave the row's own name out
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
  if (!table) return [];
  const reading = readBbvTable(doc, table);
  if (!reading.reason) return [];
  if (cellIndex === reading.nameIndex) return nameCompletions(doc, rowStart, range, prefix, ctx);
  if (reading.unitColumn && cellIndex === reading.unitColumn.index) {
    const name = lineCells(line)[reading.nameIndex]?.text ?? '';
    return unitCompletions(bbvCatalogue.match(name)?.indicator, doc, range, prefix, ctx);
  }
  return [];
}

/** Both lists, without a second item for a label the first list already has; the BBV item wins. */
export function mergeCompletions(items: CompletionItem[], bbv: CompletionItem[]): CompletionItem[] {
  const labels = new Set(bbv.map((i) => i.label.toLocaleLowerCase('nl')));
  return [...items.filter((i) => !labels.has(i.label.toLocaleLowerCase('nl'))), ...bbv];
}

function nameCompletions(
  doc: ChapterDocument,
  rowStart: number,
  range: Range,
  prefix: string,
  ctx: FeatureContext,
): CompletionItem[] {
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
      return {
        label: indicator.name,
        kind: CompletionItemKind.Variable,
        detail: localize(
          ctx,
          `BBV ${indicator.number}, taakveld ${indicator.taakveld}${first ? ' (ontbreekt nog)' : ''}: ${indicator.unit}`,
          `BBV ${indicator.number}, taakveld ${indicator.taakveld}${first ? ' (still missing)' : ''}: ${indicator.unit}`,
        ),
        documentation: { kind: MarkupKind.Markdown, value: bbvDocumentation(indicator, ctx) },
        sortText: `${first ? 0 : 1}${String(indicator.number).padStart(3, '0')}`,
        ...(first ? { preselect: true } : {}),
        textEdit: { range, newText: prefix + indicator.name.replace(/\|/g, '\\|') },
      };
    });
}

function unitCompletions(
  indicator: BbvIndicator | undefined,
  doc: ChapterDocument,
  range: Range,
  prefix: string,
  ctx: FeatureContext,
): CompletionItem[] {
  // The row's own indicator's units; without a known name, every official unit once.
  const entries: { unit: string; indicators: BbvIndicator[] }[] = [];
  const add = (unit: string, i: BbvIndicator) => {
    const entry = entries.find((e) => e.unit === unit);
    if (entry) entry.indicators.push(i);
    else entries.push({ unit, indicators: [i] });
  };
  if (indicator) [indicator.unit, ...(indicator.otherUnits ?? [])].forEach((u) => add(u, indicator));
  else for (const i of bbvCatalogue.applicable(doc.year)) add(i.unit, i);
  return entries.map((entry, n) => ({
    label: entry.unit,
    kind: CompletionItemKind.Unit,
    detail: localize(
      ctx,
      `eenheid van ${entry.indicators.map((i) => i.name).join(', ')}`,
      `unit of ${entry.indicators.map((i) => i.name).join(', ')}`,
    ),
    sortText: String(n).padStart(3, '0'),
    ...(indicator && n === 0 ? { preselect: true } : {}),
    textEdit: { range, newText: prefix + entry.unit.replace(/\|/g, '\\|') },
  }));
}
