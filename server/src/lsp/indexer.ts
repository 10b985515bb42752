/**
 * Indexing the workspace folders without keeping the editor waiting.
 *
 * Every Markdown file is listed, read and pre-scanned (front matter and headings: kind, year,
 * beleidsveld numbers). A small workspace is then parsed at once, before anything is linted, as
 * it always was. A large one is parsed in the background on a worker thread (index-worker.ts),
 * in small batches, so that the server's thread is free for requests; the counterparts of a
 * chapter about to be linted (by the pre-scan) are parsed at once on the server's thread, so a
 * chapter waits for its own counterparts only. Every file indexed in the background re-lints the
 * open chapters that compare themselves with it. Progress is shown with `window/workDoneProgress`
 * when the client supports it. Should the worker fail, the rest is parsed on the server's thread,
 * a few milliseconds at a time.
 */
import { pathToFileURL } from 'node:url';
import type { WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { ConfigSpec } from '../cli/analysis.js';
import type { Locale } from '../service/finding.js';
import type { LanguageService } from '../service/language-service.js';
import { pick } from '../service/localize.js';
import { fromTransferModel, parsedText } from '../service/model-transfer.js';
import { type Prescan, prescan } from '../service/prescan.js';
import { readersOf, sourcesOf } from '../service/workspace.js';
import { IndexWorker } from './index-worker.js';
import { chapterText } from './workspace-files.js';

/** Up to this much text a workspace is parsed before the first lint; more is parsed in the background. */
export const BACKGROUND_BYTES = 1_000_000;
/** From this many files on, background indexing shows progress. */
const PROGRESS_FILES = 100;
/** The longest stretch of parsing before requests get their turn (when parsing on the server's own thread). */
const SLICE_MS = 15;
/** A batch for the index worker: small, so that the counterparts of a chapter opened meanwhile come soon. */
const BATCH_FILES = 8;
const BATCH_BYTES = 64_000;

/** What the indexer needs of the server. */
export interface IndexerHost {
  /** Lists and reads the chapters (the one chapter reader) and holds what is indexed. */
  service: LanguageService;
  /** Open documents keep the editor's text. */
  isOpen(uri: string): boolean;
  /** A file indexed in the background: these documents may lint differently now. */
  changed(uri: string, affected: string[]): void;
  /** The configuration a file is parsed with (its vocabulary), for the index worker. */
  configOf(uri: string): ConfigSpec;
  /** A progress indicator, when the client can show one. */
  progress(): Promise<WorkDoneProgressServerReporter | undefined>;
  locale(): Locale;
  info(message: string): void;
  /** A file left out of the index (too large, binary, unreadable): why. */
  warn(message: string): void;
  error(message: string): void;
}

interface Pending {
  path: string;
  text: string;
  scan: Prescan;
}

export class WorkspaceIndexer {
  /** Files read and waiting to be parsed, in listing order. */
  private readonly pending = new Map<string, Pending>();
  /** Files the index worker is parsing. */
  private readonly inFlight = new Map<string, Pending>();
  /** Files to parse before the others (counterparts of open chapters). */
  private readonly urgent = new Set<string>();
  /** Files someone else brought into the index (the editor, the watcher) since they were read. */
  private readonly claimed = new Set<string>();
  private readonly waiters: { uris: Set<string>; resolve: () => void }[] = [];
  private idleWaiters: (() => void)[] = [];
  private running = false;
  private started = 0;
  private indexed = 0;
  private reporter: WorkDoneProgressServerReporter | undefined;
  private reported = -1;

  constructor(private readonly host: IndexerHost) {}

  /**
   * Lists, reads and pre-scans the Markdown files under `folders`. A small workspace is indexed
   * before this resolves; a large one is indexed in the background after it.
   */
  async add(folders: string[]): Promise<void> {
    const started = Date.now();
    let bytes = 0;
    for (const folder of folders) {
      const files = await this.host.service.listChapters(folder);
      const warn = (message: string) => this.host.warn(message);
      const texts = await Promise.all(files.map(async (file) => chapterText(file, await this.host.service.readChapter(file), warn)));
      files.forEach((file, i) => {
        const text = texts[i];
        const uri = pathToFileURL(file).href;
        if (text === undefined || this.host.isOpen(uri)) return;
        this.claimed.delete(uri);
        this.pending.set(uri, { path: file, text, scan: prescan(text) });
        bytes += text.length;
      });
    }
    if (folders.length === 0) return;
    this.started ||= started;
    if (bytes <= BACKGROUND_BYTES && !this.running) {
      // Small: everything at once, before the first lint (nothing to re-lint yet).
      this.drain(false);
      this.finish();
      return;
    }
    void this.run();
  }

  /**
   * Resolves when the counterparts a chapter text compares itself with (by its pre-scan) are
   * indexed, after moving them to the front of the queue. Immediately when nothing is pending.
   */
  counterparts(text: string): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    const { kind, year, numbers } = prescan(text);
    if (kind === undefined || year === undefined || numbers.length === 0) return Promise.resolve();
    const wanted = new Set<string>();
    const partners = [...sourcesOf(kind, year), ...readersOf(kind, year)];
    for (const queue of [this.pending, this.inFlight]) {
      for (const [uri, { scan }] of queue) {
        if (partners.some((p) => p.kind === scan.kind && p.year === scan.year) && scan.numbers.some((n) => numbers.includes(n))) wanted.add(uri);
      }
    }
    // The few counterparts still waiting are parsed here and now; those on the worker are awaited.
    for (const uri of [...wanted]) {
      if (!this.pending.has(uri)) continue;
      this.parseHere(uri, true);
      wanted.delete(uri);
    }
    if (wanted.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ uris: wanted, resolve }));
  }

  /** Resolves when nothing is left to index. */
  idle(): Promise<void> {
    if (this.pending.size === 0 && this.inFlight.size === 0 && !this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** The file was brought into the index by someone else (opened, changed on disk): its text read earlier is stale. */
  claim(uri: string): void {
    if (this.inFlight.has(uri)) this.claimed.add(uri);
    if (this.pending.delete(uri)) {
      this.urgent.delete(uri);
      this.claimed.add(uri);
      this.indexed++;
      this.settle(uri);
    }
  }

  /**
   * Parses pending files on the index worker, in small batches (urgent files first); should the
   * worker fail, on this thread in slices, yielding to requests in between.
   */
  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const worker = new IndexWorker();
    try {
      if (this.pending.size >= PROGRESS_FILES) {
        this.reporter = await this.host.progress().catch(() => undefined);
        this.reporter?.begin('Programmalint', 0, this.progressMessage(), false);
      }
      while (this.pending.size > 0) {
        if (!worker.failed) await this.viaWorker(worker);
        else {
          this.drain(true, Date.now() + SLICE_MS);
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        this.report();
      }
    } finally {
      await worker.stop();
      this.running = false;
      this.reporter?.done();
      this.reporter = undefined;
      this.finish();
    }
  }

  /** One batch through the worker; on failure its files go back to the queue. */
  private async viaWorker(worker: IndexWorker): Promise<void> {
    const batch: [string, Pending][] = [];
    let bytes = 0;
    while (this.pending.size > 0 && batch.length < BATCH_FILES && bytes < BATCH_BYTES) {
      const uri = this.next();
      const entry = this.pending.get(uri) as Pending;
      this.pending.delete(uri);
      this.urgent.delete(uri);
      this.inFlight.set(uri, entry);
      batch.push([uri, entry]);
      bytes += entry.text.length;
    }
    let results;
    try {
      results = await worker.analyse(batch.map(([uri, e]) => ({ uri, text: e.text, config: worker.config(this.host.configOf(uri)), lint: false })));
    } catch {
      for (const [uri, entry] of batch) {
        this.inFlight.delete(uri);
        this.pending.set(uri, entry);
      }
      return;
    }
    batch.forEach(([uri, entry], i) => {
      this.inFlight.delete(uri);
      if (!this.host.isOpen(uri) && !this.claimed.has(uri)) {
        try {
          this.host.changed(uri, this.host.service.add(fromTransferModel(results[i].model, parsedText(entry.text))));
        } catch (error) {
          this.host.error(`programmalint: cannot index ${entry.path}: ${(error as Error).stack ?? error}`);
        }
      }
      this.indexed++;
      this.settle(uri);
    });
  }

  /** Parses pending files (urgent ones first) until none is left or `until` has passed. */
  private drain(notify: boolean, until = Infinity): void {
    while (this.pending.size > 0 && Date.now() < until) this.parseHere(this.next(), notify);
  }

  /** Parses a pending file on this thread; `notify`: tell the host which documents may lint differently now. */
  private parseHere(uri: string, notify: boolean): void {
    const entry = this.pending.get(uri) as Pending;
    this.pending.delete(uri);
    this.urgent.delete(uri);
    if (!this.host.isOpen(uri) && !this.claimed.has(uri)) {
      try {
        if (notify) this.host.changed(uri, this.host.service.update(uri, entry.text, 0));
        else this.host.service.set(uri, entry.text, 0);
      } catch (error) {
        // One file the parser chokes on must not keep the others (and every diagnostic) waiting.
        this.host.error(`programmalint: cannot index ${entry.path}: ${(error as Error).stack ?? error}`);
      }
    }
    this.indexed++;
    this.settle(uri);
  }

  private next(): string {
    for (const uri of this.urgent) {
      if (this.pending.has(uri)) return uri;
      this.urgent.delete(uri);
    }
    return this.pending.keys().next().value as string;
  }

  /** A file left the queue: resolve who waited for it. */
  private settle(uri: string): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const waiter = this.waiters[i];
      waiter.uris.delete(uri);
      if (waiter.uris.size === 0) {
        this.waiters.splice(i, 1);
        waiter.resolve();
      }
    }
  }

  private finish(): void {
    if (this.pending.size > 0 || this.running) return;
    for (const waiter of this.waiters.splice(0)) waiter.resolve();
    for (const resolve of this.idleWaiters.splice(0)) resolve();
    if (this.started) {
      this.host.info(`programmalint: indexed ${this.indexed} Markdown files in ${Date.now() - this.started} ms.`);
      this.started = 0;
      this.indexed = 0;
    }
  }

  private progressMessage(): string {
    const n = this.indexed.toLocaleString(this.host.locale());
    const total = (this.indexed + this.pending.size).toLocaleString(this.host.locale());
    return pick(this.host.locale(), `Hoofdstukken lezen: ${n} van ${total}`, `Reading chapters: ${n} of ${total}`);
  }

  private report(): void {
    if (!this.reporter) return;
    const percentage = Math.floor((100 * this.indexed) / (this.indexed + this.pending.size));
    if (percentage === this.reported) return;
    this.reported = percentage;
    this.reporter.report(percentage, this.progressMessage());
  }
}
