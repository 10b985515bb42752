/**
 * How written indicator names are compared with the BBV list: tolerant normalisation (case,
 * accents, punctuation), the parts of a cell that may be the name, and words in order.
 */
import { maskBreaks } from './cell-breaks.js';

/** A name compared after normalisation: letters and digits only, lower case, no accents. */
export function compactName(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Accents removed, lower case: how names and units are compared. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
}

/** The words of a text, folded. */
export function wordsOf(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A text without its parenthesised parts, whitespace collapsed. */
export function withoutParentheses(text: string): string {
  return text.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A part of a cell's text that may be the name. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  clean: boolean;
}

const FILLER = /^(?:(?:het|de)\s+)?(?:aantal|percentage|%|bbv|indicator)(?![\p{L}\p{N}])\s*[:\-–]?\s*/iu;
const TRAILING_UNIT = [
  /\s+per\s+\S.*$/iu,
  /\s+(?:in|als|x|×)\s+(?:%|€|fte|euro|kg|procent|percentage|duizend|kosten)(?![\p{L}]).*$/iu,
  /\s+(?:fte|%|€)\s*$/iu,
];
const SEPARATORS = /\s[-–—]\s|[:;,]/gu;

/**
 * The parts of a cell's text that may be the indicator's name, longest first: the whole text and
 * its pieces between ` - `, `:`, `,` and `;`, each without parenthesised parts, markers, a leading
 * filler word and a trailing unit. Offsets are into `raw`.
 */
export function nameCandidates(raw: string): Candidate[] {
  // Blank out what is not part of a name, keeping offsets: <br>, (…), asterisks, escapes.
  let masked = maskBreaks(raw);
  for (let i = 0; i < 3; i++) masked = masked.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  masked = masked.replace(/[*\\]/g, ' ');
  const pieces: { start: number; end: number }[] = [{ start: 0, end: masked.length }];
  let at = 0;
  for (const m of masked.matchAll(SEPARATORS)) {
    pieces.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (at > 0) pieces.push({ start: at, end: masked.length });
  const out: Candidate[] = [];
  for (const piece of pieces) {
    let { start, end } = piece;
    let text = masked.slice(start, end);
    // Leading fillers, possibly several (`BBV % Niet-sporters`).
    for (;;) {
      const lead = /^\s*/u.exec(text)?.[0].length ?? 0;
      const filler = FILLER.exec(text.slice(lead));
      if (!filler || filler[0].length === 0 || lead + filler[0].length >= text.trimEnd().length) break;
      start += lead + filler[0].length;
      text = masked.slice(start, end);
    }
    for (const pattern of TRAILING_UNIT) {
      const m = pattern.exec(text);
      if (m && m.index > 0) {
        end = start + m.index;
        text = masked.slice(start, end);
      }
    }
    while (start < end && /\s/u.test(masked[start])) start++;
    while (end > start && /\s/u.test(masked[end - 1])) end--;
    if (end <= start) continue;
    const shown = masked.slice(start, end).replace(/\s+/g, ' ');
    if (!/\p{L}/u.test(shown) || out.some((c) => c.start === start && c.end === end)) continue;
    out.push({ start, end, text: shown, clean: raw.slice(start, end) === masked.slice(start, end) });
  }
  return out;
}

/**
 * Whether `needle` occurs in `words` in order, starting among the first three words, with at most
 * four other words between its words.
 */
export function containsInOrder(words: string[], needle: string[]): boolean {
  // `niet` turns a name around (WOZ-waarde niet-woningen is not the WOZ-waarde of woningen).
  if (words.includes('niet') !== needle.includes('niet')) return false;
  let from = words.indexOf(needle[0]);
  if (from === -1 || from > 2) return false;
  let gaps = 0;
  for (const word of needle.slice(1)) {
    const next = words.indexOf(word, from + 1);
    if (next === -1) return false;
    gaps += next - from - 1;
    from = next;
  }
  return gaps <= 4;
}
