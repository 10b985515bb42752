/**
 * Control characters from a document's text (messages quote cell text, paths come from the
 * file system) must not reach a terminal or a CI log: an escape sequence could recolour, clear
 * or rewrite what the user sees, a carriage return could overwrite a line, and bidirectional
 * overrides could reorder it. They are shown instead, as `\x1b` or `\u202e`.
 */

/** C0 controls but tab, DEL, C1 controls (8-bit CSI is U+009B), and the bidirectional controls. */
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function shown(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Replaces control characters (line breaks too, unless kept) by their visible `\xNN` / `\uNNNN` form. */
export function visible(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(options.keepLineBreaks ? CONTROLS_BUT_LINE_BREAKS : CONTROLS, shown);
}

/**
 * JSON text with the characters JSON.stringify leaves raw (DEL, C1, line and paragraph separators,
 * bidirectional controls) written as `\uNNNN` escapes: the parsed value is unchanged, and a
 * terminal that shows the output sees no control character.
 */
export function jsonWithoutControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
