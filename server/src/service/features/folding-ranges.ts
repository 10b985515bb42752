/** Folding: front matter, headings' blocks (programma … section), tables, footnote definition blocks. */
import type { FoldingRange } from 'vscode-languageserver-types';
import type { ChapterDocument } from '../model.js';
import type { Span } from '../positions.js';
import type { FeatureContext } from './context.js';
import { type OutlineNode, outline } from './outline.js';

/**
 * The folding ranges of a chapter, sorted by start line. A range covers at least two lines; of two
 * ranges starting on the same line only the outer one is kept (editors keep one per start line).
 */
export function getFoldingRanges(doc: ChapterDocument, _ctx: FeatureContext): FoldingRange[] {
  const spans: Span[] = [];
  if (doc.frontMatter) spans.push(doc.frontMatter.span);
  const walk = (nodes: OutlineNode[]) => {
    for (const node of nodes) {
      spans.push(node.span);
      walk(node.children);
    }
  };
  walk(outline(doc));
  for (const field of doc.beleidsvelden) {
    // Definitions separated only by blank lines form one block.
    let block: Span | undefined;
    for (const definition of field.definitions) {
      if (block && doc.text.slice(block.end, definition.span.start).trim() === '') block.end = definition.span.end;
      else {
        if (block) spans.push(block);
        block = { ...definition.span };
      }
    }
    if (block) spans.push(block);
  }
  const ranges = new Map<number, FoldingRange>();
  for (const span of spans) {
    const startLine = doc.lines.positionAt(span.start).line;
    const endLine = doc.lines.positionAt(span.end).line;
    if (endLine <= startLine) continue;
    const existing = ranges.get(startLine);
    if (!existing || existing.endLine < endLine) ranges.set(startLine, { startLine, endLine });
  }
  return [...ranges.values()].sort((a, b) => a.startLine - b.startLine);
}
