/** The indicator report: its model, how it is built, and its renderings (HTML, Markdown, JSON). */
export { buildReport, buildWorkspaceReport, type BuildOptions, type ReportSource } from './build.js';
export type * from './model.js';
export { REPORT_STATUSES } from './model.js';
export { escapeHtml, renderReportHtml, type HtmlOptions } from './report-html.js';
export { escapeMarkdown, renderReportMarkdown } from './report-markdown.js';
export { renderReportJson } from './report-json.js';
