/** The shape of a rule. Each rule lives in its own file under `server/src/rules/`. */
import type { Localized, Locale, Report, Severity } from './finding.js';
import type { ChapterDocument } from './model.js';
import type { Vocabulary } from './vocabulary.js';
import type { WorkspaceView } from './workspace-view.js';

export interface Rule {
  /** Stable id, used in configuration, disable comments and output. */
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule checks. */
  description: Localized;
  /** Rules that compare a document with other documents of the workspace. */
  crossDocument?: boolean;
  check(context: RuleContext): void;
}

export interface RuleContext {
  doc: ChapterDocument;
  vocabulary: Vocabulary;
  locale: Locale;
  /** Other documents of the workspace; absent when linting one document on its own. */
  workspace?: WorkspaceView;
  report(report: Report): void;
}
