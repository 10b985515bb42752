/**
 * Incremental linting: after an edit, the rules that look at one beleidsveld at a time run only
 * for the beleidsvelden whose text changed; the others keep their findings from the last lint.
 *
 * Most rules check each beleidsveld on its own (footnotes, tables, values, standard sections,
 * targets) given the document's kind, year, front matter and settings, and the cross-document
 * rules compare each beleidsveld with the same one in its counterparts. Such a rule is run on a
 * view of the document that holds one beleidsveld, and its findings are remembered under the
 * beleidsveld's text, its first line (messages name line numbers), the document's context and,
 * for the cross-document rules, the counterpart documents as they are in the index now. The rules
 * that look at the whole document (front matter, heading numbers, the dash sentence, BBV coverage,
 * kind and year) run on the whole document every time.
 *
 * Where that would not be exact the whole document is linted as `lintChapter` does: with inline
 * `programmalint-disable` comments (they act across beleidsvelden), a beleidsveld that starts in
 * the middle of a line, or (for the cross-document rules) a beleidsveld number used twice. A
 * property test checks that the result always equals `lintChapter`'s.
 */
import { rules as registry } from '../rules/index.js';
import { compareFindings, type Finding } from './finding.js';
import { type LintSettings, lintChapter } from './lint.js';
import type { Beleidsveld, ChapterDocument, Heading, Paragraph } from './model.js';
import type { Span } from './positions.js';
import type { Rule } from './rule.js';
import { sourcesOf } from './workspace.js';


/** Stable numbers for objects (vocabularies, counterpart documents) in cache keys. */
const ids = new WeakMap<object, number>();
let lastId = 0;
function idOf(value: object): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ++lastId));
  return id;
}

/** One beleidsveld as a document of its own: the view its rules run on. */
interface ScopeView {
  scope: Beleidsveld;
  headings: Heading[];
  paragraphs: Paragraph[];
  malformed: Span[];
}

/** Lints documents, remembering per document the findings of each beleidsveld for the next version. */
export class IncrementalLinter {
  /** Per document: beleidsveld text → what else its findings depend on (line, context, counterparts) and the findings. */
  private readonly memo = new Map<string, Map<string, { meta: string; findings: Finding[] }[]>>();
  /** How the last lint went (tests, the bench): beleidsvelden linted and taken from memory. */
  readonly stats = { linted: 0, remembered: 0, whole: 0 };

  /** The findings of `lintChapter(doc, settings)`. */
  lint(doc: ChapterDocument, settings: LintSettings): Finding[] {
    const all = settings.rules ?? registry;
    const views = doc.directives.length === 0 ? scopeViews(doc) : undefined;
    if (!views) {
      this.memo.delete(doc.uri);
      this.stats.whole++;
      return lintChapter(doc, settings);
    }
    const numbers = doc.beleidsvelden.map((b) => b.number).filter((n) => n !== undefined);
    const crossPerScope = new Set(numbers).size === numbers.length;
    // Rules that check one beleidsveld at a time (Rule.scope) run per beleidsveld.
    const perScope = all.filter((r) => r.scope === 'beleidsveld' || ((r.reads?.length ?? 0) > 0 && crossPerScope));
    const whole = all.filter((r) => !perScope.includes(r));

    const findings = lintChapter(doc, { ...settings, rules: whole });
    const context = contextKey(doc, settings, perScope);
    const previous = this.memo.get(doc.uri);
    const next = new Map<string, { meta: string; findings: Finding[] }[]>();
    for (const view of views) {
      const { scope } = view;
      const line = doc.lines.positionAt(scope.span.start).line;
      const meta = `${line}\u0000${context}\u0000${counterpartKey(doc, scope, settings)}`;
      const source = doc.text.slice(scope.span.start, scope.span.end);
      let found = (next.get(source) ?? previous?.get(source))?.find((e) => e.meta === meta)?.findings;
      if (found) this.stats.remembered++;
      else {
        this.stats.linted++;
        const sub: ChapterDocument = {
          ...doc,
          beleidsvelden: [scope],
          tables: scope.tables,
          headings: view.headings,
          paragraphs: view.paragraphs,
          ...(doc.malformedTables ? { malformedTables: view.malformed } : {}),
        };
        found = lintChapter(sub, { ...settings, rules: perScope });
      }
      const kept = next.get(source);
      if (!kept) next.set(source, [{ meta, findings: found }]);
      else if (!kept.some((e) => e.meta === meta)) kept.push({ meta, findings: found });
      findings.push(...found);
    }
    this.memo.set(doc.uri, next);
    return findings.sort(compareFindings);
  }

  /** Forgets a document (closed). */
  forget(uri: string): void {
    this.memo.delete(uri);
  }
}

/**
 * Each beleidsveld with the headings, paragraphs and malformed tables inside it; undefined when a
 * beleidsveld starts in the middle of a line (its first line's characters depend on what precedes it).
 */
function scopeViews(doc: ChapterDocument): ScopeView[] | undefined {
  const views: ScopeView[] = [];
  for (const scope of doc.beleidsvelden) {
    if (doc.lines.positionAt(scope.span.start).character !== 0) return undefined;
    views.push({ scope, headings: [], paragraphs: [], malformed: [] });
  }
  // Items in document order, assigned to the scope they start in.
  const place = <T>(items: readonly T[], start: (item: T) => number, into: (view: ScopeView) => T[]) => {
    let v = 0;
    for (const item of items) {
      const at = start(item);
      while (v + 1 < views.length && views[v + 1].scope.span.start <= at) v++;
      into(views[v]).push(item);
    }
  };
  place(doc.headings, (h) => h.span.start, (v) => v.headings);
  place(doc.paragraphs, (p) => p.span.start, (v) => v.paragraphs);
  place(doc.malformedTables ?? [], (s) => s.start, (v) => v.malformed);
  return views;
}

/** What beyond a beleidsveld's text its findings depend on: the document's kind, year, front matter, and the settings. */
function contextKey(doc: ChapterDocument, settings: LintSettings, rules: readonly Rule[]): string {
  const front = doc.frontMatter ? doc.text.slice(doc.frontMatter.span.start, doc.frontMatter.span.end) : '';
  return [
    doc.uri,
    doc.kind ?? '',
    doc.year ?? '',
    idOf(settings.vocabulary),
    settings.locale,
    JSON.stringify(settings.severities),
    rules.map((r) => r.id).join(','),
    front,
  ].join('\u0000');
}

/** The counterpart documents a beleidsveld is compared with, as they are now (each version is another object). */
function counterpartKey(doc: ChapterDocument, scope: Beleidsveld, settings: LintSettings): string {
  const workspace = settings.workspace;
  if (!workspace || scope.number === undefined || doc.kind === undefined || doc.year === undefined) return '';
  const found: number[] = [];
  for (const source of sourcesOf(doc.kind, doc.year)) {
    for (const other of workspace.find(source.kind, source.year, scope.number, doc.uri)) found.push(idOf(other));
  }
  return found.join(',');
}
