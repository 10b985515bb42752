/** Regular expressions built from configured words. */

/** Escapes the characters a regular expression gives a meaning, so `text` matches itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
