/**
 * The cells of a table flattened to one cell per line with blank lines between the cells: the
 * input split into blocks of lines, and what each block can be.
 */
import type { Vocabulary } from '../service/vocabulary.js';
import { isBareYear, isDatedHeader, looksLikeValue, wordCount } from './flat-cells.js';
import { isGroupWord } from './header-analysis.js';
import { normaliseSpace, type SourceLine } from './source-lines.js';

/** A block of consecutive non-blank lines: in this flattening, one cell. */
export interface Block {
  /** Index of its first and last line. */
  first: number;
  last: number;
  /** The lines joined with spaces. */
  text: string;
  /** As a header: a word broken at a hyphen over two lines joined again (`Streef-` / `waarde`). */
  header: string;
  /** A line of spaces only: an empty cell made visible. */
  empty: boolean;
  lineCount: number;
}

/** Splits the input into blocks; lines for which `alone` holds (headings, labels, footnotes) are blocks of their own. */
export function splitBlocks(lines: SourceLine[], alone: (line: SourceLine) => boolean): { blocks: Block[]; at: Map<number, number> } {
  const blocks: Block[] = [];
  const at = new Map<number, number>();
  const push = (first: number, last: number, empty = false) => {
    const taken = lines.slice(first, last + 1);
    const texts = taken.map((l) => l.text);
    const header = texts.reduce((acc, t) => (acc === '' ? t : /\p{L}-$/u.test(acc) && /^\p{Ll}/u.test(t) ? acc.slice(0, -1) + t : `${acc} ${t}`), '');
    at.set(first, blocks.length);
    blocks.push({ first, last, text: normaliseSpace(texts.join(' ')), header: normaliseSpace(header), empty, lineCount: taken.length });
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.blank) {
      // A line of spaces only (`\u00a0`, ` `) is the empty corner cell of a table made visible.
      if (line.raw !== '') push(i, i, true);
      i++;
      continue;
    }
    let j = i;
    if (!alone(line)) {
      while (j + 1 < lines.length && !lines[j + 1].blank && !alone(lines[j + 1])) j++;
    }
    push(i, j);
    i = j + 1;
  }
  return { blocks, at };
}

/** What a block is to a table. */
export type BlockKind = 'empty' | 'label' | 'descriptive' | 'dated' | 'yearless' | 'year' | 'group' | 'short' | 'other';

/** What the reader needs from the importer. */
export interface CellTableContext {
  vocabulary: Vocabulary;
  blocks: Block[];
  lines: SourceLine[];
  /** Blocks that end a table whatever follows: headings, footnote definitions, footers, pipe and tab rows. */
  isBoundary(block: Block): boolean;
  /** The header of a row-number column the copy has no header for. */
  numberWord: string;
}

/** A long text or a list: not a cell. */
export function isProse(block: Block): boolean {
  if (block.text.length > 300) return true;
  return block.lineCount > 1 && /(?:^|\s)(?:\d{1,2}[.)]|[•●▪◦–-])\s/.test(block.text);
}

/** What a block can be in a table: a label, a header of some kind, a short text, or something else. */
export function classifyBlock(block: Block, ctx: CellTableContext): BlockKind {
  const { vocabulary } = ctx;
  if (block.empty) return 'empty';
  if (ctx.isBoundary(block) && !vocabulary.isIndicatorLabel(block.text.replace(/\s*:$/, ''))) return 'other';
  if (block.lineCount > 3 || isProse(block)) return 'other';
  const text = block.header;
  if (vocabulary.isIndicatorLabel(text.replace(/\s*:$/, ''))) return 'label';
  // Four digits that are no year of these documents are a value (`7509`).
  if (/^\d{4}$/.test(text) && !isBareYear(text)) return 'other';
  const reading = vocabulary.readHeader(text);
  if (reading?.role && vocabulary.isDescriptive(reading.role)) return 'descriptive';
  if (reading && reading.year !== undefined) return isBareYear(text) ? 'year' : 'dated';
  if (isBareYear(text)) return 'year';
  if (isDatedHeader(text) || /^\p{Lu}(?:19|20)\d{2}$/u.test(text)) return 'dated';
  if (reading?.role) return 'yearless';
  if (isGroupWord(text, vocabulary)) return 'group';
  if (
    block.lineCount <= 2 &&
    text.length <= 40 &&
    wordCount(text) <= 5 &&
    !looksLikeValue(text, vocabulary) &&
    !/[.;:]$/.test(text)
  ) {
    return 'short';
  }
  return 'other';
}
