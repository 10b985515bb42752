/**
 * The last step before an answer leaves the server: every range is clamped into its document
 * (a client may reject, or crash on, a range past the end) and index uris are mapped back to the
 * spelling the client used when it opened the document.
 */
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  Position,
  Range,
  WorkspaceEdit,
} from 'vscode-languageserver';
import type { LineIndex } from '../service/positions.js';

/** What the sanitizer needs to know about documents. */
export interface DocumentLookup {
  /** The line index of a document's current text (by any spelling of its uri), if known. */
  lines(uri: string): LineIndex | undefined;
  /** The uri the client knows a document by. */
  clientUri(uri: string): string;
}

export class Sanitizer {
  constructor(private readonly lookup: DocumentLookup) {}

  position(lines: LineIndex | undefined, position: Position): Position {
    if (!lines) return position;
    return lines.positionAt(lines.offsetAt(position));
  }

  /** A range clamped into the document, never ending before it starts. */
  range(lines: LineIndex | undefined, range: Range): Range {
    if (!lines) return range;
    const start = lines.offsetAt(range.start);
    const end = Math.max(start, lines.offsetAt(range.end));
    return { start: lines.positionAt(start), end: lines.positionAt(end) };
  }

  /** `inner` clamped into `outer` (a symbol's selection range must lie inside its range). */
  within(lines: LineIndex | undefined, inner: Range, outer: Range): Range {
    const clamped = this.range(lines, inner);
    if (!lines) return clamped;
    const lo = lines.offsetAt(outer.start);
    const hi = lines.offsetAt(outer.end);
    const start = Math.min(Math.max(lines.offsetAt(clamped.start), lo), hi);
    const end = Math.min(Math.max(lines.offsetAt(clamped.end), start), hi);
    return { start: lines.positionAt(start), end: lines.positionAt(end) };
  }

  textEdit<T extends { range: Range }>(lines: LineIndex | undefined, edit: T): T {
    return { ...edit, range: this.range(lines, edit.range) };
  }

  location(location: Location): Location {
    return { uri: this.lookup.clientUri(location.uri), range: this.range(this.lookup.lines(location.uri), location.range) };
  }

  locations(locations: Location[] | null | undefined): Location[] {
    return (locations ?? []).map((l) => this.location(l));
  }

  diagnostics(uri: string, diagnostics: Diagnostic[]): Diagnostic[] {
    const lines = this.lookup.lines(uri);
    return diagnostics.map((d) => {
      const out: Diagnostic = { ...d, range: this.range(lines, d.range) };
      if (d.relatedInformation) {
        out.relatedInformation = d.relatedInformation.map((r) => ({ ...r, location: this.location(r.location) }));
      }
      return out;
    });
  }

  hover(uri: string, hover: Hover | null | undefined): Hover | null {
    if (!hover) return null;
    return hover.range ? { ...hover, range: this.range(this.lookup.lines(uri), hover.range) } : hover;
  }

  completions(uri: string, items: CompletionItem[] | null | undefined): CompletionItem[] {
    const lines = this.lookup.lines(uri);
    return (items ?? []).map((item) => {
      const out: CompletionItem = { ...item };
      const edit = item.textEdit;
      if (edit) {
        out.textEdit =
          'range' in edit
            ? this.textEdit(lines, edit)
            : { ...edit, insert: this.range(lines, edit.insert), replace: this.range(lines, edit.replace) };
      }
      if (item.additionalTextEdits) out.additionalTextEdits = item.additionalTextEdits.map((e) => this.textEdit(lines, e));
      return out;
    });
  }

  workspaceEdit(edit: WorkspaceEdit | null | undefined): WorkspaceEdit | null {
    if (!edit) return null;
    const out: WorkspaceEdit = { ...edit };
    if (edit.changes) {
      out.changes = {};
      for (const [uri, edits] of Object.entries(edit.changes)) {
        const lines = this.lookup.lines(uri);
        out.changes[this.lookup.clientUri(uri)] = edits.map((e) => this.textEdit(lines, e));
      }
    }
    if (edit.documentChanges) {
      out.documentChanges = edit.documentChanges.map((change) => {
        if (!('textDocument' in change)) return change;
        const lines = this.lookup.lines(change.textDocument.uri);
        return {
          ...change,
          textDocument: { ...change.textDocument, uri: this.lookup.clientUri(change.textDocument.uri) },
          edits: change.edits.map((e) => this.textEdit(lines, e)),
        };
      });
    }
    return out;
  }

  codeActions(uri: string, actions: CodeAction[] | null | undefined): CodeAction[] {
    return (actions ?? []).map((action) => {
      const out: CodeAction = { ...action };
      if (action.edit) out.edit = this.workspaceEdit(action.edit) ?? undefined;
      if (action.diagnostics) out.diagnostics = this.diagnostics(uri, action.diagnostics);
      return out;
    });
  }

  symbols(uri: string, symbols: DocumentSymbol[] | null | undefined): DocumentSymbol[] {
    const lines = this.lookup.lines(uri);
    const visit = (symbol: DocumentSymbol): DocumentSymbol => {
      const range = this.range(lines, symbol.range);
      const out: DocumentSymbol = { ...symbol, range, selectionRange: this.within(lines, symbol.selectionRange, range) };
      if (symbol.children) out.children = symbol.children.map(visit);
      return out;
    };
    return (symbols ?? []).map(visit);
  }

  foldingRanges(uri: string, ranges: FoldingRange[] | null | undefined): FoldingRange[] {
    const lines = this.lookup.lines(uri);
    const last = lines ? lines.lineCount - 1 : Number.POSITIVE_INFINITY;
    const out: FoldingRange[] = [];
    for (const range of ranges ?? []) {
      const startLine = Math.max(0, Math.min(range.startLine, last));
      const endLine = Math.max(0, Math.min(range.endLine, last));
      if (endLine <= startLine) continue;
      out.push({ ...range, startLine, endLine });
    }
    return out;
  }

  /** Rename's prepare answer. */
  prepareRename(uri: string, answer: { range: Range; placeholder: string } | null | undefined) {
    if (!answer) return null;
    return { range: this.range(this.lookup.lines(uri), answer.range), placeholder: answer.placeholder };
  }
}
