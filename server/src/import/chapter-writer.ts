/**
 * What the importer writes: Markdown blocks, the paragraph and list being collected, the tables
 * it rebuilt, its problems, and the facts the front matter is inferred from.
 */
import { msg } from '../service/finding.js';
import { parseChapter } from '../service/parse.js';
import type { Vocabulary } from '../service/vocabulary.js';
import { markersUsed } from './footnote-definition.js';
import { type ChapterFacts, frontMatterBlock, inferFrontMatter, missingKeys } from './front-matter.js';
import { type FlatTable, renderFlatTable, writtenRows } from './flat-table.js';
import { gfmTable } from './gfm-table.js';
import type { Recognised } from './header-analysis.js';
import { frontMatterProblem } from './import-problems.js';
import { indicatorLabelOf } from './indicator-table.js';
import type { ImportProblem, ImportResult } from './problem.js';

/** The result of one importer run, with what its vocabulary recognised. */
export interface ImporterRun {
  result: ImportResult;
  recognised: Recognised;
}

/** The output of an import as it is written; {@link ChapterImporter} reads the lines into it. */
export class ChapterWriter {
  protected readonly blocks: string[] = [];
  protected paragraph: string[] = [];
  protected list: string[] = [];
  private readonly problems: ImportProblem[] = [];
  protected readonly facts: ChapterFacts = { tables: [], sections: [], beleidsvelden: [] };
  /** Directly after an indicator table, where its footnote definitions follow. */
  protected definitionsOpen = false;
  /** Footnote numerals the tables of the current beleidsveld use: their definitions may come later. */
  protected scopeMarkers = new Set<string>();
  /** The header cells the vocabulary recognised in the tables written. */
  protected readonly recognised: Recognised = { roles: 0, other: 0 };

  constructor(protected readonly vocabulary: Vocabulary) {}

  /** The Markdown written, with front matter when it could be inferred, and the problems in line order. */
  protected finish(fileName: string | undefined): ImporterRun {
    const front = inferFrontMatter(this.facts, this.vocabulary, fileName);
    const missing = missingKeys(front);
    const blocks = [...this.blocks];
    if (missing.length === 0) {
      blocks.unshift(frontMatterBlock(front));
    } else if (blocks.length > 0) {
      const p = frontMatterProblem(missing);
      this.problem(p.line, p.nl, p.en);
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

  /** Writes a table rebuilt from flattened text, with its problems. */
  protected emitFlat(table: FlatTable): void {
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
  protected addFacts(markdown: string): void {
    const table = parseChapter(markdown, { vocabulary: this.vocabulary }).tables[0];
    if (table) this.facts.tables.push(table);
  }

  /** Writes a table copied with tabs; under an indicator label its facts count and its footnotes may follow. */
  protected emitTabTable(rows: string[][]): void {
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

  /** Remembers the footnote numerals rows use: their definitions may follow further down the beleidsveld. */
  protected useMarkers(rows: string[][]): void {
    for (const numeral of markersUsed(rows, this.vocabulary)) this.scopeMarkers.add(numeral);
  }

  /** Ends the paragraph being collected. */
  protected flushParagraph(): void {
    if (this.paragraph.length > 0) this.blocks.push(this.paragraph.join('\n'));
    this.paragraph = [];
  }

  /** Ends the paragraph and the list being collected. */
  protected flush(): void {
    this.flushParagraph();
    if (this.list.length > 0) this.blocks.push(this.list.join('\n'));
    this.list = [];
  }

  /** Reports a problem on a 1-based line. */
  protected problem(line: number, nl: string, en: string): void {
    this.problems.push({ line, message: msg(nl, en) });
  }
}
