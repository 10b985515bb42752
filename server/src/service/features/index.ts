/** The editor features of the language service: protocol-free, LSP-shaped answers. */
export type { FeatureContext } from './context.js';
export { getCompletions } from './completion/index.js';
export { getHover } from './hover.js';
export { getDefinition } from './definition.js';
export { getReferences } from './references.js';
export { prepareRename, getRenameEdits } from './rename.js';
export { getDocumentSymbols } from './document-symbols.js';
export { getFoldingRanges } from './folding-ranges.js';
export { getCodeActions, FIX_ALL_KIND, type DiagnosticLike } from './code-actions.js';
export { renumberFootnotesEdit } from './renumber-footnotes.js';
export { scaffoldRekeningTable } from './scaffold-rekening-table.js';
export { sectionTitle } from './section-title.js';
