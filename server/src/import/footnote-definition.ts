/** Footnote definition lines as copied below a table: `I   In de voorgaande…`, `(II) Op het…`, `* In 2020…`. */
import { parseCellValue } from '../service/cell-value.js';
import { ROMAN_SOURCE } from '../service/footnote-style.js';
import type { Vocabulary } from '../service/vocabulary.js';
import { escapeInline } from './escape.js';

export interface FootnoteDefinitionLine {
  kind: 'roman' | 'asterisk';
  /** `IV`, or `*` / `**`. */
  numeral: string;
  /** The text after the numeral (whitespace collapsed). */
  text: string;
}

const ROMAN = new RegExp(String.raw`^\(?(${ROMAN_SOURCE})\)?[.:]?\s+(\S.*)$`);
const ASTERISK = /^((?:\\?\*)+)\s+(\S.*)$/;

/** Reads a (whitespace-normalised) line as a footnote definition, if it is one. */
export function readFootnoteDefinition(text: string): FootnoteDefinitionLine | undefined {
  const roman = ROMAN.exec(text);
  // `(I` without `)` or `I)` alone is no numeral.
  if (roman && text.startsWith('(') === /^\(?[IVX]+\)/.test(text)) {
    return { kind: 'roman', numeral: roman[1], text: roman[2] };
  }
  const asterisk = ASTERISK.exec(text);
  if (asterisk) {
    return { kind: 'asterisk', numeral: '*'.repeat((asterisk[1].match(/\*/g) ?? []).length), text: asterisk[2] };
  }
  return undefined;
}

/**
 * The definition in the dialect: the numeral padded as in the published tables (`I   `, `II  `,
 * `III `), or escaped asterisks (`\* `) so the line stays a paragraph and is not read as a bullet.
 */
export function formatFootnoteDefinition(definition: FootnoteDefinitionLine): string {
  const text = escapeInline(definition.text);
  if (definition.kind === 'asterisk') return `${'\\*'.repeat(definition.numeral.length)} ${text}`;
  return `${definition.numeral.padEnd(3)} ${text}`;
}

const NAME_MARKER = new RegExp(String.raw`\(\s*(${ROMAN_SOURCE})\s*\)|(\*+)\s*$`, 'g');

/**
 * The footnote numerals a table uses: `(IV)` in indicator names, markers of the values (`(V)`,
 * `-*`). Rows are `[name, ...values]`.
 */
export function markersUsed(rows: string[][], vocabulary: Vocabulary): Set<string> {
  const used = new Set<string>();
  for (const [name = '', ...values] of rows) {
    for (const m of name.matchAll(NAME_MARKER)) used.add(m[1] ?? m[2]);
    for (const value of values) {
      for (const marker of parseCellValue(value, 0, vocabulary).markers) used.add(marker.numeral);
    }
  }
  return used;
}
