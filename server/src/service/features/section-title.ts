/**
 * Turns a standard section's first heading pattern (vocabulary `sections`) back into heading text:
 * `Wat willen we bereiken( in {jaar})?` → `Wat willen we bereiken in 2019?`.
 */
import type { SectionSpec } from '../vocabulary.js';

/** Headings that start with one of these words are questions and end with `?`. */
const QUESTION = /^(wat|hoe|welke?|waarom|wanneer|wie|waar|waarvoor|waarmee)\b/iu;

/**
 * The heading text of a standard section for a year. The pattern is rendered in its shortest
 * form: the first alternative of every group, optional parts left out, except an optional part
 * that holds the year (when the year is known). Question headings get their `?`.
 * @param year the document year; without it, optional year parts are left out
 */
export function sectionTitle(spec: SectionSpec, year: number | undefined): string {
  const pattern = spec.headings[0] ?? spec.id;
  const text = renderSequence(pattern, 0, year).text.replace(/\s+/g, ' ').trim();
  return QUESTION.test(text) && !text.endsWith('?') ? `${text}?` : text;
}

interface Rendered {
  text: string;
  /** Index where rendering stopped: a `)` closing the group, or the end. */
  end: number;
  hasYear: boolean;
}

/** Renders a pattern from `start` up to the `)` that closes the current group (or the end). */
function renderSequence(pattern: string, start: number, year: number | undefined): Rendered {
  let text = '';
  let hasYear = false;
  let i = start;
  let lastLength = 0; // length of the last rendered atom, so a quantifier can drop it
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === ')') break;
    if (c === '|') {
      i = skipToGroupEnd(pattern, i);
      break;
    }
    if (c === '(') {
      let j = i + 1;
      if (pattern.startsWith('?:', j)) j += 2;
      else if (pattern.startsWith('?<', j)) j = pattern.indexOf('>', j) + 1;
      const inner = renderSequence(pattern, j, year);
      i = inner.end + 1;
      const quantifier = pattern[i];
      const optional = quantifier === '?' || quantifier === '*';
      if (quantifier === '?' || quantifier === '*' || quantifier === '+') i++;
      if (!optional || (inner.hasYear && year !== undefined)) {
        text += inner.text;
        hasYear ||= inner.hasYear;
        lastLength = inner.text.length;
      } else lastLength = 0;
      continue;
    }
    if (pattern.startsWith('{jaar}', i)) {
      const rendered = year === undefined ? '{jaar}' : String(year);
      text += rendered;
      hasYear = true;
      lastLength = rendered.length;
      i += 6;
      continue;
    }
    const counted = /^\{\d+(,\d*)?\}/.exec(pattern.slice(i));
    if (counted) {
      i += counted[0].length;
      continue;
    }
    if (c === '?' || c === '*') {
      // The previous atom is optional: leave it out.
      text = text.slice(0, text.length - lastLength);
      lastLength = 0;
      i++;
      continue;
    }
    if (c === '+' || c === '^' || c === '$') {
      i++;
      continue;
    }
    if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      const body = pattern.slice(i + 1, close === -1 ? pattern.length : close).replace(/^\^/, '');
      const first = body.startsWith('\\') ? classChar(body[1]) : (body[0] ?? '');
      text += first;
      lastLength = first.length;
      i = close === -1 ? pattern.length : close + 1;
      continue;
    }
    if (c === '\\') {
      const rendered = classChar(pattern[i + 1] ?? '');
      text += rendered;
      lastLength = rendered.length;
      i += 2;
      continue;
    }
    text += c === '.' ? ' ' : c;
    lastLength = 1;
    i++;
  }
  return { text, end: i, hasYear };
}

/** What an escape renders as: `\s` a space, `\d` a digit, anything else itself. */
function classChar(c: string): string {
  if (c === 's') return ' ';
  if (c === 'd') return '0';
  if (c === 'w') return 'a';
  return c;
}

/** From a `|`, the index of the `)` closing the current group (or the end). */
function skipToGroupEnd(pattern: string, from: number): number {
  let depth = 0;
  for (let i = from; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return pattern.length;
}
