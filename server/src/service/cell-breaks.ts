/** `<br>` in table cells: the tag variants, and blanking them out without moving any offset. */

/** `<br>` variants, replaced by spaces of equal length so offsets stay exact. */
export const BR = /<br\s*\/?>/gi;

/** Blanks out `<br>` tags, keeping every other character at its offset. */
export function maskBreaks(raw: string): string {
  return raw.includes('<') ? raw.replace(BR, (m) => ' '.repeat(m.length)) : raw;
}
