/**
 * When the server lints and what it answers: diagnostics are pulled (`textDocument/diagnostic`)
 * when the client can, pushed otherwise; either way a document is linted only after `debounce`
 * ms without edits, and a result for an older version is dropped. With `run = onSave` a modified
 * document keeps the diagnostics of its last saved (or opened) version.
 */
import {
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  DocumentDiagnosticReportKind,
} from 'vscode-languageserver';
import { parseConfig } from '../service/config.js';
import type { LanguageService } from '../service/language-service.js';
import { configDiagnostic, toDiagnostic } from './diagnostics.js';
import { type EditorDocuments, isChapter, isConfigUri } from './documents.js';
import type { DocumentSettings } from './document-settings.js';
import { checkCancelled, delay } from './guard.js';
import type { Sanitizer } from './sanitize.js';
import type { ClientSettings } from './settings.js';
import { indexUri } from './uris.js';

/** What validation needs of the server. */
export interface ValidationHost {
  connection: Connection;
  service: LanguageService;
  documents: EditorDocuments;
  settings: DocumentSettings;
  sanitize: Sanitizer;
  capabilities(): ClientCapabilities;
  /** Resolves when a document's counterparts are indexed. */
  readyFor(uri: string): Promise<void>;
  /** Lints a document and publishes (guarded). */
  validate(uri: string): Promise<unknown>;
}

export class Validation {
  /** The client pulls diagnostics (LSP 3.17); else they are pushed. */
  pull = false;
  /** run = onSave: the diagnostics of the last saved (or opened) version. */
  private readonly saved = new Map<string, Diagnostic[]>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly pullResults = new Map<string, { resultId: string; json: string }>();
  private resultCounter = 0;
  private refreshScheduled = false;

  constructor(private readonly host: ValidationHost) {}

  /** Lints a document after `ms` milliseconds, unless it changes again before. */
  schedule(uri: string, ms: number): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.host.validate(uri);
      }, ms),
    );
  }

  /** Forgets the diagnostics kept of saved versions (the settings or configuration changed). */
  forgetSaved(): void {
    this.saved.clear();
  }

  /** Lints every open document again (push), or asks the client to pull again. */
  revalidateAll(): void {
    if (this.pull) {
      this.pullResults.clear();
      this.requestRefresh();
      return;
    }
    for (const uri of this.host.documents.openUris()) this.schedule(uri, 0);
  }

  /** The index changed `affected` (because of `source`): re-lint those that are open. */
  dependentsChanged(source: string | undefined, affected: string[]): void {
    const open = affected.filter((u) => u !== source && this.host.documents.isOpen(u));
    if (open.length === 0) return;
    if (this.pull) this.requestRefresh();
    else for (const uri of open) this.schedule(uri, 0);
  }

  /** A chapter linted on save was saved. */
  documentSaved(uri: string): void {
    this.saved.delete(uri);
    if (this.pull) this.requestRefresh();
    else this.schedule(uri, 0);
  }

  /** A document was closed: nothing pending for it, and (push) its diagnostics cleared. */
  documentClosed(uri: string, clientUri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    for (const map of [this.timers, this.saved, this.pullResults]) map.delete(uri);
    if (!this.pull) this.host.connection.sendDiagnostics({ uri: clientUri, diagnostics: [] });
  }

  /** Stops every pending lint (shutdown). */
  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** Asks the client to pull diagnostics again (once for a burst of changes). */
  requestRefresh(): void {
    if (!this.host.capabilities().workspace?.diagnostics?.refreshSupport || this.refreshScheduled) return;
    this.refreshScheduled = true;
    setImmediate(() => {
      this.refreshScheduled = false;
      this.host.connection.languages.diagnostics.refresh().catch((error: unknown) => {
        this.host.connection.console.error(`programmalint: workspace/diagnostic/refresh failed: ${(error as Error).message}`);
      });
    });
  }

  /** Push mode: lints an open document and publishes; with pull, brings the index up to date. */
  async validateDocument(uri: string): Promise<void> {
    const { documents, connection } = this.host;
    await this.host.readyFor(uri);
    const document = documents.document(uri);
    if (!document) return;
    const version = document.version;
    const settings = await this.host.settings.clientSettings(uri);
    // A newer version arrived meanwhile: its own run will publish.
    if (documents.document(uri) !== document || document.version !== version) return;
    if (isConfigUri(uri)) {
      if (!this.pull) connection.sendDiagnostics({ uri: document.uri, version, diagnostics: this.configDiagnostics(uri, settings) });
      return;
    }
    if (!isChapter(document)) return;
    this.host.service.sync(uri);
    if (this.pull) return;
    connection.sendDiagnostics({ uri: document.uri, version, diagnostics: this.diagnosticsOf(uri, settings) });
  }

  /** `textDocument/diagnostic`. */
  async pullDiagnostics(params: DocumentDiagnosticParams, token?: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = indexUri(params.textDocument.uri);
    await this.host.readyFor(uri);
    checkCancelled(token);
    const document = this.host.documents.document(uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const settings = await this.host.settings.clientSettings(uri);
    checkCancelled(token);
    if (isConfigUri(uri)) return this.report(uri, this.configDiagnostics(uri, settings), params.previousResultId);
    if (!isChapter(document)) return this.report(uri, [], params.previousResultId);
    // Debounce: wait until the document has been quiet for `debounce` ms.
    for (;;) {
      const quiet = this.host.documents.quietFor(uri);
      if (quiet >= settings.debounce) break;
      await delay(settings.debounce - quiet, token);
    }
    checkCancelled(token);
    return this.report(uri, this.diagnosticsOf(uri, settings), params.previousResultId);
  }

  /** A pull answer: `unchanged` when the client already has these diagnostics. */
  private report(uri: string, items: Diagnostic[], previousResultId: string | undefined): DocumentDiagnosticReport {
    const json = JSON.stringify(items);
    const last = this.pullResults.get(uri);
    if (last && last.json === json && previousResultId === last.resultId) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    }
    const resultId = `${++this.resultCounter}`;
    this.pullResults.set(uri, { resultId, json });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  }

  /** The diagnostics of an open chapter (run = onSave: those of the last saved version while it is modified). */
  private diagnosticsOf(uri: string, settings: ClientSettings): Diagnostic[] {
    if (!settings.enable) return [];
    const { documents, sanitize, service } = this.host;
    const modified = documents.modified(uri);
    if (settings.run === 'onSave' && modified) {
      const saved = this.saved.get(uri);
      if (saved) return saved;
    }
    if (!service.get(uri)) return [];
    const findings = service.lint(uri);
    const diagnostics = sanitize.diagnostics(
      uri,
      findings.map((f) => toDiagnostic(f, (u) => documents.clientUri(u))),
    );
    if (settings.run === 'onSave' && !modified) this.saved.set(uri, diagnostics);
    return diagnostics;
  }

  /** The problems of an open configuration file, from the editor's text (not the cached parse). */
  private configDiagnostics(uri: string, settings: ClientSettings): Diagnostic[] {
    const document = this.host.documents.document(uri);
    if (!document) return [];
    const locale = this.host.settings.locale(settings);
    const { problems } = parseConfig(document.getText());
    return this.host.sanitize.diagnostics(uri, problems.map((p) => configDiagnostic(p, locale)));
  }
}
