/** Test helpers: lint in-memory chapters through the language service. */
import type { Config, Finding, Locale } from '../../server/src/service/index.js';
import { applyEdits, lintChapter, parseChapter, settingsFromConfig } from '../../server/src/service/index.js';
import { oneBased, type Range } from '../../server/src/service/positions.js';

/** A range as `line:col-line:col`, 1-based as the CLI prints it. */
function shortRange(range: Range): string {
  const p = oneBased(range);
  return `${p.line}:${p.column}-${p.endLine}:${p.endColumn}`;
}

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
  const b: Brief = {
    rule: finding.rule,
    range: shortRange(finding.range),
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

/** The findings of one rule, whole (for asserting fixes, related locations, severities). */
export function ruleFindings(rule: string, text: string, options: Parameters<typeof lint>[1] = {}): Finding[] {
  return lint(text, options).filter((f) => f.rule === rule);
}

/** The edits of a finding's first fix, 1-based like {@link brief}. */
export function editsOf(finding: Finding): { range: string; newText: string }[] {
  return finding.fixes[0].edits.map((e) => ({
    range: shortRange(e.range),
    newText: e.newText,
  }));
}

/** The text after applying a finding's first fix. */
export function applyFix(text: string, finding: Finding): string {
  const doc = parseChapter(text);
  return applyEdits(text, finding.fixes[0].edits.map((e) => ({ span: doc.lines.span(e.range), newText: e.newText }))).text;
}

/**
 * A chapter of beleidsveld 4.2.1 of a kind and year whose indicator table header is on line 11,
 * its delimiter row (made to fit the header) on 12 and its rows from line 13.
 */
export function tableChapter(kind: 'rekening' | 'begroting', year: number, header: string, ...rows: string[]): string {
  const columns = header.split('|').length - 2;
  return chapter(
    '---',
    `document: ${kind}`,
    `jaar: ${year}`,
    'programma: 4',
    '---',
    '',
    '# Programma 4: Welzijn, gezondheid en zorg',
    '',
    '## 4.2.1 Ondersteunende voorzieningen',
    '',
    header,
    '|' + ' --- |'.repeat(columns),
    ...rows,
  );
}

/** A rekening 2018 table chapter (`Behaald 2017 | Beoogd 2018 | Behaald 2018`), rows from line 13. */
export function rekeningTable(...rows: string[]): string {
  return tableChapter('rekening', 2018, '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |', ...rows);
}

/** The fixes of one rule's findings: title, safe flag and the new texts. */
export function fixesOf(rule: string, text: string): { title: string; safe: boolean; edits: string[] }[][] {
  return ruleFindings(rule, text).map((f) => f.fixes.map((x) => ({ title: x.title, safe: x.safe, edits: x.edits.map((e) => e.newText) })));
}
