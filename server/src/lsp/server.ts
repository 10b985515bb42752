/**
 * The language server: LSP wiring around the language service and the workspace index.
 *
 * - Every open document is parsed once per version, lazily (when a feature or the linter needs
 *   it); the index holds the editor's text for open documents and the disk's for the others.
 * - Diagnostics are pulled (`textDocument/diagnostic`) when the client can, pushed otherwise;
 *   either way a document is linted only after `debounce` ms without edits, and a result for an
 *   older version is dropped.
 * - A change to a document (in the editor or on disk) re-lints the open documents that compare
 *   themselves with it (the index's `affected`); a configuration change re-lints everything.
 */
import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type CancellationToken,
  type ClientCapabilities,
  type CodeActionParams,
  type CompletionParams,
  type Connection,
  type DefinitionParams,
  type Diagnostic,
  DidChangeConfigurationNotification,
  type DidChangeConfigurationParams,
  DidChangeWatchedFilesNotification,
  type DidChangeWatchedFilesParams,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  DocumentDiagnosticReportKind,
  type DocumentSymbolParams,
  type ExecuteCommandParams,
  FileChangeType,
  type FoldingRangeParams,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  MessageType,
  type Position,
  type PrepareRenameParams,
  type ReferenceParams,
  type RenameParams,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { importChapter } from '../import/import-chapter.js';
import { COMMANDS, DOCUMENT_INFO_METHOD, type DocumentInfo, type ImportTextResult, REPORT_METHOD } from '../protocol.js';
import { CHAPTER_GLOB, inIgnoredFolder, isChapterPath } from '../service/chapter-files.js';
import { parseConfig, settingsFromConfig } from '../service/config.js';
import type { Locale } from '../service/finding.js';
import * as features from '../service/features/index.js';
import { type FeatureContext, FIX_ALL_KIND } from '../service/features/index.js';
import type { LintSettings } from '../service/lint.js';
import type { ChapterDocument } from '../service/model.js';
import { isTracked, parseWithoutTree, reparseChapter } from '../service/incremental.js';
import { IncrementalLinter } from '../service/incremental-lint.js';
import { buildWorkspaceReport } from '../service/report/build.js';
import { WorkspaceIndex } from '../service/workspace.js';
import { ConfigFiles, type LoadedConfig } from './config-files.js';
import { ConfigReporter, displayPath } from './config-watch.js';
import { configDiagnostic, toDiagnostic } from './diagnostics.js';
import { checkCancelled, delay, type Guard, makeGuard } from './guard.js';
import { WorkspaceIndexer } from './indexer.js';
import { Sanitizer } from './sanitize.js';
import { readWorkspaceChapter, readWorkspaceChapterSync } from './workspace-files.js';
import {
  type ClientSettings,
  normalizeSettings,
  resolveLocale,
  SETTINGS_SECTION,
  settingsSection,
} from './settings.js';

export { COMMANDS, DOCUMENT_INFO_METHOD, REPORT_METHOD, type ImportTextResult } from '../protocol.js';

/** What `programmalint/documentInfo` answers: inferred is true when the front matter did not say. */
export function documentInfo(doc: ChapterDocument): DocumentInfo {
  return { kind: doc.kind ?? null, year: doc.year ?? null, inferred: doc.inference !== undefined && (doc.kind !== undefined || doc.year !== undefined) };
}

/**
 * Characters after which the client asks for completions again. Footnote markers start with `(`
 * (`(IV)`, `(4)`, `(d)`), `*` (asterisks), `)` (`)4`) or `^` (typed for a superscript `⁴`).
 */
const TRIGGER_CHARACTERS = ['(', '|', '#', ':', '*', ')', '^'];

/** The uri the index uses for a document: file uris normalised, so the disk and the editor agree. */
export function indexUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Starts serving on a connection (not yet listening: this calls `listen`). */
export function startServer(connection: Connection): ProgrammalintServer {
  const server = new ProgrammalintServer(connection);
  server.listen();
  return server;
}

export class ProgrammalintServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly index: WorkspaceIndex;
  private readonly indexer: WorkspaceIndexer;
  /** Lints an open chapter again only where its text changed (service/incremental-lint.ts). */
  private readonly linter = new IncrementalLinter();
  private readonly configs: ConfigFiles;
  private readonly guard: Guard;
  private readonly sanitize: Sanitizer;
  private readonly validate: (uri: string) => Promise<unknown>;

  private capabilities: ClientCapabilities = {};
  /** The client pulls diagnostics (LSP 3.17); else they are pushed. */
  private pull = false;
  private clientLocale: string | undefined;
  private folders: string[] = [];

  /** Settings pushed by the client (or given at initialize); used when it cannot be asked. */
  private globalSettings: ClientSettings = normalizeSettings(undefined);
  private readonly settingsRequests = new Map<string, Promise<ClientSettings>>();
  /** The last settings received per document, for the synchronous `settingsFor` of the index. */
  private readonly settingsByUri = new Map<string, ClientSettings>();
  /** Bumped on every configuration change, so an answer to an older request is not cached. */
  private settingsGeneration = 0;

  /** Resolves when the workspace folders are indexed; everything that lints awaits it. */
  private ready: Promise<void> = Promise.resolve();
  /** Index uri → the uri the client opened the document with. */
  private readonly opened = new Map<string, string>();
  /** Documents whose open event is still to be seen by the change handler. */
  private readonly opening = new Set<string>();
  /** The version of each open document that the index holds. */
  private readonly syncedVersion = new Map<string, number>();
  private readonly lastEdit = new Map<string, number>();
  private readonly savedVersion = new Map<string, number>();
  /** run = onSave: the diagnostics of the last saved (or opened) version. */
  private readonly savedDiagnostics = new Map<string, Diagnostic[]>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly pullResults = new Map<string, { resultId: string; json: string }>();
  private resultCounter = 0;
  private refreshScheduled = false;
  private configTimer: NodeJS.Timeout | undefined;
  /** Where a workspace file left out of the index is reported. */
  private readonly skipLog = (message: string) => this.connection.console.warn(message);

  constructor(private readonly connection: Connection) {
    this.guard = makeGuard({ error: (message) => connection.console.error(message) });
    this.validate = this.guard('validate', (uri: string) => this.validateDocument(uri), undefined);
    this.index = new WorkspaceIndex({
      settingsFor: (uri) => this.lintSettings(uri),
      // An edit parses only the region it touched (service/incremental.ts); a document that is
      // not open is only compared with, and keeps no tree (no feature uses the tree).
      parse: (text, options, previous) =>
        options.uri !== undefined && this.opened.has(options.uri) ? reparseChapter(previous, text, options) : parseWithoutTree(text, options),
    });
    this.indexer = new WorkspaceIndexer({
      index: this.index,
      isOpen: (uri) => this.opened.has(uri),
      changed: (uri, affected) => this.dependentsChanged(uri, affected),
      progress: () =>
        this.capabilities.window?.workDoneProgress ? this.connection.window.createWorkDoneProgress() : Promise.resolve(undefined),
      locale: () => resolveLocale(this.globalSettings.locale, undefined, this.clientLocale),
      configOf: (uri) => ({ config: this.configFor(uri)?.config, locale: this.lintSettings(uri).locale }),
      info: (message) => connection.console.info(message),
      warn: (message) => this.skipLog(message),
      error: (message) => connection.console.error(message),
    });
    const configReporter = new ConfigReporter({
      log: (type, message) => (type === 'error' ? connection.console.error(message) : connection.console.info(message)),
      // A notification, not window/showMessageRequest: nothing to answer, nothing that can fail.
      show: (type, message) =>
        void connection.sendNotification(ShowMessageNotification.type, {
          type: type === 'warning' ? MessageType.Warning : MessageType.Info,
          message,
        }),
      locale: () => resolveLocale(this.globalSettings.locale, undefined, this.clientLocale),
      display: (path) => displayPath(path, this.folders),
    });
    this.configs = new ConfigFiles({
      openText: (path) => this.openDocument(pathToFileURL(path).href)?.getText(),
      onChange: (change) => configReporter.report(change),
    });
    this.sanitize = new Sanitizer({
      lines: (uri) => this.index.get(indexUri(uri))?.lines,
      clientUri: (uri) => this.clientUri(uri),
    });
  }

  /** Registers every handler and starts listening. */
  listen(): void {
    const { connection, guard } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(guard('initialized', () => this.initialized(), undefined));
    connection.onShutdown(() => {
      for (const timer of this.timers.values()) clearTimeout(timer);
      this.timers.clear();
      if (this.configTimer) clearTimeout(this.configTimer);
    });

    this.documents.onDidOpen(guard('didOpen', (e) => this.didOpen(e.document), undefined));
    this.documents.onDidChangeContent(guard('didChange', (e) => this.didChange(e.document), undefined));
    this.documents.onDidSave(guard('didSave', (e) => this.didSave(e.document), undefined));
    this.documents.onDidClose(guard('didClose', (e) => this.didClose(e.document), undefined));
    this.documents.listen(connection);

    connection.onDidChangeConfiguration(
      guard('didChangeConfiguration', (p: DidChangeConfigurationParams) => this.didChangeConfiguration(p), undefined),
    );
    connection.onDidChangeWatchedFiles(
      guard('didChangeWatchedFiles', (p: DidChangeWatchedFilesParams) => this.didChangeWatchedFiles(p), undefined),
    );

    connection.languages.diagnostics.on(
      guard('textDocument/diagnostic', (p: DocumentDiagnosticParams, token) => this.pullDiagnostics(p, token), {
        kind: DocumentDiagnosticReportKind.Full,
        items: [],
      } as DocumentDiagnosticReport),
    );

    connection.onCompletion(
      guard('textDocument/completion', async (p: CompletionParams, token) => {
        const at = await this.featureContext(p.textDocument.uri, token);
        return at ? this.sanitize.completions(at.doc.uri, features.getCompletions(at.doc, p.position, at.ctx)) : [];
      }, []),
    );
    connection.onHover(
      guard('textDocument/hover', async (p: HoverParams, token) => {
        const at = await this.featureContext(p.textDocument.uri, token);
        return at ? this.sanitize.hover(at.doc.uri, features.getHover(at.doc, p.position, at.ctx)) : null;
      }, null),
    );
    connection.onDefinition(
      guard('textDocument/definition', async (p: DefinitionParams, token) => {
        const at = await this.featureContext(p.textDocument.uri, token);
        return at ? this.sanitize.locations(features.getDefinition(at.doc, p.position, at.ctx)) : [];
      }, []),
    );
    connection.onReferences(
      guard('textDocument/references', async (p: ReferenceParams, token) => {
        const at = await this.featureContext(p.textDocument.uri, token);
        return at
          ? this.sanitize.locations(features.getReferences(at.doc, p.position, at.ctx, p.context.includeDeclaration))
          : [];
      }, []),
    );
    connection.onPrepareRename(
      guard('textDocument/prepareRename', async (p: PrepareRenameParams, token) => {
        const at = await this.featureContext(p.textDocument.uri, token);
        return at ? this.sanitize.prepareRename(at.doc.uri, features.prepareRename(at.doc, p.position, at.ctx)) : null;
      }, null),
    );
    connection.onRenameRequest(
      guard('textDocument/rename', async (p: RenameParams, token) => {
        const at = await this.featureContext(p.textDocument.uri, token);
        return at ? this.sanitize.workspaceEdit(features.getRenameEdits(at.doc, p.position, p.newName, at.ctx)) : null;
      }, null),
    );
    connection.onRequest(
      DOCUMENT_INFO_METHOD,
      guard(DOCUMENT_INFO_METHOD, async (p: { textDocument: { uri: string } }, token) => {
        const at = await this.featureContext(p.textDocument.uri, token);
        return at ? documentInfo(at.doc) : null;
      }, null),
    );
    connection.onRequest(
      REPORT_METHOD,
      guard(REPORT_METHOD, async (_p: unknown, token) => {
        await this.ready;
        await this.indexer.idle();
        checkCancelled(token);
        this.syncOpenDocuments();
        const folderOf = (path: string) => this.folders.find((f) => path.startsWith(f.endsWith(sep) ? f : f + sep));
        const file = (uri: string) => {
          const path = uriToPath(uri);
          const folder = path ? folderOf(path) : undefined;
          return path && folder ? path.slice(folder.length).replace(/^[\\/]+/, '').split(sep).join('/') : (path ?? uri);
        };
        const locale = resolveLocale(this.globalSettings.locale, undefined, this.clientLocale);
        return buildWorkspaceReport(this.index, this.index.uris().sort(), (uri) => this.lintSettings(uri), { locale, file });
      }, null),
    );
    connection.onDocumentSymbol(
      guard('textDocument/documentSymbol', async (p: DocumentSymbolParams, token) => {
        const at = await this.featureContext(p.textDocument.uri, token);
        return at ? this.sanitize.symbols(at.doc.uri, features.getDocumentSymbols(at.doc, at.ctx)) : [];
      }, []),
    );
    connection.onFoldingRanges(
      guard('textDocument/foldingRange', async (p: FoldingRangeParams, token) => {
        const at = await this.featureContext(p.textDocument.uri, token);
        return at ? this.sanitize.foldingRanges(at.doc.uri, features.getFoldingRanges(at.doc, at.ctx)) : [];
      }, []),
    );
    connection.onCodeAction(
      guard('textDocument/codeAction', async (p: CodeActionParams, token) => {
        const at = await this.featureContext(p.textDocument.uri, token);
        if (!at) return [];
        // The service needs a diagnostic's code, range and data (the finding's fixes); with a plain
        // message the whole diagnostic goes along, so the quick fix can name the diagnostic it fixes.
        const diagnostics = p.context.diagnostics.map((d) =>
          typeof d.message === 'string' ? { ...d, message: d.message } : { code: d.code, range: d.range, data: d.data },
        );
        const actions = features.getCodeActions(at.doc, p.range, diagnostics, at.ctx, p.context.only);
        return this.sanitize.codeActions(at.doc.uri, actions);
      }, []),
    );
    connection.onExecuteCommand(
      guard('workspace/executeCommand', (p: ExecuteCommandParams, token) => this.executeCommand(p, token), null),
    );

    connection.listen();
  }

  // --- lifecycle -------------------------------------------------------------------------------

  private initialize(params: InitializeParams): InitializeResult {
    const caps = (this.capabilities = params.capabilities);
    this.pull = caps.textDocument?.diagnostic !== undefined;
    this.clientLocale = params.locale;
    const initial = settingsSection(params.initializationOptions);
    if (initial !== undefined) this.globalSettings = normalizeSettings(initial);

    const folderUris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = folderUris.map(uriToPath).filter((p): p is string => p !== undefined);
    if (this.folders.length === 0 && params.rootPath) this.folders.push(params.rootPath);
    // Reading the disk may start now; diagnostics wait for it.
    this.ready = this.indexFolders(this.folders);

    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: caps.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeActionProvider: caps.textDocument?.codeAction?.codeActionLiteralSupport
          ? { codeActionKinds: ['quickfix', FIX_ALL_KIND, 'refactor.rewrite'] }
          : true,
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'programmalint' },
    };
    if (this.pull) {
      result.capabilities.diagnosticProvider = {
        identifier: 'programmalint',
        interFileDependencies: true,
        workspaceDiagnostics: false,
      };
    }
    return result;
  }

  private async initialized(): Promise<void> {
    const workspace = this.capabilities.workspace;
    // First the folder events (synchronous), so none is missed while the registrations below wait.
    if (workspace?.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders(
        this.guard('didChangeWorkspaceFolders', (e: WorkspaceFoldersChangeEvent) => this.didChangeFolders(e), undefined),
      );
    }
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: CHAPTER_GLOB }, { globPattern: '**/.programmalintrc.json' }],
      });
    }
    if (workspace?.didChangeConfiguration?.dynamicRegistration) {
      await this.connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
  }

  /**
   * Reads every Markdown file under the folders (open documents keep the editor's text) and
   * indexes it: a small workspace before this resolves, a large one in the background (lsp/indexer.ts).
   */
  private indexFolders(folders: string[]): Promise<void> {
    return this.indexer.add(folders);
  }

  /** Resolves when the workspace is listed and the counterparts of a document are indexed. */
  private async readyFor(uri: string): Promise<void> {
    await this.ready;
    const document = this.openDocument(uri);
    if (document) await this.indexer.counterparts(document.getText());
  }

  private async didChangeFolders(event: WorkspaceFoldersChangeEvent): Promise<void> {
    const removed = event.removed.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
    const added = event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
    this.folders = [...this.folders.filter((f) => !removed.includes(f)), ...added];
    await this.ready;
    for (const uri of this.index.uris()) {
      const path = uriToPath(uri);
      if (path && !this.opened.has(uri) && !this.inWorkspace(path)) this.index.remove(uri);
    }
    this.ready = this.indexFolders(added);
    await this.ready;
    this.revalidateAll();
  }

  // --- documents -------------------------------------------------------------------------------

  private didOpen(document: TextDocument): void {
    const uri = indexUri(document.uri);
    this.indexer.claim(uri);
    this.opened.set(uri, document.uri);
    this.opening.add(uri);
    this.savedVersion.set(uri, document.version);
    if (this.isConfig(uri)) {
      this.configChanged(0);
      return;
    }
    if (this.isChapter(document)) this.schedule(uri, 0);
  }

  private didChange(document: TextDocument): void {
    const uri = indexUri(document.uri);
    if (this.opening.delete(uri)) return; // the open event, handled by didOpen
    this.lastEdit.set(uri, Date.now());
    if (this.isConfig(uri)) {
      this.configChanged(this.settingsOf(uri).debounce);
      return;
    }
    if (!this.isChapter(document)) return;
    const settings = this.settingsOf(uri);
    if (settings.run === 'onType') this.schedule(uri, settings.debounce);
  }

  private didSave(document: TextDocument): void {
    const uri = indexUri(document.uri);
    this.savedVersion.set(uri, document.version);
    if (!this.isChapter(document) || this.settingsOf(uri).run !== 'onSave') return;
    this.savedDiagnostics.delete(uri);
    if (this.pull) this.requestRefresh();
    else this.schedule(uri, 0);
  }

  private didClose(document: TextDocument): void {
    const uri = indexUri(document.uri);
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    for (const map of [this.timers, this.lastEdit, this.savedVersion, this.savedDiagnostics, this.pullResults]) map.delete(uri);
    this.syncedVersion.delete(uri);
    this.linter.forget(uri);
    this.settingsRequests.delete(uri);
    this.settingsByUri.delete(uri);
    this.opened.delete(uri);
    this.opening.delete(uri);
    if (!this.pull) this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    if (this.isConfig(uri)) {
      this.configChanged(0);
      return;
    }
    // Back to what the disk says (or out of the index when the file is not part of the workspace).
    const path = uriToPath(uri);
    let text: string | undefined;
    if (path && isChapterPath(path) && this.inWorkspace(path) && existsSync(path)) {
      text = readWorkspaceChapterSync(path, this.skipLog);
    }
    const affected = text === undefined ? this.index.remove(uri) : this.index.update(uri, text, 0).affected;
    this.dependentsChanged(uri, affected);
  }

  private async didChangeWatchedFiles(params: DidChangeWatchedFilesParams): Promise<void> {
    await this.ready;
    let config = false;
    const affected = new Set<string>();
    for (const change of params.changes) {
      const uri = indexUri(change.uri);
      const path = uriToPath(uri);
      if (!path) continue;
      this.indexer.claim(uri);
      if (ConfigFiles.isConfigPath(path)) {
        config = true;
        continue;
      }
      // Open documents keep the editor's text; other files than Markdown are not ours.
      if (!isChapterPath(path) || this.opened.has(uri)) continue;
      if (change.type === FileChangeType.Deleted || !this.inWorkspace(path)) {
        for (const u of this.index.remove(uri)) affected.add(u);
        continue;
      }
      const text = await readWorkspaceChapter(path, this.skipLog);
      if (text === undefined) {
        for (const u of this.index.remove(uri)) affected.add(u);
        continue;
      }
      if (this.opened.has(uri)) continue;
      try {
        for (const u of this.index.update(uri, text, 0).affected) affected.add(u);
      } catch (error) {
        this.connection.console.error(`programmalint: cannot index ${path}: ${(error as Error).stack ?? error}`);
      }
    }
    if (config) this.configChanged(0);
    else this.dependentsChanged(undefined, [...affected]);
  }

  private didChangeConfiguration(params: DidChangeConfigurationParams): void {
    const section = settingsSection(params.settings);
    if (section !== undefined && section !== null) this.globalSettings = normalizeSettings(section);
    this.settingsGeneration++;
    this.settingsRequests.clear();
    this.settingsByUri.clear();
    this.savedDiagnostics.clear();
    this.revalidateAll();
  }

  // --- settings and configuration --------------------------------------------------------------

  /** The client settings of a document, asked once per document (until the configuration changes). */
  private clientSettings(uri: string): Promise<ClientSettings> {
    if (!this.capabilities.workspace?.configuration) return Promise.resolve(this.globalSettings);
    let request = this.settingsRequests.get(uri);
    if (!request) {
      const generation = this.settingsGeneration;
      request = this.connection.workspace
        .getConfiguration({ scopeUri: this.clientUri(uri), section: SETTINGS_SECTION })
        .then(
          (raw: unknown) => (raw === null || raw === undefined ? this.globalSettings : normalizeSettings(raw)),
          (error: unknown) => {
            this.connection.console.error(`programmalint: workspace/configuration failed: ${(error as Error).message}`);
            return this.globalSettings;
          },
        )
        .then((settings) => {
          if (generation === this.settingsGeneration && this.opened.has(uri)) this.settingsByUri.set(uri, settings);
          return settings;
        });
      if (this.opened.has(uri)) this.settingsRequests.set(uri, request);
    }
    return request;
  }

  /** The client settings known now (synchronous): the document's, else the global ones. */
  private settingsOf(uri: string): ClientSettings {
    return this.settingsByUri.get(uri) ?? this.globalSettings;
  }

  /** The lint settings of a document: its configuration file, then the client's overrides. */
  private lintSettings(uri: string): LintSettings {
    const loaded = this.configFor(uri);
    const client = this.settingsOf(uri);
    const locale = resolveLocale(client.locale, loaded?.config?.locale, this.clientLocale);
    const settings = settingsFromConfig(loaded?.config, locale);
    settings.severities = { ...settings.severities, ...client.rules };
    return settings;
  }

  private configFor(uri: string): LoadedConfig | undefined {
    const path = uriToPath(uri);
    return path ? this.configs.forDocument(path) : undefined;
  }

  /**
   * A configuration file changed (on disk or in the editor): forget the lookups, parse again the
   * documents whose vocabulary changed, and lint every open document again.
   */
  private configChanged(debounce: number): void {
    if (this.configTimer) clearTimeout(this.configTimer);
    this.configTimer = setTimeout(
      this.guard('configChanged', async () => {
        this.configTimer = undefined;
        await this.ready;
        const uris = this.index.uris();
        const before = new Map(uris.map((u) => [u, this.lintSettings(u).vocabulary]));
        this.configs.invalidate();
        const changed = uris.filter((u) => this.lintSettings(u).vocabulary !== before.get(u));
        this.index.reparse(changed);
        this.savedDiagnostics.clear();
        this.revalidateAll();
      }, undefined),
      debounce,
    );
  }

  // --- diagnostics -----------------------------------------------------------------------------

  /** Lints a document after `ms` milliseconds, unless it changes again before. */
  private schedule(uri: string, ms: number): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.validate(uri);
      }, ms),
    );
  }

  /** Lints every open document again (push), or asks the client to pull again. */
  private revalidateAll(): void {
    if (this.pull) {
      this.pullResults.clear();
      this.requestRefresh();
      return;
    }
    for (const uri of this.opened.keys()) this.schedule(uri, 0);
  }

  /** The index changed `affected` (because of `source`): re-lint those that are open. */
  private dependentsChanged(source: string | undefined, affected: string[]): void {
    const open = affected.filter((u) => u !== source && this.opened.has(u));
    if (open.length === 0) return;
    if (this.pull) this.requestRefresh();
    else for (const uri of open) this.schedule(uri, 0);
  }

  /** Asks the client to pull diagnostics again (once for a burst of changes). */
  private requestRefresh(): void {
    if (!this.capabilities.workspace?.diagnostics?.refreshSupport || this.refreshScheduled) return;
    this.refreshScheduled = true;
    setImmediate(() => {
      this.refreshScheduled = false;
      this.connection.languages.diagnostics.refresh().catch((error: unknown) => {
        this.connection.console.error(`programmalint: workspace/diagnostic/refresh failed: ${(error as Error).message}`);
      });
    });
  }

  /** Push mode: lints an open document and publishes; with pull, brings the index up to date. */
  private async validateDocument(uri: string): Promise<void> {
    await this.readyFor(uri);
    const document = this.openDocument(uri);
    if (!document) return;
    const version = document.version;
    const settings = await this.clientSettings(uri);
    // A newer version arrived meanwhile: its own run will publish.
    if (this.openDocument(uri) !== document || document.version !== version) return;
    if (this.isConfig(uri)) {
      if (!this.pull) {
        this.connection.sendDiagnostics({ uri: document.uri, version, diagnostics: this.configDiagnostics(uri, settings) });
      }
      return;
    }
    if (!this.isChapter(document)) return;
    this.sync(uri);
    if (this.pull) return;
    this.connection.sendDiagnostics({ uri: document.uri, version, diagnostics: this.diagnosticsOf(uri, settings) });
  }

  private async pullDiagnostics(
    params: DocumentDiagnosticParams,
    token?: CancellationToken,
  ): Promise<DocumentDiagnosticReport> {
    const uri = indexUri(params.textDocument.uri);
    await this.readyFor(uri);
    checkCancelled(token);
    const document = this.openDocument(uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const settings = await this.clientSettings(uri);
    checkCancelled(token);
    if (this.isConfig(uri)) return this.report(uri, this.configDiagnostics(uri, settings), params.previousResultId);
    if (!this.isChapter(document)) return this.report(uri, [], params.previousResultId);
    // Debounce: wait until the document has been quiet for `debounce` ms.
    for (;;) {
      const quiet = Date.now() - (this.lastEdit.get(uri) ?? 0);
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
    const document = this.openDocument(uri);
    const modified = document !== undefined && document.version !== this.savedVersion.get(uri);
    if (settings.run === 'onSave' && modified) {
      const saved = this.savedDiagnostics.get(uri);
      if (saved) return saved;
    }
    this.syncOpenDocuments();
    const doc = this.index.get(uri);
    if (!doc) return [];
    const findings = this.linter.lint(doc, { ...this.lintSettings(uri), workspace: this.index });
    const diagnostics = this.sanitize.diagnostics(
      uri,
      findings.map((f) => toDiagnostic(f, (u) => this.clientUri(u))),
    );
    if (settings.run === 'onSave' && !modified) this.savedDiagnostics.set(uri, diagnostics);
    return diagnostics;
  }

  /** The problems of an open configuration file, from the editor's text (not the cached parse). */
  private configDiagnostics(uri: string, settings: ClientSettings): Diagnostic[] {
    const document = this.openDocument(uri);
    if (!document) return [];
    const locale: Locale = resolveLocale(settings.locale, undefined, this.clientLocale);
    const { problems } = parseConfig(document.getText());
    return this.sanitize.diagnostics(uri, problems.map((p) => configDiagnostic(p, locale)));
  }

  // --- features --------------------------------------------------------------------------------

  /** The parsed document and the feature context for a request, once the workspace is indexed. */
  private async featureContext(
    clientUri: string,
    token: CancellationToken | undefined,
  ): Promise<{ doc: ChapterDocument; ctx: FeatureContext } | undefined> {
    const uri = indexUri(clientUri);
    await this.readyFor(uri);
    checkCancelled(token);
    const document = this.openDocument(uri);
    if (document && !this.isChapter(document)) return undefined;
    await this.clientSettings(uri);
    checkCancelled(token);
    this.syncOpenDocuments();
    const doc = this.index.get(uri);
    if (!doc) return undefined;
    return { doc, ctx: { workspace: this.index, settings: this.lintSettings(uri) } };
  }

  private async executeCommand(params: ExecuteCommandParams, token?: CancellationToken): Promise<unknown> {
    if (params.command === COMMANDS.importText) return this.importText(params.arguments);
    const target = commandTarget(params.arguments);
    if (!target) {
      this.connection.console.error(`programmalint: ${params.command} needs a document uri.`);
      return null;
    }
    const at = await this.featureContext(target.uri, token);
    if (!at) return null;
    const en = at.ctx.settings.locale === 'en';
    let edit;
    let label: string;
    switch (params.command) {
      case COMMANDS.renumberFootnotes:
        edit = features.renumberFootnotesEdit(at.doc, target.position, at.ctx);
        label = en ? 'Renumber footnotes' : 'Voetnoten hernummeren';
        break;
      case COMMANDS.scaffoldRekeningTable:
        if (!target.position) {
          this.connection.console.error(`programmalint: ${params.command} needs a position in a beleidsveld.`);
          return null;
        }
        edit = features.scaffoldRekeningTable(at.doc, target.position, at.ctx);
        label = en
          ? `Build the rekening table from the begroting ${at.doc.year}`
          : `Rekeningtabel opbouwen uit de begroting ${at.doc.year}`;
        break;
      default:
        this.connection.console.error(`programmalint: unknown command ${params.command}.`);
        return null;
    }
    const clean = this.sanitize.workspaceEdit(edit);
    if (!clean) return null;
    checkCancelled(token);
    return this.connection.workspace.applyEdit({ label, edit: clean });
  }

  /**
   * `programmalint.importText [text, uri?]`: a chapter copied from the website or a PDF, converted
   * to the dialect with the vocabulary of the configuration that applies to `uri`. Returns the
   * Markdown and the problems (1-based input lines, messages in the document's language); the
   * client decides where the text goes.
   */
  private importText(args: unknown[] | undefined): ImportTextResult | null {
    const [text, uri] = args ?? [];
    if (typeof text !== 'string') {
      this.connection.console.error(`programmalint: ${COMMANDS.importText} needs the text to convert.`);
      return null;
    }
    const settings =
      typeof uri === 'string'
        ? this.lintSettings(indexUri(uri))
        : settingsFromConfig(undefined, resolveLocale(this.globalSettings.locale, undefined, this.clientLocale));
    const result = importChapter(text, { vocabulary: settings.vocabulary });
    return {
      markdown: result.markdown,
      problems: result.problems.map((p) => ({ line: p.line, message: p.message[settings.locale] })),
    };
  }

  // --- helpers ---------------------------------------------------------------------------------

  /**
   * Brings the index up to date with an open document (parsing its version once) and re-lints
   * the open documents that depend on it. Returns the document's model.
   */
  private sync(uri: string): ChapterDocument | undefined {
    const document = this.openDocument(uri);
    const existing = this.index.get(uri);
    if (!document) return existing;
    if (existing && this.syncedVersion.get(uri) === document.version) return existing;
    // Indexed from disk without what an incremental parse needs: parse it so now, not at the first edit.
    if (existing && !isTracked(existing)) this.index.reparse([uri]);
    const { doc, affected } = this.index.update(uri, document.getText(), document.version);
    this.syncedVersion.set(uri, document.version);
    this.dependentsChanged(uri, affected);
    return doc;
  }

  /**
   * Brings every open chapter into the index (those with unseen edits are parsed), so a lint or a
   * feature sees the counterparts as the editor has them, not as they were at their last debounce.
   */
  private syncOpenDocuments(): void {
    for (const [uri, clientUri] of this.opened) {
      const document = this.documents.get(clientUri);
      if (document && this.isChapter(document) && this.syncedVersion.get(uri) !== document.version) this.sync(uri);
    }
  }

  private openDocument(uri: string): TextDocument | undefined {
    const client = this.opened.get(indexUri(uri));
    return client === undefined ? undefined : this.documents.get(client);
  }

  private clientUri(uri: string): string {
    return this.opened.get(uri) ?? uri;
  }

  private isConfig(uri: string): boolean {
    return ConfigFiles.isConfigPath(uriToPath(uri) ?? uri);
  }

  /** Documents linted as chapters: Markdown by language id or by extension. */
  private isChapter(document: TextDocument): boolean {
    return document.languageId === 'markdown' || isChapterPath(document.uri);
  }

  /** Whether a file belongs to an indexed workspace folder (and not to an ignored folder such as node_modules). */
  private inWorkspace(path: string): boolean {
    if (inIgnoredFolder(path, sep)) return false;
    return this.folders.some((folder) => path.startsWith(folder.endsWith(sep) ? folder : folder + sep));
  }
}

/**
 * The document and position a command acts on: `[uri, position?]` or `[{ uri | textDocument, position? }]`.
 * Without a position, renumbering covers every beleidsveld.
 */
function commandTarget(args: unknown[] | undefined): { uri: string; position: Position | undefined } | undefined {
  const [first, second] = args ?? [];
  if (typeof first === 'string') return { uri: first, position: isPosition(second) ? second : undefined };
  if (typeof first === 'object' && first !== null) {
    const o = first as { uri?: unknown; textDocument?: { uri?: unknown }; position?: unknown };
    const uri = typeof o.uri === 'string' ? o.uri : o.textDocument?.uri;
    if (typeof uri === 'string') return { uri, position: isPosition(o.position) ? o.position : undefined };
  }
  return undefined;
}

function isPosition(value: unknown): value is Position {
  const p = value as Position | undefined;
  return typeof p?.line === 'number' && typeof p.character === 'number';
}
