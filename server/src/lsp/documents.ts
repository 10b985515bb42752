/**
 * The documents open in the editor, by the index's uri (the client may spell a file uri
 * otherwise): what the language service reads instead of the disk for an open chapter, and what
 * the server needs to know about an open document (its version when saved, its last edit).
 */
import { pathToFileURL } from 'node:url';
import type { Connection, TextDocumentChangeEvent } from 'vscode-languageserver';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isChapterPath } from '../service/chapter-files.js';
import { ConfigResolver } from '../service/config-resolver.js';
import type { OpenDocuments } from '../service/language-service.js';
import { indexUri, uriToPath } from './uris.js';

/** What happens to an open document, by the index's uri. */
export interface DocumentEvents {
  opened(uri: string, document: TextDocument): void;
  /** An edit (not the open itself). */
  changed(uri: string, document: TextDocument): void;
  saved(uri: string, document: TextDocument): void;
  closed(uri: string, document: TextDocument): void;
}

/** Wraps each event handler, by its name (the server's guard: a failure is logged, not thrown). */
export type Wrap = <P>(name: string, handler: (params: P) => void) => (params: P) => void;

export class EditorDocuments implements OpenDocuments {
  private readonly documents = new TextDocuments(TextDocument);
  /** Index uri → the uri the client opened the document with. */
  private readonly opened = new Map<string, string>();
  /** Documents whose open event is still to be seen by the change handler. */
  private readonly opening = new Set<string>();
  private readonly lastEdit = new Map<string, number>();
  private readonly savedVersion = new Map<string, number>();

  /** Listens on the connection and tells `events` what happens, by the index's uri. */
  listen(connection: Connection, events: DocumentEvents, wrap: Wrap): void {
    const on = (name: string, handle: (uri: string, document: TextDocument) => void) =>
      wrap(name, (e: TextDocumentChangeEvent<TextDocument>) => handle(indexUri(e.document.uri), e.document));
    this.documents.onDidOpen(
      on('didOpen', (uri, document) => {
        this.opened.set(uri, document.uri);
        this.opening.add(uri);
        this.savedVersion.set(uri, document.version);
        events.opened(uri, document);
      }),
    );
    this.documents.onDidChangeContent(
      on('didChange', (uri, document) => {
        if (this.opening.delete(uri)) return; // the open event, handled by didOpen
        this.lastEdit.set(uri, Date.now());
        events.changed(uri, document);
      }),
    );
    this.documents.onDidSave(
      on('didSave', (uri, document) => {
        this.savedVersion.set(uri, document.version);
        events.saved(uri, document);
      }),
    );
    this.documents.onDidClose(
      on('didClose', (uri, document) => {
        for (const map of [this.lastEdit, this.savedVersion]) map.delete(uri);
        this.opened.delete(uri);
        this.opening.delete(uri);
        events.closed(uri, document);
      }),
    );
    this.documents.listen(connection);
  }

  /** The open document of a uri (any spelling). */
  document(uri: string): TextDocument | undefined {
    const client = this.opened.get(indexUri(uri));
    return client === undefined ? undefined : this.documents.get(client);
  }

  isOpen(uri: string): boolean {
    return this.opened.has(uri);
  }

  /** The uri the client knows a document by. */
  clientUri(uri: string): string {
    return this.opened.get(uri) ?? uri;
  }

  /** The index uris of every open document. */
  openUris(): IterableIterator<string> {
    return this.opened.keys();
  }

  /** The editor's text and version of an open chapter (the language service's view). */
  get(uri: string): { text: string; version: number } | undefined {
    const document = this.document(uri);
    return document && isChapter(document) ? { text: document.getText(), version: document.version } : undefined;
  }

  /** The open chapters. */
  *uris(): IterableIterator<string> {
    for (const uri of this.opened.keys()) if (this.get(uri)) yield uri;
  }

  /** The open document's text, for a path (a configuration file being edited). */
  textOf(path: string): string | undefined {
    return this.document(pathToFileURL(path).href)?.getText();
  }

  /** The document has edits since it was saved (or opened). */
  modified(uri: string): boolean {
    const document = this.document(uri);
    return document !== undefined && document.version !== this.savedVersion.get(uri);
  }

  /** Milliseconds since the last edit of a document. */
  quietFor(uri: string): number {
    return Date.now() - (this.lastEdit.get(uri) ?? 0);
  }
}

/** Documents linted as chapters: Markdown by language id or by extension. */
export function isChapter(document: TextDocument): boolean {
  return document.languageId === 'markdown' || isChapterPath(document.uri);
}

/** Whether a uri names a configuration file. */
export function isConfigUri(uri: string): boolean {
  return ConfigResolver.isConfigPath(uriToPath(uri) ?? uri);
}
