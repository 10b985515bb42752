/** Document symbols: programma → deelprogramma → beleidsveld → sections and tables. */
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { ChapterDocument } from '../model.js';
import type { FeatureContext } from './context.js';
import { type OutlineNode, outline } from './outline.js';
import { collapse, localize } from './shared.js';

const KINDS: Record<OutlineNode['kind'], SymbolKind> = {
  programma: SymbolKind.Module,
  deelprogramma: SymbolKind.Package,
  beleidsveld: SymbolKind.Namespace,
  section: SymbolKind.String,
  table: SymbolKind.Array,
};

/**
 * The outline of a chapter as symbols. A table sits in the section (or beleidsveld) it appears in;
 * its name is its label and its detail the number of rows.
 */
export function getDocumentSymbols(doc: ChapterDocument, ctx: FeatureContext): DocumentSymbol[] {
  const symbol = (node: OutlineNode): DocumentSymbol => {
    const range = doc.lines.range(node.span);
    if (node.table) {
      const rows = node.table.rows.length;
      return {
        name: collapse(node.table.label.raw) || localize(ctx, 'Tabel', 'Table'),
        detail:
          rows === 1 ? localize(ctx, '1 rij', '1 row') : localize(ctx, `${rows} rijen`, `${rows} rows`),
        kind: KINDS.table,
        range,
        selectionRange: doc.lines.range(node.table.label.span),
        children: [],
      };
    }
    const heading = node.heading as NonNullable<OutlineNode['heading']>;
    return {
      name: collapse(heading.text) || '#',
      kind: KINDS[node.kind],
      range,
      selectionRange: doc.lines.range(heading.textSpan),
      children: node.children.map(symbol),
    };
  };
  return outline(doc).map(symbol);
}
