/**
 * A chapter as a standalone HTML page for the municipality's publishing platform: unified
 * (remark-rehype, rehype-stringify) over the chapter's own tree, with a small inline style for
 * the indicator tables and the footnote texts under them. Raw HTML from the chapter is not
 * passed on (see `prepare.ts`); rehype-stringify escapes every text.
 */
import type { Root as HastRoot } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { ChapterDocument } from '../model.js';
import { escapeHtml } from '../report/report-html.js';
import { chapterTitle, prepareTree } from './prepare.js';

const toHtml = unified().use(remarkRehype).use(rehypeStringify);

/** Options for {@link exportHtml}. */
export interface ExportHtmlOptions {
  /** The `lang` of the page (the chapters are Dutch). */
  lang?: string;
}

/** The chapter as a complete HTML document. Never throws on any chapter text. */
export function exportHtml(doc: ChapterDocument, options: ExportHtmlOptions = {}): string {
  const tree = prepareTree(doc);
  const hast = toHtml.runSync(tree) as HastRoot;
  const body = toHtml.stringify(hast);
  const title = chapterTitle(doc, tree);
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(options.lang ?? 'nl')}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="programmalint">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<article class="chapter">',
    body,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const STYLE = `
body{margin:0;padding:1.5rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff}
.chapter{max-width:60rem;margin:0 auto}
h1,h2,h3,h4{line-height:1.25;margin:1.6em 0 .5em}
table{border-collapse:collapse;margin:1rem 0;width:100%;font-size:.95rem}
th,td{border:1px solid #d1d9e0;padding:.35rem .6rem;text-align:left;vertical-align:top}
thead th{background:#eef2f7;font-weight:600}
table.indicators td:not(:first-child),table.indicators th:not(:first-child){white-space:nowrap}
table.indicators+p.footnote{margin-top:-.4rem}
p.footnote{font-size:.85rem;color:#444c56;margin:.3rem 0;padding-left:.5rem;border-left:3px solid #d1d9e0}
`;
