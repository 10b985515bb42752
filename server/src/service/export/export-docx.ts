/**
 * A chapter as a Word document (the `docx` package), for publishing platforms that take Word:
 * Markdown headings become Word headings (Kop 1…6), the indicator tables real Word tables whose
 * header row repeats on every page, the footnote texts small paragraphs under the table, lists
 * Word lists. Raw HTML from the chapter is not passed on (see `prepare.ts`).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { BlockContent, DefinitionContent, List, PhrasingContent, RootContent, Table as MdTable } from 'mdast';
import type { ChapterDocument } from '../model.js';
import { chapterTitle, marksOf, prepareTree } from './prepare.js';

/** Inline formatting carried down the tree. */
interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  size?: number;
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** Footnote texts in half-points (9 pt), smaller than the body (11 pt). */
const FOOTNOTE_SIZE = 18;
const ORDERED = 'programmalint-ordered';

/** The chapter as the bytes of a `.docx` file. Never throws on any chapter text. */
export async function exportDocx(doc: ChapterDocument): Promise<Uint8Array> {
  const tree = prepareTree(doc);
  const state = { lists: 0 };
  const children = blocks(tree.children, state);
  const document = new Document({
    title: chapterTitle(doc, tree),
    creator: 'programmalint',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children: children.length > 0 ? children : [new Paragraph('')] }],
  });
  return Packer.toBuffer(document);
}

type Block = Paragraph | Table;

function blocks(nodes: readonly (RootContent | BlockContent | DefinitionContent)[], state: { lists: number }, level = 0): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        out.push(new Paragraph({ heading: HEADINGS[Math.min(node.depth, 6) - 1], children: runs(node.children, {}) }));
        break;
      case 'paragraph': {
        const footnote = marksOf(node).footnote === true;
        out.push(
          new Paragraph({
            children: runs(node.children, footnote ? { size: FOOTNOTE_SIZE } : {}),
            spacing: footnote ? { before: 40, after: 40 } : { after: 160 },
          }),
        );
        break;
      }
      case 'list':
        out.push(...listBlocks(node, state, level));
        break;
      case 'table':
        out.push(table(node), new Paragraph({ children: [], spacing: { after: 80 } }));
        break;
      case 'blockquote':
        out.push(...blocks(node.children, state, level));
        break;
      case 'code':
        for (const line of node.value.split('\n')) out.push(new Paragraph({ children: [new TextRun({ text: line, font: 'Consolas' })] }));
        break;
      case 'thematicBreak':
        out.push(new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'AAAAAA', space: 1 } } }));
        break;
      default:
        // yaml (front matter), definitions, html (already removed): not part of the text.
        break;
    }
  }
  return out;
}

function listBlocks(list: List, state: { lists: number }, level: number): Block[] {
  const out: Block[] = [];
  const instance = list.ordered ? ++state.lists : 0;
  for (const item of list.children) {
    let first = true;
    for (const child of item.children) {
      if (child.type === 'paragraph' && first) {
        out.push(
          new Paragraph({
            children: runs(child.children, {}),
            ...(list.ordered ? { numbering: { reference: ORDERED, level: Math.min(level, 2), instance } } : { bullet: { level: Math.min(level, 8) } }),
          }),
        );
        first = false;
      } else if (child.type === 'list') {
        out.push(...listBlocks(child, state, level + 1));
      } else {
        out.push(...blocks([child], state, level + 1));
      }
    }
  }
  return out;
}

/**
 * A Markdown table as a Word table over the page width: the header row bold, shaded and repeated
 * on each page, no row split over two pages.
 */
function table(node: MdTable): Table {
  const columns = Math.max(1, ...node.children.map((r) => r.children.length));
  const rows = node.children.map((row, index) => {
    const header = index === 0;
    const cells = row.children.map(
      (cell) =>
        new TableCell({
          children: [
            new Paragraph({ children: runs(cell.children, header ? { bold: true } : {}) }),
          ],
          ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7ECF3' } } : {}),
        }),
    );
    // A short row still fills the table's width.
    while (cells.length < columns) cells.push(new TableCell({ children: [new Paragraph('')] }));
    return new TableRow({ children: cells, cantSplit: true, ...(header ? { tableHeader: true } : {}) });
  });
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

/** Inline content as Word runs: bold, italics, code, strike-through, line breaks, hyperlinks. */
function runs(nodes: readonly PhrasingContent[], style: RunStyle): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(textRun(node.value.replace(/\s*\n\s*/g, ' '), style));
        break;
      case 'inlineCode':
        out.push(textRun(node.value, { ...style, code: true }));
        break;
      case 'strong':
        out.push(...runs(node.children, { ...style, bold: true }));
        break;
      case 'emphasis':
        out.push(...runs(node.children, { ...style, italics: true }));
        break;
      case 'delete':
        out.push(...runs(node.children, { ...style, strike: true }));
        break;
      case 'break':
        out.push(new TextRun({ text: '', break: 1 }));
        break;
      case 'link':
        out.push(new ExternalHyperlink({ link: node.url, children: runs(node.children, style).filter((r): r is TextRun => r instanceof TextRun) }));
        break;
      case 'image':
        if (node.alt) out.push(textRun(node.alt, { ...style, italics: true }));
        break;
      default:
        if ('children' in node) out.push(...runs(node.children as PhrasingContent[], style));
        break;
    }
  }
  return out;
}

function textRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    bold: style.bold,
    italics: style.italics,
    strike: style.strike,
    size: style.size,
    font: style.code ? 'Consolas' : undefined,
  });
}
