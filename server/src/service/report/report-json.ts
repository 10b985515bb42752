/** The report as JSON: the model as it is (see `model.ts`), indented, with a final newline. */
import type { ReportModel } from './model.js';

/** Renders the report model as JSON text. */
export function renderReportJson(model: ReportModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
