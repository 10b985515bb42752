/**
 * Escaping for text copied into Markdown: the words must come out as written, so characters that
 * Markdown would read as structure are escaped. Every function is idempotent (escaping twice
 * changes nothing), which keeps a re-import of the output stable.
 */

/** Escapes what changes meaning anywhere in a line: pipes (tables) and character references. */
export function escapeInline(text: string): string {
  return text.replace(/(?<!\\)\|/g, '\\|').replace(/(?<!\\)&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/**
 * Escapes a prose line whose start Markdown would read as a block: headings, block quotes,
 * bullets, setext underlines and thematic breaks, code fences, link reference definitions.
 * Ordered-list starts (`1. …`) are kept: in copied text they are lists.
 */
export function escapeLineStart(line: string): string {
  if (
    /^#/.test(line) ||
    /^>/.test(line) ||
    /^[-*+](\s|$)/.test(line) ||
    /^(=+|-+)$/.test(line) ||
    /^([-*_])(\s*\1){2,}\s*$/.test(line) ||
    /^(```|~~~)/.test(line) ||
    /^\[[^\]]*\]:/.test(line)
  ) {
    return '\\' + line;
  }
  return line;
}

/** A prose line: inline escapes, then block escapes. */
export function escapeProseLine(line: string): string {
  return escapeLineStart(escapeInline(line));
}

/** The text of a list item: like prose, and a leading `1)` / `1.` is not a nested list. */
export function escapeItem(text: string): string {
  return escapeProseLine(text).replace(/^(\d{1,9})([.)])(\s|$)/, '$1\\$2$3');
}

/** The content of a table cell: pipes escaped, and no final backslash that would escape the next pipe. */
export function escapeCell(text: string): string {
  return escapeInline(text).replace(/(?<!\\)\\$/, '\\\\');
}

/** Heading text: inline escapes, and a final `#` that would read as a closing sequence. */
export function escapeHeadingText(text: string): string {
  return escapeInline(text).replace(/(?<!\\)#$/, '\\#');
}
