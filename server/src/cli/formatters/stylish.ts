/** `--format stylish` (default): findings grouped per file, aligned, with a summary line. */
import { styleText } from 'node:util';
import type { Locale, Severity } from '../../service/index.js';
import { count, pick } from '../../service/localize.js';
import { type Formatter, oneBased } from './report.js';
import { visible } from './visible.js';

/** The word for a severity. */
function severityLabel(severity: Severity, locale: Locale): string {
  return severity === 'error' ? pick(locale, 'fout', 'error') : severity === 'warning' ? pick(locale, 'waarschuwing', 'warning') : severity;
}

const COLOR: Record<Severity, 'red' | 'yellow' | 'blue' | 'gray'> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' };

export const formatStylish: Formatter = (reports, { locale, color }) => {
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (color ? styleText(style, text) : text);
  const out: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    out.push(paint('underline', visible(report.path)));
    const rows = report.findings.map((f) => {
      totals[f.severity]++;
      const p = oneBased(f.range);
      return { where: `${p.line}:${p.column}`, severity: f.severity, message: visible(f.message), rule: f.rule };
    });
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const severityWidth = Math.max(...rows.map((r) => severityLabel(r.severity, locale).length));
    for (const r of rows) {
      out.push(
        `  ${paint('dim', r.where.padEnd(whereWidth))}  ${paint(COLOR[r.severity], severityLabel(r.severity, locale).padEnd(severityWidth))}  ${r.message}  ${paint('dim', r.rule)}`,
      );
    }
    out.push('');
  }
  const total = totals.error + totals.warning + totals.info + totals.hint;
  if (total === 0) return '';
  const parts = [
    count(locale, totals.error, ['fout', 'fouten'], ['error', 'errors']),
    count(locale, totals.warning, ['waarschuwing', 'waarschuwingen'], ['warning', 'warnings']),
  ];
  if (totals.info + totals.hint > 0) {
    parts.push(count(locale, totals.info + totals.hint, ['melding', 'meldingen'], ['notice', 'notices']));
  }
  const summary = `${totals.error > 0 ? '✖' : '⚠'} ${count(locale, total, ['probleem', 'problemen'], ['problem', 'problems'])} (${parts.join(', ')})`;
  out.push(paint(totals.error > 0 ? 'red' : 'yellow', summary));
  return out.join('\n') + '\n';
};
