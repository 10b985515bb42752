/** Recognises the headings of a copied chapter: programme, deelprogramma, beleidsveld, section question. */
import type { Vocabulary } from '../service/vocabulary.js';
import { escapeHeadingText } from './escape.js';

export interface RecognisedHeading {
  kind: 'programma' | 'deelprogramma' | 'beleidsveld' | 'section';
  /** `4`, `4.2`, `4.2.1`. */
  number?: string;
  /** The title as copied (whitespace collapsed). */
  title: string;
  /** The heading in the dialect: `# Programma 4: …`, `## Deelprogramma 4.2: …`, `## 4.2.1 …`, `### …`. */
  markdown: string;
}

const PROGRAMMA = /^Programma\s+(\d+)(?![.,]?\d)\s*[:.\-–]?\s*(.*)$/i;
const DEELPROGRAMMA = /^Deelprogramma\s+(\d+\.\d+)(?![.,]?\d)\s*[:.\-–]?\s*(.*)$/i;
const BELEIDSVELD = /^(?:Beleidsveld\s+)?(\d+\.\d+\.\d+)(?![.,]?\d)\.?(?:\s*[:\-–]\s*|\s+)(\S.*)$/i;
/** Longest title we take for a heading; longer lines are sentences. */
const MAX_TITLE = 120;

/** A title, or undefined when the text reads as a sentence rather than a heading title. */
function titleOf(text: string, allowEmpty: boolean): string | undefined {
  const title = text.trim();
  if (title === '') return allowEmpty ? '' : undefined;
  if (title.length > MAX_TITLE || /[.;,]$/.test(title)) return undefined;
  return title;
}

/**
 * The heading a (whitespace-normalised) line is, if any. Section questions are those of the
 * vocabulary for either kind (`Wat wilden we bereiken in 2018?`, `Conclusie`, …).
 */
export function recogniseHeading(text: string, vocabulary: Vocabulary): RecognisedHeading | undefined {
  let m = PROGRAMMA.exec(text);
  if (m) {
    const title = titleOf(m[2], true);
    if (title === undefined) return undefined;
    return {
      kind: 'programma',
      number: m[1],
      title,
      markdown: `# Programma ${m[1]}${title ? ': ' + escapeHeadingText(title) : ''}`,
    };
  }
  m = DEELPROGRAMMA.exec(text);
  if (m) {
    const title = titleOf(m[2], true);
    if (title === undefined) return undefined;
    return {
      kind: 'deelprogramma',
      number: m[1],
      title,
      markdown: `## Deelprogramma ${m[1]}${title ? ': ' + escapeHeadingText(title) : ''}`,
    };
  }
  m = BELEIDSVELD.exec(text);
  if (m) {
    const title = titleOf(m[2], false);
    if (title === undefined) return undefined;
    return { kind: 'beleidsveld', number: m[1], title, markdown: `## ${m[1]} ${escapeHeadingText(title)}` };
  }
  if (text.length <= MAX_TITLE && (vocabulary.matchSection('rekening', text) || vocabulary.matchSection('begroting', text))) {
    return { kind: 'section', title: text, markdown: `### ${escapeHeadingText(text)}` };
  }
  return undefined;
}

/**
 * When a title's last word looks cut off (published pages truncate long titles: `Specialistische
 * zorgvoorzienin`), the word of the text it probably was. Only words of six letters or more that
 * occur nowhere else on their own, but begin a longer word of the text, count.
 * @param words every word of the input, lower case, with their counts
 */
export function truncatedWord(title: string, words: Map<string, number>): { word: string; completion: string } | undefined {
  const last = /(\p{L}+)$/u.exec(title)?.[1];
  if (!last || last.length < 6) return undefined;
  const key = last.toLocaleLowerCase('nl');
  if ((words.get(key) ?? 0) > 1) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  for (const [word, count] of words) {
    if (word.length > key.length && word.startsWith(key) && count > bestCount) {
      best = word;
      bestCount = count;
    }
  }
  return best ? { word: last, completion: last + best.slice(key.length) } : undefined;
}
