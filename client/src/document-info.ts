/** Kind and year of a chapter, for the status bar: asked of the server (`programmalint/documentInfo`). */
import type { DocumentInfo } from '../../server/src/protocol.js';


/** Normalises whatever came back: anything malformed becomes "unknown". */
export function asDocumentInfo(value: unknown): DocumentInfo {
  const o = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    kind: o.kind === 'begroting' || o.kind === 'rekening' ? o.kind : null,
    year: typeof o.year === 'number' && Number.isInteger(o.year) ? o.year : null,
    inferred: o.inferred === true,
  };
}
