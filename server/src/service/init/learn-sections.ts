/** `init`: what the chapters' prose teaches: the section questions they ask and their sentence about the dash. */
import { settingsFromConfig } from '../config.js';
import type { Localized } from '../localize.js';
import type { DocumentKind } from '../model.js';
import { matchSectionHeading, sectionText } from '../infer.js';
import { escapeRegExp, type SectionSpec } from '../vocabulary.js';
import type { Evaluation } from './evaluate.js';

/**
 * The section questions the chapters use: a required question of the profile that no chapter of
 * that kind has is made optional; a question heading that every beleidsveld of a kind has (and
 * the profile does not know) becomes a required section, its year written as `{jaar}`.
 */
export function learnSections(evaluation: Evaluation): { sections: Partial<Record<DocumentKind, SectionSpec[]>>; changed: boolean; summary: Localized } {
  const vocabulary = settingsFromConfig(evaluation.config).vocabulary;
  const sections: Partial<Record<DocumentKind, SectionSpec[]>> = {};
  const notes: { nl: string[]; en: string[] } = { nl: [], en: [] };
  for (const kind of ['begroting', 'rekening'] as const) {
    const fields = evaluation.chapters.filter((c) => c.doc.kind === kind).flatMap((c) => c.doc.beleidsvelden.filter((b) => b.heading));
    if (fields.length === 0) continue;
    const specs: SectionSpec[] = [];
    // A required question no beleidsveld has is not this municipality's house style.
    for (const spec of vocabulary.sections(kind)) {
      if (!spec.required) continue;
      const used = fields.some((f) => f.sections.some((h) => matchSectionHeading(vocabulary, kind, h)?.spec.id === spec.id));
      if (used) continue;
      specs.push({ ...spec, required: false });
      notes.nl.push(`‘${spec.id}’ niet verplicht in een ${kind}`);
      notes.en.push(`‘${spec.id}’ not required in a ${kind}`);
    }
    // A question every beleidsveld of the kind asks, that the vocabulary does not know, is required.
    const counts = new Map<string, { text: string; count: number }>();
    for (const field of fields) {
      const seen = new Set<string>();
      for (const heading of field.sections) {
        if (matchSectionHeading(vocabulary, kind, heading)) continue;
        const { text } = sectionText(heading);
        if (!/\?\s*$/.test(text)) continue;
        const pattern = escapeRegExp(text.replace(/\s*\?\s*$/, '')).replace(/\b(?:19|20)\d{2}\b/g, '{jaar}');
        if (seen.has(pattern)) continue;
        seen.add(pattern);
        const entry = counts.get(pattern) ?? { text, count: 0 };
        entry.count++;
        counts.set(pattern, entry);
      }
    }
    let n = 0;
    for (const [pattern, { text, count }] of counts) {
      if (count < fields.length) continue;
      specs.push({ id: `eigen-${kind}-${++n}`, required: true, headings: [pattern] });
      notes.nl.push(`‘${text}’ verplicht in een ${kind}`);
      notes.en.push(`‘${text}’ required in a ${kind}`);
    }
    if (specs.length > 0) sections[kind] = specs;
  }
  return { sections, changed: Object.keys(sections).length > 0, summary: { nl: notes.nl.join('; '), en: notes.en.join('; ') } };
}

/** A sentence of the chapters that explains the dash, when the vocabulary does not recognise theirs. */
export function learnDashSentence(evaluation: Evaluation): { sentence: string; pattern: string } | undefined {
  const unexplained = evaluation.chapters.some((c) => c.findings.some((f) => f.rule === 'dash-explained'));
  if (!unexplained) return undefined;
  for (const { doc } of evaluation.chapters) {
    for (const p of doc.paragraphs) {
      for (const sentence of p.text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/)) {
        if (!/streep|(^|\s)[-–](\s|$)|liggend/i.test(sentence)) continue;
        if (!/(geen|niet|ontbre|onbekend|beschikbaar|gegevens|cijfers)/i.test(sentence)) continue;
        const trimmed = sentence.trim();
        return { sentence: trimmed, pattern: escapeRegExp(trimmed.replace(/[.!?]$/, '')).replace(/\s+/g, '\\s+') };
      }
    }
  }
  return undefined;
}
