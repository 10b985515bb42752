/**
 * The language server: LSP wiring around the language service (service/language-service.ts).
 *
 * - Every open document is parsed once per version, lazily (when a feature or the linter needs
 *   it); the service holds the editor's text for open documents and the disk's for the others.
 * - lsp/documents.ts: the open documents; lsp/workspace.ts: folders, indexing, the disk and the
 *   configuration files; lsp/document-settings.ts: each document's settings; lsp/validation.ts:
 *   diagnostics pushed or pulled, debounced; lsp/requests.ts: the editor features;
 *   lsp/commands.ts: commands and custom requests. Every handler is wrapped by lsp/guard.ts.
 */
import {
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  DidChangeConfigurationNotification,
  type DidChangeConfigurationParams,
  DidChangeWatchedFilesNotification,
  type DidChangeWatchedFilesParams,
  type DocumentDiagnosticReport,
  DocumentDiagnosticReportKind,
  type InitializeParams,
  type InitializeResult,
  TextDocumentSyncKind,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import { COMMANDS, DOCUMENT_INFO_METHOD, type DocumentInfoParams, REPORT_METHOD, SETTINGS_SECTION } from '../protocol.js';
import { CHAPTER_GLOB, CONFIG_GLOB } from '../service/chapter-files.js';
import { FIX_ALL_KIND } from '../service/features/index.js';
import { createLanguageService, type LanguageService } from '../service/language-service.js';
import { nodeFileSystem } from '../node-file-system.js';
import { Commands } from './commands.js';
import { DocumentSettings } from './document-settings.js';
import { EditorDocuments, isChapter } from './documents.js';
import { checkCancelled, type Guard, makeGuard } from './guard.js';
import { registerFeatures } from './requests.js';
import { Sanitizer } from './sanitize.js';
import { indexUri, uriToPath } from './uris.js';
import { Validation } from './validation.js';
import { Workspace } from './workspace.js';

export { COMMANDS, DOCUMENT_INFO_METHOD, REPORT_METHOD, type ImportTextResult } from '../protocol.js';

/**
 * Characters after which the client asks for completions again. Footnote markers start with `(`
 * (`(IV)`, `(4)`, `(d)`), `*` (asterisks), `)` (`)4`) or `^` (typed for a superscript `⁴`).
 */
const TRIGGER_CHARACTERS = ['(', '|', '#', ':', '*', ')', '^'];

/** Starts serving on a connection (this calls `listen`). */
export function startServer(connection: Connection): ProgrammalintServer {
  const server = new ProgrammalintServer(connection);
  server.listen();
  return server;
}

export class ProgrammalintServer {
  private readonly documents = new EditorDocuments();
  private readonly service: LanguageService;
  private readonly settings: DocumentSettings;
  private readonly validation: Validation;
  private readonly workspace: Workspace;
  private readonly commands: Commands;
  private readonly guard: Guard;
  private readonly sanitize: Sanitizer;
  private capabilities: ClientCapabilities = {};

  constructor(private readonly connection: Connection) {
    const { documents } = this;
    const capabilities = () => this.capabilities;
    const guard = (this.guard = makeGuard({ error: (message) => connection.console.error(message) }));
    this.settings = new DocumentSettings({ connection, documents, capabilities, folders: () => this.workspace.folders });
    this.service = createLanguageService({
      fileSystem: nodeFileSystem,
      logger: { info: (m) => connection.console.info(m), warn: (m) => connection.console.warn(m), error: (m) => connection.console.error(m) },
      settings: (uri) => this.settings.lintSettings(uri),
      documents,
      // A document that is not open is only compared with: no feature needs its tree.
      keepTrees: false,
      onAffected: (uri, affected) => this.validation.dependentsChanged(uri, affected),
    });
    this.sanitize = new Sanitizer({ lines: (uri) => this.service.workspace.get(indexUri(uri))?.lines, clientUri: (uri) => documents.clientUri(uri) });
    const { service, settings, sanitize } = this;
    const validate = guard('validate', (uri: string) => this.validation.validateDocument(uri), undefined);
    this.validation = new Validation({ connection, service, documents, settings, sanitize, capabilities, validate, readyFor: (uri) => this.workspace.readyFor(uri) });
    this.workspace = new Workspace({ connection, service, documents, settings, validation: this.validation, guard, capabilities });
    this.commands = new Commands({ connection, service, settings, sanitize, workspace: this.workspace, chapter: (uri, token) => this.chapter(uri, token) });
  }

  /** Registers every handler and starts listening. */
  listen(): void {
    const { connection, guard, validation, workspace, commands } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(guard('initialized', () => this.initialized(), undefined));
    connection.onShutdown(() => {
      validation.dispose();
      workspace.dispose();
    });
    this.documents.listen(connection, workspace, (name, handler) => guard(name, handler, undefined));
    connection.onDidChangeConfiguration(
      guard('didChangeConfiguration', (p: DidChangeConfigurationParams) => {
        this.settings.changed(p.settings);
        validation.forgetSaved();
        validation.revalidateAll();
      }, undefined),
    );
    connection.onDidChangeWatchedFiles(
      guard('didChangeWatchedFiles', (p: DidChangeWatchedFilesParams) => workspace.didChangeWatchedFiles(p), undefined),
    );
    connection.languages.diagnostics.on(
      guard('textDocument/diagnostic', (p, token) => validation.pullDiagnostics(p, token), {
        kind: DocumentDiagnosticReportKind.Full,
        items: [],
      } as DocumentDiagnosticReport),
    );
    registerFeatures({ connection, guard, service: this.service, sanitize: this.sanitize, chapter: (uri, token) => this.chapter(uri, token) });
    connection.onRequest(
      DOCUMENT_INFO_METHOD,
      guard(DOCUMENT_INFO_METHOD, (p: DocumentInfoParams, token) => commands.documentInfo(p.textDocument.uri, token), null),
    );
    connection.onRequest(REPORT_METHOD, guard(REPORT_METHOD, (_p: unknown, token) => commands.report(token), null));
    connection.onExecuteCommand(guard('workspace/executeCommand', (p, token) => commands.execute(p, token), null));
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const caps = (this.capabilities = params.capabilities);
    this.validation.pull = caps.textDocument?.diagnostic !== undefined;
    this.settings.initialize(params);
    const folderUris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const folders = folderUris.map(uriToPath).filter((p): p is string => p !== undefined);
    if (folders.length === 0 && params.rootPath) folders.push(params.rootPath);
    // Reading the disk may start now; diagnostics wait for it.
    this.workspace.start(folders);

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
    if (this.validation.pull) {
      result.capabilities.diagnosticProvider = { identifier: 'programmalint', interFileDependencies: true, workspaceDiagnostics: false };
    }
    return result;
  }

  private async initialized(): Promise<void> {
    const workspace = this.capabilities.workspace;
    // First the folder events (synchronous), so none is missed while the registrations below wait.
    if (workspace?.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders(
        this.guard('didChangeWorkspaceFolders', (e: WorkspaceFoldersChangeEvent) => this.workspace.didChangeFolders(e), undefined),
      );
    }
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: CHAPTER_GLOB }, { globPattern: CONFIG_GLOB }],
      });
    }
    if (workspace?.didChangeConfiguration?.dynamicRegistration) {
      await this.connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
  }

  /** The index uri of a chapter a request is about, once the workspace is indexed and its settings are known. */
  private async chapter(clientUri: string, token: CancellationToken | undefined): Promise<string | undefined> {
    const uri = indexUri(clientUri);
    await this.workspace.readyFor(uri);
    checkCancelled(token);
    const document = this.documents.document(uri);
    if (document && !isChapter(document)) return undefined;
    await this.settings.clientSettings(uri);
    checkCancelled(token);
    return this.service.get(uri) ? uri : undefined;
  }
}
