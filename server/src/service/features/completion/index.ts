/**
 * Completions while writing a chapter: front matter keys and values, standard section headings,
 * column headers, indicator names, cell values and footnote numerals. The classifier says what the
 * cursor is on, one provider per kind of place proposes items, the collector gives them ranges.
 */
import type { CompletionItem } from 'vscode-languageserver-types';
import type { ChapterDocument } from '../../model.js';
import type { Position } from '../../positions.js';
import type { FeatureContext } from '../context.js';
import { classifyCompletion } from './classify.js';
import { collect, type Proposal } from './collect.js';
import type { CompletionContext } from './context.js';
import { definitionLineCompletions } from './definition-lines.js';
import { footnoteNumeralCompletions } from './footnote-numerals.js';
import { frontMatterKeyCompletions, frontMatterValueCompletions } from './front-matter.js';
import { headerColumnCompletions, headerLabelCompletions } from './header-cells.js';
import { headingCompletions } from './headings.js';
import { indicatorNameCompletions } from './indicator-names.js';
import { valueCompletions } from './values.js';

export { classifyCompletion } from './classify.js';
export type { CompletionContext } from './context.js';

/** Completions at a position: the items of every place the cursor is on, in the classifier's order. */
export function getCompletions(doc: ChapterDocument, position: Position, ctx: FeatureContext): CompletionItem[] {
  return collect(doc, classifyCompletion(doc, position, ctx).flatMap((c) => propose(doc, c, ctx)));
}

/** A provider: the proposals for one kind of place. */
type Provider<C extends CompletionContext> = (doc: ChapterDocument, c: C, ctx: FeatureContext) => Proposal[];

/** The provider of each kind of place. */
const PROVIDERS: { [K in CompletionContext['kind']]: Provider<Extract<CompletionContext, { kind: K }>> } = {
  'front-matter-key': frontMatterKeyCompletions,
  'front-matter-value': frontMatterValueCompletions,
  heading: headingCompletions,
  'definition-line': definitionLineCompletions,
  'footnote-marker': footnoteNumeralCompletions,
  'header-label': headerLabelCompletions,
  'header-column': headerColumnCompletions,
  'row-name': indicatorNameCompletions,
  'row-value': valueCompletions,
};

function propose(doc: ChapterDocument, c: CompletionContext, ctx: FeatureContext): Proposal[] {
  // The table pairs each kind with its provider; TypeScript cannot follow `c.kind` into the lookup.
  return (PROVIDERS[c.kind] as Provider<CompletionContext>)(doc, c, ctx);
}
