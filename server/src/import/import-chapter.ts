/**
 * `programmalint import`: turns a chapter copied from the published website or PDF (flattened
 * text) into the Markdown dialect. Pure: no file system.
 *
 * Recognised: programme / deelprogramma / beleidsveld headings, section questions, indicator
 * tables in every flattening the websites produce (one cell per line, as Groningen's pages and
 * the PCPortal sites; pipe rows; cells glued together; space-separated rows; tabs), footnote
 * definitions after a table, bullets and the page footers. Everything else is kept as prose, word
 * for word; lines that looked like table material but could not be structured are reported.
 */
import { CONFIG_FILE_NAME } from '../service/config.js';
import { msg } from '../service/finding.js';
import { parseChapter } from '../service/parse.js';
import { defaultVocabulary, type Vocabulary } from '../service/vocabulary.js';
import { formatBullet, readBullet } from './bullet.js';
import { type Block, CellTableReader, splitBlocks } from './cell-table.js';
import type { ImportCandidate } from './choose-profile.js';
import { escapeItem, escapeProseLine } from './escape.js';
import {
  formatFootnoteDefinition,
  markersUsed,
  readFootnoteDefinition,
  type FootnoteDefinitionLine,
} from './footnote-definition.js';
import { type ChapterFacts, frontMatterBlock, inferFrontMatter, missingKeys } from './front-matter.js';
import { type FlatTable, renderFlatTable, writtenRows } from './flat-table.js';
import { gfmTable } from './gfm-table.js';
import { isGluedHeader, readGluedTable } from './glued-table.js';
import type { Recognised } from './header-analysis.js';
import {
  headerTokens,
  indicatorLabelOf,
  isValueStart,
  readIndicatorTable,
  renderIndicatorTable,
  type TableContext,
} from './indicator-table.js';
import { isPipeLine, readPipeLines, startsPipeTable } from './pipe-table.js';
import type { ImportProblem, ImportResult } from './problem.js';
import { recogniseHeading, truncatedWord } from './recognise-heading.js';
import { normaliseSpace, type SourceLine, sourceLines } from './source-lines.js';
import { readSpacedTable, startsSpacedTable } from './spaced-table.js';
import { readTabTable } from './tab-table.js';

export type { ImportProblem, ImportResult } from './problem.js';
export type { ImportCandidate } from './choose-profile.js';

/** Options of {@link importChapter}. */
export interface ImportOptions {
  /** The input's file name: a last resort for kind, year and programme (`rekening-2018-4.2.1.txt`). */
  fileName?: string;
  /** The vocabulary (column words, labels, section questions); the default one when absent. */
  vocabulary?: Vocabulary;
  /**
   * Vocabularies to try when `vocabulary` recognises no column header (no profile configured):
   * the one that recognises the most headers is used, and a problem on line 1 says which.
   */
  candidates?: readonly ImportCandidate[];
}

/** Page furniture of the published site, kept in an HTML comment (not shown, not lost). */
const FOOTER = /^(?:ga terug|Deze pagina is gebouwd op\b.*)$/i;

/**
 * Imports a copied chapter. Input that is already Markdown (front matter, a heading of the dialect
 * or a pipe table written as the dialect writes it, `| --- |`) is returned unchanged, so importing
 * the result of an import changes nothing. With `candidates`, a text whose column headers the
 * vocabulary does not recognise is read with the candidate that recognises the most.
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
  const lines = sourceLines(text);
  const first = new ChapterImporter(lines, vocabulary, options.fileName).run();
  if (!options.candidates || first.recognised.roles > 0) return first.result;
  let best: { candidate: ImportCandidate; run: ImporterRun } | undefined;
  for (const candidate of options.candidates) {
    const run = new ChapterImporter(lines, candidate.vocabulary, options.fileName).run();
    if (!better(run.recognised, first.recognised)) continue;
    if (!best || better(run.recognised, best.run.recognised)) best = { candidate, run };
  }
  if (!best) return first.result;
  const { names } = best.candidate;
  const count = best.run.recognised.roles + best.run.recognised.other;
  const quoted = names.map((n) => `"${n}"`);
  const words = vocabulary
    .allColumnWords()
    .filter((w) => !vocabulary.isDescriptive(vocabulary.columnRole(w)))
    .slice(0, 6)
    .join(', ');
  const setting = names.length === 1 ? quoted[0] : `[${quoted.join(', ')}]`;
  const chosen: ImportProblem = {
    line: 1,
    message: msg(
      `Er is geen profiel ingesteld en de ingestelde kolomwoorden (${words}) herkennen geen kolomkop. Het profiel ${quoted.join(' met ')} herkent er ${count} en is gebruikt. Leg dat vast met "profile": ${setting} in ${CONFIG_FILE_NAME}, of kies zelf met --profile ${names.join(',')}.`,
      `No profile is configured and the configured column words (${words}) recognise no column header. The profile ${quoted.join(' with ')} recognises ${count} and was used. Make that permanent with "profile": ${setting} in ${CONFIG_FILE_NAME}, or choose with --profile ${names.join(',')}.`,
    ),
  };
  return { ...best.run.result, problems: [chosen, ...best.run.result.problems], profile: names };
}

/** Whether one count of recognised headers is better than another: more value columns, then more of the rest. */
function better(a: Recognised, b: Recognised): boolean {
  return a.roles > b.roles || (a.roles === b.roles && a.other > b.other);
}

/** The result of one importer run, with what its vocabulary recognised. */
interface ImporterRun {
  result: ImportResult;
  recognised: Recognised;
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
    // A delimiter row as the dialect writes it, with a leading pipe (`| --- | --- |`); copied web
    // tables come as `---|---|` and are imported.
    if (i > 0 && lines[i - 1].includes('|') && /^\s*\|\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/.test(lines[i])) return i + 1;
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
  /** The input as blocks of lines, for tables flattened to one cell per block. */
  private readonly cellBlocks: { blocks: Block[]; at: Map<number, number> };
  private readonly cellTables: CellTableReader;
  /** The header cells the vocabulary recognised in the tables written. */
  private readonly recognised: Recognised = { roles: 0, other: 0 };
  /** The header of a row-number column the copy has none for. */
  private readonly numberWord: string;

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

  run(): ImporterRun {
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
      result: {
        markdown: blocks.length > 0 ? blocks.join('\n\n') + '\n' : '',
        // A stable sort: problems of one line stay in the order they were found.
        problems: [...this.problems].sort((a, b) => a.line - b.line),
      },
      recognised: this.recognised,
    };
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

  /** Writes a table rebuilt from flattened text, with its problems. */
  private emitFlat(table: FlatTable): void {
    this.flush();
    const markdown = renderFlatTable(table);
    this.blocks.push(markdown);
    for (const p of table.problems) this.problem(p.line, p.nl, p.en);
    this.recognised.roles += table.recognised.roles;
    this.recognised.other += table.recognised.other;
    this.addFacts(markdown);
    this.useMarkers(writtenRows(table));
    this.definitionsOpen = true;
  }

  /** The indicator table a written table is, for the front matter. */
  private addFacts(markdown: string): void {
    const table = parseChapter(markdown, { vocabulary: this.vocabulary }).tables[0];
    if (table) this.facts.tables.push(table);
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
      this.addFacts(gfmTable(header, body, { pad: true }));
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
