/**
 * The workspace as the server keeps it in step: the folders are indexed (lsp/indexer.ts), open
 * documents go before the disk, and every change (an edit, a file changed on disk, a folder
 * added, a configuration file edited) re-lints the open documents it may affect.
 *
 * A change to a chapter re-lints the open documents that compare themselves with it (the index's
 * `affected`); a change to a configuration file parses again the documents whose vocabulary
 * changed and re-lints everything.
 */
import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import {
  type ClientCapabilities,
  type Connection,
  type DidChangeWatchedFilesParams,
  FileChangeType,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { inIgnoredFolder, isChapterPath } from '../service/chapter-files.js';
import { ConfigResolver } from '../service/config-resolver.js';
import type { LanguageService } from '../service/language-service.js';
import type { DocumentSettings } from './document-settings.js';
import { type DocumentEvents, type EditorDocuments, isChapter, isConfigUri } from './documents.js';
import type { Guard } from './guard.js';
import { WorkspaceIndexer } from './indexer.js';
import { folderOf, indexUri, uriToPath } from './uris.js';
import type { Validation } from './validation.js';
import { chapterText } from './workspace-files.js';

/** What the workspace needs of the server. */
export interface WorkspaceHost {
  connection: Connection;
  service: LanguageService;
  documents: EditorDocuments;
  settings: DocumentSettings;
  validation: Validation;
  guard: Guard;
  capabilities(): ClientCapabilities;
}

export class Workspace implements DocumentEvents {
  /** The workspace folders (paths). */
  folders: string[] = [];
  readonly indexer: WorkspaceIndexer;
  /** Resolves when the workspace folders are indexed; everything that lints awaits it. */
  private ready: Promise<void> = Promise.resolve();
  private configTimer: NodeJS.Timeout | undefined;
  /** Where a workspace file left out of the index is reported. */
  private readonly skipLog = (message: string) => this.host.connection.console.warn(message);

  constructor(private readonly host: WorkspaceHost) {
    const { connection, documents, settings } = host;
    this.indexer = new WorkspaceIndexer({
      service: host.service,
      isOpen: (uri) => documents.isOpen(uri),
      changed: (uri, affected) => host.validation.dependentsChanged(uri, affected),
      progress: () =>
        host.capabilities().window?.workDoneProgress ? connection.window.createWorkDoneProgress() : Promise.resolve(undefined),
      locale: () => settings.locale(),
      configOf: (uri) => ({ config: settings.configFor(uri)?.config, locale: settings.lintSettings(uri).locale }),
      info: (message) => connection.console.info(message),
      warn: this.skipLog,
      error: (message) => connection.console.error(message),
    });
  }

  /**
   * Reads every Markdown file under the folders (open documents keep the editor's text) and
   * indexes it: a small workspace before this resolves, a large one in the background.
   */
  start(folders: string[]): void {
    this.folders = folders;
    this.ready = this.indexer.add(folders);
  }

  /** Resolves when the workspace is listed (and, in the background, fully indexed). */
  async indexed(): Promise<void> {
    await this.ready;
    await this.indexer.idle();
  }

  /** Resolves when the workspace is listed and the counterparts of a document are indexed. */
  async readyFor(uri: string): Promise<void> {
    await this.ready;
    const document = this.host.documents.document(uri);
    if (document) await this.indexer.counterparts(document.getText());
  }

  /** Stops what is pending (shutdown). */
  dispose(): void {
    if (this.configTimer) clearTimeout(this.configTimer);
  }

  // --- open documents --------------------------------------------------------------------------

  opened(uri: string, document: TextDocument): void {
    this.indexer.claim(uri);
    if (isConfigUri(uri)) this.configChanged(0);
    else if (isChapter(document)) this.host.validation.schedule(uri, 0);
  }

  changed(uri: string, document: TextDocument): void {
    const settings = this.host.settings.settingsOf(uri);
    if (isConfigUri(uri)) this.configChanged(settings.debounce);
    else if (isChapter(document) && settings.run === 'onType') this.host.validation.schedule(uri, settings.debounce);
  }

  saved(uri: string, document: TextDocument): void {
    if (isChapter(document) && this.host.settings.settingsOf(uri).run === 'onSave') this.host.validation.documentSaved(uri);
  }

  closed(uri: string, document: TextDocument): void {
    const { service, validation } = this.host;
    validation.documentClosed(uri, document.uri);
    service.close(uri);
    this.host.settings.forget(uri);
    if (isConfigUri(uri)) {
      this.configChanged(0);
      return;
    }
    // Back to what the disk says (or out of the index when the file is not part of the workspace).
    const path = uriToPath(uri);
    let text: string | undefined;
    if (path && isChapterPath(path) && this.inWorkspace(path) && existsSync(path)) {
      text = chapterText(path, service.readChapterSync(path), this.skipLog);
    }
    validation.dependentsChanged(uri, text === undefined ? service.remove(uri) : service.update(uri, text, 0));
  }

  // --- the disk and the folders ----------------------------------------------------------------

  async didChangeWatchedFiles(params: DidChangeWatchedFilesParams): Promise<void> {
    const { service, documents } = this.host;
    await this.ready;
    let config = false;
    const affected = new Set<string>();
    const removed = (uri: string) => service.remove(uri).forEach((u) => affected.add(u));
    for (const change of params.changes) {
      const uri = indexUri(change.uri);
      const path = uriToPath(uri);
      if (!path) continue;
      this.indexer.claim(uri);
      if (ConfigResolver.isConfigPath(path)) {
        config = true;
        continue;
      }
      // Open documents keep the editor's text; other files than Markdown are not ours.
      if (!isChapterPath(path) || documents.isOpen(uri)) continue;
      if (change.type === FileChangeType.Deleted || !this.inWorkspace(path)) {
        removed(uri);
        continue;
      }
      const text = chapterText(path, await service.readChapter(path), this.skipLog);
      if (text === undefined) {
        removed(uri);
        continue;
      }
      if (documents.isOpen(uri)) continue;
      try {
        for (const u of service.update(uri, text, 0)) affected.add(u);
      } catch (error) {
        this.host.connection.console.error(`programmalint: cannot index ${path}: ${(error as Error).stack ?? error}`);
      }
    }
    if (config) this.configChanged(0);
    else this.host.validation.dependentsChanged(undefined, [...affected]);
  }

  async didChangeFolders(event: WorkspaceFoldersChangeEvent): Promise<void> {
    const paths = (folders: { uri: string }[]) => folders.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
    const removed = paths(event.removed);
    const added = paths(event.added);
    this.folders = [...this.folders.filter((f) => !removed.includes(f)), ...added];
    await this.ready;
    const { service, documents } = this.host;
    for (const uri of service.workspace.uris()) {
      const path = uriToPath(uri);
      if (path && !documents.isOpen(uri) && !this.inWorkspace(path)) service.remove(uri);
    }
    this.ready = this.indexer.add(added);
    await this.ready;
    this.host.validation.revalidateAll();
  }

  /**
   * A configuration file changed (on disk or in the editor): forget the lookups, parse again the
   * documents whose vocabulary changed, and lint every open document again.
   */
  configChanged(debounce: number): void {
    if (this.configTimer) clearTimeout(this.configTimer);
    this.configTimer = setTimeout(
      this.host.guard('configChanged', async () => {
        this.configTimer = undefined;
        await this.ready;
        const { service, settings, validation } = this.host;
        const uris = service.workspace.uris();
        const before = new Map(uris.map((u) => [u, settings.lintSettings(u).vocabulary]));
        settings.configs.invalidate();
        service.reparse(uris.filter((u) => settings.lintSettings(u).vocabulary !== before.get(u)));
        validation.forgetSaved();
        validation.revalidateAll();
      }, undefined),
      debounce,
    );
  }

  /** Whether a file belongs to an indexed workspace folder (and not to an ignored folder such as node_modules). */
  private inWorkspace(path: string): boolean {
    return !inIgnoredFolder(path, sep) && folderOf(path, this.folders) !== undefined;
  }
}
