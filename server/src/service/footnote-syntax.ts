/**
 * Footnote syntax: the numerals markers and definitions are written with, and how they are read
 * from indicator names and definition lines, in the styles of a {@link FootnoteStyle}.
 */
import type { FootnoteKind, FootnoteStyleName } from './footnote-model.js';
import { defaultFootnotes, type DefinitionLine, FootnoteStyle, plainNumeral, numeralValue, ROMAN_SOURCE } from './footnote-style.js';
import type { FootnoteDefinition, FootnoteMarker, IndicatorName, TableCell } from './model.js';
import type { Span } from './positions.js';
import { maskBreaks } from './value.js';

export { formatNumeral, isMarkerNumeral, maxNumeral, numeralValue, romanValue, toRoman } from './footnote-style.js';

/**
 * A marker read from text.
 * @param written the marker as written (`(IV)`, `\*`, `)1`)
 * @param start its offset in the document
 * @param numeral the numeral as written and its offset within `written`
 */
export function markerOf(
  style: FootnoteStyleName,
  kind: FootnoteKind,
  written: string,
  start: number,
  numeral: { text: string; index: number },
): FootnoteMarker {
  const at = start + numeral.index;
  return {
    kind,
    style,
    numeral: plainNumeral(kind, numeral.text),
    value: numeralValue(kind, numeral.text) ?? 0,
    label: written.replace(/\\/g, '').replace(/\s+/g, ''),
    span: { start, end: start + written.length },
    numeralSpan: { start: at, end: at + numeral.text.length },
  };
}

interface Found {
  span: Span;
  marker: FootnoteMarker;
}

/** Markers in the text of an indicator name, in source order; `base` is the offset of `masked`. */
function nameMarkers(masked: string, base: number, style: FootnoteStyle): Found[] {
  const found: Found[] = [];
  for (const { style: name, kind, pattern, unmatched } of style.namePatterns) {
    for (const m of masked.matchAll(pattern)) {
      const index = m.index ?? 0;
      const written = m[0].replace(/\s+$/, '');
      if (unmatched && closesParenthesis(masked, index + written.indexOf(')'))) continue;
      if (style.isIgnored(written)) continue;
      const numeral = m[1] ?? written;
      found.push({
        span: { start: index, end: index + written.length },
        marker: markerOf(name, kind, written, base + index, { text: numeral, index: written.indexOf(numeral) }),
      });
    }
  }
  // Two styles may read the same characters: the first in the text wins, then the longest.
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: Found[] = [];
  for (const f of found) if (kept.length === 0 || f.span.start >= kept[kept.length - 1].span.end) kept.push(f);
  return kept;
}

/** True when the `)` at `index` closes a parenthesis opened before it. */
export function closesParenthesis(text: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** Reads an indicator name: its markers, and its text without them. */
export function readIndicatorName(cell: TableCell, style: FootnoteStyle = defaultFootnotes): IndicatorName {
  const masked = maskBreaks(cell.raw);
  const found = nameMarkers(masked, cell.span.start, style);
  let rest = '';
  let at = 0;
  for (const f of found) {
    rest += masked.slice(at, f.span.start) + ' ';
    at = f.span.end;
  }
  rest += masked.slice(at);
  const plain = rest.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1').replace(/\s+/g, ' ').trim();
  return { ...cell, plain, key: indicatorKey(plain), markers: found.map((f) => f.marker) };
}

/**
 * Markers of every footnote style, whatever the configuration, for {@link indicatorKey}: a chapter
 * in another style (`Bezetting ¹`, `Bezetting (1)`, `Bezetting 1)`, `Bezetting.1`) still names the
 * same indicator as `Bezetting`. In parentheses: a Roman numeral, a number or a letter.
 */
const KEY_PAREN_MARKER = new RegExp(String.raw`\(\s*(?:${ROMAN_SOURCE}|[1-9]\d?|[a-z])\s*\)`, 'g');
/** Superscript digits, not after `m` (`m²`, `km²` and `m³` are units). */
const KEY_SUPERSCRIPT = /(?<![m⁰¹²³⁴⁵⁶⁷⁸⁹])[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?(?![⁰¹²³⁴⁵⁶⁷⁸⁹])/gu;
/** At the end: `4)` or `d)` after a blank, whose parenthesis closes none opened before it. */
const KEY_CLOSE_MARKER = /(?<!\S)(?:[1-9]\d?|[a-z])\)$/;
/** At the end: `)4` after a blank, whose parenthesis closes none opened before it. */
const KEY_OPEN_MARKER = /(?<!\S)\)[ \t]?[1-9]\d?$/;
/** At the end: a number glued to a full stop after a letter, or to a parenthesis (`.4`, `)4`). */
const KEY_GLUED_MARKER = /(?<=\p{L}\.|\))[1-9]\d?$/u;

/**
 * The key indicators are matched by: markers of every style removed (see {@link KEY_PAREN_MARKER}),
 * whitespace and case normalised.
 */
export function indicatorKey(plain: string): string {
  let text = plain.replace(KEY_PAREN_MARKER, ' ').replace(/\*+/g, ' ').replace(KEY_SUPERSCRIPT, ' ').replace(/\s+/g, ' ').trim();
  // Markers at the end, one after another (`Bezetting 1) ²`): strip them until none is left.
  for (;;) {
    const close = KEY_CLOSE_MARKER.exec(text);
    const open = KEY_OPEN_MARKER.exec(text);
    const glued = KEY_GLUED_MARKER.exec(text);
    const found =
      close && !closesParenthesis(text, text.length - 1)
        ? close
        : open && !closesParenthesis(text, open.index)
          ? open
          : close
            ? undefined
            : glued;
    // A name that is only a marker keeps it: an empty key matches nothing.
    if (!found || found.index === 0) break;
    // `zorgvoorzieningen.1`: the full stop goes with the number glued to it.
    const cut = found === glued && text[found.index - 1] === '.' ? found.index - 1 : found.index;
    text = text.slice(0, cut).trimEnd();
  }
  return text.toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();
}

/** What {@link readDefinitions} may know about the paragraph's surroundings. */
export interface DefinitionContext {
  /** The whole document text the paragraph's offsets refer to. */
  text: string;
  /** The definitions already read in the beleidsveld, in source order. */
  previous: readonly FootnoteDefinition[];
}

/** The marker of a list item, when a paragraph is the item's content: `1. `, `2) `, `* `. */
const LIST_LEAD = /^[ \t]*(?:\d{1,9}[.)]|\*)[ \t]+$/;

/**
 * Footnote definition lines in a paragraph; continuation lines extend the previous definition.
 * With a context, the marker of a list item counts as the numeral (`1. text` is an ordered list
 * in Markdown, `* text` a bullet), and label lines (`Toelichting:`) before the paragraph count.
 * @param source the paragraph's text
 * @param base the offset of `source` in the document
 */
export function readDefinitions(
  source: string,
  base: number,
  style: FootnoteStyle = defaultFootnotes,
  context?: DefinitionContext,
): FootnoteDefinition[] {
  const definitions: FootnoteDefinition[] = [];
  let lead = '';
  let leadStart = base;
  if (context) {
    const lineStart = context.text.lastIndexOf('\n', base - 1) + 1;
    const before = context.text.slice(lineStart, base);
    if (LIST_LEAD.test(before)) {
      lead = before;
      leadStart = lineStart;
    }
  }
  let label = context && style.labels.length > 0 ? labelBefore(context, leadStart, style) : undefined;
  let offset = 0;
  source.split('\n').forEach((line, i) => {
    const clean = line.replace(/\r$/, '');
    const at = base + offset;
    offset += line.length + 1;
    let read: { line: DefinitionLine; base: number } | undefined;
    const labelled = style.readLabelLine(clean);
    if (labelled) {
      if (labelled.rest === '') {
        label = labelled.label;
        return;
      }
      // `Toelichting: \* text`: the label and the first definition on one line.
      const rest = style.readDefinitionLine(clean.slice(labelled.restIndex), true);
      if (rest) {
        label = labelled.label;
        read = { line: rest, base: at + labelled.restIndex };
      }
    }
    const under = label !== undefined;
    if (!read && i === 0 && lead) {
      const withLead = style.readDefinitionLine(lead + clean, under);
      // Only when the list marker is the numeral; else the item's own text is read as usual.
      if (withLead && withLead.numeralStart < lead.length) read = { line: withLead, base: leadStart };
    }
    if (!read) {
      const plain = style.readDefinitionLine(clean, under);
      if (plain) read = { line: plain, base: at };
    }
    if (read && style.requireLabel && !under) read = undefined;
    if (read) {
      const d = read.line;
      const definition: FootnoteDefinition = {
        kind: d.kind,
        numeral: d.numeral,
        value: d.value,
        span: { start: read.base + d.start, end: at + clean.length },
        numeralSpan: { start: read.base + d.numeralStart, end: read.base + d.numeralEnd },
        gapSpan: { start: read.base + d.gapStart, end: read.base + d.gapEnd },
        text: d.text,
      };
      if (label !== undefined) definition.label = label;
      definitions.push(definition);
    } else if (definitions.length > 0 && clean.trim() !== '') {
      const previous = definitions[definitions.length - 1];
      previous.span.end = at + clean.length;
      previous.text += ' ' + clean.trim();
    }
  });
  return definitions;
}

/**
 * The label the line at `lineStart` stands under: the previous line with content is a label line
 * (`Toelichting:`, `### Bron`), or ends a definition that stands under a label.
 */
function labelBefore(context: DefinitionContext, lineStart: number, style: FootnoteStyle): string | undefined {
  const { text, previous } = context;
  let end = lineStart - 1;
  while (end >= 0) {
    const start = end > 0 ? text.lastIndexOf('\n', end - 1) + 1 : 0;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim() !== '') {
      const labelled = style.readLabelLine(line);
      if (labelled && labelled.rest === '') return labelled.label;
      const last = previous[previous.length - 1];
      if (last?.label !== undefined && last.span.end > start && last.span.end <= end) return last.label;
      return undefined;
    }
    end = start - 1;
  }
  return undefined;
}
