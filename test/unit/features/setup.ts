/** Shared set-up of the feature tests: an in-memory workspace of realistic chapters. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureContext } from '../../../server/src/service/features/index.js';
import { type ChapterDocument, type Config, type Locale, settingsFromConfig } from '../../../server/src/service/index.js';
import { WorkspaceIndex } from '../../../server/src/service/workspace.js';

const templates = join(process.cwd(), 'test', 'fixtures', 'templates');

/** test/fixtures/templates/rekening.md: rekening 2018, beleidsveld 4.2.1, footnotes I and II. */
export const rekening2018 = readFileSync(join(templates, 'rekening.md'), 'utf8');
/** test/fixtures/templates/begroting.md: begroting 2019, beleidsveld 4.2.1. */
export const begroting2019 = readFileSync(join(templates, 'begroting.md'), 'utf8');

/**
 * A workspace holding the given files (uri `file:///ws/<name>`), and the context features get.
 * @param config a configuration for every file (a profile, a footnote style); the defaults without
 */
export function workspace(
  files: Record<string, string>,
  locale: Locale = 'nl',
  config?: Config,
): { ctx: FeatureContext; docs: Record<string, ChapterDocument>; index: WorkspaceIndex } {
  const settings = settingsFromConfig(config, locale);
  const index = new WorkspaceIndex({ settingsFor: () => settings });
  const docs: Record<string, ChapterDocument> = {};
  for (const [name, text] of Object.entries(files)) docs[name] = index.set(`file:///ws/${name}`, text);
  return { ctx: { workspace: index, settings }, docs, index };
}

/** A zero-based range written compactly, as tests assert it: `16:73-16:76`. */
export function r(range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Builds a chapter from lines. */
export function lines(...text: string[]): string {
  return text.join('\n') + '\n';
}
