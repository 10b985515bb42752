/**
 * The document model as plain JSON, in the shape of `schemas/programmatekst.schema.json`: what other
 * tools (reports, exports) read instead of re-parsing the Markdown.
 */
import type { ChapterDocument, ValueCell } from './model.js';

/** Serialises a parsed chapter (no spans: the JSON describes content, not positions). */
export function toModelJson(doc: ChapterDocument): Record<string, unknown> {
  const json: Record<string, unknown> = {
    beleidsvelden: doc.beleidsvelden
      .filter((b) => b.heading || b.tables.length > 0 || b.definitions.length > 0)
      .map((b) => {
        const field: Record<string, unknown> = {
          sections: b.sections.map((s) => s.text),
          tables: b.tables.map((t) => ({
            kind: t.kind,
            label: t.label.raw,
            columns: t.columns.map((c) => {
              const column: Record<string, unknown> = { header: c.cell.raw };
              if (c.role) column.role = c.role;
              if (c.year !== undefined) column.year = c.year;
              return column;
            }),
            rows: t.rows.map((r) => ({
              ...(r.group ? { group: true } : {}),
              indicator: r.name.plain,
              markers: r.name.markers.map((m) => m.numeral),
              cells: r.cells.map(cellJson),
            })),
          })),
          definitions: b.definitions.map((d) => ({ numeral: d.numeral, text: d.text })),
        };
        if (b.number) field.number = b.number;
        if (b.heading?.title) field.title = b.heading.title;
        return field;
      }),
  };
  if (doc.kind) json.kind = doc.kind;
  if (doc.year !== undefined) json.year = doc.year;
  return json;
}

function cellJson(cell: ValueCell): Record<string, unknown> {
  const { main, annotations, markers } = cell.value;
  const json: Record<string, unknown> = {
    raw: cell.raw,
    type: main.type,
    annotations: annotations.map((a) => a.text),
    markers: markers.map((m) => m.numeral),
  };
  if (main.type === 'quantity') {
    json.number = main.number;
    if (main.comparator) json.comparator = main.comparator;
    if (main.unit) json.unit = main.unit;
  }
  if (main.type === 'trend') json.trend = main.canonical;
  return json;
}
