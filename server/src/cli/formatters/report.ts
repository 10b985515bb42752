/** What formatters receive: findings per file, with paths relative to the current folder. */
import type { Finding, Locale } from '../../service/index.js';

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

/** 1-based line and column of a finding, as every output format writes them. */
export function oneBased(finding: Finding): { line: number; column: number; endLine: number; endColumn: number } {
  return {
    line: finding.range.start.line + 1,
    column: finding.range.start.character + 1,
    endLine: finding.range.end.line + 1,
    endColumn: finding.range.end.character + 1,
  };
}
