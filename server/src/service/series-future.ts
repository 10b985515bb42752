/** The years after the document's year in a time series: forecasts or targets when the vocabulary says so. */
import type { ChapterDocument } from './model.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Gives the bare-year columns of a time series that lie after the document's year the role
 * `vocabulary.seriesFutureRole` (Heemskerk's `2021 … 2023` under `Prognose/streefwaarden`).
 * Runs once the document's year is known, which may be inferred from its tables.
 */
export function markSeriesFuture(doc: ChapterDocument, vocabulary: Vocabulary): void {
  const role = vocabulary.data.seriesFutureRole;
  const year = doc.year;
  if (!role || year === undefined) return;
  for (const table of doc.tables) {
    if (table.kind !== 'series') continue;
    for (const column of table.columns) {
      if (column.year !== undefined && column.year > year && column.word === undefined) column.role = role;
    }
  }
}
