/**
 * Shared footnote helpers for the footnote rules: labels, where a new definition goes and how it
 * is written, how a definition line is removed. The renumbering in order of first use is the
 * service's (`service/footnote-renumber.ts`), shared with the editor features.
 */
import type { SpanEdit } from '../service/edits.js';
import { type Localized, msg } from '../service/finding.js';
import { definitionPrefix, definitionStyle } from '../service/footnote-renumber.js';
import { formatNumeral, type FootnoteStyle } from '../service/footnote-style.js';
import type { Beleidsveld, ChapterDocument, FootnoteDefinition, FootnoteMarker } from '../service/model.js';
import type { Span } from '../service/positions.js';

export { renumbering } from '../service/footnote-renumber.js';

type Footnote = Pick<FootnoteMarker, 'kind' | 'value'>;

/** The key markers and definitions are matched by: kind and value (`roman:4`, `asterisk:1`). */
export function footnoteKey(footnote: Footnote): string {
  return `${footnote.kind}:${footnote.value}`;
}

/** How a marker is shown in messages: as written, `(IV)`, `*`, `)4`. */
export function markerLabel(marker: Pick<FootnoteMarker, 'label'>): string {
  return marker.label;
}

/** How a marker would be shown with another numeral: `(II)` with `I` is `(I)`. */
export function relabel(marker: Pick<FootnoteMarker, 'label' | 'numeral'>, numeral: string): string {
  return marker.label.replace(marker.numeral, numeral);
}

/** How a definition is shown in messages: `IV`, `*`, `4`. */
export function definitionLabel(definition: Pick<FootnoteDefinition, 'numeral'>): string {
  return definition.numeral;
}

/** `beleidsveld 4.2.1` / `policy field 4.2.1`, or `dit beleidsveld` when it has no number. */
export function scopeName(field: Beleidsveld): Localized {
  return field.number
    ? msg(`beleidsveld ${field.number}`, `policy field ${field.number}`)
    : msg('dit beleidsveld', 'this policy field');
}

/** The line break the document uses. */
export function lineBreak(doc: ChapterDocument): string {
  return doc.text.includes('\r\n') ? '\r\n' : '\n';
}

/** The 0-based line of an offset. */
function lineOf(doc: ChapterDocument, offset: number): number {
  return doc.lines.positionAt(offset).line;
}

function isBlankLine(doc: ChapterDocument, line: number): boolean {
  return doc.lines.lineText(line).trim() === '';
}

/** The separator between two definitions: a blank line, unless the beleidsveld writes them as one block. */
function definitionSeparator(doc: ChapterDocument, field: Beleidsveld): string {
  const eol = lineBreak(doc);
  const defs = field.definitions;
  for (let i = 1; i < defs.length; i++) {
    const between = doc.text.slice(defs[i - 1].span.end, defs[i].span.start);
    if (between.trim() === '' && between.split('\n').length === 2) return eol;
  }
  return eol + eol;
}

/**
 * The text of a new definition line for a marker, with `…` for the writer to complete: in the
 * style of the beleidsveld's definitions of its kind, else in the default form of its style
 * (`I   …`, `1. …`, `)1 = …`). Asterisks are escaped, so the line is no bullet.
 */
export function definitionStub(doc: ChapterDocument, field: Beleidsveld, marker: FootnoteMarker, style: FootnoteStyle): string {
  if (marker.kind === 'asterisk') return '\\*'.repeat(marker.value) + ' …';
  const numeral = formatNumeral(marker.kind, marker.value);
  return definitionPrefix(numeral, definitionStyle(doc, field, marker.kind, style.definitionForm(marker.style))) + '…';
}

/**
 * The edit that adds a definition stub for a marker: in numeric order among the existing
 * definitions of its kind (a numeral lower than all of them goes first; an asterisk after the
 * others), else after the last definition, else as a new paragraph after the table that holds the
 * marker.
 */
export function insertDefinition(doc: ChapterDocument, field: Beleidsveld, marker: FootnoteMarker, style: FootnoteStyle): SpanEdit {
  const stub = definitionStub(doc, field, marker, style);
  const separator = definitionSeparator(doc, field);
  const sameKind = field.definitions.filter((d) => d.kind === marker.kind);
  const before = sameKind.filter((d) => d.value < marker.value);
  if (before.length > 0) {
    const anchor = before[before.length - 1];
    return { span: { start: anchor.span.end, end: anchor.span.end }, newText: separator + stub };
  }
  if (marker.kind !== 'asterisk' && sameKind.length > 0) {
    // Every existing definition has a higher numeral: the new one goes first.
    const at = doc.lines.lineStarts[lineOf(doc, sameKind[0].span.start)];
    return { span: { start: at, end: at }, newText: stub + separator };
  }
  const last = field.definitions[field.definitions.length - 1];
  if (last) return { span: { start: last.span.end, end: last.span.end }, newText: separator + stub };
  const table =
    field.tables.find((t) => t.span.start <= marker.span.start && marker.span.end <= t.span.end) ??
    field.tables[field.tables.length - 1];
  const eol = lineBreak(doc);
  return { span: { start: table.span.end, end: table.span.end }, newText: eol + eol + stub };
}

/**
 * The span that removes a definition line (with its continuation lines) and the blank line that
 * separated it, so that no double blank line remains.
 */
export function definitionRemoval(doc: ChapterDocument, definition: FootnoteDefinition): Span {
  const first = lineOf(doc, definition.span.start);
  const last = lineOf(doc, definition.span.end);
  const { lineStarts, lineCount } = doc.lines;
  let next = last + 1;
  while (next < lineCount && isBlankLine(doc, next)) next++;
  if (next >= lineCount) {
    // Nothing follows: cut from the end of the last line with content, keeping the final newline.
    let previous = first - 1;
    while (previous >= 0 && isBlankLine(doc, previous)) previous--;
    return { start: previous >= 0 ? doc.lines.lineEnd(previous) : 0, end: doc.lines.lineEnd(last) };
  }
  const previousBlank = first === 0 || isBlankLine(doc, first - 1);
  // A paragraph of its own: the blank lines after it go too. Inside a block: only its own lines.
  return { start: lineStarts[first], end: previousBlank ? lineStarts[next] : lineStarts[last + 1] };
}
