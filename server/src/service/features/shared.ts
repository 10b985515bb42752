/**
 * Helpers the editor features share: where the cursor is in the model, localisation, file names.
 * Offsets are the model's (UTF-16 into `doc.text`); features convert through `doc.lines` only.
 */
import { type Localized, pick } from '../localize.js';
import type { Beleidsveld, ChapterDocument, FootnoteDefinition, FootnoteMarker, IndicatorTable } from '../model.js';
import type { Span } from '../positions.js';
import { cellText } from '../cell-text.js';
import type { FeatureContext } from './context.js';

/** The Dutch or the English text, per the document's locale. */
export function localize(ctx: FeatureContext, nl: string, en: string): string {
  return pick(ctx.settings.locale, nl, en);
}

/** A {@link Localized} message in the context's language. */
export function localizeMessage(ctx: FeatureContext, message: Localized): string {
  return localize(ctx, message.nl, message.en);
}

/** The last path segment of a uri, decoded: `file:///a/rekening-2018.md` → `rekening-2018.md`. */
export function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** True when `offset` lies in `span`, both ends included (a cursor just after a token touches it). */
export function touches(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

/** The beleidsveld (footnote scope) an offset belongs to. */
export function beleidsveldAt(doc: ChapterDocument, offset: number): Beleidsveld {
  for (const field of doc.beleidsvelden) {
    if (offset >= field.span.start && offset < field.span.end) return field;
  }
  return doc.beleidsvelden[doc.beleidsvelden.length - 1];
}

/** The footnote marker at an offset (a marker starting at the offset wins over one ending there). */
export function markerAt(doc: ChapterDocument, offset: number): { field: Beleidsveld; marker: FootnoteMarker } | undefined {
  let touching: { field: Beleidsveld; marker: FootnoteMarker } | undefined;
  for (const field of doc.beleidsvelden) {
    for (const marker of field.markers) {
      if (offset >= marker.span.start && offset < marker.span.end) return { field, marker };
      if (offset === marker.span.end) touching = { field, marker };
    }
  }
  return touching;
}

/** The footnote definition whose numeral the offset touches. */
export function definitionAt(
  doc: ChapterDocument,
  offset: number,
): { field: Beleidsveld; definition: FootnoteDefinition } | undefined {
  for (const field of doc.beleidsvelden) {
    for (const definition of field.definitions) {
      if (touches(definition.numeralSpan, offset)) return { field, definition };
    }
  }
  return undefined;
}

/**
 * The definitions of a marker's numeral in its beleidsveld: of its kind and value when it has one
 * (a superscript `¹` typed as `1`, an asterisk written `\*`), else of its numeral as written.
 */
export function definitionsOf(field: Beleidsveld, marker: { kind: string; numeral: string; value?: number }): FootnoteDefinition[] {
  return field.definitions.filter(
    (d) => d.kind === marker.kind && (marker.value !== undefined ? d.value === marker.value : d.numeral === marker.numeral),
  );
}

/** The table whose source contains an offset (its last row included). */
export function tableAt(doc: ChapterDocument, offset: number): IndicatorTable | undefined {
  return doc.tables.find((t) => touches(t.span, offset));
}

/**
 * Every document of the workspace, with `doc` standing in for the workspace's copy of its own uri
 * (the editor may ask about a newer version than the index holds). Sorted by uri for stable answers.
 */
export function workspaceDocuments(doc: ChapterDocument, ctx: FeatureContext): ChapterDocument[] {
  const docs = ctx.workspace
    .uris()
    .filter((uri) => uri !== doc.uri)
    .map((uri) => ctx.workspace.get(uri))
    .filter((d): d is ChapterDocument => d !== undefined);
  return [...docs, doc].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

/**
 * A cell's source without its footnote markers, `<br>` as a space, whitespace collapsed: what a value
 * or name looks like when copied into another document (whose footnotes are different).
 */
export function withoutMarkers(text: string, span: Span, markers: readonly FootnoteMarker[]): string {
  let out = '';
  let at = span.start;
  for (const marker of [...markers].sort((a, b) => a.span.start - b.span.start)) {
    if (marker.span.start < at || marker.span.end > span.end) continue;
    out += text.slice(at, marker.span.start);
    at = marker.span.end;
  }
  out += text.slice(at, span.end);
  return collapse(out);
}

/** `<br>` as a space and whitespace collapsed. */
export function collapse(text: string): string {
  return cellText(text);
}

/** Escapes text for use inside a Markdown table cell of a hover. */
export function markdownCell(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1').replace(/([\\`*_[\]|<>])/g, '\\$1');
}

/** A cell of a pipe-table line, found from the line's text (works for rows the parser did not see as a table). */
export interface LineCell {
  /** 0 for the first cell (the indicator name or label). */
  index: number;
  /** Character range between the pipes (start after the pipe, end at the next pipe or the line end). */
  start: number;
  end: number;
  /** The content, whitespace trimmed. */
  contentStart: number;
  contentEnd: number;
  text: string;
}

/** Splits a pipe-table line into cells at its unescaped pipes. */
export function lineCells(line: string): LineCell[] {
  const pipes: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') pipes.push(i);
  }
  const leading = pipes.length > 0 && line.slice(0, pipes[0]).trim() === '';
  const bounds = leading ? pipes : [-1, ...pipes];
  const cells: LineCell[] = [];
  for (let k = 0; k < bounds.length; k++) {
    const start = bounds[k] + 1;
    const end = k + 1 < bounds.length ? bounds[k + 1] : line.length;
    let contentStart = start;
    let contentEnd = end;
    while (contentStart < contentEnd && /\s/.test(line[contentStart])) contentStart++;
    while (contentEnd > contentStart && /\s/.test(line[contentEnd - 1])) contentEnd--;
    cells.push({ index: k, start, end, contentStart, contentEnd, text: line.slice(contentStart, contentEnd) });
  }
  return cells;
}

/** The cell of a pipe-table line at a character (before the leading pipe: none). */
export function lineCellAt(line: string, character: number): LineCell | undefined {
  return lineCells(line).find((c) => character >= c.start && character <= c.end);
}

/** True for a line that starts with a pipe: a table row, possibly one the parser does not see yet. */
export function isPipeLine(line: string): boolean {
  return /^\s{0,3}\|/.test(line);
}
