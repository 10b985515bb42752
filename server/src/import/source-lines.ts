/** The input of an import, split into lines with the whitespace of copied web and PDF text tamed. */

/** One line of the copied text. */
export interface SourceLine {
  /** 1-based line number in the input. */
  number: number;
  /** The line as copied (line break removed). */
  raw: string;
  /** The line with every kind of space (NBSP, tabs) collapsed to one space and trimmed. */
  text: string;
  blank: boolean;
  /** The line holds a tab: a cell boundary in tables copied from a word processor. */
  tabbed: boolean;
}

/** Collapses every run of whitespace (non-breaking spaces and tabs included) to one space and trims. */
export function normaliseSpace(text: string): string {
  // \s covers NBSP, the Unicode spaces and tabs; zero-width spaces carry no text either.
  return text.replace(/[\s\u200b]+/g, ' ').trim();
}

/** Splits the input into lines (LF, CRLF or CR), dropping a byte order mark. */
export function sourceLines(input: string): SourceLine[] {
  const text = input.replace(/^\uFEFF/, '');
  const parts = text.split(/\r\n|\r|\n/);
  // A final line break does not start another line.
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.map((raw, i) => {
    const normal = normaliseSpace(raw);
    return { number: i + 1, raw, text: normal, blank: normal === '', tabbed: raw.includes('\t') && normal !== '' };
  });
}
