/** Runs the rules over a parsed chapter and returns its findings, in ranges, localised and sorted. */
import { rules as registry } from '../rules/index.js';
import { compareFindings, type Finding, type Locale, type SeveritySetting } from './finding.js';
import { pick } from './localize.js';
import type { ChapterDocument, Directive } from './model.js';
import type { Rule } from './rule.js';
import { defaultVocabulary, type Vocabulary } from './vocabulary.js';
import type { WorkspaceView } from './workspace-view.js';

/** Everything that decides how a chapter is linted, apart from the chapter itself. */
export interface LintSettings {
  vocabulary: Vocabulary;
  /** Severity per rule id, overriding the rule's default. */
  severities: Record<string, SeveritySetting>;
  locale: Locale;
  /** Only these rules (default: all registered rules). */
  rules?: readonly Rule[];
  /** Other documents, for cross-document rules. */
  workspace?: WorkspaceView;
}

/** Settings with no configuration: default vocabulary and severities, Dutch. */
export function defaultSettings(overrides: Partial<LintSettings> = {}): LintSettings {
  return { vocabulary: defaultVocabulary, severities: {}, locale: 'nl', ...overrides };
}

/** Lints one parsed chapter. Never throws: a rule that fails is reported as an internal error finding. */
export function lintChapter(doc: ChapterDocument, settings: LintSettings): Finding[] {
  const findings: Finding[] = [];
  const { locale, vocabulary } = settings;
  for (const rule of settings.rules ?? registry) {
    const severity = settings.severities[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    if (rule.reads && !settings.workspace) continue;
    try {
      rule.check({
        doc,
        vocabulary,
        locale,
        workspace: settings.workspace,
        report(report) {
          if (isSuppressed(doc, rule.id, report.span.start)) return;
          const finding: Finding = {
            rule: rule.id,
            severity: report.severity ?? severity,
            range: doc.lines.range(report.span),
            message: report.message[locale],
            fixes: (report.fixes ?? []).map((fix) => ({
              title: fix.title[locale],
              safe: fix.safe ?? false,
              edits: fix.edits.map((e) => ({ range: doc.lines.range(e.span), newText: e.newText })),
            })),
            related: (report.related ?? []).map((r) => {
              const where = r.document ?? doc;
              return { uri: where.uri, range: where.lines.range(r.span), message: r.message[locale] };
            }),
          };
          findings.push(finding);
        },
      });
    } catch (error) {
      findings.push({
        rule: rule.id,
        severity: 'error',
        range: doc.lines.range({ start: 0, end: 0 }),
        message: pick(
          locale,
          `Interne fout in regel ${rule.id}: ${(error as Error).message}`,
          `Internal error in rule ${rule.id}: ${(error as Error).message}`,
        ),
        fixes: [],
        related: [],
      });
    }
  }
  return findings.sort(compareFindings);
}

/** Whether inline comments switch a rule off at an offset. */
export function isSuppressed(doc: ChapterDocument, ruleId: string, offset: number): boolean {
  if (doc.directives.length === 0) return false;
  const line = doc.lines.positionAt(offset).line;
  let disabledAll = false;
  const disabled = new Set<string>();
  const enabledAfterAll = new Set<string>();
  for (const directive of doc.directives) {
    if (directive.span.start > offset) break;
    if (directive.action === 'disable-next-line') {
      if (doc.lines.positionAt(directive.span.end).line + 1 === line && applies(directive, ruleId)) return true;
      continue;
    }
    const all = directive.rules.length === 0;
    if (directive.action === 'disable') {
      if (all) {
        disabledAll = true;
        enabledAfterAll.clear();
      } else directive.rules.forEach((r) => disabled.add(r));
    } else if (all) {
      disabledAll = false;
      disabled.clear();
    } else {
      directive.rules.forEach((r) => {
        disabled.delete(r);
        if (disabledAll) enabledAfterAll.add(r);
      });
    }
  }
  return disabled.has(ruleId) || (disabledAll && !enabledAfterAll.has(ruleId));
}

function applies(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}
