/** Kind and year of a chapter, for the status bar: asked of the server (`programmalint/documentInfo`). */

/** The method of the custom request. */
export const DOCUMENT_INFO_METHOD = 'programmalint/documentInfo';

/** Params: `{ textDocument: { uri } }`. */
export interface DocumentInfoParams {
  textDocument: { uri: string };
}

/** What the status bar shows of a chapter. */
export interface DocumentInfo {
  kind: 'begroting' | 'rekening' | null;
  year: number | null;
  /** True when kind or year were inferred from the content (no front matter saying so). */
  inferred: boolean;
}

/** Normalises whatever came back: anything malformed becomes "unknown". */
export function asDocumentInfo(value: unknown): DocumentInfo {
  const o = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    kind: o.kind === 'begroting' || o.kind === 'rekening' ? o.kind : null,
    year: typeof o.year === 'number' && Number.isInteger(o.year) ? o.year : null,
    inferred: o.inferred === true,
  };
}
