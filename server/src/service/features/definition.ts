/** Go to definition: from a footnote marker to its definition line(s) in the same beleidsveld. */
import type { Location } from 'vscode-languageserver-types';
import type { ChapterDocument } from '../model.js';
import type { Position } from '../positions.js';
import type { FeatureContext } from './context.js';
import { definitionsOf, markerAt } from './shared.js';

/**
 * The definitions of the marker at a position (in any footnote style in use: `(IV)`, `*`, `(4)`,
 * `)4`, `¹`, `a)`), each as the range of its whole definition (continuation lines included). Empty
 * when the position is on no marker.
 */
export function getDefinition(doc: ChapterDocument, position: Position, _ctx: FeatureContext): Location[] {
  const found = markerAt(doc, doc.lines.offsetAt(position));
  if (!found) return [];
  return definitionsOf(found.field, found.marker).map((d) => ({ uri: doc.uri, range: doc.lines.range(d.span) }));
}
