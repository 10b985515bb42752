/** Reads the YAML front matter block, keeping the span of every key and value. */
import { isMap, isScalar, parseDocument } from 'yaml';
import type { FrontMatter } from './model.js';
import type { Span } from './positions.js';

/**
 * Parses a front matter block.
 * @param source the whole block as in the document, fences included
 * @param start the block's offset in the document
 */
export function parseFrontMatter(source: string, start: number): FrontMatter {
  const span: Span = { start, end: start + source.length };
  const firstBreak = source.indexOf('\n');
  const contentStart = firstBreak === -1 ? source.length : firstBreak + 1;
  const closing = /\r?\n---[ \t]*$/.exec(source);
  const contentEnd = closing ? closing.index : source.length;
  const content = source.slice(contentStart, Math.max(contentStart, contentEnd));
  const base = start + contentStart;
  const front: FrontMatter = { span, entries: new Map(), errors: [] };

  const doc = parseDocument(content, { prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    const [from, to] = error.pos;
    front.errors.push({
      span: { start: base + from, end: base + Math.max(to, from + 1) },
      message: error.message.split('\n')[0],
    });
  }
  if (doc.contents === null) {
    front.data = {};
    return front;
  }
  if (!isMap(doc.contents)) return front;

  const data: Record<string, unknown> = {};
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const key = String(pair.key.value);
    const keySpan = { start: base + pair.key.range[0], end: base + pair.key.range[1] };
    const valueNode = pair.value;
    const valueRange = valueNode && (valueNode as { range?: [number, number, number] }).range;
    const valueSpan = valueRange ? { start: base + valueRange[0], end: base + valueRange[1] } : keySpan;
    const sourceText = content.slice(valueSpan.start - base, valueSpan.end - base);
    front.entries.set(key, { key: keySpan, value: valueSpan, source: sourceText });
    let value: unknown = valueNode && typeof (valueNode as { toJSON?: unknown }).toJSON === 'function'
      ? (valueNode as { toJSON(): unknown }).toJSON()
      : (valueNode ?? null);
    // `deelprogramma: 4.10` is a float to YAML; the writer meant the number as written.
    if (key === 'deelprogramma' && isScalar(valueNode) && typeof valueNode.value === 'number') value = sourceText.trim();
    data[key] = value;
  }
  front.data = data;
  return front;
}
