/**
 * The shape of a rule. Each rule lives in its own file under `server/src/rules/`; the registry
 * (`rules/index.ts`) completes it with what follows from its id. Everything a manifest, the
 * README or the workspace index says about a rule is generated from these fields
 * (`npm run generate`), so they are the one place to change it.
 */
import type { Localized, Locale, Report, Severity } from './finding.js';
import type { ChapterDocument, DocumentKind } from './model.js';
import type { Vocabulary } from './vocabulary.js';
import type { WorkspaceView } from './workspace-view.js';

/**
 * Whether a rule's findings carry fixes: `safe` when some of them are mechanical and applied by
 * `--fix` and fix-all, `suggestion` when they are only offered as quick fixes in the editor.
 */
export type Fixable = 'safe' | 'suggestion';

/**
 * Another document a cross-document rule compares a chapter with: a chapter of kind `checks`
 * and year Y reads the document of kind `kind` and year Y + `yearOffset` with the same
 * beleidsveld number (rekening Y reads begroting Y: `{ checks: 'rekening', kind: 'begroting', yearOffset: 0 }`).
 */
export interface RuleRead {
  checks: DocumentKind;
  kind: DocumentKind;
  yearOffset: number;
}

export interface Rule {
  /** Stable id, used in configuration, disable comments and output. */
  id: string;
  defaultSeverity: Severity;
  /** One sentence: what the rule asks of a chapter (settings, SARIF). */
  description: Localized;
  /** A few words: what the rule finds (tables of rules). Every registered rule has one. */
  summary?: Localized;
  /** Whether findings carry fixes; absent when they never do. */
  fixable?: Fixable;
  /** The documents a cross-document rule compares with; absent for a rule of one document. */
  reads?: readonly RuleRead[];
  /**
   * `beleidsveld` when the rule's findings in a beleidsveld depend on that beleidsveld alone (with
   * the document's kind, year, front matter and settings; for a cross-document rule, with the same
   * beleidsveld of the documents it reads): the server then re-runs it after an edit only for the
   * beleidsvelden that changed (service/incremental-lint.ts). Absent: the rule looks at the whole
   * document and runs on it every time. A property test holds the claim to lintChapter.
   */
  scope?: 'beleidsveld';
  check(context: RuleContext): void;
}

/**
 * A rule from its id, default severity and other fields: the one shape the rule files declare
 * their rule in (`export const footnoteOrder = defineRule('footnote-order', 'warning', { … })`).
 */
export function defineRule(id: string, defaultSeverity: Severity, fields: Omit<Rule, 'id' | 'defaultSeverity'>): Rule {
  return { id, defaultSeverity, ...fields };
}

/** The rule, marked as checking one beleidsveld at a time ({@link Rule.scope}). */
export function perBeleidsveld(rule: Rule): Rule {
  return { ...rule, scope: 'beleidsveld' };
}

/** A rule of the registry: its own fields and what follows from them. */
export interface RegisteredRule extends Rule {
  /** The documentation page, of the version of this package. */
  readonly docsUrl: string;
  /** True when the rule compares a document with others ({@link Rule.reads}). */
  readonly crossDocument: boolean;
}

export interface RuleContext {
  doc: ChapterDocument;
  vocabulary: Vocabulary;
  locale: Locale;
  /** Other documents of the workspace; absent when linting one document on its own. */
  workspace?: WorkspaceView;
  report(report: Report): void;
}
