/** What formatters receive: findings per file, with paths relative to the current folder. */
import type { Finding, Locale, Range } from '../../service/index.js';
import { oneBased } from '../../service/positions.js';

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

export { oneBased } from '../../service/positions.js';

/** `path:line:column` of a range's start. */
export function placeOf(path: string, range: Range): string {
  const { line, column } = oneBased(range);
  return `${path}:${line}:${column}`;
}
