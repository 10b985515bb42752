/** The trend chart of an indicator as inline SVG: realised numbers as a line, targets as dashes or arrows. */
import type { Locale } from '../localize.js';
import { formatNumber, label } from './labels.js';
import type { ReportIndicator } from './model.js';
import { escapeHtml } from './report-html-parts.js';

const W = 280;
const H = 140;
const PAD = { left: 44, right: 12, top: 16, bottom: 24 };

/** The trend chart: realised numbers as a line with points, targets as dashes (or arrows for trends). */
export function chartSvg(indicator: ReportIndicator, locale: Locale): string {
  const chart = indicator.chart;
  const numericTargets = chart.targets.filter((t) => t.value !== undefined);
  if (chart.points.length === 0 && numericTargets.length === 0) {
    return `<p class="chart none">${escapeHtml(label('noChart', locale))}</p>`;
  }
  const unit = chart.unit ?? '';
  const show = (v: number) => `${formatNumber(v, locale)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`;
  const x = (year: number) =>
    chart.toYear === chart.fromYear
      ? PAD.left + (W - PAD.left - PAD.right) / 2
      : PAD.left + ((year - chart.fromYear) / (chart.toYear - chart.fromYear)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + ((chart.max - v) / (chart.max - chart.min)) * (H - PAD.top - PAD.bottom);
  const r = (n: number) => Math.round(n * 10) / 10;
  const description =
    `${label('chart', locale)}: ` +
    [
      chart.points.map((p) => `${p.year} ${show(p.value)}`).join(', '),
      chart.targets.length > 0
        ? `${label('targetMarks', locale)} ` +
          chart.targets.map((t) => `${t.year} ${t.value !== undefined ? `${t.comparator ?? ''}${show(t.value)}` : arrow(t.direction)}`).join(', ')
        : '',
    ]
      .filter((s) => s !== '')
      .join('; ');

  const out: string[] = [];
  out.push(
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img"` +
      ` aria-label="${escapeHtml(description)}" data-min="${chart.min}" data-max="${chart.max}"${chart.unit ? ` data-unit="${escapeHtml(chart.unit)}"` : ''}>`,
    `<title>${escapeHtml(description)}</title>`,
  );
  // Axes with the extremes of the value axis and every year.
  const bottom = H - PAD.bottom;
  out.push(`<line class="axis" x1="${PAD.left}" y1="${bottom}" x2="${W - PAD.right}" y2="${bottom}"/>`);
  out.push(`<line class="axis" x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${bottom}"/>`);
  const mid = (chart.min + chart.max) / 2;
  for (const v of [chart.min, mid, chart.max]) {
    out.push(`<line class="grid" x1="${PAD.left}" y1="${r(y(v))}" x2="${W - PAD.right}" y2="${r(y(v))}"/>`);
    out.push(`<text class="tick" x="${PAD.left - 4}" y="${r(y(v) + 3)}" text-anchor="end">${escapeHtml(show(v))}</text>`);
  }
  const span = chart.toYear - chart.fromYear;
  const every = span > 8 ? Math.ceil(span / 8) : 1;
  for (let year = chart.fromYear; year <= chart.toYear; year += every) {
    out.push(`<text class="tick" x="${r(x(year))}" y="${H - 8}" text-anchor="middle">${year}</text>`);
  }
  // Targets: a dashed mark at the value, or an arrow at the top for a trend word.
  for (const t of chart.targets) {
    if (t.value !== undefined) {
      const ty = r(y(Math.min(chart.max, Math.max(chart.min, t.value))));
      out.push(
        `<line class="target" x1="${r(x(t.year) - 9)}" y1="${ty}" x2="${r(x(t.year) + 9)}" y2="${ty}" data-year="${t.year}" data-value="${t.value}"` +
          `${t.comparator ? ` data-comparator="${escapeHtml(t.comparator)}"` : ''}><title>${escapeHtml(`${label('targetMarks', locale)} ${t.year}: ${t.comparator ? `${t.comparator} ` : ''}${show(t.value)}`)}</title></line>`,
      );
    } else if (t.direction) {
      out.push(
        `<text class="target trend" x="${r(x(t.year))}" y="${PAD.top - 4}" text-anchor="middle" data-year="${t.year}" data-direction="${t.direction}">` +
          `${arrow(t.direction)}<title>${escapeHtml(`${label('targetMarks', locale)} ${t.year}`)}</title></text>`,
      );
    }
  }
  // The realised values.
  if (chart.points.length > 1) {
    out.push(`<polyline class="line" points="${chart.points.map((p) => `${r(x(p.year))},${r(y(p.value))}`).join(' ')}"/>`);
  }
  for (const p of chart.points) {
    out.push(
      `<circle class="point" cx="${r(x(p.year))}" cy="${r(y(p.value))}" r="3.5" data-year="${p.year}" data-value="${p.value}">` +
        `<title>${escapeHtml(`${p.year}: ${show(p.value)}`)}</title></circle>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}

function arrow(direction: 'up' | 'down' | 'same' | undefined): string {
  return direction === 'up' ? '↑' : direction === 'down' ? '↓' : '→';
}
