/**
 * The language service as one object, as vscode-markdown-languageservice's `createLanguageService`
 * makes it: it owns the parsed documents (the workspace index, incremental parsing of the
 * documents being edited, incremental linting) and answers every feature by uri and position.
 * The shells (the LSP server, the CLI) create one and call it; they build no feature context.
 *
 * What it needs of the outside is injected: the file system (chapters are read through it, with
 * the one chapter reader's checks), the settings of a document (the server's per-document client
 * settings over the configuration file, the CLI's configuration and `--lang`), the documents open
 * in an editor, if any, and where to log.
 */
import type * as lsp from 'vscode-languageserver-types';
import { rules as registry } from '../rules/index.js';
import * as features from './features/index.js';
import type { DiagnosticLike, FeatureContext } from './features/index.js';
import { type FileSystem, readChapter, readChapterSync, type ReadResult } from './file-system.js';
import type { Finding } from './finding.js';
import { fixChapter, type FixResult } from './fix-all.js';
import { isTracked, parseWithoutTree, reparseChapter } from './incremental.js';
import { IncrementalLinter } from './incremental-lint.js';
import { type LintSettings, lintChapter } from './lint.js';
import type { ChapterDocument, DocumentKind } from './model.js';
import { parseChapter } from './parse.js';
import { type BuildOptions, buildReport } from './report/build.js';
import type { ReportModel } from './report/model.js';
import type { Rule } from './rule.js';
import { CHAPTER_GLOB, IGNORED_GLOBS } from './chapter-files.js';
import { WorkspaceIndex } from './workspace.js';

/** Where the service logs. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** The documents open in an editor: their text goes before the disk's, and they are parsed and linted incrementally. */
export interface OpenDocuments {
  /** The editor's text and version of an open chapter (by the index's uri), else undefined. */
  get(uri: string): { text: string; version: number } | undefined;
  /** The uris of the open chapters. */
  uris(): Iterable<string>;
}

export interface LanguageServiceOptions {
  fileSystem: FileSystem;
  logger?: Logger;
  /** The rules to run (default: every registered rule). */
  rules?: readonly Rule[];
  /** The settings of a document: vocabulary, severities and locale (a callback, so every shell decides where they come from). */
  settings(uri: string): LintSettings;
  /** The documents open in an editor (the server); none for the CLI. */
  documents?: OpenDocuments;
  /**
   * Keep the Markdown tree of documents that are not open (default true: the CLI exports them).
   * The server keeps it for open documents only: the tree is most of a model's memory.
   */
  keepTrees?: boolean;
  /** An open document was brought up to date and these documents may lint differently now (`source` itself excluded by the caller). */
  onAffected?(source: string, affected: string[]): void;
}

/** Kind and year of a chapter; `inferred` when they are not in the front matter. */
export interface DocumentInfo {
  kind: DocumentKind | null;
  year: number | null;
  inferred: boolean;
}

/** The language service: documents and every feature. Every method takes the index's uri of a document. */
export interface LanguageService {
  /** The parsed documents (read them here; change them through the methods below). */
  readonly workspace: WorkspaceIndex;
  /** The settings of a document (the injected callback's, with the service's rules). */
  settings(uri: string): LintSettings;

  /** A document's model, with the open documents brought up to date first. */
  get(uri: string): ChapterDocument | undefined;
  /** Brings an open document (or, without a uri, every open document) into the index. */
  sync(uri?: string): ChapterDocument | undefined;
  /** Adds or replaces a document's text without computing who depends on it (loading a workspace). */
  set(uri: string, text: string, version?: number): ChapterDocument;
  /** Adds or replaces a document's text; returns the documents to lint again, itself first. */
  update(uri: string, text: string, version?: number): string[];
  /** Adds a document parsed elsewhere (a worker thread, a cache); returns what {@link update} returns. */
  add(doc: ChapterDocument): string[];
  /** Removes a document; returns its dependents. */
  remove(uri: string): string[];
  /** Parses documents again with their current settings (a configuration changed); returns every uri to lint again. */
  reparse(uris?: Iterable<string>): string[];
  /** A document is no longer open: forgets what incremental parsing and linting kept of it. */
  close(uri: string): void;
  /** Reads a chapter from the file system with the chapter reader's checks. */
  readChapter(path: string): Promise<ReadResult>;
  readChapterSync(path: string): ReadResult;
  /** The chapter files below a folder (ignored folders left out), sorted; none (logged) when it cannot be listed. */
  listChapters(folder: string): Promise<string[]>;

  /** The findings of a document: its own rules and the cross-document rules (or only `rules`). */
  lint(uri: string, options?: { rules?: readonly Rule[] }): Finding[];
  /** Every safe fix applied until nothing changes (`--fix`); `findings` when already linted. */
  fix(uri: string, findings?: Finding[]): FixResult | undefined;
  getCompletions(uri: string, position: lsp.Position): lsp.CompletionItem[];
  getHover(uri: string, position: lsp.Position): lsp.Hover | null;
  getDefinition(uri: string, position: lsp.Position): lsp.Location[];
  getReferences(uri: string, position: lsp.Position, includeDeclaration: boolean): lsp.Location[];
  prepareRename(uri: string, position: lsp.Position): { range: lsp.Range; placeholder: string } | null;
  getRenameEdits(uri: string, position: lsp.Position, newName: string): lsp.WorkspaceEdit | null;
  getDocumentSymbols(uri: string): lsp.DocumentSymbol[];
  getFoldingRanges(uri: string): lsp.FoldingRange[];
  getCodeActions(uri: string, range: lsp.Range, diagnostics: DiagnosticLike[], only?: string[]): lsp.CodeAction[];
  /** The edit that renumbers the footnotes of the beleidsveld at `position` (of every beleidsveld without one). */
  renumberFootnotes(uri: string, position?: lsp.Position | null): lsp.WorkspaceEdit | null;
  /** The rekening table of the beleidsveld at `position`, built from the begroting of its year. */
  scaffoldRekeningTable(uri: string, position: lsp.Position): lsp.WorkspaceEdit | null;
  documentInfo(uri: string): DocumentInfo | null;
  /** The indicator report of chapters, linted with the whole workspace. */
  report(uris: readonly string[], options: BuildOptions): ReportModel;
}

/** Creates a language service. */
export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  const rules = options.rules ?? registry;
  const settings = (uri: string): LintSettings => ({ ...options.settings(uri), rules });
  const open = (uri: string) => options.documents?.get(uri);
  const index = new WorkspaceIndex({
    settingsFor: settings,
    // An open document parses only the region an edit touched (incremental.ts); one that is only
    // compared with keeps no tree when the shell says so.
    parse: (text, parseOptions, previous) =>
      parseOptions.uri !== undefined && open(parseOptions.uri)
        ? reparseChapter(previous, text, parseOptions)
        : options.keepTrees === false
          ? parseWithoutTree(text, parseOptions)
          : parseChapter(text, parseOptions),
  });
  const linter = new IncrementalLinter();
  /** The version of each open document that the index holds. */
  const synced = new Map<string, number>();

  const syncOne = (uri: string): ChapterDocument | undefined => {
    const document = open(uri);
    const existing = index.get(uri);
    if (!document) return existing;
    if (existing && synced.get(uri) === document.version) return existing;
    // Indexed from disk without what an incremental parse needs: parse it so now, not at the first edit.
    if (existing && !isTracked(existing)) index.reparse([uri]);
    const { doc, affected } = index.update(uri, document.text, document.version);
    synced.set(uri, document.version);
    options.onAffected?.(uri, affected);
    return doc;
  };
  // The counterparts as the editor has them, not as they were at their last debounce.
  const syncAll = () => {
    for (const uri of options.documents?.uris() ?? []) if (synced.get(uri) !== open(uri)?.version) syncOne(uri);
  };
  const get = (uri: string) => {
    syncAll();
    return index.get(uri);
  };
  /** Runs a feature on a document with its context, or answers `none` when the document is unknown. */
  const withDoc = <T>(uri: string, none: T, run: (doc: ChapterDocument, ctx: FeatureContext) => T): T => {
    const doc = get(uri);
    return doc ? run(doc, { workspace: index, settings: settings(uri) }) : none;
  };
  const lint = (uri: string, only?: readonly Rule[]): Finding[] => {
    const doc = get(uri);
    if (!doc) return [];
    const lintSettings = { ...settings(uri), workspace: index, ...(only ? { rules: only } : {}) };
    // Open documents are linted again where they changed only; others are linted once.
    return open(uri) && !only ? linter.lint(doc, lintSettings) : lintChapter(doc, lintSettings);
  };

  return Object.freeze<LanguageService>({
    workspace: index,
    settings,
    get,
    sync: (uri) => (uri === undefined ? (syncAll(), undefined) : syncOne(uri)),
    set: (uri, text, version = 0) => index.set(uri, text, version),
    update: (uri, text, version = 0) => index.update(uri, text, version).affected,
    add: (doc) => index.add(doc),
    remove: (uri) => {
      synced.delete(uri);
      return index.remove(uri);
    },
    reparse: (uris) => index.reparse(uris),
    close: (uri) => {
      synced.delete(uri);
      linter.forget(uri);
    },
    readChapter: (path) => readChapter(options.fileSystem, path),
    readChapterSync: (path) => readChapterSync(options.fileSystem, path),
    listChapters: async (folder) => {
      try {
        return (await options.fileSystem.glob(folder, CHAPTER_GLOB, IGNORED_GLOBS)).sort();
      } catch (error) {
        options.logger?.error(`programmalint: cannot list ${folder}: ${error instanceof Error ? error.message : String(error)}`);
        return [];
      }
    },

    lint: (uri, lintOptions) => lint(uri, lintOptions?.rules),
    fix: (uri, findings) =>
      withDoc(uri, undefined, (doc, ctx) => fixChapter(doc, { ...ctx.settings, workspace: index }, findings ?? lint(uri))),
    getCompletions: (uri, position) => withDoc(uri, [], (doc, ctx) => features.getCompletions(doc, position, ctx)),
    getHover: (uri, position) => withDoc(uri, null, (doc, ctx) => features.getHover(doc, position, ctx)),
    getDefinition: (uri, position) => withDoc(uri, [], (doc, ctx) => features.getDefinition(doc, position, ctx)),
    getReferences: (uri, position, includeDeclaration) =>
      withDoc(uri, [], (doc, ctx) => features.getReferences(doc, position, ctx, includeDeclaration)),
    prepareRename: (uri, position) => withDoc(uri, null, (doc, ctx) => features.prepareRename(doc, position, ctx)),
    getRenameEdits: (uri, position, newName) => withDoc(uri, null, (doc, ctx) => features.getRenameEdits(doc, position, newName, ctx)),
    getDocumentSymbols: (uri) => withDoc(uri, [], (doc, ctx) => features.getDocumentSymbols(doc, ctx)),
    getFoldingRanges: (uri) => withDoc(uri, [], (doc, ctx) => features.getFoldingRanges(doc, ctx)),
    getCodeActions: (uri, range, diagnostics, only) =>
      withDoc(uri, [], (doc, ctx) => features.getCodeActions(doc, range, diagnostics, ctx, only)),
    renumberFootnotes: (uri, position) => withDoc(uri, null, (doc, ctx) => features.renumberFootnotesEdit(doc, position, ctx)),
    scaffoldRekeningTable: (uri, position) => withDoc(uri, null, (doc, ctx) => features.scaffoldRekeningTable(doc, position, ctx)),
    documentInfo: (uri) =>
      withDoc(uri, null, (doc) => ({
        kind: doc.kind ?? null,
        year: doc.year ?? null,
        inferred: doc.inference !== undefined && (doc.kind !== undefined || doc.year !== undefined),
      })),
    report: (uris, buildOptions) => {
      const sources = uris.flatMap((uri) => {
        const doc = get(uri);
        return doc ? [{ doc, findings: lint(uri), vocabulary: settings(uri).vocabulary }] : [];
      });
      return buildReport(sources, buildOptions);
    },
  });
}
