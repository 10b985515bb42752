/** Completion provider of a row's value cells: the indicator's values elsewhere, `-`, trend words, BBV units. */
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { ChapterDocument } from '../../model.js';
import { roleAllowsTrends } from '../../roles.js';
import { valueKey } from '../../value.js';
import type { FeatureContext } from '../context.js';
import { fileName, localize, withoutMarkers, workspaceDocuments } from '../shared.js';
import { bbvProposals } from './bbv.js';
import { type Proposal, type ProposalExtra, proposal } from './collect.js';
import type { RowValueContext } from './context.js';

const DIRECTION: Record<string, [string, string]> = {
  up: ['stijging', 'increase'],
  down: ['daling', 'decrease'],
  same: ['geen verandering', 'no change'],
};

/**
 * In an Eenheid cell of a BBV table the official units; else the values this indicator has in the
 * other documents (the one of this very column first and preselected), `-` for no data, and the
 * trend words where the column's role allows them.
 */
export function valueCompletions(doc: ChapterDocument, c: RowValueContext, ctx: FeatureContext): Proposal[] {
  const bbv = bbvProposals(doc, c, ctx);
  if (bbv.length > 0) return bbv;
  const role = c.column?.role;
  const year = c.column?.year;
  const items: Proposal[] = [];
  const add = (label: string, kind: CompletionItemKind, extra: ProposalExtra) =>
    items.push(proposal(label, kind, c.span, c.prefix + label, extra));
  // Values this indicator has in other documents; the one for this very column first.
  const seen = new Map<string, { text: string; sources: string[]; exact: boolean }>();
  if (c.key) {
    for (const other of workspaceDocuments(doc, ctx)) {
      if (other.uri === doc.uri) continue;
      for (const table of other.tables) {
        for (const row of table.rows) {
          if (row.name.key !== c.key) continue;
          for (const cell of row.cells) {
            const main = cell.value.main;
            if (main.type === 'empty' || main.type === 'dash' || !cell.column?.role) continue;
            if (main.type === 'trend' && !roleAllowsTrends(role)) continue;
            const text = withoutMarkers(other.text, cell.span, cell.value.markers);
            const id = valueKey(main) + '\u0000' + text;
            const entry = seen.get(id) ?? { text, sources: [], exact: false };
            entry.sources.push(`${cell.column.header} (${fileName(other.uri)})`);
            entry.exact ||= cell.column.role === role && cell.column.year === year;
            seen.set(id, entry);
          }
        }
      }
    }
  }
  for (const entry of seen.values()) {
    add(entry.text, CompletionItemKind.Value, {
      detail: entry.sources.join(', '),
      sortText: `${entry.exact ? 0 : 2}${String(items.length).padStart(3, '0')}`,
      ...(entry.exact ? { preselect: true } : {}),
    });
  }
  add('-', CompletionItemKind.Constant, { detail: localize(ctx, 'geen gegevens', 'no data'), sortText: '1000' });
  // A trend word is a target, never a result.
  if (roleAllowsTrends(role)) {
    Object.entries(ctx.settings.vocabulary.data.trendWords).forEach(([word, direction], i) => {
      const [nl, en] = DIRECTION[direction] ?? [direction, direction];
      add(word, CompletionItemKind.Keyword, {
        detail: localize(ctx, `trendwoord: ${nl}`, `trend word: ${en}`),
        sortText: `1${String(i + 1).padStart(3, '0')}`,
      });
    });
  }
  return items;
}
