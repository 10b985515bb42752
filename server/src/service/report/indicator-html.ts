/** The HTML of one indicator: its chart, its table of years, details, footnotes and findings. */
import type { Locale } from '../localize.js';
import { chartSvg } from './chart-svg.js';
import { columnLabel, label } from './labels.js';
import type { ReportIndicator, ReportStatus, ReportValue, ReportYear, SourceRef } from './model.js';
import { baseName, escapeHtml, locationAttrs, sourceLink, statusBadge } from './report-html-parts.js';

/** The article of one indicator; `order` is its place in the chapters, for sorting back. */
export function indicatorHtml(indicator: ReportIndicator, order: number, locale: Locale): string {
  const statuses = [...new Set(indicator.years.flatMap((y) => (y.status ? [y.status] : [])))];
  const out: string[] = [];
  out.push(
    `<article class="indicator" id="${escapeHtml(indicator.id)}" data-order="${order}" data-name="${escapeHtml(indicator.name.toLocaleLowerCase('nl'))}"` +
      ` data-statuses="${statuses.join(' ')}" data-rank="${rank(statuses)}">`,
    `<h4><span class="name">${escapeHtml(indicator.name)}</span> ${sourceLink(indicator.source, `${baseName(indicator.source.file)}:${indicator.source.line}`, 'name-src')}</h4>`,
    '<div class="body">',
    chartSvg(indicator, locale),
  );

  out.push('<table class="years"><thead><tr>', `<th scope="col">${escapeHtml(label('year', locale))}</th>`);
  for (const column of indicator.columns) out.push(`<th scope="col" data-role="${escapeHtml(column.role)}">${escapeHtml(columnLabel(column, locale))}</th>`);
  out.push(`<th scope="col">${escapeHtml(label('status', locale))}</th><th scope="col">${escapeHtml(label('source', locale))}</th>`, '</tr></thead><tbody>');
  for (const year of indicator.years) out.push(yearRow(indicator, year, locale));
  out.push('</tbody></table></div>');

  if (indicator.details.length > 0) {
    out.push('<dl class="details">');
    for (const d of indicator.details) out.push(`<dt>${escapeHtml(d.header)}</dt><dd>${sourceLink(d.source, d.text)}</dd>`);
    out.push('</dl>');
  }
  if (indicator.footnotes.length > 0) {
    out.push(`<div class="footnotes"><h5>${escapeHtml(label('footnotes', locale))}</h5><ul>`);
    for (const f of indicator.footnotes) {
      out.push(
        `<li><span class="numeral">${escapeHtml(f.numeral)}</span> <span class="text">${escapeHtml(f.text)}</span> ` +
          `${sourceLink(f.source, `${baseName(f.source.file)}:${f.source.line}`)}</li>`,
      );
    }
    out.push('</ul></div>');
  }
  if (indicator.findings.length > 0) {
    out.push(`<div class="indicator-findings"><h5>${escapeHtml(label('findings', locale))}</h5><ul class="findings">`);
    for (const f of indicator.findings) {
      out.push(
        `<li class="finding severity-${escapeHtml(f.severity)}" data-rule="${escapeHtml(f.rule)}">` +
          `${sourceLink(f.source, `${baseName(f.source.file)}:${f.source.line}`)} <code>${escapeHtml(f.rule)}</code> <span class="message">${escapeHtml(f.message)}</span></li>`,
      );
    }
    out.push('</ul></div>');
  }
  out.push('</article>');
  return out.join('\n');
}

function yearRow(indicator: ReportIndicator, year: ReportYear, locale: Locale): string {
  const main = rowSource(indicator, year);
  const attrs = [`data-year="${year.year}"`];
  if (year.status) attrs.push(`data-status="${year.status}"`);
  if (main) attrs.push(...locationAttrs(main));
  const cells: string[] = [`<th scope="row">${year.year}</th>`];
  for (const column of indicator.columns) {
    const value = year.values[column.role];
    cells.push(`<td data-role="${escapeHtml(column.role)}">${value ? valueHtml(value, locale) : ''}</td>`);
  }
  cells.push(
    year.status
      ? `<td class="status-cell">${statusBadge(year.status, locale)}${year.message ? ` <span class="why">${escapeHtml(year.message)}</span>` : ''}</td>`
      : '<td class="status-cell"></td>',
  );
  cells.push(`<td>${main ? sourceLink(main, `${baseName(main.file)}:${main.line}`) : ''}</td>`);
  return `<tr class="year${year.status ? ` status-${year.status}` : ''}" ${attrs.join(' ')}>${cells.join('')}</tr>`;
}

/** The line a year row opens: where its status was decided, else its realised value, else any value. */
function rowSource(indicator: ReportIndicator, year: ReportYear): SourceRef | undefined {
  if (year.statusSource) return year.statusSource;
  if (year.values['realised']) return year.values['realised'].source;
  for (const column of indicator.columns) if (year.values[column.role]) return year.values[column.role].source;
  return undefined;
}

function valueHtml(value: ReportValue, locale: Locale): string {
  const where = `${value.header} · ${baseName(value.source.file)}:${value.source.line}`;
  let html = sourceLink(value.source, value.text === '' ? '∅' : value.text, 'value', where);
  if (value.others && value.others.length > 0) {
    const others = value.others
      .map((o) => sourceLink(o.source, o.text === '' ? '∅' : o.text, 'other', `${o.header} · ${baseName(o.source.file)}:${o.source.line}`))
      .join(', ');
    html += ` <span class="others">(${escapeHtml(label('elsewhere', locale))}: ${others})</span>`;
  }
  return html;
}

/** Sorting by status: a year not met first, then not measurable, no data, met, nothing. */
function rank(statuses: ReportStatus[]): number {
  const order: ReportStatus[] = ['not-met', 'not-measurable', 'no-data', 'met'];
  const found = order.findIndex((s) => statuses.includes(s));
  return found < 0 ? order.length : found;
}
