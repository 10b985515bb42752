/**
 * Scaffolds a rekening's indicator table from the begroting of the same year: the begroting's
 * indicators and targets, last year's results from the previous rekening.
 */
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import type { ChapterDocument, ColumnRole, IndicatorRow } from '../model.js';
import type { Position } from '../positions.js';
import type { FeatureContext } from './context.js';
import { beleidsveldAt, collapse, withoutMarkers } from './shared.js';

/**
 * The edit that writes the indicator table of the beleidsveld at `position` in a rekening Y,
 * built from begroting Y's table of the same beleidsveld number:
 * - one row per indicator of the begroting (its name without the begroting's footnote markers);
 * - each column of the rekening layout filled from the begroting row (`Beoogd Y`), else from
 *   rekening Y-1's row of the same indicator (`Behaald Y-1`), else `-` (no data);
 * - `Behaald Y` is left empty: the writer fills it in, and an empty cell (unlike `-`, which says
 *   "no data") makes the missing result visible.
 * Markers are dropped because they point at the other document's footnotes.
 *
 * The table replaces an existing table of the beleidsveld that has no rows yet; otherwise it is
 * inserted before the cursor's line (after the beleidsveld heading at the earliest), with blank
 * lines around it. Null when the document is no rekening with a year, the position is in no
 * numbered beleidsveld, the beleidsveld already has a table with rows, or no begroting Y with
 * indicators for it is in the workspace.
 */
export function scaffoldRekeningTable(doc: ChapterDocument, position: Position, ctx: FeatureContext): WorkspaceEdit | null {
  if (doc.kind !== 'rekening' || doc.year === undefined) return null;
  const year = doc.year;
  const field = beleidsveldAt(doc, doc.lines.offsetAt(position));
  const number = field.number;
  if (number === undefined || !field.heading) return null;
  if (field.tables.some((t) => t.rows.length > 0)) return null;

  const source = first(ctx.workspace.find('begroting', year, number, doc.uri));
  const sourceRows = source ? rowsOf(source, number) : [];
  if (!source || sourceRows.length === 0) return null;
  const previous = first(ctx.workspace.find('rekening', year - 1, number, doc.uri));
  const previousRows = previous ? rowsOf(previous, number) : [];

  const vocabulary = ctx.settings.vocabulary;
  const layout = vocabulary.layout('rekening');
  const sourceTable = source.beleidsvelden.find((f) => f.number === number)?.tables.find((t) => t.rows.length > 0);
  const label = collapse(sourceTable?.label.raw ?? '') || vocabulary.data.indicatorLabels[0] || 'Indicatoren';
  const header = [label, ...layout.map((c) => vocabulary.slotHeader(c, year))];
  const lines = [row(header), row(header.map(() => '---'))];
  for (const sourceRow of sourceRows) {
    const name = withoutMarkers(source.text, sourceRow.name.span, sourceRow.name.markers);
    const previousRow = previousRows.find((r) => r.name.key === sourceRow.name.key);
    const cells = layout.map((c) => {
      const columnYear = typeof c.offset === 'number' ? year + c.offset : undefined;
      // This year's results are what the writer is about to fill in.
      if (c.role === 'realised' && c.offset === 0) return '';
      return (
        valueOf(source, sourceRow, c.role, columnYear) ??
        (previous && previousRow ? valueOf(previous, previousRow, c.role, columnYear) : undefined) ??
        '-'
      );
    });
    lines.push(row([name, ...cells]));
  }
  const table = lines.join('\n');

  const empty = field.tables.find((t) => t.rows.length === 0);
  if (empty) return { changes: { [doc.uri]: [{ range: doc.lines.range(empty.span), newText: table }] } };

  const headingLine = doc.lines.positionAt(field.heading.span.end).line;
  const line = Math.min(Math.max(position.line, headingLine + 1), doc.lines.lineCount - 1);
  const at = doc.lines.offsetAt({ line, character: 0 });
  const blank = (l: number) => l < 0 || l >= doc.lines.lineCount || doc.lines.lineText(l).trim() === '';
  // At the very end of a text without a final line break, the table needs one before it.
  const atEnd = at === doc.text.length && doc.text.length > 0 && !doc.text.endsWith('\n');
  const before = atEnd ? '\n\n' : blank(line - 1) ? '' : '\n';
  const after = blank(line) ? '' : '\n';
  const newText = `${before}${table}\n${after}`;
  const position0 = doc.lines.positionAt(at);
  return { changes: { [doc.uri]: [{ range: { start: position0, end: position0 }, newText }] } };
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The first document by uri, for an answer that does not depend on the workspace's order. */
function first(docs: ChapterDocument[]): ChapterDocument | undefined {
  return [...docs].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))[0];
}

/** The indicator rows of a beleidsveld, one per indicator (the first occurrence). */
function rowsOf(doc: ChapterDocument, number: string): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const field of doc.beleidsvelden) {
    if (field.number !== number) continue;
    for (const table of field.tables) {
      for (const r of table.rows) {
        if (r.name.key && !rows.some((x) => x.name.key === r.name.key)) rows.push(r);
      }
    }
  }
  return rows;
}

/** A row's value for a column (role and year, or no year), markers dropped; undefined when absent or empty. */
function valueOf(doc: ChapterDocument, r: IndicatorRow, role: ColumnRole, year: number | undefined): string | undefined {
  const cell = r.cells.find((c) => c.column?.role === role && c.column.year === year);
  if (!cell || cell.value.main.type === 'empty') return undefined;
  return withoutMarkers(doc.text, cell.span, cell.value.markers) || undefined;
}
