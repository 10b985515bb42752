/**
 * The footnote styles a configuration allows (Roman numerals, asterisks, numbers, letters …) and
 * where definitions stand, compiled once per vocabulary. Defaults are data in
 * `schemas/programmatekst.schema.json#/$defs/footnoteStyle`.
 */
import modelSchema from '../../../schemas/programmatekst.schema.json' with { type: 'json' };

/** Footnote style as written in the schema defaults and in configuration files. */
export type FootnoteStyleData = Record<string, unknown>;

/** The default footnote style, read from the schema. */
export const defaultFootnoteStyle: FootnoteStyleData = (
  modelSchema as unknown as { $defs: { footnoteStyle: { default: FootnoteStyleData } } }
).$defs.footnoteStyle.default;

/** Merges a configuration's footnote style into a base. */
export function mergeFootnoteStyle(
  base: FootnoteStyleData,
  override: FootnoteStyleData | undefined,
  extend: boolean,
): FootnoteStyleData {
  if (!override) return base;
  return extend ? { ...base, ...override } : { ...override };
}

/** Compiled footnote style. */
export class FootnoteStyle {
  constructor(readonly data: FootnoteStyleData) {}
}
