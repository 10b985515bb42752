/** Completion provider of table header cells: the indicator labels, and the columns of the layout. */
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { ChapterDocument, DocumentKind } from '../../model.js';
import { columnDocumentation, roleSummary } from '../column-documentation.js';
import type { FeatureContext } from '../context.js';
import { localize } from '../shared.js';
import { markdown, type Proposal, proposal } from './collect.js';
import type { HeaderColumnContext, HeaderLabelContext } from './context.js';

/** The indicator labels of the vocabulary, for the first header cell. */
export function headerLabelCompletions(_doc: ChapterDocument, c: HeaderLabelContext, ctx: FeatureContext): Proposal[] {
  return ctx.settings.vocabulary.data.indicatorLabels.map((label, i) =>
    proposal(label, CompletionItemKind.Keyword, c.span, c.prefix + label, {
      detail: localize(ctx, 'indicatorlabel', 'indicator label'),
      sortText: String(i).padStart(2, '0'),
    }),
  );
}

/**
 * The column headers of the layout of the document's kind (of both kinds when it has none) with
 * the document's year, those the header has already last; the first missing one is preselected.
 * None in a document without a year.
 */
export function headerColumnCompletions(doc: ChapterDocument, c: HeaderColumnContext, ctx: FeatureContext): Proposal[] {
  if (doc.year === undefined) return [];
  const vocabulary = ctx.settings.vocabulary;
  const others = new Set(c.others.map((text) => text.toLowerCase()));
  const items: Proposal[] = [];
  let preselected = false;
  const kinds: DocumentKind[] = doc.kind ? [doc.kind] : ['rekening', 'begroting'];
  for (const kind of kinds) {
    vocabulary.layout(kind).forEach((column) => {
      const year = typeof column.offset === 'number' ? (doc.year as number) + column.offset : undefined;
      const label = vocabulary.slotHeader(column, doc.year);
      if (items.some((x) => x.label === label)) return;
      const present = others.has(label.toLowerCase());
      // The first column of the layout that the header does not have yet is the likely one.
      const preselect = !present && !preselected && !column.optional;
      preselected ||= preselect;
      items.push(
        proposal(label, CompletionItemKind.Field, c.span, c.prefix + label, {
          detail: roleSummary(column.role, ctx) + (column.optional ? localize(ctx, ' (optioneel)', ' (optional)') : ''),
          documentation: markdown(columnDocumentation(doc, label, column.role, year, ctx)),
          sortText: `${present ? 1 : 0}${String(items.length).padStart(2, '0')}`,
          ...(preselect ? { preselect: true } : {}),
        }),
      );
    });
  }
  return items;
}
