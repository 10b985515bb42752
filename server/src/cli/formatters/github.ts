/** `--format github`: GitHub Actions workflow commands, shown as annotations on the pull request. */
import type { Severity } from '../../service/index.js';
import { type Formatter, oneBased } from './report.js';
import { visible } from './visible.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escapes a workflow command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const formatGithub: Formatter = (reports) =>
  reports
    .flatMap((report) =>
      report.findings.map((f) => {
        const p = oneBased(f.range);
        const props = [
          `file=${escapeProperty(visible(report.path))}`,
          `line=${p.line}`,
          `col=${p.column}`,
          `endLine=${p.endLine}`,
          `endColumn=${p.endColumn}`,
          `title=${escapeProperty(`programmalint(${f.rule})`)}`,
        ].join(',');
        return `::${COMMAND[f.severity]} ${props}::${escapeData(visible(f.message, { keepLineBreaks: true }))}\n`;
      }),
    )
    .join('');
