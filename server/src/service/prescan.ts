/**
 * A cheap first look at a chapter, before it is parsed: kind and year from its front matter,
 * beleidsveld numbers from its headings. Only for deciding what to parse first (the counterparts
 * of an open chapter); the parse decides what a chapter is. A chapter without kind or year in its
 * front matter gets none here (the parse infers them).
 */
import { parse } from 'yaml';
import type { DocumentKind } from './model.js';

/** What the pre-scan found. */
export interface Prescan {
  kind?: DocumentKind;
  year?: number;
  /** Beleidsveld numbers in headings (`## 4.2.1 …`, `### Beleidsveld 4.2.1 …`). */
  numbers: string[];
}

const FRONT_MATTER = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const NUMBERED_HEADING = /^ {0,3}#{1,6}[ \t]+(?:Beleidsveld[ \t]+)?(\d+\.\d+\.\d+(?:\.\d+)*)/gim;

/** Kind, year and beleidsveld numbers of a chapter text, as far as a quick look tells. */
export function prescan(text: string): Prescan {
  const result: Prescan = { numbers: [] };
  const block = FRONT_MATTER.exec(text);
  if (block) {
    let data: unknown;
    try {
      data = parse(block[1]);
    } catch {
      data = undefined;
    }
    if (typeof data === 'object' && data !== null) {
      const { document, jaar } = data as Record<string, unknown>;
      if (document === 'begroting' || document === 'rekening') result.kind = document;
      if (typeof jaar === 'number' && Number.isInteger(jaar)) result.year = jaar;
    }
  }
  const numbers = new Set<string>();
  for (const m of text.matchAll(NUMBERED_HEADING)) numbers.add(m[1]);
  result.numbers = [...numbers];
  return result;
}
