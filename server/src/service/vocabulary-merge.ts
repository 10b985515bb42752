/** Merging a configuration's vocabulary into a base (the defaults, a profile). */
import { defaultFootnoteStyle, mergeFootnoteStyle } from './footnote-style.js';
import type { ColumnRole, DocumentKind } from './model.js';
import { defaultValueForms, mergeValueForms } from './value-vocabulary.js';
import { canonicalRole, type SectionSpec, type VocabularyData, type VocabularyOverride } from './vocabulary-data.js';

/** Merges a configuration's vocabulary into a base: lists are added, maps merged, unless `extend` is false. */
export function mergeVocabulary(
  base: VocabularyData,
  override: VocabularyOverride | undefined,
  extend = true,
): VocabularyData {
  if (!override) return base;
  const list = (a: string[], b: string[] | undefined) =>
    b === undefined ? a : extend ? [...a, ...b.filter((x) => !a.includes(x))] : [...b];
  const sections = (kind: DocumentKind): SectionSpec[] => {
    const given = override.sections?.[kind];
    if (!given) return base.sections[kind];
    if (!extend) return given;
    const merged = base.sections[kind].map((s) => given.find((g) => g.id === s.id) ?? s);
    return [...merged, ...given.filter((g) => !merged.some((m) => m.id === g.id))];
  };
  const columns = (): Record<ColumnRole, string[]> => {
    if (!override.columns) return base.columns;
    const out: Record<ColumnRole, string[]> = extend ? { ...base.columns } : {};
    for (const [role, words] of Object.entries(override.columns)) {
      const key = canonicalRole(role);
      out[key] = list(extend ? (out[key] ?? []) : (out[key] ?? []), words);
    }
    return out;
  };
  return {
    indicatorLabels: list(base.indicatorLabels, override.indicatorLabels),
    financeWords: list(base.financeWords ?? [], override.financeWords),
    columns: columns(),
    descriptiveRoles: list(base.descriptiveRoles, override.descriptiveRoles),
    bareYearRole: override.bareYearRole !== undefined ? override.bareYearRole : base.bareYearRole,
    seriesFutureRole: override.seriesFutureRole !== undefined ? override.seriesFutureRole : (base.seriesFutureRole ?? null),
    values: mergeValueForms(base.values ?? defaultValueForms, override.values, extend),
    footnotes: mergeFootnoteStyle(base.footnotes ?? defaultFootnoteStyle, override.footnotes, extend),
    alternativeLayouts: {
      begroting: override.alternativeLayouts?.begroting ?? base.alternativeLayouts?.begroting ?? [],
      rekening: override.alternativeLayouts?.rekening ?? base.alternativeLayouts?.rekening ?? [],
    },
    layouts: {
      begroting: override.layouts?.begroting ?? base.layouts.begroting,
      rekening: override.layouts?.rekening ?? base.layouts.rekening,
    },
    trendWords: override.trendWords
      ? extend
        ? { ...base.trendWords, ...override.trendWords }
        : override.trendWords
      : base.trendWords,
    units: list(base.units, override.units),
    percentWords: list(base.percentWords, override.percentWords),
    percentIndicatorPatterns: list(base.percentIndicatorPatterns, override.percentIndicatorPatterns),
    sections: { begroting: sections('begroting'), rekening: sections('rekening') },
    dashExplanations: list(base.dashExplanations, override.dashExplanations),
  };
}
