/**
 * The worker thread that parses (and lints) files for the CLI and for the language server's
 * background indexing: receives batches of files, answers with their analyses. Started by
 * worker-pool.ts and lsp/index-worker.ts; each bundle runs it when `workerData` marks the thread as one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyse, type AnalysisJob, type AnalysisResult, type ConfigSpec, SettingsTable } from './analysis.js';

/** The `workerData` key that marks a lint worker. */
export const LINT_WORKER = 'programmalintLintWorker';

/** What a worker is started with. */
export interface LintWorkerData {
  [LINT_WORKER]: true;
  configs: ConfigSpec[];
}

/** A batch sent to a worker. */
export interface WorkerBatch {
  batch: number;
  jobs: AnalysisJob[];
  /** Configurations added since the last batch (they take the next indices). */
  configs?: ConfigSpec[];
}

/** A worker's answer to a batch. */
export interface WorkerAnswer {
  batch: number;
  results: AnalysisResult[];
}

/** Whether this thread was started as a lint worker. */
export function isLintWorker(data: unknown = workerData): data is LintWorkerData {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>)[LINT_WORKER] === true;
}

/** Serves batches on the parent port until the parent terminates the thread. */
export function serveLintWorker(): void {
  const port = parentPort;
  if (!port || !isLintWorker()) return;
  const settings = new SettingsTable((workerData as LintWorkerData).configs);
  port.on('message', ({ batch, jobs, configs }: WorkerBatch) => {
    if (configs) settings.extend(configs);
    const answer: WorkerAnswer = { batch, results: jobs.map((job) => analyse(job, settings.get(job.config))) };
    port.postMessage(answer);
  });
}
