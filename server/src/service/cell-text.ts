/**
 * How a table cell reads in messages, hovers and symbols: the one rule for turning a cell's
 * source into display text. Column headers carry it as `Column.header`; other cells (a table's
 * label, an Eenheid or Taakveld cell) are read with {@link cellText}.
 */
import { maskBreaks } from './value.js';

/** A cell's source as shown: `<br>` and runs of whitespace as one space, trimmed (`Behaald<br>2017` is `Behaald 2017`). */
export function cellText(raw: string): string {
  return maskBreaks(raw).replace(/\s+/g, ' ').trim();
}
