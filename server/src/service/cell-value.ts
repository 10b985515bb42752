/**
 * The cell value grammar: a main value (dash, trend word or quantity), then annotations in
 * parentheses, then footnote markers. `<br>` may split a cell over lines.
 *   68% (II) | > 70% | -* | 14.823 (8.867 pers) | - (71% over Q3 t/m Q4) (V)
 * This file splits a cell into its parts; `value.ts` classifies the main value.
 */
import { asteriskMarker, isMarkerNumeral, romanValue } from './footnote-syntax.js';
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

  // Asterisks glued to the main value are markers: -*, 82%*, *28,8 (escaped or not).
  const lead = /^(?:\\?\*)+/.exec(text.slice(mainFrom, mainTo));
  if (lead && mainFrom + lead[0].length <= mainTo) {
    markers.push(asteriskMarker(lead[0], base + mainFrom));
    mainFrom += lead[0].length;
  }
  const trail = /(?:\\?\*)+$/.exec(text.slice(mainFrom, mainTo));
  if (trail) {
    markers.push(asteriskMarker(trail[0], base + mainFrom + trail.index));
    mainTo = mainFrom + trail.index;
  }

  // After the main value: (annotation), (IV), stray asterisks, and anything else as trailing text.
  let i = mainEnd;
  while (i < text.length) {
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
        if (isMarkerNumeral(trimmed)) {
          const at = i + 1 + inner.indexOf(trimmed);
          markers.push({
            kind: 'roman',
            numeral: trimmed,
            value: romanValue(trimmed),
            span: { start: base + i, end: base + close + 1 },
            numeralSpan: { start: base + at, end: base + at + trimmed.length },
          });
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
    const star = /^(?:\\?\*)+/.exec(text.slice(i));
    if (star) {
      markers.push(asteriskMarker(star[0], base + i));
      i += star[0].length;
      continue;
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

