/**
 * The chapter's outline: programma → deelprogramma → beleidsveld → sections → tables, each with the
 * span it covers. Document symbols and folding ranges are both read from it.
 */
import type { ChapterDocument, Heading, IndicatorTable } from '../model.js';
import type { Span } from '../positions.js';

export interface OutlineNode {
  kind: 'programma' | 'deelprogramma' | 'beleidsveld' | 'section' | 'table';
  /** From the heading (or table) to the last non-blank character before the next node that closes it. */
  span: Span;
  heading?: Heading;
  table?: IndicatorTable;
  children: OutlineNode[];
}

/**
 * Nesting level: a programma closes everything, a deelprogramma everything below it, a beleidsveld
 * the previous beleidsveld and its sections; a section closes sections of the same or a deeper depth
 * (but never its beleidsveld, whatever its `#` depth). Tables are leaves.
 */
function level(heading: Heading): number {
  switch (heading.kind) {
    case 'programma':
      return 0;
    case 'deelprogramma':
      return 1;
    case 'beleidsveld':
      return 2;
    default:
      return 3 + heading.depth / 10;
  }
}

/** The outline of a chapter. Content before the first heading has no node. */
export function outline(doc: ChapterDocument): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: { node: OutlineNode; level: number }[] = [];
  const close = (at: number) => {
    const top = stack.pop() as { node: OutlineNode };
    top.node.span.end = trimEnd(doc.text, top.node.span.start, at);
  };
  const attach = (node: OutlineNode) => (stack.length > 0 ? stack[stack.length - 1].node.children : roots).push(node);

  const events = [
    ...doc.headings.map((heading) => ({ at: heading.span.start, heading })),
    ...doc.tables.map((table) => ({ at: table.span.start, table })),
  ].sort((a, b) => a.at - b.at);
  for (const event of events) {
    if ('table' in event) {
      attach({ kind: 'table', span: { ...event.table.span }, table: event.table, children: [] });
      continue;
    }
    const { heading } = event;
    const l = level(heading);
    while (stack.length > 0 && stack[stack.length - 1].level >= l) close(heading.span.start);
    const node: OutlineNode = { kind: heading.kind, span: { start: heading.span.start, end: heading.span.end }, heading, children: [] };
    attach(node);
    stack.push({ node, level: l });
  }
  while (stack.length > 0) close(doc.text.length);
  return roots;
}

/** The end of the last non-whitespace character in [start, end). */
function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && /\s/.test(text[i - 1])) i--;
  return i;
}
