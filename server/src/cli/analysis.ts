/**
 * One file's analysis as the CLI runs it on a worker thread (or inline for a small run): parse,
 * the single-document rules, and the model the cross-document rules compare with. Everything
 * here is plain data, so it crosses threads and goes into the cache as it is.
 */
import type { Config } from '../service/config.js';
import { settingsFromConfig } from '../service/config.js';
import type { Finding, Locale } from '../service/finding.js';
import { type LintSettings, lintChapter } from '../service/lint.js';
import { toTransferModel, type TransferModel } from '../service/model-transfer.js';
import { parseChapter } from '../service/parse.js';

/** The configuration a file is linted with: what `settingsFromConfig` makes its settings of. */
export interface ConfigSpec {
  config?: Config;
  locale: Locale;
}

/** A file to analyse. */
export interface AnalysisJob {
  uri: string;
  text: string;
  /** Index into the run's configurations. */
  config: number;
  /** Run the single-document rules (false: a counterpart only, parsed for the comparison). */
  lint: boolean;
}

/** What the analysis of a file gives. */
export interface AnalysisResult {
  /** The findings of the single-document rules, sorted (empty when not linted). */
  findings: Finding[];
  model: TransferModel;
}

/** Settings per configuration index, made once per thread. */
export class SettingsTable {
  private readonly made = new Map<number, LintSettings>();

  private readonly specs: ConfigSpec[];

  constructor(specs: readonly ConfigSpec[]) {
    this.specs = [...specs];
  }

  /** Configurations that came later (a long-lived worker): they take the next indices. */
  extend(specs: readonly ConfigSpec[]): void {
    this.specs.push(...specs);
  }

  get(index: number): LintSettings {
    let settings = this.made.get(index);
    if (!settings) {
      const spec = this.specs[index];
      settings = settingsFromConfig(spec?.config, spec?.locale ?? 'nl');
      this.made.set(index, settings);
    }
    return settings;
  }
}

/** Parses a file and runs the rules that need no other document. Never throws (parse and lint do not). */
export function analyse(job: AnalysisJob, settings: LintSettings): AnalysisResult {
  const doc = parseChapter(job.text, { uri: job.uri, version: 0, vocabulary: settings.vocabulary });
  return { findings: job.lint ? lintChapter(doc, settings) : [], model: toTransferModel(doc) };
}
