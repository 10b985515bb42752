/**
 * The importer proper: reads the lines of a copied chapter one by one into Markdown blocks —
 * headings, indicator tables of every flattening, footnote definitions, bullets, footers, prose —
 * and collects the facts the front matter is inferred from.
 */
import { defaultVocabulary, type Vocabulary } from '../service/vocabulary.js';
import { formatBullet, readBullet } from './bullet.js';
import { type Block, CellTableReader, splitBlocks } from './cell-table.js';
import { ChapterWriter, type ImporterRun } from './chapter-writer.js';
import { escapeItem, escapeProseLine } from './escape.js';
import { formatFootnoteDefinition, readFootnoteDefinition, type FootnoteDefinitionLine } from './footnote-definition.js';
import { isGluedHeader, readGluedTable } from './glued-table.js';
import { tableMaterialProblem, truncatedTitleProblem, wordCounts } from './import-problems.js';
import { indicatorLabelOf, readIndicatorTable, renderIndicatorTable, type TableContext } from './indicator-table.js';
import { isPipeLine, readPipeLines, startsPipeTable } from './pipe-table.js';
import { recogniseHeading } from './recognise-heading.js';
import type { SourceLine } from './source-lines.js';
import { readSpacedTable, startsSpacedTable } from './spaced-table.js';
import { readTabTable } from './tab-table.js';

/** Page furniture of the published site, kept in an HTML comment (not shown, not lost). */
const FOOTER = /^(?:ga terug|Deze pagina is gebouwd op\b.*)$/i;

/** One reading of a copied chapter with one vocabulary, line by line, into Markdown blocks. */
export class ChapterImporter extends ChapterWriter {
  private readonly tableContext: TableContext;
  /** The input as blocks of lines, for tables flattened to one cell per block. */
  private readonly cellBlocks: { blocks: Block[]; at: Map<number, number> };
  private readonly cellTables: CellTableReader;
  /** The header of a row-number column the copy has none for. */
  private readonly numberWord: string;

  constructor(
    private readonly lines: SourceLine[],
    vocabulary: Vocabulary,
    private readonly fileName: string | undefined,
  ) {
    super(vocabulary);
    this.tableContext = {
      vocabulary,
      isBoundary: (line) => this.isBoundary(line),
      problem: (line, nl, en) => this.problem(line, nl, en),
    };
    this.numberWord = vocabulary.columnWords('number')[0] ?? 'Nr.';
    this.cellBlocks = splitBlocks(lines, (line) => this.standsAlone(line));
    this.cellTables = new CellTableReader({
      vocabulary,
      blocks: this.cellBlocks.blocks,
      lines,
      isBoundary: (block) => this.isBoundary(lines[block.first]),
      numberWord: this.numberWord,
    });
  }

  /** Reads every line: the Markdown, its problems and what the vocabulary recognised. */
  run(): ImporterRun {
    let i = 0;
    while (i < this.lines.length) i = this.step(i);
    this.flush();
    return this.finish(this.fileName);
  }

  /** Handles the line at `i` (and what belongs to it); returns the index of the next line to handle. */
  private step(i: number): number {
    const line = this.lines[i];
    if (line.blank) {
      // A line of spaces only can be the empty corner cell of a table.
      const corner = this.readCellTable(i);
      if (corner !== undefined) return corner;
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
    if (startsPipeTable(this.lines, i)) {
      this.flush();
      const { items, end } = readPipeLines(this.lines, i, this.vocabulary, this.numberWord);
      for (const item of items) {
        if ('table' in item) {
          this.emitFlat(item.table);
        } else {
          this.flush();
          this.definitionsOpen = false;
          this.blocks.push(item.prose.map((text) => escapeProseLine(text)).join('\n'));
        }
      }
      return end;
    }
    if (isGluedHeader(line.text)) {
      const table = readGluedTable(this.lines, i, this.vocabulary);
      this.emitFlat(table);
      return table.end;
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
    if (startsSpacedTable(this.lines, i, this.vocabulary)) {
      const table = readSpacedTable(this.lines, i, this.vocabulary);
      this.emitFlat(table);
      return table.end;
    }
    const label = indicatorLabelOf(line.text, this.vocabulary);
    if (label) {
      const found = this.readLabelledTable(i, label.rest === '');
      if (found !== undefined) return found;
    } else {
      const found = this.readCellTable(i);
      if (found !== undefined) return found;
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

  /**
   * A table under an indicator label at line `i`. Groningen's layout (column words with years,
   * rows of values, one cell per line) is read as before; when that reading is not clean (a row
   * too short, values it cannot take), the cell-per-block reading of other layouts is tried.
   * Returns the next line to handle, or undefined when no table starts here.
   */
  private readLabelledTable(i: number, alone: boolean): number | undefined {
    const buffered: { line: number; nl: string; en: string }[] = [];
    const table = readIndicatorTable(this.lines, i, { ...this.tableContext, problem: (line, nl, en) => buffered.push({ line, nl, en }) });
    const clean = table !== undefined && buffered.length === 0 && table.rows.length > 0 && table.rows.every((r) => r.values.length === table.columns.length);
    if (!clean && alone) {
      const b = this.cellBlocks.at.get(i);
      const other = b !== undefined ? this.cellTables.read(b) : undefined;
      if (other && (!table || other.rows.length > 0)) {
        this.emitFlat(other);
        return other.end;
      }
    }
    // A label above a table of another flattening, or a title above a table's own header
    // (`Beleidsindicatoren` above `Nr | Taakveld | Indicator …`), is a heading, not a table.
    if (!table && this.tableFollows(i)) return undefined;
    for (const p of buffered) this.problem(p.line, p.nl, p.en);
    if (!table) return undefined;
    this.flush();
    const markdown = renderIndicatorTable(table);
    // Groningen's labels double as the heading above the table; other layouts' labels are column headers only.
    if (defaultVocabulary.isIndicatorLabel(table.label)) this.blocks.push(`### ${table.label}`);
    this.blocks.push(markdown);
    this.addFacts(markdown);
    this.recognised.roles += table.columns.filter((c) => c.role !== undefined).length;
    this.recognised.other += 1;
    this.useMarkers(table.rows.map((r) => [r.name, ...r.values]));
    this.definitionsOpen = true;
    return table.end;
  }

  /** Whether a table of any flattening starts within the four non-blank lines after line `i`. */
  private tableFollows(i: number): boolean {
    let seen = 0;
    for (let j = i + 1; j < this.lines.length && seen < 4; j++) {
      const line = this.lines[j];
      const b = this.cellBlocks.at.get(j);
      if (b !== undefined && this.cellTables.headerAt(b)) return true;
      if (line.blank) continue;
      seen++;
      if (startsPipeTable(this.lines, j) || isGluedHeader(line.text) || startsSpacedTable(this.lines, j, this.vocabulary)) return true;
    }
    return false;
  }

  /** A table flattened one cell per block whose header starts at line `i`, if any; the next line to handle. */
  private readCellTable(i: number): number | undefined {
    const b = this.cellBlocks.at.get(i);
    if (b === undefined) return undefined;
    const table = this.cellTables.read(b);
    if (!table) return undefined;
    this.emitFlat(table);
    return table.end;
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

  /** Lines that end an indicator table (and a wrapped footnote definition). */
  private isBoundary(line: SourceLine): boolean {
    return (
      line.tabbed ||
      FOOTER.test(line.text) ||
      recogniseHeading(line.text, this.vocabulary) !== undefined ||
      indicatorLabelOf(line.text, this.vocabulary) !== undefined ||
      readFootnoteDefinition(line.text) !== undefined ||
      (!line.blank && isPipeLine(line.text))
    );
  }

  /** Lines that are a block of their own in a cell-per-block table: the boundaries. */
  private standsAlone(line: SourceLine): boolean {
    return this.isBoundary(line);
  }

  /** Reports a prose line that looks like part of a table: it may have lost its table. */
  private reportTableMaterial(line: SourceLine): void {
    const p = tableMaterialProblem(line, this.vocabulary);
    if (p) this.problem(p.line, p.nl, p.en);
  }

  private checkTruncated(title: string, lineNumber: number): void {
    // Every word of the input is counted once, when the first title is checked.
    this.wordCounts ??= wordCounts(this.lines);
    const p = truncatedTitleProblem(title, lineNumber, this.wordCounts);
    if (p) this.problem(p.line, p.nl, p.en);
  }

  private wordCounts: Map<string, number> | undefined;
}
