/** What formatters receive: findings per file, with paths relative to the current folder. */
import type { Finding, Locale, Range } from '../../service/index.js';

export interface FileReport {
  /** Relative to the current folder, with forward slashes. */
  path: string;
  findings: Finding[];
}

export interface FormatOptions {
  locale: Locale;
  /** Absolute current folder (SARIF's %SRCROOT%). */
  cwd: string;
  color: boolean;
  version: string;
}

export type Formatter = (reports: FileReport[], options: FormatOptions) => string;

/**
 * The 1-based lines and columns of a 0-based range, as every output writes them (the formats,
 * the configuration errors, init's summary, the server's log): the one place that adds the 1.
 */
export function oneBased(range: Range): { line: number; column: number; endLine: number; endColumn: number } {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** `path:line:column` of a range's start. */
export function placeOf(path: string, range: Range): string {
  const { line, column } = oneBased(range);
  return `${path}:${line}:${column}`;
}
