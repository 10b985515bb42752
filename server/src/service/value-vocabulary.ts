/**
 * The value forms a configuration allows (ranges, no-value words, currency, …), compiled once
 * per vocabulary. Defaults are data in `schemas/programmatekst.schema.json#/$defs/valueForms`.
 */
import modelSchema from '../../../schemas/programmatekst.schema.json' with { type: 'json' };
import type { NoValueMeaning, ValueForm } from './value-model.js';

/** How an `Eenheid` cell word reads: the row's values are percentages, counts or amounts. */
export type UnitWordKind = 'percent' | 'count' | 'currency';

/**
 * Value forms as written in the schema defaults and in configuration files. Every part is
 * optional: a configuration names only what it changes. In maps, `null` removes a default entry.
 */
export interface ValueFormsData {
  /** Words that say there is no value, with what they mean: `{ "n.v.t.": "not-applicable" }`. A key ending in `…` matches as a prefix. */
  noValue?: Record<string, NoValueMeaning | null>;
  /** Words for yes and no: `{ "Ja": "yes", "nee": "no" }`. */
  booleans?: Record<string, 'yes' | 'no' | null>;
  /** `6-6,5`, `6 - 6,5`, `6,5–7`. */
  ranges?: boolean;
  /** `€ 559`, `€ 1,2 mln`, `€ 12,50`, `€ 12,-`. */
  currency?: boolean;
  /** Scale words after a number and their factor: `{ "mln": 1000000 }`. */
  scaleWords?: Record<string, number | null>;
  /** Units per population after a number: `per 1.000 inwoners`, `‰`. */
  perUnits?: string[];
  /** `1 op 5`. */
  ratios?: boolean;
  /** `1-1-2020`, `1 januari 2020`. */
  dates?: boolean;
  /** A year alone (`2019`) is a date, not a number. */
  years?: boolean;
  /** `2016: 7,2` and `58,1 (2016)`: a value with its measurement year. */
  measurementYears?: boolean;
  /** Grade scales `schaal 1-10`, `Tussen de 1 en 10` in an annotation, the indicator name or the Eenheid cell. */
  grades?: boolean;
  /** Scales `x 1.000`, `x € 1.000` in a column header, the indicator name, the table label or the Eenheid cell. */
  headerScales?: boolean;
  /** `% Niet-sporters | 58,1`: a `%` name declares the unit once, so a row of bare numbers is a row of percentages. */
  percentInName?: boolean;
  /** Words of an Eenheid cell and what they make the row's values: `{ "%": "percent", "aantal": "count" }`. */
  unitWords?: Record<string, UnitWordKind | null>;
}

/** Value forms with every part present. */
export type ResolvedValueForms = Required<ValueFormsData>;

/** The default value forms, read from the schema. */
export const defaultValueForms: ValueFormsData = (
  modelSchema as unknown as { $defs: { valueForms: { default: ValueFormsData } } }
).$defs.valueForms.default;

const MAPS = ['noValue', 'booleans', 'scaleWords', 'unitWords'] as const;
const SWITCHES = ['ranges', 'currency', 'ratios', 'dates', 'years', 'measurementYears', 'grades', 'headerScales', 'percentInName'] as const;

/**
 * Merges a configuration's value forms into a base, part by part: a part the configuration does
 * not name stays as in the base. With `extend`, maps are merged (a `null` entry removes the base's)
 * and lists are added to; without it, a named map or list replaces the base's. Switches are set.
 */
export function mergeValueForms(base: ValueFormsData, override: ValueFormsData | undefined, extend: boolean): ValueFormsData {
  if (!override) return base;
  const out: ValueFormsData = { ...base };
  for (const key of SWITCHES) {
    if (typeof override[key] === 'boolean') out[key] = override[key];
  }
  for (const key of MAPS) {
    const given = override[key] as Record<string, unknown> | undefined;
    if (!given) continue;
    const merged: Record<string, unknown> = extend ? { ...((base[key] as Record<string, unknown> | undefined) ?? {}) } : {};
    for (const [word, value] of Object.entries(given)) {
      if (value === null) delete merged[word];
      else merged[word] = value;
    }
    (out as Record<string, unknown>)[key] = merged;
  }
  if (override.perUnits) {
    const before = base.perUnits ?? [];
    out.perUnits = extend ? [...before, ...override.perUnits.filter((u) => !before.includes(u))] : [...override.perUnits];
  }
  return out;
}

/** Compiled value forms: which forms are allowed, and the word lookups the value grammar needs. */
export class ValueVocabulary {
  /** Every part present: parts missing from the data take the defaults. */
  readonly data: ResolvedValueForms;
  private readonly noValueWords = new Map<string, NoValueMeaning>();
  private readonly noValuePrefixes: { prefix: string; meaning: NoValueMeaning }[] = [];
  private readonly booleanWords = new Map<string, boolean>();
  private readonly scales = new Map<string, number>();
  private readonly perUnitKeys = new Map<string, string>();
  private readonly unitWordKinds = new Map<string, UnitWordKind>();

  constructor(data: ValueFormsData) {
    const resolved = mergeValueForms(defaultValueForms, data, false);
    this.data = {
      noValue: resolved.noValue ?? {},
      booleans: resolved.booleans ?? {},
      ranges: resolved.ranges ?? false,
      currency: resolved.currency ?? false,
      scaleWords: resolved.scaleWords ?? {},
      perUnits: resolved.perUnits ?? [],
      ratios: resolved.ratios ?? false,
      dates: resolved.dates ?? false,
      years: resolved.years ?? false,
      measurementYears: resolved.measurementYears ?? false,
      grades: resolved.grades ?? false,
      headerScales: resolved.headerScales ?? false,
      percentInName: resolved.percentInName ?? false,
      unitWords: resolved.unitWords ?? {},
    };
    for (const [word, meaning] of Object.entries(this.data.noValue)) {
      if (!meaning) continue;
      const prefix = /^(.*?)\s*(?:…|\.\.\.)$/u.exec(word);
      // `Zie …` matches `Zie toelichting`; a key that is only `…` would match everything.
      if (prefix && prefix[1].trim() !== '') this.noValuePrefixes.push({ prefix: wordKey(prefix[1]), meaning });
      else this.noValueWords.set(wordKey(word), meaning);
    }
    // Longest prefix first, so `Nog niet …` wins over `Nog …`.
    this.noValuePrefixes.sort((a, b) => b.prefix.length - a.prefix.length);
    for (const [word, value] of Object.entries(this.data.booleans)) {
      if (value) this.booleanWords.set(wordKey(word), value === 'yes');
    }
    for (const [word, factor] of Object.entries(this.data.scaleWords)) {
      if (typeof factor === 'number' && factor > 0) this.scales.set(wordKey(word), factor);
    }
    for (const unit of this.data.perUnits) this.perUnitKeys.set(perUnitKey(unit), unit);
    for (const [word, kind] of Object.entries(this.data.unitWords)) {
      if (kind) this.unitWordKinds.set(wordKey(word), kind);
    }
  }

  /** Whether a form that can be switched off is allowed. */
  allows(form: ValueForm): boolean {
    switch (form) {
      case 'range':
        return this.data.ranges;
      case 'ratio':
        return this.data.ratios;
      case 'date':
        return this.data.dates;
      case 'currency':
        return this.data.currency;
      case 'measurement-year':
        return this.data.measurementYears;
    }
  }

  /** What a no-value word means (`n.v.t.` → not-applicable), case-insensitive; a prefix key (`Zie …`) matches a longer text. */
  noValue(text: string): NoValueMeaning | undefined {
    const key = wordKey(text);
    const exact = this.noValueWords.get(key);
    if (exact) return exact;
    return this.noValuePrefixes.find((p) => key === p.prefix || key.startsWith(p.prefix + ' '))?.meaning;
  }

  /** The configured no-value words, as written, for messages. */
  noValueList(): string[] {
    return Object.entries(this.data.noValue)
      .filter(([, meaning]) => meaning)
      .map(([word]) => word);
  }

  /** `Ja` → true, `nee` → false, case-insensitive; undefined for any other text. */
  boolean(text: string): boolean | undefined {
    return this.booleanWords.get(wordKey(text));
  }

  /** The factor of a scale word (`mln` → 1000000), case-insensitive. */
  scaleWord(word: string): number | undefined {
    return this.scales.get(wordKey(word));
  }

  /** The configured per-unit a text is (`per 1000 inwoners` → `per 1.000 inwoners`), ignoring case, blanks and thousands dots. */
  perUnit(text: string): string | undefined {
    return this.perUnitKeys.get(perUnitKey(text));
  }

  /** What an Eenheid word makes the values (`%` → percent, `aantal` → count). */
  unitWord(text: string): UnitWordKind | undefined {
    return this.unitWordKinds.get(wordKey(text));
  }
}

/** Case-insensitive key with blanks collapsed. */
function wordKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nl');
}

/** `per 1.000 inwoners` and `Per 1000  inwoners` are the same per-unit. */
function perUnitKey(text: string): string {
  return wordKey(text).replace(/(\d)\.(?=\d{3}\b)/g, '$1');
}
