/**
 * The cell value grammar: a main value (dash, trend word or quantity), then annotations in
 * parentheses, then footnote markers. `<br>` may split a cell over lines.
 *   68% (II) | > 70% | -* | 14.823 (8.867 pers) | - (71% over Q3 t/m Q4) (V)
 * This file splits a cell into its parts, reading markers in the footnote styles of the vocabulary
 * (`footnote-style.ts`); `value.ts` classifies the main value, markers already removed.
 */
import { markerOf } from './footnote-syntax.js';
import type { CellValue, FootnoteMarker } from './model.js';
import type { Span } from './positions.js';
import { BR, classifyMain, maskBreaks } from './value.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Parses the content of a value cell.
 * @param raw the cell content as written between the pipes, trimmed
 * @param base the offset of `raw` in the document
 */
export function parseCellValue(raw: string, base: number, vocabulary: Vocabulary): CellValue {
  const text = maskBreaks(raw);
  const markers: FootnoteMarker[] = [];
  const annotations: { text: string; span: Span }[] = [];
  let trailingStart = -1;
  let trailingEnd = -1;

  // The main value runs up to the first parenthesis.
  const firstParen = text.indexOf('(');
  const mainEnd = firstParen === -1 ? text.length : firstParen;
  let mainFrom = 0;
  let mainTo = mainEnd;
  while (mainFrom < mainTo && /\s/.test(text[mainFrom])) mainFrom++;
  while (mainTo > mainFrom && /\s/.test(text[mainTo - 1])) mainTo--;

  // Markers glued to the main value (`-*`, `82%*`, `*28,8`, escaped or not) or after it without
  // parentheses (`33 )1`, `68% 1)`, `68%¹`), in the styles in use: stripped before classifying.
  const style = vocabulary.footnotes;
  for (const { style: name, kind, pattern } of style.leadPatterns) {
    const lead = pattern.exec(text.slice(mainFrom, mainTo));
    if (!lead || style.isIgnored(lead[0])) continue;
    markers.push(markerOf(name, kind, lead[0], base + mainFrom, { text: lead[1] ?? lead[0], index: 0 }));
    mainFrom += lead[0].length;
  }
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const { style: name, kind, pattern } of style.trailPatterns) {
      const trail = pattern.exec(text.slice(mainFrom, mainTo));
      if (!trail || style.isIgnored(trail[0])) continue;
      const numeral = trail[1] ?? trail[0];
      markers.push(markerOf(name, kind, trail[0], base + mainFrom + trail.index, { text: numeral, index: trail[0].lastIndexOf(numeral) }));
      mainTo = mainFrom + trail.index;
      // A spaced marker (`33 )1`) leaves the space; asterisks are glued and keep today's span.
      if (kind !== 'asterisk') while (mainTo > mainFrom && /\s/.test(text[mainTo - 1])) mainTo--;
      stripped = true;
    }
  }

  // After the main value: (annotation), (IV), stray markers, and anything else as trailing text.
  let i = mainEnd;
  outer: while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(') {
      const close = matchingParen(text, i);
      if (close !== -1) {
        const inner = text.slice(i + 1, close);
        const trimmed = inner.trim();
        const paren = style.parenMarker(trimmed);
        const written = text.slice(i, close + 1);
        if (paren && !style.isIgnored(written)) {
          markers.push(markerOf(paren.style, paren.kind, written, base + i, { text: trimmed, index: 1 + inner.indexOf(trimmed) }));
        } else {
          annotations.push({
            text: raw.slice(i + 1, close).replace(BR, ' ').replace(/\s+/g, ' ').trim(),
            span: { start: base + i, end: base + close + 1 },
          });
        }
        i = close + 1;
        continue;
      }
    }
    for (const { style: name, kind, pattern } of style.freePatterns) {
      pattern.lastIndex = i;
      const free = pattern.exec(text);
      if (!free || style.isIgnored(free[0])) continue;
      const numeral = free[1] ?? free[0];
      markers.push(markerOf(name, kind, free[0], base + i, { text: numeral, index: free[0].lastIndexOf(numeral) }));
      i += free[0].length;
      continue outer;
    }
    // Unstructured text: extend the trailing span up to the next parenthesis.
    let j = i;
    while (j < text.length && text[j] !== '(') j++;
    if (j === i) j = text.length; // an unbalanced '('
    let end = j;
    while (end > i && /\s/.test(text[end - 1])) end--;
    if (trailingStart === -1) trailingStart = i;
    trailingEnd = end;
    i = j;
  }

  const main = classifyMain(text.slice(mainFrom, mainTo), { start: base + mainFrom, end: base + mainTo }, vocabulary);
  const value: CellValue = { main, annotations, markers: markers.sort((a, b) => a.span.start - b.span.start) };
  if (trailingStart !== -1) {
    value.trailing = {
      text: raw.slice(trailingStart, trailingEnd).replace(BR, ' ').trim(),
      span: { start: base + trailingStart, end: base + trailingEnd },
    };
  }
  return value;
}


/** Index of the parenthesis closing the one at `open`, or -1. */
function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

