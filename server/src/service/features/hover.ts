/**
 * Hover: a footnote marker shows its footnote, an indicator name its values in every document of
 * the workspace, a column header what the column means.
 */
import { type Hover, MarkupKind } from 'vscode-languageserver-types';
import type { ChapterDocument, ColumnRole, IndicatorRow } from '../model.js';
import type { Position, Span } from '../positions.js';
import { bbvHover } from './bbv-hover.js';
import type { FeatureContext } from './context.js';
import { columnDocumentation, labelDocumentation } from './column-documentation.js';
import { collapse, definitionsOf, fileName, localize, markdownCell, markerAt, touches, workspaceDocuments } from './shared.js';

/** The hover at a position, or null where there is nothing to explain. */
export function getHover(doc: ChapterDocument, position: Position, ctx: FeatureContext): Hover | null {
  const offset = doc.lines.offsetAt(position);

  const found = markerAt(doc, offset);
  if (found) {
    const { field, marker } = found;
    const shown = marker.label.replace(/\*/g, '\\*');
    const definitions = definitionsOf(field, marker);
    const value =
      definitions.length > 0
        ? definitions.map((d) => `**${shown}** ${d.text}`).join('\n\n')
        : localize(
            ctx,
            `**${shown}**: deze voetnoot heeft geen toelichting in dit beleidsveld.`,
            `**${shown}**: this footnote has no explanation in this beleidsveld.`,
          );
    return hover(doc, value, marker.span);
  }

  for (const table of doc.tables) {
    if (!touches(table.span, offset)) continue;
    if (offset >= table.headerSpan.start && offset <= table.headerSpan.end) {
      if (touches(table.label.outerSpan, offset)) {
        return hover(doc, labelDocumentation(collapse(table.label.raw), doc, ctx), table.label.span);
      }
      const column = table.columns.find((c) => offset > c.cell.outerSpan.start && offset <= c.cell.outerSpan.end);
      if (!column) return null;
      return hover(doc, columnDocumentation(doc, collapse(column.cell.raw), column.role, column.year, ctx), column.cell.span);
    }
    const row = table.rows.find((r) => offset > r.name.outerSpan.start && offset <= r.name.outerSpan.end);
    const bbv = bbvHover(doc, table, offset, ctx);
    if (bbv) return hover(doc, row?.name.key ? `${bbv.value}\n\n---\n\n${indicatorHistory(doc, row, ctx)}` : bbv.value, bbv.span);
    if (row && row.name.key) return hover(doc, indicatorHistory(doc, row, ctx), row.name.span);
  }
  return null;
}

function hover(doc: ChapterDocument, value: string, span: Span): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: doc.lines.range(span) };
}

const ROLE_ORDER: Record<ColumnRole, number> = { baseline: 0, target: 1, forecast: 2, realised: 3 };
const KIND_ORDER: Record<string, number> = { begroting: 0, rekening: 1 };

/**
 * The values of an indicator (matched by its key) in every document of the workspace, as a Markdown
 * table: per year the target before the result, begroting before rekening.
 */
function indicatorHistory(doc: ChapterDocument, row: IndicatorRow, ctx: FeatureContext): string {
  const entries: { year: number; role: ColumnRole; kind: string; file: string; column: string; value: string }[] = [];
  for (const other of workspaceDocuments(doc, ctx)) {
    for (const table of other.tables) {
      for (const r of table.rows) {
        if (r.name.key !== row.name.key) continue;
        for (const cell of r.cells) {
          const column = cell.column;
          if (!column?.role || column.year === undefined || cell.value.main.type === 'empty') continue;
          entries.push({
            year: column.year,
            role: column.role,
            kind: other.kind ?? '',
            file: fileName(other.uri),
            // The header as that chapter writes it (`Doel 2020`, `Behaald 2017`).
            column: column.header,
            value: collapse(cell.raw),
          });
        }
      }
    }
  }
  entries.sort(
    (a, b) =>
      a.year - b.year ||
      (ROLE_ORDER[a.role] ?? 4) - (ROLE_ORDER[b.role] ?? 4) ||
      (KIND_ORDER[a.kind] ?? 2) - (KIND_ORDER[b.kind] ?? 2) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
  const title = `**${markdownCell(row.name.plain)}**`;
  if (entries.length === 0) return `${title}\n\n${localize(ctx, '_Geen waarden gevonden._', '_No values found._')}`;
  const header = localize(ctx, '| Kolom | Waarde | Bestand |', '| Column | Value | File |');
  const lines = entries.map((e) => `| ${e.column} | ${markdownCell(e.value)} | ${markdownCell(e.file)} |`);
  return [title, '', header, '| --- | --- | --- |', ...lines].join('\n');
}
