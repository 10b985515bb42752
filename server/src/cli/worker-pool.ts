/**
 * Analyses files on worker threads, one per core (`os.availableParallelism()`): the largest files
 * first, in batches, a worker given its next batch as soon as it answers one. A small run stays on
 * the main thread, where starting a worker (loading the bundle) would cost more than it saves.
 * Results come back in the order of the jobs, whatever thread did them, so the output does not
 * depend on scheduling. A worker that fails hands its unanswered batches back to the main thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyse, type AnalysisJob, type AnalysisResult, type ConfigSpec, SettingsTable } from './analysis.js';
import { LINT_WORKER, type LintWorkerData, type WorkerAnswer, type WorkerBatch } from './lint-worker.js';

/** Below this much text a run stays on one thread: starting a worker (loading the bundle, 0.2–0.4 s here) costs about what parsing that much takes. */
export const SINGLE_THREAD_BYTES = 400_000;
/** Text per worker at least, so a run of a few large files does not start idle workers. */
const BYTES_PER_WORKER = 200_000;
/** A batch: up to this much text or this many files. */
const BATCH_BYTES = 150_000;
const BATCH_FILES = 24;
/** Batches a worker holds at once (one being worked on, one waiting), so it never waits for the main thread. */
const IN_FLIGHT = 2;

/**
 * How many threads to use for jobs of `bytes` in total: `PROGRAMMALINT_THREADS` when set (1 = the
 * main thread only), else one per core when the run is large enough.
 */
export function threadCount(bytes: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = Number(env.PROGRAMMALINT_THREADS);
  if (Number.isInteger(forced) && forced >= 1) return forced;
  if (bytes < SINGLE_THREAD_BYTES) return 1;
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(bytes / BYTES_PER_WORKER)));
}

/** The script a worker runs: the bundle itself, or the compiled worker entry when running from modules. */
export function workerScript(): URL {
  const self = import.meta.url;
  return self.endsWith('.cjs') ? new URL(self) : new URL('./lint-worker-main.js', self);
}

/** What {@link analyseAll} gives. */
export interface PoolResult {
  /** The results in job order. */
  results: AnalysisResult[];
  /** The worker threads used (0: the main thread did it all). */
  workers: number;
}

/** Analyses every job on up to `threads` threads (see {@link threadCount}). */
export async function analyseAll(jobs: readonly AnalysisJob[], configs: ConfigSpec[], threads: number): Promise<PoolResult> {
  const results: AnalysisResult[] = new Array(jobs.length);
  const inline = new SettingsTable(configs);
  const runInline = (indices: readonly number[]) => {
    for (const i of indices) results[i] = analyse(jobs[i], inline.get(jobs[i].config));
  };
  if (threads <= 1 || jobs.length <= 1) {
    runInline(jobs.map((_, i) => i));
    return { results, workers: 0 };
  }

  // Largest first, so the last batches are small and the workers finish together.
  const order = jobs.map((_, i) => i).sort((a, b) => jobs[b].text.length - jobs[a].text.length || a - b);
  const batches: number[][] = [];
  let current: number[] = [];
  let size = 0;
  for (const i of order) {
    current.push(i);
    size += jobs[i].text.length;
    if (size >= BATCH_BYTES || current.length >= BATCH_FILES) {
      batches.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) batches.push(current);

  const workerCount = Math.min(threads, batches.length);
  const data: LintWorkerData = { [LINT_WORKER]: true, configs };
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve) => {
      let open = workerCount;
      const finished = () => {
        if (--open === 0) resolve();
      };
      for (let w = 0; w < workerCount; w++) {
        const worker = new Worker(workerScript(), { workerData: data });
        workers.push(worker);
        const pending = new Map<number, number[]>();
        let done = false;
        const feed = () => {
          while (pending.size < IN_FLIGHT && next < batches.length) {
            const batch = next++;
            pending.set(batch, batches[batch]);
            const message: WorkerBatch = { batch, jobs: batches[batch].map((i) => jobs[i]) };
            worker.postMessage(message);
          }
          if (pending.size === 0 && !done) {
            done = true;
            finished();
          }
        };
        // A worker that dies leaves its batches, and its share of the rest, to the main thread.
        const fail = () => {
          if (done) return;
          done = true;
          runInline([...pending.values()].flat());
          pending.clear();
          finished();
        };
        worker.on('message', ({ batch, results: answers }: WorkerAnswer) => {
          const indices = pending.get(batch);
          if (!indices) return;
          pending.delete(batch);
          indices.forEach((i, k) => (results[i] = answers[k]));
          feed();
        });
        worker.on('error', fail);
        worker.on('exit', fail);
        feed();
      }
    });
    // Batches no worker took (every worker failed) are done here.
    if (next < batches.length) runInline(batches.slice(next).flat());
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { results, workers: workerCount };
}
