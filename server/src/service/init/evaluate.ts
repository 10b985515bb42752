/**
 * How well a configuration reads a municipality's chapters: lint them all as one workspace and
 * weigh what is left (errors, warnings, tables and headers the vocabulary does not read).
 * `learnConfig` keeps a change to the configuration only when it lowers this score.
 */
import type { Table } from 'mdast';
import { importChapter } from '../../import/import-chapter.js';
import { type Config, settingsFromConfig } from '../config.js';
import type { Finding, Locale } from '../finding.js';
import type { ChapterDocument } from '../model.js';
import { WorkspaceIndex } from '../workspace.js';

/** A chapter as `init` reads it: Markdown, or flattened text from the website (imported first). */
export interface ChapterSource {
  /** A name for messages (a relative path). */
  name: string;
  text: string;
  /** False for flattened website/PDF text, which is imported with the configuration's vocabulary. */
  markdown: boolean;
}

/** One chapter as read with a configuration. */
export interface EvaluatedChapter {
  source: ChapterSource;
  doc: ChapterDocument;
  findings: Finding[];
  /** Header cells of indicator tables without a role, and first cells of tables not read as indicator tables. */
  unreadHeaders: string[];
  /** GFM tables that are not indicator tables. */
  unreadTables: number;
}

/** The result of reading all chapters with one configuration. */
export interface Evaluation {
  config: Config;
  chapters: EvaluatedChapter[];
  score: number;
}

/**
 * Weights: an error outweighs any number of infos. A table or header the vocabulary does not read
 * hides every finding it would have, so not reading must cost more than reading with a few
 * real mistakes.
 */
const WEIGHT = { error: 1000, warning: 100, info: 1, unreadHeader: 1000, unreadTable: 5000, footnoteRead: 2 };

/** Reads every chapter with a configuration and scores the result (lower is better). */
export function evaluate(sources: ChapterSource[], config: Config, locale: Locale = 'nl'): Evaluation {
  const settings = settingsFromConfig(config, locale);
  const index = new WorkspaceIndex({ settingsFor: () => settings });
  const uris = sources.map((source, i) => {
    const uri = `init:///${i}/${encodeURIComponent(source.name)}`;
    const text = source.markdown
      ? source.text
      : importChapter(source.text, { fileName: source.name.split('/').pop(), vocabulary: settings.vocabulary }).markdown;
    index.set(uri, text);
    return uri;
  });
  let score = 0;
  const chapters = sources.map((source, i): EvaluatedChapter => {
    const doc = index.get(uris[i]) as ChapterDocument;
    const findings = index.lint(uris[i]);
    const unreadHeaders: string[] = [];
    for (const table of doc.tables) for (const c of table.columns) if (!c.role && c.year === undefined) unreadHeaders.push(c.header);
    const unreadTables = unreadTableNodes(doc).length;
    for (const f of findings) score += f.severity === 'error' ? WEIGHT.error : f.severity === 'warning' ? WEIGHT.warning : WEIGHT.info;
    score += unreadHeaders.length * WEIGHT.unreadHeader + unreadTables * WEIGHT.unreadTable;
    // Each marker that finds its definition is the chapter's footnote style read right: a small
    // reward, so a style that reads footnotes the default style misses wins (an error still weighs more).
    for (const field of doc.beleidsvelden) {
      for (const marker of field.markers) {
        if (field.definitions.some((d) => d.kind === marker.kind && d.value === marker.value)) score -= WEIGHT.footnoteRead;
      }
    }
    return { source, doc, findings, unreadHeaders, unreadTables };
  });
  return { config, chapters, score };
}

/** The GFM tables of a chapter that are not read as indicator tables. */
export function unreadTableNodes(doc: ChapterDocument): Table[] {
  return doc.tree.children.filter(
    (node): node is Table => node.type === 'table' && !doc.tables.some((t) => t.span.start === node.position?.start.offset),
  );
}
