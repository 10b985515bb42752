/** Findings: what the language service reports, in LSP-shaped ranges, independent of any protocol. */
import type { LineIndex, Range, Span } from './positions.js';

/** What a rule's severity may be set to, from the most to the least severe. */
export const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'hint', 'off'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];
export type Severity = Exclude<SeveritySetting, 'off'>;
import type { Localized } from './localize.js';

export type { Locale, Localized } from './localize.js';
export { msg } from './localize.js';

/** A replacement of a span of the document's text. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** A mechanical fix. `safe` fixes are applied by `--fix` and fix-all; others only on request. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  safe: boolean;
}

/** A place in another (or the same) document that explains a finding. */
export interface RelatedLocation {
  uri: string;
  range: Range;
  message: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  range: Range;
  message: string;
  fixes: Fix[];
  related: RelatedLocation[];
}

/** A related place as a rule reports it, in a span of its document. */
export interface RelatedReport {
  /** The chapter the span is in; absent: the chapter being linted. */
  document?: { uri: string; lines: LineIndex };
  span: Span;
  message: Localized;
}

/** What a rule reports, in spans; the service converts spans to ranges once. */
export interface Report {
  span: Span;
  message: Localized;
  /** Overrides the rule's configured severity for this finding (e.g. an explained difference). */
  severity?: Severity;
  fixes?: { title: Localized; edits: { span: Span; newText: string }[]; safe?: boolean }[];
  /** Places that explain the finding: a span of `document` (another chapter; absent: the one linted). */
  related?: RelatedReport[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** Orders findings by position, then severity, then rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.rule.localeCompare(b.rule)
  );
}
