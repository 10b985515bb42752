/**
 * The document model as plain JSON, in the shape of `schemas/programmatekst.schema.json`: what other
 * tools (reports, exports) read instead of re-parsing the Markdown.
 */
import type { ChapterDocument, IndicatorRow, IndicatorTable, ValueCell } from './model.js';
import { measurementYear, valueContext } from './value.js';
import { defaultVocabulary, type Vocabulary } from './vocabulary.js';

/**
 * Serialises a parsed chapter (no spans: the JSON describes content, not positions).
 * @param vocabulary the vocabulary the chapter was parsed with: it says which scales and years count
 */
export function toModelJson(doc: ChapterDocument, vocabulary: Vocabulary = defaultVocabulary): Record<string, unknown> {
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
              ...(r.note ? { note: r.note } : {}),
              indicator: r.name.plain,
              markers: r.name.markers.map((m) => m.numeral),
              cells: r.cells.map((c) => cellJson(c, t, r, vocabulary)),
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

/** One cell: its main value typed (numbers, units, amounts, ranges, no-value meanings …), annotations and markers. */
function cellJson(cell: ValueCell, table: IndicatorTable, row: IndicatorRow, vocabulary: Vocabulary): Record<string, unknown> {
  const { main, annotations, markers } = cell.value;
  const json: Record<string, unknown> = {
    raw: cell.raw,
    type: main.type,
    annotations: annotations.map((a) => a.text),
    markers: markers.map((m) => m.numeral),
  };
  switch (main.type) {
    case 'quantity':
      json.number = main.number;
      if (main.comparator) json.comparator = main.comparator;
      measureJson(json, main);
      break;
    case 'range':
      json.low = main.low;
      json.high = main.high;
      measureJson(json, main);
      break;
    case 'ratio':
      json.numerator = main.numerator;
      json.denominator = main.denominator;
      if (main.comparator) json.comparator = main.comparator;
      break;
    case 'date':
      json.year = main.year;
      if (main.month !== undefined) json.month = main.month;
      if (main.day !== undefined) json.day = main.day;
      break;
    case 'none':
      json.meaning = main.meaning;
      break;
    case 'boolean':
      json.boolean = main.value;
      break;
    case 'trend':
      json.trend = main.canonical;
      break;
  }
  if (cell.column?.descriptive) return json;
  const measured = measurementYear(cell.value, vocabulary);
  if (measured !== undefined) json.measuredIn = measured;
  if (main.type === 'quantity' || main.type === 'range') {
    const context = valueContext(table, row, cell, vocabulary);
    // A value with its own scale word (`€ 1,2 mln`) is not under the header's scale.
    if (context.factor !== 1 && main.scale === undefined) json.factor = context.factor;
    if (context.grade) json.gradeScale = context.grade;
  }
  return json;
}

/** The unit, currency and scale a quantity or a range shares. */
function measureJson(json: Record<string, unknown>, main: { unit?: string; currency?: string; scale?: number }): void {
  if (main.unit) json.unit = main.unit;
  if (main.currency) json.currency = main.currency;
  if (main.scale !== undefined) json.scale = main.scale;
}
