/** Bullets as copied from web pages and PDFs: `•`, `●`, `▪`, `◦`, `–`, `-`. */
import { escapeItem } from './escape.js';

/** Symbols that only ever start a bullet; they need no space after them. */
const SYMBOL = /^[•●▪◦‣⁃○■□➢➤](?:\s*)(\S.*)$/u;
/** Dashes start a bullet only when a space follows (`-5%` is a value). */
const DASH = /^[-–]\s+(\S.*)$/;

/** The text of a bullet item when a (whitespace-normalised) line is one. */
export function readBullet(text: string): string | undefined {
  return (SYMBOL.exec(text) ?? DASH.exec(text))?.[1];
}

/** A list item in the dialect: `- text`. */
export function formatBullet(item: string): string {
  return `- ${escapeItem(item)}`;
}
