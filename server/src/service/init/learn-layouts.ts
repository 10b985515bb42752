/** `init`: the column layouts the chapters' tables have, and the other layouts a misfit table follows. */
import { type Config, settingsFromConfig } from '../config.js';
import type { Finding } from '../finding.js';
import { pick } from '../localize.js';
import type { ChapterDocument, DocumentKind, IndicatorTable } from '../model.js';
import { valueColumns } from '../layout-fit.js';
import { roleSummary } from '../roles.js';
import type { LayoutColumn } from '../vocabulary.js';
import { type ChapterSource, type Evaluation, evaluate } from './evaluate.js';
import { withVocabulary } from './with-vocabulary.js';

/**
 * The layouts the chapters' tables have: per kind, the columns (role and year relative to the
 * document) in the order they stand, a column optional when not every table has it. Learned only
 * for a kind where most tables do not fit the current layout (then it is the house style; a
 * minority that does not fit holds mistakes), and only from columns at least half the tables have.
 */
export function learnLayouts(evaluation: Evaluation): Partial<Record<DocumentKind, LayoutColumn[]>> {
  const perKind: Partial<Record<DocumentKind, { sequences: string[][]; misfits: number }>> = {};
  for (const { doc, findings } of evaluation.chapters) {
    if (!doc.kind || doc.year === undefined) continue;
    for (const table of doc.tables) {
      if (table.kind !== 'indicators') continue;
      const sequence = valueColumns(table)
        .filter((c) => c.role)
        .map((c) => slotKey(c.role as string, c.year === undefined ? undefined : c.year - (doc.year as number)));
      if (sequence.length === 0) continue;
      const entry = (perKind[doc.kind] ??= { sequences: [], misfits: 0 });
      entry.sequences.push(sequence);
      const misfit = isMisfit(doc, table, findings);
      if (misfit) entry.misfits++;
    }
  }
  const out: Partial<Record<DocumentKind, LayoutColumn[]>> = {};
  for (const [kind, { sequences, misfits }] of Object.entries(perKind) as [DocumentKind, { sequences: string[][]; misfits: number }][]) {
    if (misfits * 2 <= sequences.length) continue;
    const common = (key: string) => sequences.filter((s) => s.includes(key)).length * 2 >= sequences.length;
    const merged = supersequence(sequences.map((s) => s.filter(common)));
    out[kind] = merged.map((key) => {
      const [role, offset] = key.split('@');
      const slot: LayoutColumn = { role };
      if (offset !== '') slot.offset = Number(offset);
      if (!sequences.every((s) => s.includes(key))) slot.optional = true;
      return slot;
    });
  }
  return out;
}

/** The configuration with the alternative layouts its own reading of the chapters asks for. */
export function withAlternatives(sources: ChapterSource[], config: Config): Config {
  const alternatives = learnAlternativeLayouts(evaluate(sources, config));
  return Object.keys(alternatives).length > 0 ? withVocabulary(config, { alternativeLayouts: alternatives }) : config;
}

/** The column order of each table that table-columns still reports, per kind, as a layout of its own. */
export function learnAlternativeLayouts(evaluation: Evaluation): Partial<Record<DocumentKind, LayoutColumn[][]>> {
  const out: Partial<Record<DocumentKind, LayoutColumn[][]>> = {};
  const seen = new Set<string>();
  const vocabulary = settingsFromConfig(evaluation.config).vocabulary;
  for (const { doc, findings } of evaluation.chapters) {
    if (!doc.kind || doc.year === undefined) continue;
    for (const table of doc.tables) {
      if (table.kind !== 'indicators') continue;
      const misfit = isMisfit(doc, table, findings);
      const columns = valueColumns(table).filter((c) => c.role);
      // A table with an unread header is no layout to learn: its header is what is wrong.
      if (!misfit || columns.length === 0 || table.columns.some((c) => !c.role && c.year === undefined && !c.descriptive)) continue;
      // Only a table with a role the kind's layout lacks (a budget column beside realisatie/doel) is
      // another layout; with the same roles, a misfit is a wrong year or order: a mistake to keep.
      const own = new Set(vocabulary.layout(doc.kind).map((slot) => slot.role));
      if (columns.every((c) => own.has(c.role as string))) continue;
      const layout = columns.map((c): LayoutColumn => (c.year === undefined ? { role: c.role as string } : { role: c.role as string, offset: c.year - (doc.year as number) }));
      const key = `${doc.kind}:${JSON.stringify(layout)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      (out[doc.kind] ??= []).push(layout);
    }
  }
  return out;
}

/** Alternative layouts for the summary, each as {@link describeLayouts} writes it. */
export function describeAlternatives(alternatives: Partial<Record<DocumentKind, LayoutColumn[][]>>, locale: 'nl' | 'en'): string {
  return (Object.entries(alternatives) as [DocumentKind, LayoutColumn[][]][])
    .flatMap(([kind, layouts]) => layouts.map((layout) => describeLayouts({ [kind]: layout }, locale)))
    .join('; ');
}

/** Whether table-columns reports something inside the table: it fits no layout of its kind. */
function isMisfit(doc: ChapterDocument, table: IndicatorTable, findings: readonly Finding[]): boolean {
  return findings.some((f) => {
    if (f.rule !== 'table-columns') return false;
    const at = doc.lines.offsetAt(f.range.start);
    return at >= table.span.start && at <= table.span.end;
  });
}

function slotKey(role: string, offset: number | undefined): string {
  return `${role}@${offset ?? ''}`;
}

/** A sequence containing each input sequence in order (greedy merge; repeats kept apart). */
function supersequence(sequences: string[][]): string[] {
  let merged: string[] = [];
  for (const sequence of [...sequences].sort((a, b) => b.length - a.length)) {
    const out: string[] = [];
    let i = 0;
    for (const key of sequence) {
      const at = merged.indexOf(key, i);
      if (at === -1) {
        out.push(key);
        continue;
      }
      out.push(...merged.slice(i, at + 1));
      i = at + 1;
    }
    out.push(...merged.slice(i));
    merged = dedupeAdjacent(out);
  }
  return merged;
}

function dedupeAdjacent(keys: string[]): string[] {
  return keys.filter((k, i) => i === 0 || keys[i - 1] !== k);
}

/** Layouts for the summary: per kind, each slot's role, its year (`Y`, `Y-1`) and whether it is optional. */
export function describeLayouts(layouts: Partial<Record<DocumentKind, LayoutColumn[]>>, locale: 'nl' | 'en'): string {
  return Object.entries(layouts)
    .map(([kind, slots]) => {
      const text = (slots ?? [])
        .map((s) => {
          const year = typeof s.offset === 'number' ? (s.offset === 0 ? ' Y' : ` Y${s.offset > 0 ? '+' : ''}${s.offset}`) : '';
          return `${roleSummary(s.role)[locale]}${year}${s.optional ? pick(locale, ' (optioneel)', ' (optional)') : ''}`;
        })
        .join(' | ');
      return `${kind}: ${text}`;
    })
    .join('; ');
}
