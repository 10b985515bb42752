/** Part of the context classifier: the footnote markers being typed at the cursor in a table cell. */
import type { FootnoteKind, FootnoteStyleName } from '../../footnote-model.js';
import { closesParenthesis } from '../../footnote-syntax.js';
import type { FeatureContext } from '../context.js';
import type { LineCell } from '../shared.js';
import type { MarkerTyping } from './context.js';

/** The characters a numeral of a kind is typed with, to replace it whole around the cursor. */
const NUMERAL_CHARS: Record<FootnoteKind, RegExp> = {
  roman: /[IVX]/,
  asterisk: /[\\*]/,
  number: /\d/,
  superscript: /[⁰¹²³⁴⁵⁶⁷⁸⁹]/,
  letter: /[a-z]/,
};

/**
 * The markers of the configured styles that the text before the cursor starts in a table cell:
 * `(` (Roman numerals, numbers and letters in parentheses), asterisks glued to a value, `)` before
 * a number, `^` for a superscript digit, and after a blank a number or letter with `)`. In the name
 * cell also a number glued to a full stop (`voorzieningen.1`).
 * @param line the text of the cursor's line
 * @param character the cursor's character in the line
 * @param lineStart the offset of the line, for the spans
 */
export function markersTyped(line: string, cell: LineCell, character: number, lineStart: number, ctx: FeatureContext): MarkerTyping[] {
  const style = ctx.settings.vocabulary.footnotes;
  const before = line.slice(cell.start, character);
  const found: MarkerTyping[] = [];
  const add = (name: FootnoteStyleName, kind: FootnoteKind, typed: string, close: string, merge: boolean, extra: Partial<MarkerTyping> = {}) => {
    if (!style.has(name)) return;
    let end = character;
    while (end < line.length && NUMERAL_CHARS[kind].test(line[end])) end++;
    // An existing closing parenthesis after the numeral stays.
    const closing = close && /^\s*\)/.test(line.slice(end)) ? '' : close;
    const span = { start: lineStart + character - typed.length, end: lineStart + end };
    found.push({ style: name, kind, span, close: closing, merge, ...extra });
  };
  const paren = /\(\s*([IVX]*|\d{0,2}|[a-z]?)$/.exec(before);
  if (paren) {
    const typed = paren[1];
    if (/^[IVX]*$/.test(typed)) add('roman', 'roman', typed, ')', false);
    if (/^\d*$/.test(typed)) add('number-paren', 'number', typed, ')', false);
    if (/^[a-z]?$/.test(typed)) add('letter', 'letter', typed, ')', false);
    return found;
  }
  const asterisks = /(?<=[^\s|\\*])((?:\\?\*)+)$/.exec(before);
  if (asterisks) add('asterisk', 'asterisk', asterisks[1], '', false, { escaped: asterisks[1].includes('\\') });
  const open = /\)[ \t]?(\d{0,2})$/.exec(before);
  if (open && !closesParenthesis(before, open.index)) add('close-number', 'number', open[1], '', false);
  if (before.endsWith('^')) add('superscript', 'superscript', '^', '', false);
  if (found.length > 0) return found;
  const afterBlank = /(?<=[\p{L}\p{N}%.)*])[ \t]+(\d{0,2}|[a-z])$/u.exec(before);
  if (afterBlank) {
    const typed = afterBlank[1];
    if (/^\d*$/.test(typed)) add('number-close', 'number', typed, ')', true);
    if (/^[a-z]?$/.test(typed)) add('letter', 'letter', typed, ')', true);
  }
  const glued = /(?<=\p{L}\.|\))(\d{0,2})$/u.exec(before);
  if (glued && cell.index === 0) add('number-glued', 'number', glued[1], '', true);
  return found;
}
