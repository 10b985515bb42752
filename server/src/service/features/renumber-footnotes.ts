/**
 * Renumbers a beleidsveld's footnotes in order of first use: markers become I, II, III… (1, 2, 3…,
 * a, b, c… in the other styles) as they first appear, definitions follow their markers and are put
 * in that order. The renumbering is the service's one (`footnote-renumber.ts`), the same as the
 * footnote-order quick fix and `--fix`.
 */
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { ChapterDocument } from '../model.js';
import type { Position } from '../positions.js';
import { renumbering } from '../footnote-renumber.js';
import type { FeatureContext } from './context.js';
import { beleidsveldAt } from './shared.js';

/**
 * The edits that renumber the footnotes of the beleidsveld at `position` (every beleidsveld when
 * `position` is null or undefined), in the footnote style of the document's vocabulary. Definitions
 * no marker uses are numbered after the used ones, in their order of appearance. Definitions are
 * put in numeral order by moving their text between the places definitions already occupy, so the
 * prose around them stays put; each keeps its parentheses and punctuation and takes the
 * beleidsveld's spacing. Asterisks next to another style are left alone. Null when everything is
 * already in order, or when a beleidsveld has more footnotes than numerals.
 */
export function renumberFootnotesEdit(
  doc: ChapterDocument,
  position: Position | null | undefined,
  ctx: FeatureContext,
): WorkspaceEdit | null {
  const style = ctx.settings.vocabulary.footnotes;
  const fields = position ? [beleidsveldAt(doc, doc.lines.offsetAt(position))] : doc.beleidsvelden;
  const edits: TextEdit[] = fields.flatMap((field) =>
    renumbering(doc, field, style).edits.map((e) => ({ range: doc.lines.range(e.span), newText: e.newText })),
  );
  if (edits.length === 0) return null;
  edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { changes: { [doc.uri]: edits } };
}
