/**
 * The collector of completion: providers propose items with the span they replace, and this is the
 * one place those spans become ranges (through the document's line index, `doc.lines`).
 */
import { type CompletionItem, type CompletionItemKind, type MarkupContent, MarkupKind } from 'vscode-languageserver-types';
import type { ChapterDocument } from '../../model.js';
import type { Span } from '../../positions.js';

/** A completion item as a provider proposes it: the text it writes and the span of the document it replaces. */
export type Proposal = Omit<CompletionItem, 'textEdit'> & { span: Span; newText: string };

/** What a proposal has besides its label, kind and edit: detail, documentation, sort and filter text, preselection. */
export type ProposalExtra = Partial<Omit<CompletionItem, 'label' | 'kind' | 'textEdit'>>;

/**
 * A proposal.
 * @param span the text the item replaces
 */
export function proposal(
  label: string,
  kind: CompletionItemKind,
  span: Span,
  newText: string,
  extra: ProposalExtra = {},
): Proposal {
  return { label, kind, ...extra, span, newText };
}

/** Markdown documentation of an item. */
export function markdown(value: string): MarkupContent {
  return { kind: MarkupKind.Markdown, value };
}

/** The completion items of proposals in a document: each replaces the range of its span. */
export function collect(doc: ChapterDocument, proposals: readonly Proposal[]): CompletionItem[] {
  return proposals.map(({ span, newText, ...item }) => ({ ...item, textEdit: { range: doc.lines.range(span), newText } }));
}
