/** What the importer reports: input lines it could not structure, in Dutch and English. */
import type { Localized } from '../service/finding.js';

/** A line of the input that the importer kept as it was, or structured with a doubt. */
export interface ImportProblem {
  /** 1-based, in the input. */
  line: number;
  message: Localized;
}

/** The Markdown of an import and what it could not structure. */
export interface ImportResult {
  markdown: string;
  problems: ImportProblem[];
  /** The built-in profiles the text was read with, when the import chose them itself. */
  profile?: string[];
}
