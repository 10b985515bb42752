/** What every editor feature of the language service gets besides the document and the position. */
import type { LintSettings } from '../lint.js';
import type { WorkspaceIndex } from '../workspace.js';

/** The workspace (every parsed chapter) and the settings of the document at hand. */
export interface FeatureContext {
  workspace: WorkspaceIndex;
  /** Vocabulary, locale and severities of the document. */
  settings: LintSettings;
}
