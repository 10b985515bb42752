/**
 * The workspace index: every chapter's model, parsed once per version, and the lookups that
 * cross-document rules need. Shared by the CLI and the language server.
 *
 * A chapter is keyed by (kind, year, beleidsveld number); a file may hold several beleidsvelden
 * and so several keys. The keys are indexed on every set/delete, so a lookup costs the size of
 * its answer, not of the workspace.
 *
 * Dependencies follow the `reads` of the cross-document rules: with the built-in rules a rekening
 * of year Y reads the begroting of year Y and the rekening of year Y-1 (same beleidsveld numbers),
 * so a change to a begroting Y affects the rekening Y, and a change to a rekening Y the rekening Y+1.
 */
import type { Finding } from './finding.js';
import { type LintSettings, lintChapter } from './lint.js';
import type { ChapterDocument, DocumentKind } from './model.js';
import { type ParseOptions, parseChapter } from './parse.js';
import { rules as registry } from '../rules/index.js';
import type { RuleRead } from './rule.js';
import type { WorkspaceView } from './workspace-view.js';

export interface WorkspaceOptions {
  /** Settings for a document (its configuration may depend on its folder). */
  settingsFor(uri: string): LintSettings;
  /**
   * Parses a new text of a document, given its previous model (absent for a new document, or
   * when it must be parsed afresh): the server parses incrementally. Default: {@link parseChapter}.
   */
  parse?(text: string, options: ParseOptions, previous: ChapterDocument | undefined): ChapterDocument;
}

/** The result of {@link WorkspaceIndex.update}. */
export interface UpdateResult {
  doc: ChapterDocument;
  /** The uris to re-lint: the document itself first, then its dependents before and after the change, sorted. */
  affected: string[];
}

/** A (kind, year) pair a document reads from or is read by. */
export interface Partner {
  kind: DocumentKind;
  year: number;
}

/** What the cross-document rules read, from the registry: the one list of who compares with whom. */
const READS: readonly RuleRead[] = registry.flatMap((rule) => rule.reads ?? []);

/** Partners without repeats (two rules may read the same document). */
function distinct(partners: Partner[]): Partner[] {
  const byKey = new Map<string, Partner>();
  for (const p of partners) byKey.set(`${p.kind}|${p.year}`, p);
  return [...byKey.values()];
}

/** What a document of a kind and year compares itself with (the cross rules' counterparts). */
export function sourcesOf(kind: DocumentKind, year: number): Partner[] {
  return distinct(READS.filter((r) => r.checks === kind).map((r) => ({ kind: r.kind, year: year + r.yearOffset })));
}

/** The reverse of {@link sourcesOf}: who compares itself with a document of a kind and year. */
export function readersOf(kind: DocumentKind, year: number): Partner[] {
  return distinct(READS.filter((r) => r.kind === kind).map((r) => ({ kind: r.checks, year: year - r.yearOffset })));
}

export class WorkspaceIndex implements WorkspaceView {
  private readonly docs = new Map<string, ChapterDocument>();
  /** `kind|year|number` → uris; `kind|year` → uris (every document with a kind and a year). */
  private readonly byKey = new Map<string, Set<string>>();
  /** The keys each document is filed under, so it can be unfiled without re-reading the old model. */
  private readonly keysOf = new Map<string, string[]>();
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
    const options = { uri, version, vocabulary: this.options.settingsFor(uri).vocabulary };
    const doc = this.options.parse ? this.options.parse(text, options, existing) : parseChapter(text, options);
    this.unfile(uri);
    this.docs.set(uri, doc);
    this.file(doc);
    return doc;
  }

  /**
   * Adds or updates a document and says which documents must be re-linted: the document itself
   * and every document whose cross-document findings may change, under its old and its new
   * kind, year and beleidsvelden (a chapter that changed its year also refreshes its old partners).
   * When the text did not change nothing else is affected.
   */
  update(uri: string, text: string, version = 0): UpdateResult {
    const existing = this.docs.get(uri);
    if (existing && existing.text === text) {
      existing.version = version;
      return { doc: existing, affected: [uri] };
    }
    const before = this.dependents(uri);
    const doc = this.set(uri, text, version);
    const others = new Set([...before, ...this.dependents(uri)]);
    others.delete(uri);
    return { doc, affected: [uri, ...[...others].sort()] };
  }

  /**
   * Adds or replaces a document parsed elsewhere (a worker thread, a cache), as {@link set} would
   * have parsed it, without parsing it again. Returns what {@link update} returns as `affected`.
   */
  add(doc: ChapterDocument): string[] {
    const before = this.dependents(doc.uri);
    this.unfile(doc.uri);
    this.docs.set(doc.uri, doc);
    this.file(doc);
    const others = new Set([...before, ...this.dependents(doc.uri)]);
    others.delete(doc.uri);
    return [doc.uri, ...[...others].sort()];
  }

  get(uri: string): ChapterDocument | undefined {
    return this.docs.get(uri);
  }

  delete(uri: string): boolean {
    this.unfile(uri);
    return this.docs.delete(uri);
  }

  /**
   * Removes a document and returns the documents to re-lint because it is gone (its dependents).
   * Removing an unknown document affects nothing.
   */
  remove(uri: string): string[] {
    const affected = this.dependents(uri);
    this.delete(uri);
    return affected;
  }

  /**
   * Parses documents again with their current settings (after a configuration change), even
   * when their text did not change. Returns every uri to re-lint.
   */
  reparse(uris: Iterable<string> = this.uris()): string[] {
    const affected = new Set<string>();
    for (const uri of uris) {
      const doc = this.docs.get(uri);
      if (!doc) continue;
      for (const u of this.dependents(uri)) affected.add(u);
      this.docs.delete(uri); // forces the parse in set()
      this.set(uri, doc.text, doc.version);
      affected.add(uri);
      for (const u of this.dependents(uri)) affected.add(u);
    }
    return [...affected].sort();
  }

  uris(): string[] {
    return [...this.docs.keys()];
  }

  /** Number of documents in the index. */
  get size(): number {
    return this.docs.size;
  }

  find(kind: DocumentKind, year: number, number: string | undefined, except?: string): ChapterDocument[] {
    const uris = this.byKey.get(number === undefined ? `${kind}|${year}` : `${kind}|${year}|${number}`);
    const found: ChapterDocument[] = [];
    for (const uri of uris ?? []) {
      const doc = this.docs.get(uri);
      if (doc && uri !== except) found.push(doc);
    }
    // In uri order, so that findings do not depend on the order documents were added.
    return found.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  /**
   * The documents whose cross-document findings may change when `uri` changes, as it is now in
   * the index: for a begroting Y the rekeningen Y, for a rekening Y the rekeningen Y+1, sharing a
   * beleidsveld number. Sorted; never includes `uri` itself.
   */
  dependents(uri: string): string[] {
    const doc = this.docs.get(uri);
    if (!doc || doc.kind === undefined || doc.year === undefined) return [];
    const found = new Set<string>();
    for (const number of numbersOf(doc)) {
      for (const reader of readersOf(doc.kind, doc.year)) {
        for (const other of this.find(reader.kind, reader.year, number, uri)) found.add(other.uri);
      }
    }
    return [...found].sort();
  }

  /**
   * The documents `uri` compares itself with (its counterparts): for a rekening Y the begroting Y
   * and the rekening Y-1 sharing a beleidsveld number. Sorted.
   */
  sources(uri: string): string[] {
    const doc = this.docs.get(uri);
    if (!doc || doc.kind === undefined || doc.year === undefined) return [];
    const found = new Set<string>();
    for (const number of numbersOf(doc)) {
      for (const source of sourcesOf(doc.kind, doc.year)) {
        for (const other of this.find(source.kind, source.year, number, uri)) found.add(other.uri);
      }
    }
    return [...found].sort();
  }

  /** Lints a document of the index: its own rules and the cross-document rules. */
  lint(uri: string): Finding[] {
    const doc = this.docs.get(uri);
    if (!doc) return [];
    return lintChapter(doc, { ...this.options.settingsFor(uri), workspace: this });
  }

  private file(doc: ChapterDocument): void {
    if (doc.kind === undefined || doc.year === undefined) return;
    const keys = [`${doc.kind}|${doc.year}`, ...numbersOf(doc).map((n) => `${doc.kind}|${doc.year}|${n}`)];
    for (const key of keys) {
      let set = this.byKey.get(key);
      if (!set) this.byKey.set(key, (set = new Set()));
      set.add(doc.uri);
    }
    this.keysOf.set(doc.uri, keys);
  }

  private unfile(uri: string): void {
    for (const key of this.keysOf.get(uri) ?? []) {
      const set = this.byKey.get(key);
      set?.delete(uri);
      if (set?.size === 0) this.byKey.delete(key);
    }
    this.keysOf.delete(uri);
  }
}

/** The distinct beleidsveld numbers of a document. */
export function numbersOf(doc: Pick<ChapterDocument, 'beleidsvelden'>): string[] {
  const numbers = new Set<string>();
  for (const b of doc.beleidsvelden) if (b.number !== undefined) numbers.add(b.number);
  return [...numbers];
}
