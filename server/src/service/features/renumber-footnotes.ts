/**
 * Renumbers a beleidsveld's footnotes in order of first use: markers become I, II, III… as they
 * first appear, definitions follow their markers and are put in that order.
 */
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Beleidsveld, ChapterDocument, FootnoteDefinition } from '../model.js';
import type { Position } from '../positions.js';
import { toRoman } from '../footnote-syntax.js';
import type { FeatureContext } from './context.js';
import { beleidsveldAt } from './shared.js';

/** The highest roman numeral a marker can have (XXXIX). */
const MAX_NUMERAL = 39;

/**
 * The edits that renumber the roman footnotes of the beleidsveld at `position` (every beleidsveld
 * when `position` is null or undefined). Definitions no marker uses are numbered after the used
 * ones, in their order of appearance. Definition lines are moved into numeric order by swapping
 * their text between the places definitions already occupy, so the prose around them stays put.
 * Asterisk footnotes are left alone. Null when everything is already in order.
 */
export function renumberFootnotesEdit(
  doc: ChapterDocument,
  position: Position | null | undefined,
  _ctx: FeatureContext,
): WorkspaceEdit | null {
  const fields = position ? [beleidsveldAt(doc, doc.lines.offsetAt(position))] : doc.beleidsvelden;
  const edits = fields.flatMap((field) => renumberField(doc, field));
  if (edits.length === 0) return null;
  edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { changes: { [doc.uri]: edits } };
}

function renumberField(doc: ChapterDocument, field: Beleidsveld): TextEdit[] {
  const numbering = new Map<string, number>();
  const assign = (numeral: string) => {
    if (!numbering.has(numeral)) numbering.set(numeral, numbering.size + 1);
  };
  for (const marker of field.markers) if (marker.kind === 'roman') assign(marker.numeral);
  const definitions = field.definitions.filter((d) => d.kind === 'roman');
  for (const definition of definitions) assign(definition.numeral);
  if (numbering.size > MAX_NUMERAL) return [];

  const edits: TextEdit[] = [];
  for (const marker of field.markers) {
    if (marker.kind !== 'roman') continue;
    const numeral = toRoman(numbering.get(marker.numeral) as number);
    if (numeral !== marker.numeral) edits.push({ range: doc.lines.range(marker.numeralSpan), newText: numeral });
  }
  const renumbered = (d: FootnoteDefinition) =>
    doc.text.slice(d.span.start, d.numeralSpan.start) +
    toRoman(numbering.get(d.numeral) as number) +
    doc.text.slice(d.numeralSpan.end, d.span.end);
  // A stable sort keeps duplicate definitions in their order.
  const ordered = [...definitions].sort((a, b) => (numbering.get(a.numeral) as number) - (numbering.get(b.numeral) as number));
  definitions.forEach((slot, i) => {
    const newText = renumbered(ordered[i]);
    if (newText !== doc.text.slice(slot.span.start, slot.span.end)) {
      edits.push({ range: doc.lines.range(slot.span), newText });
    }
  });
  return edits;
}
