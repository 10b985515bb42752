/** Completion provider of headings: the standard section titles of the document's kind. */
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { ChapterDocument, DocumentKind } from '../../model.js';
import type { FeatureContext } from '../context.js';
import { sectionTitle } from '../section-title.js';
import { localize } from '../shared.js';
import { type Proposal, proposal } from './collect.js';
import type { HeadingContext } from './context.js';

/**
 * The section titles of the document's kind (of both kinds when it has none), with the year;
 * those the beleidsveld still lacks first, in the standard order.
 */
export function headingCompletions(doc: ChapterDocument, c: HeadingContext, ctx: FeatureContext): Proposal[] {
  const kinds: DocumentKind[] = doc.kind ? [doc.kind] : ['begroting', 'rekening'];
  const items: Proposal[] = [];
  for (const kind of kinds) {
    const specs = ctx.settings.vocabulary.sections(kind);
    const present = new Set(
      c.field.sections
        .filter((h) => doc.lines.positionAt(h.span.start).line !== c.line)
        .map((h) => ctx.settings.vocabulary.matchSection(kind, h.text)?.spec.id)
        .filter((id) => id !== undefined),
    );
    specs.forEach((spec, order) => {
      const title = sectionTitle(spec, doc.year);
      if (items.some((i) => i.label === title)) return;
      const done = present.has(spec.id);
      items.push(
        proposal(title, CompletionItemKind.Text, c.span, c.prefix + title, {
          detail: `${kind}${spec.required ? localize(ctx, ', verplicht', ', required') : ''}${
            done ? localize(ctx, ' (staat er al)', ' (already present)') : ''
          }`,
          // Sections the beleidsveld still lacks come first, in the standard order.
          sortText: `${done ? 1 : 0}${String(order).padStart(2, '0')}`,
        }),
      );
    });
  }
  return items;
}
