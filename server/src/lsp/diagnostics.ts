/** Findings and configuration problems as LSP diagnostics. */
import { type Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import { CONFIG_DIAGNOSTIC_CODE, DIAGNOSTIC_SOURCE } from '../protocol.js';
import type { ConfigProblem } from '../service/config.js';
import { ruleDocsUrl } from '../service/docs-url.js';
import type { Finding, Fix, Locale, Severity } from '../service/finding.js';


const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Rules whose findings mark text that can go (editors fade it). */
const UNNECESSARY = new Set(['footnote-unused']);

/** What a diagnostic carries for code actions: the rule and the service's fixes. */
export interface DiagnosticData {
  rule: string;
  fixes: Fix[];
}

/** A finding as a diagnostic; `uriOf` maps uris of related locations to the client's spelling. */
export function toDiagnostic(finding: Finding, uriOf: (uri: string) => string = (u) => u): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: ruleDocsUrl(finding.rule) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data: { rule: finding.rule, fixes: finding.fixes } satisfies DiagnosticData,
  };
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: uriOf(r.uri), range: r.range },
      message: r.message,
    }));
  }
  if (UNNECESSARY.has(finding.rule)) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

/** A problem of a `.programmalintrc.json` as a diagnostic on that file. */
export function configDiagnostic(problem: ConfigProblem, locale: Locale): Diagnostic {
  return {
    range: problem.range,
    severity: DiagnosticSeverity.Error,
    code: CONFIG_DIAGNOSTIC_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message[locale],
  };
}
