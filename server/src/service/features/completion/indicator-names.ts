/** Completion provider of a row's first cell: the indicator names of the beleidsveld in other chapters, and BBV names. */
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { ChapterDocument } from '../../model.js';
import type { FeatureContext } from '../context.js';
import { fileName, workspaceDocuments } from '../shared.js';
import { bbvProposals, mergeCompletions } from './bbv.js';
import { type Proposal, proposal } from './collect.js';
import type { RowNameContext } from './context.js';

/**
 * The names of the rows of the same beleidsveld (by number) in the other documents that the
 * table lacks, with the documents they come from; in a BBV table merged with the official names.
 * None outside a numbered beleidsveld.
 */
export function indicatorNameCompletions(doc: ChapterDocument, c: RowNameContext, ctx: FeatureContext): Proposal[] {
  return mergeCompletions(workspaceNames(doc, c, ctx), bbvProposals(doc, c, ctx));
}

function workspaceNames(doc: ChapterDocument, c: RowNameContext, ctx: FeatureContext): Proposal[] {
  const { field } = c;
  if (field.number === undefined) return [];
  const taken = new Set((c.table?.rows ?? []).filter((r) => r.span.start !== c.rowStart).map((r) => r.name.key));
  const names = new Map<string, { plain: string; sources: string[] }>();
  // Newest documents first: the most recent wording of a name wins.
  const docs = workspaceDocuments(doc, ctx)
    .filter((d) => d.uri !== doc.uri)
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  for (const other of docs) {
    for (const otherField of other.beleidsvelden) {
      if (otherField.number !== field.number) continue;
      for (const t of otherField.tables) {
        for (const row of t.rows) {
          const key = row.name.key;
          if (!key || taken.has(key)) continue;
          const entry = names.get(key) ?? { plain: row.name.plain, sources: [] };
          const source = fileName(other.uri);
          if (!entry.sources.includes(source)) entry.sources.push(source);
          names.set(key, entry);
        }
      }
    }
  }
  return [...names.values()].map((entry, i) =>
    proposal(entry.plain, CompletionItemKind.Variable, c.span, c.prefix + entry.plain.replace(/\|/g, '\\|'), {
      detail: entry.sources.join(', '),
      sortText: String(i).padStart(3, '0'),
    }),
  );
}
