/**
 * The workspace index: every chapter's model, parsed once per version, and the lookups that
 * cross-document rules need. Shared by the CLI and the language server.
 */
import type { Finding } from './finding.js';
import { type LintSettings, lintChapter } from './lint.js';
import type { ChapterDocument, DocumentKind } from './model.js';
import { parseChapter } from './parse.js';
import type { WorkspaceView } from './workspace-view.js';

export interface WorkspaceOptions {
  /** Settings for a document (its configuration may depend on its folder). */
  settingsFor(uri: string): LintSettings;
}

export class WorkspaceIndex implements WorkspaceView {
  private readonly docs = new Map<string, ChapterDocument>();
  /** How many times a document was parsed (tests count re-parses). */
  parseCount = 0;

  constructor(private readonly options: WorkspaceOptions) {}

  /**
   * Adds or updates a document. Parses only when the text changed.
   * @returns the document's model
   */
  set(uri: string, text: string, version = 0): ChapterDocument {
    const existing = this.docs.get(uri);
    if (existing && existing.text === text) {
      existing.version = version;
      return existing;
    }
    this.parseCount++;
    const doc = parseChapter(text, { uri, version, vocabulary: this.options.settingsFor(uri).vocabulary });
    this.docs.set(uri, doc);
    return doc;
  }

  get(uri: string): ChapterDocument | undefined {
    return this.docs.get(uri);
  }

  delete(uri: string): boolean {
    return this.docs.delete(uri);
  }

  uris(): string[] {
    return [...this.docs.keys()];
  }

  find(kind: DocumentKind, year: number, number: string | undefined, except?: string): ChapterDocument[] {
    const found: ChapterDocument[] = [];
    for (const doc of this.docs.values()) {
      if (doc.uri === except || doc.kind !== kind || doc.year !== year) continue;
      if (number === undefined || doc.beleidsvelden.some((b) => b.number === number)) found.push(doc);
    }
    return found;
  }

  /** Lints a document of the index: its own rules and the cross-document rules. */
  lint(uri: string): Finding[] {
    const doc = this.docs.get(uri);
    if (!doc) return [];
    return lintChapter(doc, { ...this.options.settingsFor(uri), workspace: this });
  }
}
