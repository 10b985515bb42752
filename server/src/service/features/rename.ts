/**
 * Rename a footnote numeral: every marker and the definition in the beleidsveld. Renaming to a
 * numeral already in use swaps the two, so renaming renumbers without merging footnotes.
 */
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Beleidsveld, ChapterDocument } from '../model.js';
import type { Position, Span } from '../positions.js';
import { isMarkerNumeral } from '../footnote-syntax.js';
import type { FeatureContext } from './context.js';
import { touches } from './shared.js';

/** The roman numeral (of a marker or a definition) whose characters an offset touches. */
function numeralAt(doc: ChapterDocument, offset: number): { field: Beleidsveld; numeral: string; span: Span } | undefined {
  for (const field of doc.beleidsvelden) {
    for (const item of [...field.markers, ...field.definitions]) {
      if (item.kind === 'roman' && touches(item.numeralSpan, offset)) {
        return { field, numeral: item.numeral, span: item.numeralSpan };
      }
    }
  }
  return undefined;
}

/** The range and text of the numeral to rename, or null when the position is on no roman numeral. */
export function prepareRename(
  doc: ChapterDocument,
  position: Position,
  _ctx: FeatureContext,
): { range: Range; placeholder: string } | null {
  const found = numeralAt(doc, doc.lines.offsetAt(position));
  return found ? { range: doc.lines.range(found.span), placeholder: found.numeral } : null;
}

/**
 * The edits renaming the footnote at a position to `newName` (a roman numeral I … XXXIX, else null):
 * its markers and definitions get the new numeral; those of `newName`, if any, get the old one.
 */
export function getRenameEdits(
  doc: ChapterDocument,
  position: Position,
  newName: string,
  _ctx: FeatureContext,
): WorkspaceEdit | null {
  const found = numeralAt(doc, doc.lines.offsetAt(position));
  const target = newName.trim();
  if (!found || !isMarkerNumeral(target)) return null;
  const edits: TextEdit[] = [];
  if (target !== found.numeral) {
    for (const item of [...found.field.markers, ...found.field.definitions]) {
      if (item.kind !== 'roman') continue;
      if (item.numeral === found.numeral) edits.push({ range: doc.lines.range(item.numeralSpan), newText: target });
      else if (item.numeral === target) edits.push({ range: doc.lines.range(item.numeralSpan), newText: found.numeral });
    }
  }
  edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { changes: { [doc.uri]: edits } };
}
