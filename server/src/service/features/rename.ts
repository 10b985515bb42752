/**
 * Rename a footnote numeral: every marker and the definition in the beleidsveld. Renaming to a
 * numeral already in use swaps the two, so renaming renumbers without merging footnotes. The
 * edits are the service's one renumbering (`footnote-renumber.ts`): the definitions end in numeral
 * order, each with its own parentheses and the beleidsveld's spacing.
 */
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Beleidsveld, ChapterDocument, FootnoteKind } from '../model.js';
import type { Position, Span } from '../positions.js';
import { remapEdits } from '../footnote-renumber.js';
import type { FootnoteStyle } from '../footnote-style.js';
import type { FeatureContext } from './context.js';
import { touches } from './shared.js';

interface Found {
  field: Beleidsveld;
  kind: FootnoteKind;
  numeral: string;
  value: number;
  span: Span;
}

/** The numeral (of a marker or a definition) of an ordered numbering whose characters an offset touches. */
function numeralAt(doc: ChapterDocument, offset: number, style: FootnoteStyle): Found | undefined {
  for (const field of doc.beleidsvelden) {
    for (const item of [...field.markers, ...field.definitions]) {
      if (style.isOrdered(item.kind) && touches(item.numeralSpan, offset)) {
        return { field, kind: item.kind, numeral: item.numeral, value: item.value, span: item.numeralSpan };
      }
    }
  }
  return undefined;
}

/**
 * The range and text of the numeral to rename, or null when the position is on no numeral of a
 * numbering the footnote style orders (asterisks next to Roman numerals are marks, not numerals).
 */
export function prepareRename(
  doc: ChapterDocument,
  position: Position,
  ctx: FeatureContext,
): { range: Range; placeholder: string } | null {
  const found = numeralAt(doc, doc.lines.offsetAt(position), ctx.settings.vocabulary.footnotes);
  return found ? { range: doc.lines.range(found.span), placeholder: found.numeral } : null;
}

/**
 * The edits renaming the footnote at a position to `newName` (a numeral of the same numbering:
 * I … XXXIX, 1 … 99, a … z, ¹ … ⁹⁹, * … *********; else null): its markers and definitions get the
 * new numeral; those of `newName`, if any, get the old one.
 */
export function getRenameEdits(
  doc: ChapterDocument,
  position: Position,
  newName: string,
  ctx: FeatureContext,
): WorkspaceEdit | null {
  const style = ctx.settings.vocabulary.footnotes;
  const found = numeralAt(doc, doc.lines.offsetAt(position), style);
  if (!found) return null;
  const value = style.parse(found.kind, newName.trim());
  if (value === undefined) return null;
  const edits: TextEdit[] = [];
  if (value !== found.value) {
    const mapping = new Map([
      [found.value, value],
      [value, found.value],
    ]);
    for (const edit of remapEdits(doc, found.field, new Map([[found.kind, mapping]]))) {
      edits.push({ range: doc.lines.range(edit.span), newText: edit.newText });
    }
  }
  edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { changes: { [doc.uri]: edits } };
}
