/** Find references: every marker of a footnote in its beleidsveld, from a marker or a definition numeral. */
import type { Location } from 'vscode-languageserver-types';
import type { Beleidsveld, ChapterDocument, FootnoteKind } from '../model.js';
import type { Position } from '../positions.js';
import type { FeatureContext } from './context.js';
import { definitionAt, definitionsOf, markerAt } from './shared.js';

/** The footnote (beleidsveld, kind, numeral) at an offset: on a marker or on a definition's numeral. */
export function footnoteAt(
  doc: ChapterDocument,
  offset: number,
): { field: Beleidsveld; kind: FootnoteKind; numeral: string } | undefined {
  const marker = markerAt(doc, offset);
  if (marker) return { field: marker.field, kind: marker.marker.kind, numeral: marker.marker.numeral };
  const definition = definitionAt(doc, offset);
  if (definition) return { field: definition.field, kind: definition.definition.kind, numeral: definition.definition.numeral };
  return undefined;
}

/**
 * Every marker of the footnote at a position (the ranges of their numerals), in source order, and
 * with `includeDeclaration` its definition numerals too. Empty when the position is on no footnote.
 */
export function getReferences(
  doc: ChapterDocument,
  position: Position,
  _ctx: FeatureContext,
  includeDeclaration: boolean,
): Location[] {
  const found = footnoteAt(doc, doc.lines.offsetAt(position));
  if (!found) return [];
  const spans = found.field.markers
    .filter((m) => m.kind === found.kind && m.numeral === found.numeral)
    .map((m) => m.numeralSpan);
  if (includeDeclaration) spans.push(...definitionsOf(found.field, found).map((d) => d.numeralSpan));
  return spans.sort((a, b) => a.start - b.start).map((span) => ({ uri: doc.uri, range: doc.lines.range(span) }));
}
