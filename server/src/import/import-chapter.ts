/**
 * `programmalint import`: turns a chapter copied from the published website or PDF (flattened
 * text, one table cell per line) into the Markdown dialect. Pure: no file system.
 *
 * Recognised: programme / deelprogramma / beleidsveld headings, section questions, indicator
 * tables (label, split column headers, multi-line values), footnote definitions after a table,
 * bullets, tab-separated tables and the page footers. Everything else is kept as prose, word for
 * word; lines that looked like table material but could not be structured are reported.
 */
import { msg } from '../service/finding.js';
import { defaultVocabulary, type Vocabulary } from '../service/vocabulary.js';
import { formatBullet, readBullet } from './bullet.js';
import { escapeItem, escapeProseLine } from './escape.js';
import {
  formatFootnoteDefinition,
  markersUsed,
  readFootnoteDefinition,
  type FootnoteDefinitionLine,
} from './footnote-definition.js';
import { type ChapterFacts, frontMatterBlock, inferFrontMatter, missingKeys } from './front-matter.js';
import { gfmTable } from './gfm-table.js';
import {
  headerTokens,
  indicatorLabelOf,
  isValueStart,
  readIndicatorTable,
  renderIndicatorTable,
  type TableContext,
} from './indicator-table.js';
import type { ImportProblem, ImportResult } from './problem.js';
import { recogniseHeading, truncatedWord } from './recognise-heading.js';
import { normaliseSpace, type SourceLine, sourceLines } from './source-lines.js';
import { readTabTable } from './tab-table.js';

export type { ImportProblem, ImportResult } from './problem.js';

/** Options of {@link importChapter}. */
export interface ImportOptions {
  /** The input's file name: a last resort for kind, year and programme (`rekening-2018-4.2.1.txt`). */
  fileName?: string;
  /** The vocabulary (column words, labels, section questions); the default one when absent. */
  vocabulary?: Vocabulary;
}

/** Page furniture of the published site, kept in an HTML comment (not shown, not lost). */
const FOOTER = /^(?:ga terug|Deze pagina is gebouwd op\b.*)$/i;

/**
 * Imports a copied chapter. Input that is already Markdown (front matter, a heading of the dialect
 * or a pipe table) is returned unchanged, so importing the result of an import changes nothing.
 */
export function importChapter(text: string, options: ImportOptions = {}): ImportResult {
  const vocabulary = options.vocabulary ?? defaultVocabulary;
  const markdownLine = markdownEvidence(text, vocabulary);
  if (markdownLine !== undefined) {
    return {
      markdown: text,
      problems: [
        {
          line: markdownLine,
          message: msg(
            'De invoer is al Markdown (front matter, een kop met # of een tabel met |); er is niets omgezet.',
            'The input is Markdown already (front matter, a # heading or a | table); nothing was converted.',
          ),
        },
      ],
    };
  }
  return new ChapterImporter(sourceLines(text), vocabulary, options.fileName).run();
}

/** The 1-based line showing that a text is Markdown in the dialect already, if any. */
function markdownEvidence(text: string, vocabulary: Vocabulary): number | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
    if (close > 0 && lines.slice(1, close).some((l) => /^[A-Za-z_][\w-]*\s*:/.test(l))) return 1;
  }
  for (let i = 0; i < lines.length; i++) {
    // Only headings the importer writes: a `#` line in copied text is no proof of Markdown.
    const atx = /^#{1,6}[ \t]+(\S.*?)[ \t]*$/.exec(lines[i]);
    if (atx) {
      const heading = normaliseSpace(atx[1]);
      if (recogniseHeading(heading, vocabulary) || indicatorLabelOf(heading, vocabulary)?.rest === '') return i + 1;
    }
    if (i > 0 && lines[i - 1].includes('|') && /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/.test(lines[i])) return i + 1;
  }
  return undefined;
}

class ChapterImporter {
  private readonly blocks: string[] = [];
  private paragraph: string[] = [];
  private list: string[] = [];
  private readonly problems: ImportProblem[] = [];
  private readonly facts: ChapterFacts = { tables: [], sections: [], beleidsvelden: [] };
  /** Directly after an indicator table, where its footnote definitions follow. */
  private definitionsOpen = false;
  /** Footnote numerals the tables of the current beleidsveld use: their definitions may come later. */
  private scopeMarkers = new Set<string>();
  private readonly tableContext: TableContext;

  constructor(
    private readonly lines: SourceLine[],
    private readonly vocabulary: Vocabulary,
    private readonly fileName: string | undefined,
  ) {
    this.tableContext = {
      vocabulary,
      isBoundary: (line) => this.isBoundary(line),
      problem: (line, nl, en) => this.problem(line, nl, en),
    };
  }

  run(): ImportResult {
    let i = 0;
    while (i < this.lines.length) i = this.step(i);
    this.flush();

    const front = inferFrontMatter(this.facts, this.vocabulary, this.fileName);
    const missing = missingKeys(front);
    const blocks = [...this.blocks];
    if (missing.length === 0) {
      blocks.unshift(frontMatterBlock(front));
    } else if (blocks.length > 0) {
      const nl = { document: 'het soort document (begroting of rekening)', jaar: 'het jaar', programma: 'het programmanummer' };
      const en = { document: 'the kind of document (begroting or rekening)', jaar: 'the year', programma: 'the programme number' };
      this.problem(
        1,
        `Geen front matter geschreven: ${listOf(missing.map((k) => nl[k]), 'en')} ${missing.length === 1 ? 'kon' : 'konden'} niet worden afgeleid uit kolomkoppen, koppen of bestandsnaam.`,
        `No front matter written: ${listOf(missing.map((k) => en[k]), 'and')} could not be inferred from column headers, headings or file name.`,
      );
    }
    return {
      markdown: blocks.length > 0 ? blocks.join('\n\n') + '\n' : '',
      // A stable sort: problems of one line stay in the order they were found.
      problems: [...this.problems].sort((a, b) => a.line - b.line),
    };
  }

  /** Handles the line at `i` (and what belongs to it); returns the index of the next line to handle. */
  private step(i: number): number {
    const line = this.lines[i];
    if (line.blank) {
      this.flush();
      return i + 1;
    }
    if (FOOTER.test(line.text) && !line.text.includes('--')) {
      this.flush();
      this.definitionsOpen = false;
      this.blocks.push(`<!-- ${line.text} -->`);
      return i + 1;
    }
    if (line.tabbed) {
      const table = readTabTable(this.lines, i);
      if (table) {
        this.flush();
        this.emitTabTable(table.rows);
        return table.end;
      }
    }
    const heading = recogniseHeading(line.text, this.vocabulary);
    if (heading) {
      this.flush();
      this.definitionsOpen = false;
      this.blocks.push(heading.markdown);
      if (heading.kind !== 'section') this.scopeMarkers = new Set();
      if (heading.kind === 'section') this.facts.sections.push(heading.title);
      else if (heading.kind === 'beleidsveld') this.facts.beleidsvelden.push(heading.number as string);
      else if (heading.kind === 'programma') this.facts.programma ??= heading.number;
      else this.facts.deelprogramma ??= heading.number;
      if (heading.kind !== 'section') this.checkTruncated(heading.title, line.number);
      return i + 1;
    }
    if (indicatorLabelOf(line.text, this.vocabulary)) {
      const table = readIndicatorTable(this.lines, i, this.tableContext);
      if (table) {
        this.flush();
        this.blocks.push(`### ${table.label}`, renderIndicatorTable(table));
        this.facts.tables.push(table.columns);
        this.useMarkers(table.rows.map((r) => [r.name, ...r.values]));
        this.definitionsOpen = true;
        return table.end;
      }
    }
    // Definitions follow their table; further down the beleidsveld only for a numeral the tables use.
    const definition = readFootnoteDefinition(line.text);
    if (definition && (this.definitionsOpen || this.scopeMarkers.has(definition.numeral))) {
      return this.readDefinition(definition, i);
    }
    this.definitionsOpen = false;
    const item = readBullet(line.text);
    if (item !== undefined) {
      this.flushParagraph();
      this.list.push(formatBullet(item));
      return i + 1;
    }
    if (this.list.length > 0) {
      // A line straight after a bullet continues it (a wrapped item).
      this.list[this.list.length - 1] += '\n  ' + escapeItem(line.text);
      return i + 1;
    }
    this.reportTableMaterial(line);
    this.paragraph.push(escapeProseLine(line.text));
    return i + 1;
  }

  /** A footnote definition and the lines that continue it (a definition wrapped by a PDF copy). */
  private readDefinition(definition: FootnoteDefinitionLine, i: number): number {
    this.flush();
    let text = definition.text;
    let j = i + 1;
    while (j < this.lines.length) {
      const next = this.lines[j];
      if (next.blank || this.isBoundary(next) || readBullet(next.text) !== undefined) break;
      text += ' ' + next.text;
      j++;
    }
    this.blocks.push(formatFootnoteDefinition({ ...definition, text }));
    return j;
  }

  private emitTabTable(rows: string[][]): void {
    const [header, ...body] = rows;
    const label = indicatorLabelOf(header[0] ?? '', this.vocabulary);
    if (label && label.rest === '') {
      // A tab-separated indicator table: its columns tell kind and year, its footnotes follow it.
      this.facts.tables.push(
        header.slice(1).map((cell) => {
          const reading = this.vocabulary.readHeader(cell);
          return reading?.role && reading.year !== undefined ? { role: reading.role, year: reading.year } : {};
        }),
      );
      this.blocks.push(`### ${label.label}`);
      this.useMarkers(body);
      this.definitionsOpen = true;
    } else {
      this.definitionsOpen = false;
    }
    this.blocks.push(gfmTable(header, body, { pad: true }));
  }

  private useMarkers(rows: string[][]): void {
    for (const numeral of markersUsed(rows, this.vocabulary)) this.scopeMarkers.add(numeral);
  }

  /** Lines that end an indicator table (and a wrapped footnote definition). */
  private isBoundary(line: SourceLine): boolean {
    return (
      line.tabbed ||
      FOOTER.test(line.text) ||
      recogniseHeading(line.text, this.vocabulary) !== undefined ||
      indicatorLabelOf(line.text, this.vocabulary) !== undefined ||
      readFootnoteDefinition(line.text) !== undefined
    );
  }

  /** Reports a prose line that looks like part of a table: it may have lost its table. */
  private reportTableMaterial(line: SourceLine): void {
    const text = line.text.length > 60 ? line.text.slice(0, 57).trimEnd() + '…' : line.text;
    if (isValueStart(line.text, this.vocabulary)) {
      this.problem(
        line.number,
        `Deze regel lijkt een tabelwaarde ("${text}") maar hoort bij geen tabel; hij is als tekst overgenomen.`,
        `This line looks like a table value ("${text}") but belongs to no table; it was kept as text.`,
      );
    } else if (headerTokens(line.text, this.vocabulary)) {
      this.problem(
        line.number,
        `Deze regel lijkt een kolomkop ("${text}") maar hoort bij geen tabel; hij is als tekst overgenomen.`,
        `This line looks like a column header ("${text}") but belongs to no table; it was kept as text.`,
      );
    } else if (readFootnoteDefinition(line.text)?.kind === 'roman') {
      this.problem(
        line.number,
        'Deze regel lijkt een voetnoot, maar staat niet direct na een indicatorentabel en geen tabel in dit beleidsveld gebruikt dit nummer; hij is als tekst overgenomen.',
        'This line looks like a footnote, but it does not directly follow an indicator table and no table of this beleidsveld uses its numeral; it was kept as text.',
      );
    }
  }

  private checkTruncated(title: string, lineNumber: number): void {
    const truncated = truncatedWord(title, this.words());
    if (!truncated) return;
    this.problem(
      lineNumber,
      `De titel "${title}" lijkt afgebroken: "${truncated.word}" is misschien "${truncated.completion}". De titel is overgenomen zoals hij was.`,
      `The title "${title}" seems cut off: "${truncated.word}" may be "${truncated.completion}". The title was kept as it was.`,
    );
  }

  private wordCounts: Map<string, number> | undefined;

  /** Every word of the input, lower case, with its count. */
  private words(): Map<string, number> {
    if (!this.wordCounts) {
      this.wordCounts = new Map();
      for (const line of this.lines) {
        for (const m of line.text.matchAll(/\p{L}+/gu)) {
          const word = m[0].toLocaleLowerCase('nl');
          this.wordCounts.set(word, (this.wordCounts.get(word) ?? 0) + 1);
        }
      }
    }
    return this.wordCounts;
  }

  private flushParagraph(): void {
    if (this.paragraph.length > 0) this.blocks.push(this.paragraph.join('\n'));
    this.paragraph = [];
  }

  private flush(): void {
    this.flushParagraph();
    if (this.list.length > 0) this.blocks.push(this.list.join('\n'));
    this.list = [];
  }

  private problem(line: number, nl: string, en: string): void {
    this.problems.push({ line, message: msg(nl, en) });
  }
}

/** `a, b en c`. */
function listOf(items: string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
