/** `init`: column words and table labels the chapters use that another built-in profile knows. */
import type { Locale } from '../localize.js';
import type { ColumnRole } from '../model.js';
import { profiles } from '../profiles.js';
import { roleSummary } from '../roles.js';
import { canonicalRole, defaultVocabularyData, fold, type VocabularyOverride } from '../vocabulary.js';
import { type Evaluation, unreadTableNodes } from './evaluate.js';

/** Every column word any built-in profile (or the defaults) knows, with its role. */
function knownWords(): Map<string, { word: string; role: ColumnRole }> {
  const map = new Map<string, { word: string; role: ColumnRole }>();
  const add = (columns: Record<string, string[]> | undefined) => {
    for (const [role, words] of Object.entries(columns ?? {})) {
      for (const word of words) if (!map.has(fold(word))) map.set(fold(word), { word, role: canonicalRole(role) });
    }
  };
  add(defaultVocabularyData.columns);
  for (const p of profiles) add(p.vocabulary.columns);
  return map;
}

/** `Realisatie 2018`, `2018 Realisatie`, `Realisatie`: the word of a header cell. */
function headerWord(header: string): string | undefined {
  const m = /^(?:(\d{4})\s+)?([\p{L}][\p{L}\p{N}.\-/ ]*?)(?:\s*(\d{4}))?$/u.exec(header.replace(/(\p{L})-\s+(\p{Ll})/gu, '$1$2').trim());
  return m ? m[2].trim() : undefined;
}

/** Column words per role, and the table labels above tables whose headers hold them. */
export interface LearnedWords {
  columns: Record<ColumnRole, string[]>;
  labels: string[];
}

/** Column words in the chapters that the chosen vocabulary does not read but some profile does. */
export function learnWords(evaluation: Evaluation): LearnedWords {
  const known = knownWords();
  const columns: Record<ColumnRole, string[]> = {};
  const labels: string[] = [];
  const add = (header: string) => {
    const word = headerWord(header);
    const hit = word && known.get(fold(word));
    if (!word || !hit) return false;
    const list = (columns[hit.role] ??= []);
    if (!list.some((w) => fold(w) === fold(word))) list.push(word);
    return true;
  };
  for (const chapter of evaluation.chapters) {
    for (const header of chapter.unreadHeaders) add(header);
    // Tables not read at all: their headers may hold known words under a label the profile lacks.
    for (const node of unreadTableNodes(chapter.doc)) {
      const cells = node.children[0]?.children ?? [];
      const texts = cells.map((c) => chapter.doc.text.slice(c.position?.start.offset ?? 0, c.position?.end.offset ?? 0).replace(/^\|/, '').replace(/\|$/, '').trim());
      const recognised = texts.slice(1).filter((t) => add(t)).length;
      const label = texts[0];
      if (recognised > 0 && label && !labels.includes(label)) labels.push(label);
    }
  }
  return { columns, labels };
}

/** The vocabulary that adds learned words. */
export function wordsOverride(words: LearnedWords): VocabularyOverride {
  const override: VocabularyOverride = {};
  if (Object.keys(words.columns).length > 0) override.columns = words.columns;
  if (words.labels.length > 0) override.indicatorLabels = words.labels;
  return override;
}

/** Learned words with their roles, for the summary: the words of each role, quoted, then the role. */
export function describeWords(columns: Record<ColumnRole, string[]>, locale: Locale): string {
  return Object.entries(columns)
    .map(([role, words]) => `${words.map((w) => `'${w}'`).join(', ')} (${roleSummary(role)[locale]})`)
    .join('; ');
}
