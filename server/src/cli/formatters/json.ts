/** `--format json`: one object per finding, 1-based lines and columns. */
import { type Formatter, oneBased } from './report.js';
import { jsonWithoutControls } from './visible.js';

export const formatJson: Formatter = (reports) =>
  jsonWithoutControls(JSON.stringify(
    reports.flatMap((report) =>
      report.findings.map((f) => ({
        file: report.path,
        ...oneBased(f.range),
        severity: f.severity,
        rule: f.rule,
        message: f.message,
      })),
    ),
    null,
    2,
  )) + '\n';
