/**
 * The chapter's Markdown tree made ready for export (HTML and Word): a copy of the parsed mdast
 * in which `<br>` is a line break, other raw HTML is gone (a chapter cannot smuggle markup or
 * script into the export), links and images keep only safe URLs, and the indicator tables and
 * footnote texts are marked so the renderers can style them.
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { withoutChapterExtension } from '../chapter-files.js';
import type { ChapterDocument } from '../model.js';

/** What {@link prepareTree} marks on a node (in `data`, next to remark-rehype's `hProperties`). */
export interface ExportMarks {
  /** An indicator table of the chapter. */
  indicatorTable?: boolean;
  /** A paragraph of footnote texts (`I   In de voorgaande …`). */
  footnote?: boolean;
}

/** The marks of a prepared node. */
export function marksOf(node: Nodes): ExportMarks {
  return ((node.data as { programmalint?: ExportMarks } | undefined)?.programmalint ?? {}) as ExportMarks;
}

const BREAK = /^<br\s*\/?>$/i;

/** A copy of the chapter's tree for export. */
export function prepareTree(doc: ChapterDocument): Root {
  const tree = structuredClone(doc.tree) as Root;
  const tableStarts = new Set(doc.tables.map((t) => t.span.start));
  const definitionStarts = doc.beleidsvelden.flatMap((b) => b.definitions.map((d) => d.span.start));

  const visit = (parent: Parent) => {
    const children: RootContent[] = [];
    for (const child of parent.children as RootContent[]) {
      const replaced = rewrite(child);
      for (const node of replaced) {
        if ('children' in node) visit(node as Parent);
        children.push(node);
      }
    }
    (parent as { children: RootContent[] }).children = children;
  };

  const rewrite = (node: RootContent): RootContent[] => {
    const start = node.position?.start.offset ?? -1;
    const end = node.position?.end.offset ?? -1;
    switch (node.type) {
      case 'html':
        // `<br>` in a cell or paragraph is a line break; any other raw HTML is left out.
        return BREAK.test(node.value.trim()) ? [{ type: 'break', position: node.position }] : [];
      case 'link':
        if (safeUrl(node.url)) return [node];
        return node.children as RootContent[];
      case 'image':
        if (safeUrl(node.url)) return [node];
        return node.alt ? [{ type: 'text', value: node.alt, position: node.position }] : [];
      case 'definition':
        return safeUrl(node.url) ? [node] : [];
      case 'table':
        if (tableStarts.has(start)) mark(node, { indicatorTable: true }, ['indicators']);
        return [node];
      case 'paragraph':
        if (definitionStarts.some((d) => d >= start && d < end)) mark(node, { footnote: true }, ['footnote']);
        return [node];
      default:
        return [node];
    }
  };

  visit(tree);
  return tree;
}

function mark(node: RootContent, marks: ExportMarks, classes: string[]): void {
  const data = (node.data ?? {}) as Record<string, unknown>;
  data.programmalint = marks;
  data.hProperties = { ...((data.hProperties as object | undefined) ?? {}), className: classes };
  node.data = data as RootContent['data'];
}

/**
 * Whether a URL may stand in the export: http(s), mailto, or relative (`#`, `./`, `../`, a path).
 * Control characters and blanks are removed first, as browsers do (`java\tscript:`).
 */
export function safeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return !scheme || ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase());
}

/** The plain text of inline content (for titles and alt texts). */
export function plainOf(nodes: readonly PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'break') text += ' ';
    else if ('children' in node) text += plainOf(node.children as PhrasingContent[]);
  }
  return text;
}

/** The chapter's title: front matter `titel`, else its first heading, else the file name. */
export function chapterTitle(doc: ChapterDocument, tree: Root): string {
  const titel = doc.frontMatter?.data?.titel;
  if (typeof titel === 'string' && titel.trim()) return titel.trim();
  const heading = tree.children.find((n) => n.type === 'heading');
  if (heading && heading.type === 'heading') {
    const text = plainOf(heading.children).replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  // The last segment of the uri (`file:///…/rekening.md`, `untitled:chapter.md`).
  const name = doc.uri.slice(Math.max(doc.uri.lastIndexOf('/'), doc.uri.lastIndexOf(':')) + 1);
  try {
    return withoutChapterExtension(decodeURIComponent(name));
  } catch {
    return name;
  }
}
