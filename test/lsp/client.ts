/**
 * A real LSP client for the protocol tests: spawns the bundled server (`dist/server.cjs --stdio`),
 * speaks JSON-RPC with vscode-languageserver-protocol, records every notification and server
 * request, and lets a test await the message it expects (no sleeps).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  type ApplyWorkspaceEditParams,
  type ClientCapabilities,
  ConfigurationRequest,
  type ConfigurationParams,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentDiagnosticRequest,
  type DocumentDiagnosticReport,
  ExitNotification,
  type FileChangeType,
  type FullDocumentDiagnosticReport,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  LogMessageNotification,
  type LogMessageParams,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  type Range,
  RegistrationRequest,
  type RegistrationParams,
  ShowMessageNotification,
  ShutdownRequest,
  TelemetryEventNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

/** The repository root (tests run from out/test/lsp). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SERVER = join(ROOT, 'dist', 'server.cjs');
export const TEMPLATES = join(ROOT, 'test', 'fixtures', 'templates');

/** The capabilities of a client that pulls diagnostics (as VS Code does). */
export const PULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    diagnostics: { refreshSupport: true },
    workspaceFolders: true,
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    rename: { prepareSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } },
      dataSupport: true,
    },
    completion: { completionItem: { snippetSupport: false } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

/** The capabilities of an older client: diagnostics are pushed to it. */
export const PUSH_CAPABILITIES: ClientCapabilities = {
  ...PULL_CAPABILITIES,
  workspace: { ...PULL_CAPABILITIES.workspace, diagnostics: undefined },
  textDocument: { ...PULL_CAPABILITIES.textDocument, diagnostic: undefined },
};

export interface StartOptions {
  capabilities: ClientCapabilities;
  /** The workspace folder (see {@link makeWorkspace}); none when absent. */
  folder?: string;
  /** What `workspace/configuration` answers for the section `programmalint` (null: nothing). */
  settings?: Record<string, unknown> | null;
  /** `initializeParams.locale`. */
  locale?: string;
  /** Run the server as this user (a root test runner starts it unprivileged to meet permission errors). */
  user?: { uid: number; gid: number };
}

/** A message the server sent to the client, in order of arrival. */
export interface Received {
  method: string;
  params: unknown;
}

export class TestClient {
  readonly received: Received[] = [];
  /** What `workspace/configuration` answers. Tests change it, then notify the server. */
  settings: Record<string, unknown> | null;
  /** What `workspace/applyEdit` received. */
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  /** Every `workspace/configuration` request (to check scope uris). */
  readonly configurationRequests: ConfigurationParams[] = [];
  initializeResult!: InitializeResult;
  stderr = '';
  private readonly waiters = new Set<() => void>();
  private readonly versions = new Map<string, number>();

  private constructor(
    readonly connection: ProtocolConnection,
    readonly process: ChildProcess,
    options: StartOptions,
  ) {
    this.settings = options.settings === undefined ? {} : options.settings;
  }

  /** Spawns the server, initializes it and waits for it to be ready. */
  static async start(options: StartOptions): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], ...options.user });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    const client = new TestClient(connection, child, options);
    child.stderr!.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    client.wire();
    connection.listen();
    const folder = options.folder;
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: 'workspace' }] : null,
      capabilities: options.capabilities,
      locale: options.locale,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private wire(): void {
    const { connection } = this;
    const record = (method: string, params: unknown) => {
      this.received.push({ method, params });
      for (const waiter of [...this.waiters]) waiter();
    };
    for (const method of [
      PublishDiagnosticsNotification.method,
      LogMessageNotification.method,
      ShowMessageNotification.method,
      TelemetryEventNotification.method,
    ]) {
      connection.onNotification(method, (params: unknown) => record(method, params));
    }
    connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(params);
      record(ConfigurationRequest.method, params);
      return params.items.map((item) => (item.section === 'programmalint' ? this.settings : null));
    });
    connection.onRequest(RegistrationRequest.type, (params: RegistrationParams) => {
      record(RegistrationRequest.method, params);
    });
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      record(DiagnosticRefreshRequest.method, null);
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params);
      record(ApplyWorkspaceEditRequest.method, params);
      return { applied: true };
    });
  }

  /**
   * Resolves with the first non-undefined value of `predicate`, evaluated now and after every
   * message from the server; rejects after `timeoutMs`.
   */
  waitFor<T>(predicate: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        let value: T | undefined | false;
        try {
          value = predicate();
        } catch (error) {
          finish();
          reject(error);
          return;
        }
        if (value !== undefined && value !== false) {
          finish();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Server stderr: ${this.stderr}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  /** How many messages have arrived so far: pass it to the `after` of the waits below. */
  get mark(): number {
    return this.received.length;
  }

  /** Messages of a method received after `after`. */
  messages<T>(method: string, after = 0): T[] {
    return this.received.slice(after).filter((m) => m.method === method).map((m) => m.params as T);
  }

  /** Waits for pushed diagnostics of a document (after message `after`, optionally of a version). */
  pushed(uri: string, after: number, version?: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor(
      () =>
        this.messages<PublishDiagnosticsParams>(PublishDiagnosticsNotification.type.method, after).find(
          (p) => p.uri === uri && (version === undefined || p.version === version),
        ),
      `publishDiagnostics for ${uri}${version === undefined ? '' : ` v${version}`}`,
    );
  }

  /** Waits for a `workspace/diagnostic/refresh` request after message `after`. */
  refreshed(after: number): Promise<true> {
    return this.waitFor(
      () => this.messages(DiagnosticRefreshRequest.method, after).length > 0 || undefined,
      'workspace/diagnostic/refresh',
    );
  }

  /** Waits for a log message matching `pattern` after message `after`. */
  logged(pattern: RegExp, after = 0): Promise<LogMessageParams> {
    return this.waitFor(
      () => this.messages<LogMessageParams>(LogMessageNotification.type.method, after).find((m) => pattern.test(m.message)),
      `a log message matching ${pattern}`,
    );
  }

  async open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version, text },
    });
  }

  /** Sends changes as the next version; returns that version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return version;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async watched(changes: { uri: string; type: FileChangeType }[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** Tells the server the settings changed (pull model: it asks again with workspace/configuration). */
  async configurationChanged(settings: Record<string, unknown> | null): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** Pulls the diagnostics of a document and expects a full report. */
  async pull(uri: string, previousResultId?: string): Promise<FullDocumentDiagnosticReport> {
    const report: DocumentDiagnosticReport = await this.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
      previousResultId,
    });
    if (report.kind !== 'full') throw new Error(`Expected a full report, got ${JSON.stringify(report)}`);
    return report;
  }

  /** Shuts the server down and waits for the process to end. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) resolve();
      else this.process.once('exit', () => resolve());
    });
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      this.process.kill();
    }
    await exited;
    this.connection.dispose();
  }
}

/**
 * A temporary workspace folder: copies of the templates (`begroting.md`, `rekening.md`) plus
 * `files` (relative path → text). Returns its path; remove it with {@link removeWorkspace}.
 */
export function makeWorkspace(files: Record<string, string> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'programmalint-lsp-'));
  for (const name of readdirSync(TEMPLATES)) {
    if (name.endsWith('.md')) cpSync(join(TEMPLATES, name), join(folder, name));
  }
  for (const [path, text] of Object.entries(files)) writeFile(folder, path, text);
  return folder;
}

/** Writes a file of a workspace (creating folders). */
export function writeFile(folder: string, path: string, text: string): string {
  const full = join(folder, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

export function removeWorkspace(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}

/** The file uri of a path inside a folder. */
export function uriOf(folder: string, path: string): string {
  return pathToFileURL(join(folder, path)).href;
}

/** A diagnostic in compact form: `rule@line:col-line:col` (1-based, as the CLI prints) and its message. */
export function briefDiagnostic(d: { code?: string | number; range: Range; message: unknown }): string {
  const { start, end } = d.range;
  return `${d.code}@${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${String(d.message)}`;
}
