/** What the report takes from a chapter's text: programme numbers and titles, document titles, cells as written, anchors. */
import { cellText as shownCell } from '../cell-text.js';
import type { Beleidsveld, ChapterDocument, ValueCell } from '../model.js';

/** The programme of a beleidsveld: the first part of its number, else the front matter's. */
export function programmeOf(doc: ChapterDocument, field: Beleidsveld): string | undefined {
  if (field.number) return field.number.split('.')[0];
  const fromHeading = doc.headings.find((h) => h.kind === 'programma' && h.number !== undefined && h.span.start <= field.span.start);
  if (fromHeading?.number) return fromHeading.number;
  const front = doc.frontMatter?.data?.programma;
  return typeof front === 'number' || (typeof front === 'string' && front.trim() !== '') ? String(front).trim() : undefined;
}

/** The title of the programme heading with this number, if the chapter has one. */
export function programmeTitle(doc: ChapterDocument, number: string | undefined): string | undefined {
  if (number === undefined) return undefined;
  const heading = doc.headings.find((h) => h.kind === 'programma' && h.number === number);
  return heading?.title ? plainText(heading.title) : undefined;
}

/** A chapter's title: the front matter's `titel`, else its first heading. */
export function documentTitle(doc: ChapterDocument): string | undefined {
  const titel = doc.frontMatter?.data?.titel;
  if (typeof titel === 'string' && titel.trim()) return titel.trim();
  const first = doc.headings[0];
  return first ? plainText(first.text) : undefined;
}

/** Inline Markdown emphasis and code marks removed, whitespace collapsed. */
export function plainText(text: string): string {
  return text.replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
}

/** A cell as written: `<br>` read as a space, whitespace collapsed. */
export function cellText(cell: ValueCell): string {
  return shownCell(cell.raw);
}

/** The header of a cell's column as displayed ('' without a column). */
export function headerOf(cell: ValueCell): string {
  return cell.column?.header ?? '';
}

/** A text made fit for an HTML id: runs of other characters than letters and digits as `-`. */
export function anchor(text: string): string {
  return text.replace(/[^0-9A-Za-z]+/g, '-');
}
