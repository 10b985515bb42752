/** Test helpers: lint in-memory chapters through the language service. */
import type { Config, Finding, Locale } from '../../server/src/service/index.js';
import { lintChapter, parseChapter, settingsFromConfig } from '../../server/src/service/index.js';

/** Lints a chapter text with an optional configuration. */
export function lint(text: string, options: { config?: Config; locale?: Locale; uri?: string } = {}): Finding[] {
  const settings = settingsFromConfig(options.config, options.locale);
  const doc = parseChapter(text, { uri: options.uri ?? 'file:///test/chapter.md', vocabulary: settings.vocabulary });
  return lintChapter(doc, settings);
}

/** A finding in the compact form tests assert on: 1-based `line:col-line:col`, as the CLI prints. */
export interface Brief {
  rule: string;
  range: string;
  message: string;
  severity?: string;
}

export function brief(finding: Finding, withSeverity = false): Brief {
  const { start, end } = finding.range;
  const b: Brief = {
    rule: finding.rule,
    range: `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`,
    message: finding.message,
  };
  if (withSeverity) b.severity = finding.severity;
  return b;
}

/** The findings of one rule, in brief form. */
export function findingsOf(rule: string, text: string, options: Parameters<typeof lint>[1] = {}): Brief[] {
  return lint(text, options)
    .filter((f) => f.rule === rule)
    .map((f) => brief(f));
}

/** Builds a chapter from lines (keeps fixtures readable in tests). */
export function chapter(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
