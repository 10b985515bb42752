/** Completion provider of footnote markers being typed in a table cell: their numerals. */
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { FootnoteStyleName } from '../../footnote-model.js';
import { maxNumeral } from '../../footnote-style.js';
import { formatNumeral } from '../../footnote-syntax.js';
import type { ChapterDocument } from '../../model.js';
import type { FeatureContext } from '../context.js';
import { definitionsOf, localize } from '../shared.js';
import { markdown, type Proposal, type ProposalExtra, proposal } from './collect.js';
import type { FootnoteMarkerContext } from './context.js';

/**
 * The numerals for the markers being typed: per style the next free one of its kind in the
 * beleidsveld (preselected for the first style), then those already used, with their footnote.
 */
export function footnoteNumeralCompletions(_doc: ChapterDocument, c: FootnoteMarkerContext, ctx: FeatureContext): Proposal[] {
  const items: Proposal[] = [];
  const seen = new Set<string>();
  c.markers.forEach((t, i) => {
    const format = (value: number) => formatNumeral(t.kind, value, t.escaped ? '\\*' : undefined);
    const used = new Set<number>();
    for (const f of [...c.field.markers, ...c.field.definitions]) if (f.kind === t.kind) used.add(f.value);
    const next = Math.max(0, ...used) + 1;
    const push = (numeral: string, sortText: string, extra: ProposalExtra) => {
      const newText = numeral + t.close;
      const key = `${t.span.start}:${t.span.end}:${newText}`;
      if (seen.has(key)) return; // two styles of one kind (`)4` and `.4`) give the same numerals
      seen.add(key);
      // The client filters by the text the item replaces: `^` for a superscript digit, `\\*` for an asterisk.
      const filterText = t.style === 'superscript' ? '^' + numeral : t.kind === 'asterisk' ? newText : undefined;
      const label = t.kind === 'asterisk' ? numeral.replace(/\\/g, '') : numeral;
      items.push(proposal(label, CompletionItemKind.Reference, t.span, newText, { ...extra, sortText, ...(filterText ? { filterText } : {}) }));
    };
    if (next <= maxNumeral(t.kind)) {
      push(format(next), String(2 * i), {
        detail: localize(ctx, 'nieuwe voetnoot', 'new footnote'),
        ...(i === 0 ? { preselect: true } : {}),
      });
    }
    for (const value of [...used].sort((a, b) => a - b)) {
      const numeral = format(value);
      const definitions = definitionsOf(c.field, { kind: t.kind, numeral, value });
      const text = definitions.map((d) => d.text).join('\n\n');
      push(numeral, `${2 * i + 1}${String(value).padStart(2, '0')}`, {
        detail: text ? shorten(text, 60) : localize(ctx, 'geen toelichting', 'no explanation'),
        ...(text ? { documentation: markdown(`**${markerText(t.style, numeral)}** ${text}`) } : {}),
      });
    }
  });
  return items;
}

/** A marker written in its style, for the documentation of an item: `(IV)`, `4)`, `)4`, `⁴`, `\\*`. */
function markerText(style: FootnoteStyleName, numeral: string): string {
  switch (style) {
    case 'roman':
    case 'number-paren':
    case 'letter':
      return `(${numeral})`;
    case 'number-close':
      return `${numeral})`;
    case 'close-number':
      return `)${numeral}`;
    case 'asterisk':
      return numeral.replace(/\\?\*/g, '\\*');
    default:
      return numeral;
  }
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
