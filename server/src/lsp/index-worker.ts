/**
 * The worker thread the language server indexes a large workspace on: the parsing (and its
 * garbage) stays off the thread that answers the editor, and the worker's heap goes when the
 * indexing is done. The same worker code as the CLI's (cli/lint-worker.ts), run by the server
 * bundle itself.
 */
import { Worker } from 'node:worker_threads';
import type { AnalysisJob, AnalysisResult, ConfigSpec } from '../cli/analysis.js';
import { LINT_WORKER, type LintWorkerData, type WorkerAnswer, type WorkerBatch } from '../cli/lint-worker.js';
import { workerScript } from '../cli/worker-pool.js';

export class IndexWorker {
  private worker: Worker | undefined;
  /** The worker failed (or could not start): the caller parses on its own thread. */
  failed = false;
  private readonly configIndex = new Map<string, number>();
  private readonly specs: ConfigSpec[] = [];
  private sent = 0;
  private nextBatch = 0;
  private readonly waiting = new Map<number, { resolve(results: AnalysisResult[]): void; reject(error: Error): void }>();

  /** The index a job names its configuration by; a new one goes along with the next batch. */
  config(spec: ConfigSpec): number {
    const key = JSON.stringify([spec.config ?? null, spec.locale]);
    let index = this.configIndex.get(key);
    if (index === undefined) {
      this.configIndex.set(key, (index = this.specs.length));
      this.specs.push(spec);
    }
    return index;
  }

  /** Analyses a batch; rejects when the worker fails. */
  analyse(jobs: AnalysisJob[]): Promise<AnalysisResult[]> {
    if (this.failed) return Promise.reject(new Error('the index worker failed'));
    const worker = this.start();
    const batch = this.nextBatch++;
    const message: WorkerBatch = { batch, jobs };
    if (this.sent < this.specs.length) {
      message.configs = this.specs.slice(this.sent);
      this.sent = this.specs.length;
    }
    return new Promise((resolve, reject) => {
      this.waiting.set(batch, { resolve, reject });
      worker.postMessage(message);
    });
  }

  /** Ends the worker (a later batch starts another). */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.sent = 0;
    this.specs.length = 0;
    this.configIndex.clear();
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const data: LintWorkerData = { [LINT_WORKER]: true, configs: [] };
    const worker = new Worker(workerScript(), { workerData: data });
    worker.unref();
    worker.on('message', ({ batch, results }: WorkerAnswer) => {
      const waiter = this.waiting.get(batch);
      this.waiting.delete(batch);
      waiter?.resolve(results);
    });
    const fail = (error: Error) => {
      if (this.worker !== worker) return;
      this.failed = true;
      this.worker = undefined;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the index worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }
}
