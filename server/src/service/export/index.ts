/** Exporting a chapter for a publishing platform: standalone HTML and Word. */
export { exportHtml, type ExportHtmlOptions } from './export-html.js';
export { exportDocx } from './export-docx.js';
export { prepareTree, safeUrl } from './prepare.js';
