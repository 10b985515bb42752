/** Completion provider of footnote definition lines: the start of the line of each undefined marker. */
import { CompletionItemKind } from 'vscode-languageserver-types';
import { definitionPrefix, definitionStyle } from '../../footnote-renumber.js';
import { formatNumeral } from '../../footnote-syntax.js';
import type { ChapterDocument } from '../../model.js';
import type { FeatureContext } from '../context.js';
import { definitionsOf, localize } from '../shared.js';
import { type Proposal, proposal } from './collect.js';
import type { DefinitionLineContext } from './context.js';

/**
 * The definition line of each marker of the beleidsveld that has none, in the form of the
 * beleidsveld's definitions of its kind, else of its style (`III `, `(4) `, `)1 = `, `¹ `, `a) `,
 * `\\* `); only those that what is typed is the start of.
 */
export function definitionLineCompletions(doc: ChapterDocument, c: DefinitionLineContext, ctx: FeatureContext): Proposal[] {
  const { field, typed } = c;
  const style = ctx.settings.vocabulary.footnotes;
  const plain = (text: string) => text.replace(/\\/g, '');
  const items: Proposal[] = [];
  const done = new Set<string>();
  for (const marker of field.markers) {
    const id = `${marker.kind}:${marker.value}`;
    if (done.has(id) || definitionsOf(field, marker).length > 0) continue;
    done.add(id);
    const newText =
      marker.kind === 'asterisk'
        ? '\\*'.repeat(marker.value) + ' '
        : definitionPrefix(
            formatNumeral(marker.kind, marker.value),
            definitionStyle(doc, field, marker.kind, style.definitionForm(marker.style)),
          );
    if (!newText.startsWith(typed) && !plain(newText).startsWith(plain(typed))) continue;
    items.push(
      proposal(newText.trimEnd(), CompletionItemKind.Reference, c.span, newText, {
        detail: localize(ctx, `toelichting bij ${marker.label}`, `explanation of ${marker.label}`),
        filterText: newText,
        sortText: String(items.length).padStart(2, '0'),
        ...(items.length === 0 ? { preselect: true } : {}),
      }),
    );
  }
  return items;
}
