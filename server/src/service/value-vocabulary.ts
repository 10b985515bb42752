/**
 * The value forms a configuration allows (ranges, no-value words, currency, …), compiled once
 * per vocabulary. Defaults are data in `schemas/programmatekst.schema.json#/$defs/valueForms`.
 */
import modelSchema from '../../../schemas/programmatekst.schema.json' with { type: 'json' };

/** Value forms as written in the schema defaults and in configuration files. */
export type ValueFormsData = Record<string, unknown>;

/** The default value forms, read from the schema. */
export const defaultValueForms: ValueFormsData = (
  modelSchema as unknown as { $defs: { valueForms: { default: ValueFormsData } } }
).$defs.valueForms.default;

/** Merges a configuration's value forms into a base (lists added, maps merged, unless `extend` is false). */
export function mergeValueForms(base: ValueFormsData, override: ValueFormsData | undefined, extend: boolean): ValueFormsData {
  if (!override) return base;
  return extend ? { ...base, ...override } : { ...override };
}

/** Compiled value forms. */
export class ValueVocabulary {
  constructor(readonly data: ValueFormsData) {}
}
