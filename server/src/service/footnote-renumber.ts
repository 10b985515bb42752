/**
 * The one renumbering of footnotes, shared by the footnote-order quick fix, `--fix`, the
 * *Renumber footnotes* command and rename: markers get their new numerals, and the definitions end
 * in numeral order, each moving with its text (continuation lines included) into the places
 * definitions already occupy, so the prose between them stays where it is. A definition keeps its
 * own parentheses and punctuation and takes the beleidsveld's spacing (text aligned at a column, or
 * a fixed gap). Every numbering the footnote style orders (see {@link FootnoteStyle.isOrdered}) is
 * renumbered on its own; asterisks next to another style keep their place and their marks.
 */
import type { SpanEdit } from './edits.js';
import type { DefinitionForm, FootnoteStyle } from './footnote-style.js';
import { formatNumeral, maxNumeral } from './footnote-style.js';
import type { Beleidsveld, ChapterDocument, FootnoteDefinition, FootnoteKind, FootnoteMarker } from './model.js';
import type { Span } from './positions.js';

/** The parts of a definition before its text: `(`, `IV`, `).`, then the gap. */
interface Prefix {
  /** Span of the whole prefix, gap included: what a renumbering replaces. */
  span: Span;
  open: string;
  /** The numeral as written (`\*` keeps its backslash). */
  written: string;
  close: string;
  gap: string;
}

function prefixOf(doc: ChapterDocument, d: FootnoteDefinition): Prefix {
  const text = (from: number, to: number) => doc.text.slice(from, to);
  return {
    span: { start: d.span.start, end: d.gapSpan.end },
    open: text(d.span.start, d.numeralSpan.start),
    written: text(d.numeralSpan.start, d.numeralSpan.end),
    close: text(d.numeralSpan.end, d.gapSpan.start),
    gap: text(d.gapSpan.start, d.gapSpan.end),
  };
}

/**
 * How a beleidsveld writes the definitions of one numbering: `I   tekst` / `II  tekst` (text
 * aligned at a column), `I   tekst` / `II   tekst` (a fixed gap), `(I) tekst`, `1. tekst`, `)1 = tekst`.
 */
export interface DefinitionStyle extends DefinitionForm {
  /** The number of spaces after the numeral when the definitions do not align (default 1). */
  gap?: number;
}

/**
 * The style of a beleidsveld's definitions of a kind: that of the first definition, with the
 * spacing most of them share; `fallback` when the beleidsveld has none of that kind.
 */
export function definitionStyle(
  doc: ChapterDocument,
  field: Beleidsveld,
  kind: FootnoteKind,
  fallback: DefinitionForm = { open: '', close: '', column: 4 },
): DefinitionStyle {
  const prefixes = field.definitions.filter((d) => d.kind === kind).map((d) => prefixOf(doc, d));
  if (prefixes.length === 0) return { ...fallback };
  const style: DefinitionStyle = { open: prefixes[0].open, close: prefixes[0].close };
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

/** The prefix of a definition in a style: `IV  `, `(IV) `, `IV. `, `4. `, `)4 = `. */
export function definitionPrefix(numeral: string, style: DefinitionStyle): string {
  const head = style.open + numeral + style.close;
  if (style.column === undefined) return head + ' '.repeat(style.gap ?? 1);
  return head.padEnd(Math.max(head.length + 1, style.column), ' ');
}

/** A definition's prefix with a new value: its own parentheses and punctuation, the beleidsveld's spacing. */
function rewritePrefix(prefix: Prefix, kind: FootnoteKind, value: number, style: DefinitionStyle): string {
  const own = { ...style, open: prefix.open, close: prefix.close };
  const numeral = formatNumeral(kind, value, prefix.written);
  // A gap with a tab or a no-break space (or none at all) is kept as written.
  if (!/^ +$/.test(prefix.gap)) return definitionPrefix(numeral, { ...own, column: undefined, gap: 0 }) + prefix.gap;
  return definitionPrefix(numeral, own);
}

/** The first definition of each value, in source order; a value defined again is footnote-duplicate's. */
function firstDefinitions(definitions: FootnoteDefinition[]): Set<FootnoteDefinition> {
  const firstOf = new Map<number, FootnoteDefinition>();
  for (const d of definitions) if (!firstOf.has(d.value)) firstOf.set(d.value, d);
  return new Set(firstOf.values());
}

/**
 * The edits that give the footnotes of a beleidsveld new values (old value → new value per kind;
 * values not in a mapping stay) and put the definitions of every mapped kind in numeral order.
 * The first definition of each value moves, with its text, into the place of the definition that
 * now comes at that position; a value defined again is renumbered where it stands.
 */
export function remapEdits(
  doc: ChapterDocument,
  field: Beleidsveld,
  mappings: ReadonlyMap<FootnoteKind, ReadonlyMap<number, number>>,
): SpanEdit[] {
  const edits: SpanEdit[] = [];
  for (const [kind, mapping] of mappings) {
    const target = (value: number) => mapping.get(value) ?? value;
    for (const marker of field.markers) {
      if (marker.kind !== kind || target(marker.value) === marker.value) continue;
      const written = doc.text.slice(marker.numeralSpan.start, marker.numeralSpan.end);
      edits.push({ span: marker.numeralSpan, newText: formatNumeral(kind, target(marker.value), written) });
    }
    const definitions = field.definitions.filter((d) => d.kind === kind);
    const firsts = firstDefinitions(definitions);
    const style = definitionStyle(doc, field, kind);
    for (const repeated of definitions.filter((d) => !firsts.has(d))) {
      const value = target(repeated.value);
      if (value === repeated.value) continue;
      const prefix = prefixOf(doc, repeated);
      edits.push({ span: prefix.span, newText: rewritePrefix(prefix, kind, value, style) });
    }
    const slots = definitions.filter((d) => firsts.has(d));
    const sorted = [...slots].sort((a, b) => target(a.value) - target(b.value));
    slots.forEach((slot, i) => {
      const incoming = sorted[i];
      const value = target(incoming.value);
      if (incoming === slot && value === slot.value) return;
      const prefix = prefixOf(doc, incoming);
      const head = rewritePrefix(prefix, kind, value, style);
      if (incoming === slot) {
        if (head !== doc.text.slice(prefix.span.start, prefix.span.end)) edits.push({ span: prefix.span, newText: head });
      } else {
        edits.push({ span: slot.span, newText: head + doc.text.slice(prefix.span.end, incoming.span.end) });
      }
    });
  }
  return edits;
}

/** Where a beleidsveld's numbering first goes wrong, and the edits that put it right. */
export interface Renumbering {
  /** Old value → new value per ordered kind used or defined in the beleidsveld. */
  mappings: Map<FootnoteKind, Map<number, number>>;
  /** The first marker (else definition) out of order, with the numeral it should have. */
  first?: { node: FootnoteMarker | FootnoteDefinition; isMarker: boolean; expected: string };
  /** Renumbers every marker and definition and sorts the definitions; empty when in order. */
  edits: SpanEdit[];
  /** False when the fix cannot be written (more footnotes of a kind than it has numerals). */
  fixable: boolean;
}

/**
 * The renumbering of a beleidsveld's footnotes in order of first use, per ordered kind: the first
 * marker read gets 1 (I, a, ¹ …), the next new one 2, and so on; values only defined follow the
 * used ones, in the order their definitions appear.
 */
export function renumbering(doc: ChapterDocument, field: Beleidsveld, style: FootnoteStyle): Renumbering {
  const mappings = new Map<FootnoteKind, Map<number, number>>();
  let fixable = true;
  const markerFirsts: NonNullable<Renumbering['first']>[] = [];
  const definitionFirsts: NonNullable<Renumbering['first']>[] = [];
  for (const kind of style.orderedKinds()) {
    const markers = field.markers.filter((m) => m.kind === kind);
    const definitions = field.definitions.filter((d) => d.kind === kind);
    if (markers.length === 0 && definitions.length === 0) continue;
    const mapping = new Map<number, number>();
    const assign = (value: number) => {
      if (!mapping.has(value)) mapping.set(value, mapping.size + 1);
    };
    markers.forEach((m) => assign(m.value));
    definitions.forEach((d) => assign(d.value));
    mappings.set(kind, mapping);
    if (mapping.size > maxNumeral(kind)) fixable = false;
    const target = (value: number) => mapping.get(value) ?? value;

    const marker = markers.find((m) => target(m.value) !== m.value);
    if (marker) markerFirsts.push({ node: marker, isMarker: true, expected: formatNumeral(kind, target(marker.value)) });
    // The first definitions in source order should read 1, 2, 3…
    const firsts = firstDefinitions(definitions);
    const ordered = definitions.filter((d) => firsts.has(d));
    const desired = ordered.map((d) => target(d.value)).sort((a, b) => a - b);
    const at = ordered.findIndex((d, i) => desired[i] !== d.value);
    if (at !== -1) definitionFirsts.push({ node: ordered[at], isMarker: false, expected: formatNumeral(kind, desired[at]) });
  }
  const earliest = (list: NonNullable<Renumbering['first']>[]) =>
    list.sort((a, b) => a.node.span.start - b.node.span.start)[0];
  const first = earliest(markerFirsts) ?? earliest(definitionFirsts);
  const result: Renumbering = { mappings, edits: [], fixable };
  if (first) {
    result.first = first;
    if (fixable) result.edits = remapEdits(doc, field, mappings);
  }
  return result;
}
