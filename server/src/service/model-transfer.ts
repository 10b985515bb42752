/**
 * A chapter's model without what can be had again cheaply or is not needed to compare documents:
 * the text (the receiver has it), the line index (built from the text), the mdast tree and the
 * prose paragraphs. What the parser of a worker thread sends back and what the CLI cache keeps;
 * the cross-document rules, the suppression comments and `--fix` work on the restored document.
 */
import type { Root } from 'mdast';
import type { ChapterDocument } from './model.js';
import { LineIndex } from './positions.js';

/** A document model as it travels between threads or is stored: plain data (structured-clone safe). */
export type TransferModel = Omit<ChapterDocument, 'text' | 'lines' | 'tree' | 'paragraphs'>;

/** The transferable part of a parsed document. */
export function toTransferModel(doc: ChapterDocument): TransferModel {
  const { text: _text, lines: _lines, tree: _tree, paragraphs: _paragraphs, ...model } = doc;
  return model;
}

/**
 * A document again from its transferred model and its text (as parsed: without a byte order
 * mark). Its tree is empty and it lists no paragraphs: what needs those parses the text again.
 */
export function fromTransferModel(model: TransferModel, text: string): ChapterDocument {
  const tree: Root = { type: 'root', children: [] };
  return { ...model, text, lines: new LineIndex(text), tree, paragraphs: [] };
}

/** The text a document was parsed from: a leading byte order mark is not part of it. */
export function parsedText(source: string): string {
  return source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
}
