/**
 * A chapter's model without what can be had again cheaply or is used by no rule: the text (the
 * receiver has it), the line index and the paragraphs' text (both from the text), and the mdast
 * tree. What the parser of a worker thread sends back and what the CLI cache keeps; every rule and
 * `--fix` work on the restored document.
 */
import type { Root } from 'mdast';
import type { ChapterDocument } from './model.js';
import { LineIndex, type Span } from './positions.js';

/** A document model as it travels between threads or is stored: plain data (structured-clone safe). */
export type TransferModel = Omit<ChapterDocument, 'text' | 'lines' | 'tree' | 'paragraphs'> & { paragraphSpans: Span[] };

/** The transferable part of a parsed document. */
export function toTransferModel(doc: ChapterDocument): TransferModel {
  const { text: _text, lines: _lines, tree: _tree, paragraphs, ...model } = doc;
  return { ...model, paragraphSpans: paragraphs.map((p) => p.span) };
}

/**
 * A document again from its transferred model and its text (as parsed: without a byte order
 * mark). Its tree is empty: what needs the tree parses the text again.
 */
export function fromTransferModel(model: TransferModel, text: string): ChapterDocument {
  const { paragraphSpans, ...rest } = model;
  const tree: Root = { type: 'root', children: [] };
  const paragraphs = paragraphSpans.map((span) => ({ span, text: text.slice(span.start, span.end) }));
  return { ...rest, text, lines: new LineIndex(text), tree, paragraphs };
}

/** The text a document was parsed from: a leading byte order mark is not part of it. */
export function parsedText(source: string): string {
  return source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
}
