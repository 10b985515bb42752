/**
 * Shared footnote helpers for the footnote rules (and for features such as the renumber code
 * action): labels, definition style, where a new definition goes, how a definition line is
 * removed, and the renumbering of a beleidsveld in order of first use.
 */
import type { SpanEdit } from '../service/edits.js';
import { type Localized, msg } from '../service/finding.js';
import type { Beleidsveld, ChapterDocument, FootnoteDefinition, FootnoteMarker } from '../service/model.js';
import type { Span } from '../service/positions.js';
import { toRoman } from '../service/footnote-syntax.js';

type Footnote = Pick<FootnoteMarker, 'kind' | 'value'>;

/** The key markers and definitions are matched by: kind and value (`roman:4`, `asterisk:1`). */
export function footnoteKey(footnote: Footnote): string {
  return `${footnote.kind}:${footnote.value}`;
}

/** How a marker is shown in messages: `(IV)` or `*`. */
export function markerLabel(marker: Pick<FootnoteMarker, 'kind' | 'numeral'>): string {
  return marker.kind === 'roman' ? `(${marker.numeral})` : marker.numeral;
}

/** How a definition is shown in messages: `IV` or `*`. */
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

/** The prefix of a roman definition line: `(`, numeral, `)`, `.`/`:`, then the gap before the text. */
const PREFIX = /^(\()?([IVX]+)(\))?([.:]?)([ \t]+)/;

interface Prefix {
  /** Span of the whole prefix, gap included: what a renumbering replaces. */
  span: Span;
  parens: boolean;
  punctuation: string;
  gap: string;
}

function prefixOf(doc: ChapterDocument, definition: FootnoteDefinition): Prefix | undefined {
  const m = PREFIX.exec(doc.text.slice(definition.span.start, definition.span.end));
  if (!m) return undefined;
  return {
    span: { start: definition.span.start, end: definition.span.start + m[0].length },
    parens: m[1] !== undefined,
    punctuation: m[4],
    gap: m[5],
  };
}

/**
 * How a beleidsveld writes its roman definitions: `I   tekst` / `II  tekst` (text aligned at a
 * column), `I   tekst` / `II   tekst` (a fixed gap), `(I) tekst`, `I. tekst`.
 */
export interface DefinitionStyle {
  parens: boolean;
  punctuation: string;
  /** The column the text starts at when the definitions align their text; else undefined. */
  column?: number;
  /** The number of spaces after the numeral when the definitions do not align (default 1). */
  gap?: number;
}

/** The style of the roman definitions of a beleidsveld; aligned at column 4 (`I   `, `II  `) when it has none. */
export function definitionStyle(doc: ChapterDocument, field: Beleidsveld): DefinitionStyle {
  const prefixes = field.definitions
    .filter((d) => d.kind === 'roman')
    .map((d) => prefixOf(doc, d))
    .filter((p): p is Prefix => p !== undefined);
  if (prefixes.length === 0) return { parens: false, punctuation: '', column: 4 };
  const style: DefinitionStyle = { parens: prefixes[0].parens, punctuation: prefixes[0].punctuation };
  const spaced = prefixes.filter((p) => /^ +$/.test(p.gap));
  const gaps = new Set(spaced.map((p) => p.gap.length));
  const columns = new Set(spaced.map((p) => p.span.end - p.span.start));
  if (spaced.length === 0 || (gaps.size === 1 && [...gaps][0] === 1)) return style;
  // One definition, or every text at one column with different gaps: aligned. Equal gaps: a fixed gap.
  if (spaced.length === 1 || (columns.size === 1 && gaps.size > 1)) style.column = [...columns][0];
  else if (gaps.size === 1) style.gap = [...gaps][0];
  else style.column = mostCommon(spaced.map((p) => p.span.end - p.span.start));
  return style;
}

/** The value that occurs most often; the smallest of those on a tie. */
function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

/** The prefix of a roman definition in a style: `IV  `, `(IV) `, `IV. `. */
export function romanPrefix(numeral: string, style: DefinitionStyle): string {
  const head = (style.parens ? `(${numeral})` : numeral) + style.punctuation;
  if (style.column === undefined) return head + ' '.repeat(style.gap ?? 1);
  return head.padEnd(Math.max(head.length + 1, style.column), ' ');
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

/** The text of a new definition line for a marker, with `…` for the writer to complete. */
export function definitionStub(doc: ChapterDocument, field: Beleidsveld, marker: FootnoteMarker): string {
  if (marker.kind === 'asterisk') return '\\*'.repeat(marker.value) + ' …';
  return romanPrefix(marker.numeral, definitionStyle(doc, field)) + '…';
}

/**
 * The edit that adds a definition stub for a marker: in numeric order among the existing
 * definitions of its kind, else after the last definition, else as a new paragraph after the
 * table that holds the marker.
 */
export function insertDefinition(doc: ChapterDocument, field: Beleidsveld, marker: FootnoteMarker): SpanEdit {
  const stub = definitionStub(doc, field, marker);
  const separator = definitionSeparator(doc, field);
  const sameKind = field.definitions.filter((d) => d.kind === marker.kind);
  const before = sameKind.filter((d) => d.value < marker.value);
  if (before.length > 0) {
    const anchor = before[before.length - 1];
    return { span: { start: anchor.span.end, end: anchor.span.end }, newText: separator + stub };
  }
  if (marker.kind === 'roman' && sameKind.length > 0) {
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

/** Where a beleidsveld's roman numbering first goes wrong, and the edits that put it right. */
export interface Renumbering {
  /** Old value → new value for every roman numeral used or defined in the beleidsveld. */
  mapping: Map<number, number>;
  /** The first marker or definition that is out of order, with the numeral it should have. */
  first?: { node: FootnoteMarker | FootnoteDefinition; isMarker: boolean; expected: string };
  /** Renumbers every marker and definition and sorts the definitions of each block; empty when in order. */
  edits: SpanEdit[];
  /** False when the fix cannot be written (more than XXXIX footnotes). */
  fixable: boolean;
}

/**
 * Computes the renumbering of a beleidsveld's roman footnotes in order of first use. Numerals that
 * are only defined follow the used ones, in the order their definitions appear. The edits sort the
 * definitions within each block of definitions separated by blank lines only: a definition is
 * never moved across other text, so definitions out of order across such text are reported but
 * stay where they are. Asterisk footnotes keep their place and their marks.
 */
export function renumbering(doc: ChapterDocument, field: Beleidsveld): Renumbering {
  const mapping = new Map<number, number>();
  const assign = (value: number) => {
    if (!mapping.has(value)) mapping.set(value, mapping.size + 1);
  };
  const markers = field.markers.filter((m) => m.kind === 'roman');
  const definitions = field.definitions.filter((d) => d.kind === 'roman');
  markers.forEach((m) => assign(m.value));
  definitions.forEach((d) => assign(d.value));
  const target = (value: number) => mapping.get(value) ?? value;
  const fixable = mapping.size <= 39;

  const result: Renumbering = { mapping, edits: [], fixable };
  const firstMarker = markers.find((m) => target(m.value) !== m.value);
  if (firstMarker) result.first = { node: firstMarker, isMarker: true, expected: toRoman(target(firstMarker.value)) };

  for (const marker of markers) {
    const value = target(marker.value);
    if (value !== marker.value) result.edits.push({ span: marker.numeralSpan, newText: toRoman(value) });
  }

  // A numeral defined again is footnote-duplicate's business: only first definitions are ordered.
  const firstOf = new Map<number, FootnoteDefinition>();
  for (const d of definitions) if (!firstOf.has(d.value)) firstOf.set(d.value, d);
  const firsts = new Set(firstOf.values());
  const ordered = definitions.filter((d) => firsts.has(d));
  // The first definitions in source order should read I, II, III…
  const desired = ordered.map((d) => target(d.value)).sort((a, b) => a - b);
  const firstDefinition = ordered.findIndex((d, i) => desired[i] !== d.value);
  if (!result.first && firstDefinition !== -1) {
    result.first = { node: ordered[firstDefinition], isMarker: false, expected: toRoman(desired[firstDefinition]) };
  }

  const style = definitionStyle(doc, field);
  for (const block of definitionBlocks(doc, field.definitions)) {
    // The slots of the block's first definitions receive them sorted by their new value; asterisk
    // definitions and repeated numerals stay where they are (the latter renumbered in place).
    for (const repeated of block.filter((d) => d.kind === 'roman' && !firsts.has(d))) {
      const value = target(repeated.value);
      const prefix = prefixOf(doc, repeated);
      if (prefix && value !== repeated.value) result.edits.push({ span: prefix.span, newText: rewritePrefix(prefix, value, style) });
    }
    const slots = block.filter((d) => firsts.has(d));
    const sorted = [...slots].sort((a, b) => target(a.value) - target(b.value));
    slots.forEach((slot, i) => {
      const incoming = sorted[i];
      const value = target(incoming.value);
      if (incoming === slot && value === slot.value) return;
      const prefix = prefixOf(doc, incoming);
      if (!prefix) return;
      const head = rewritePrefix(prefix, value, style);
      if (incoming === slot) {
        result.edits.push({ span: prefix.span, newText: head });
      } else {
        result.edits.push({ span: slot.span, newText: head + doc.text.slice(prefix.span.end, incoming.span.end) });
      }
    });
  }
  if (!result.first || !fixable) result.edits = [];
  return result;
}

/** A definition's prefix with a new numeral: its own parentheses and punctuation, the beleidsveld's spacing. */
function rewritePrefix(prefix: Prefix, value: number, style: DefinitionStyle): string {
  const own = { ...style, parens: prefix.parens, punctuation: prefix.punctuation };
  // A gap with a tab is kept as written.
  if (!/^ +$/.test(prefix.gap)) return romanPrefix(toRoman(value), { ...own, column: undefined, gap: 0 }) + prefix.gap;
  return romanPrefix(toRoman(value), own);
}

/** Definitions grouped into blocks: consecutive definitions with only whitespace between them. */
function definitionBlocks(doc: ChapterDocument, definitions: FootnoteDefinition[]): FootnoteDefinition[][] {
  const blocks: FootnoteDefinition[][] = [];
  let previous: FootnoteDefinition | undefined;
  for (const definition of definitions) {
    const joined = previous && doc.text.slice(previous.span.end, definition.span.start).trim() === '';
    if (joined) blocks[blocks.length - 1].push(definition);
    else blocks.push([definition]);
    previous = definition;
  }
  return blocks;
}
