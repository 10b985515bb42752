/**
 * The report as one self-contained HTML page: inline CSS, an inline script for the filters and
 * the sorting, an inline SVG chart per indicator; nothing is loaded from anywhere, so the file
 * works offline from disk and inside a VS Code webview.
 *
 * Every text from the chapters goes through {@link escapeHtml} (text and attribute values, always
 * quoted with `"`); links are built from paths, each segment percent-encoded, so no chapter text
 * can become markup, an attribute or a URL scheme. The script reads nothing but `data-` attributes,
 * and a content security policy allows only this page's own style and script.
 */
import { createHash } from 'node:crypto';
import { count, type Locale } from '../localize.js';
import {
  beleidsveldLabel,
  columnLabel,
  documentLabel,
  formatNumber,
  label,
  programmeLabel,
  statusLabel,
  statusSymbol,
} from './labels.js';
import {
  REPORT_STATUSES,
  type ReportFinding,
  type ReportIndicator,
  type ReportModel,
  type ReportStatus,
  type ReportValue,
  type ReportYear,
  type SourceRef,
} from './model.js';

export interface HtmlOptions {
  /**
   * A nonce for the inline style and script (a VS Code webview); without one the policy names
   * their hashes.
   */
  nonce?: string;
  /** Extra sources the policy allows for styles (a webview's `cspSource`). */
  cspSource?: string;
}

/** Escapes text for HTML content and for double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A link to a chapter's line: the path with every segment percent-encoded, and `#L<line>`. */
export function sourceHref(source: SourceRef): string {
  return `${encodePath(source.file)}#L${source.line}`;
}

/** A path as a relative URL: each segment encoded, so `:` or `?` in a name stays part of the path. */
export function encodePath(path: string): string {
  const absolute = /^[A-Za-z]:\//.test(path) || path.startsWith('/');
  const encoded = path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return absolute ? `file://${path.startsWith('/') ? '' : '/'}${encoded.replace(/^([A-Za-z])%3A/, '$1:')}` : encoded;
}

/** Renders the report as a complete HTML document. */
export function renderReportHtml(model: ReportModel, options: HtmlOptions = {}): string {
  const locale = model.locale;
  const l = (key: Parameters<typeof label>[0]) => label(key, locale);
  const nonceAttr = options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : '';
  const styleSrc = options.nonce ? `'nonce-${options.nonce}'` : `'${hash(STYLE)}'`;
  const scriptSrc = options.nonce ? `'nonce-${options.nonce}'` : `'${hash(SCRIPT)}'`;
  const csp = [
    "default-src 'none'",
    `style-src ${styleSrc}${options.cspSource ? ` ${options.cspSource}` : ''}`,
    `script-src ${scriptSrc}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="programmalint">`,
    `<title>${escapeHtml(l('title'))}</title>`,
    `<style${nonceAttr}>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header class="top"><h1>${escapeHtml(l('title'))}</h1>`,
    `<p class="meta">${escapeHtml(chaptersLine(model))}</p></header>`,
  );

  // Filters and sorting: plain form controls, read by the inline script.
  const hasIndicators = model.programmes.some((p) => p.beleidsvelden.some((b) => b.indicators.length > 0));
  out.push(`<nav class="controls" aria-label="${escapeHtml(l('filters'))}">`);
  out.push(`<label>${escapeHtml(l('programme'))} <select id="filter-programme"><option value="">${escapeHtml(l('all'))}</option>`);
  for (const p of model.programmes) out.push(`<option value="${escapeHtml(p.id)}">${escapeHtml(programmeLabel(p, locale))}</option>`);
  out.push('</select></label>');
  out.push(`<label>${escapeHtml(l('status'))} <select id="filter-status"><option value="">${escapeHtml(l('all'))}</option>`);
  for (const s of REPORT_STATUSES) out.push(`<option value="${s}">${escapeHtml(statusLabel(s, locale))}</option>`);
  out.push('</select></label>');
  out.push(
    `<label>${escapeHtml(l('sort'))} <select id="sort">`,
    `<option value="order">${escapeHtml(l('sortOrder'))}</option>`,
    `<option value="name">${escapeHtml(l('sortName'))}</option>`,
    `<option value="status">${escapeHtml(l('sortStatus'))}</option>`,
    '</select></label>',
    '</nav>',
  );

  // The summary: statuses per programme, the cross-document findings, the chapters read.
  out.push(`<section id="summary" class="summary"><h2>${escapeHtml(l('summary'))}</h2>`);
  out.push(`<table class="counts"><thead><tr><th scope="col">${escapeHtml(l('programme'))}</th>`);
  for (const s of REPORT_STATUSES) out.push(`<th scope="col" class="num">${statusBadge(s, locale)}</th>`);
  out.push('</tr></thead><tbody>');
  for (const p of model.programmes) {
    out.push(`<tr data-programme="${escapeHtml(p.id)}"><th scope="row"><a href="#${escapeHtml(p.id)}">${escapeHtml(programmeLabel(p, locale))}</a></th>`);
    for (const s of REPORT_STATUSES) out.push(`<td class="num" data-status="${s}">${p.counts[s]}</td>`);
    out.push('</tr>');
  }
  out.push(`</tbody><tfoot><tr><th scope="row">${escapeHtml(l('total'))}</th>`);
  for (const s of REPORT_STATUSES) out.push(`<td class="num" data-status="${s}">${model.counts[s]}</td>`);
  out.push('</tr></tfoot></table>');

  out.push(`<h3>${escapeHtml(l('crossFindings'))}</h3>`);
  if (model.crossFindings.length === 0) out.push(`<p class="none">${escapeHtml(l('noCrossFindings'))}</p>`);
  else out.push(findingList(model.crossFindings, 'cross-findings'));

  out.push(`<details class="chapters"><summary>${escapeHtml(l('chapters'))} (${model.documents.length})</summary>`);
  out.push(
    `<table><thead><tr><th scope="col">${escapeHtml(l('chapter'))}</th><th scope="col">${escapeHtml(l('kind'))}</th>`,
    `<th scope="col" class="num">${escapeHtml(l('errors'))}</th><th scope="col" class="num">${escapeHtml(l('warnings'))}</th></tr></thead><tbody>`,
  );
  for (const d of model.documents) {
    const ref: SourceRef = { uri: d.uri, file: d.file, line: 1, column: 1 };
    out.push(
      `<tr><td>${sourceLink(ref, d.file)}${d.title ? ` <span class="doc-title">${escapeHtml(d.title)}</span>` : ''}</td>`,
      `<td>${escapeHtml(documentLabel(d))}</td><td class="num">${d.errors}</td><td class="num">${d.warnings}</td></tr>`,
    );
  }
  out.push('</tbody></table></details></section>');

  // The indicators.
  out.push('<main id="indicators">');
  if (!hasIndicators) out.push(`<p class="none">${escapeHtml(l('noIndicators'))}</p>`);
  out.push(`<p id="no-match" class="none" hidden>${escapeHtml(l('noMatch'))}</p>`);
  let order = 0;
  for (const p of model.programmes) {
    out.push(`<section class="programme" id="${escapeHtml(p.id)}" data-programme="${escapeHtml(p.id)}">`);
    out.push(`<h2>${escapeHtml(programmeLabel(p, locale))}</h2>`);
    for (const b of p.beleidsvelden) {
      out.push(`<section class="beleidsveld" id="${escapeHtml(`${p.id}-${b.id}`)}"><h3>${escapeHtml(beleidsveldLabel(b, locale))}</h3>`);
      out.push('<div class="indicators">');
      for (const indicator of b.indicators) out.push(indicatorHtml(indicator, ++order, locale));
      out.push('</div></section>');
    }
    out.push('</section>');
  }
  out.push('</main>');
  out.push(`<footer><p>${escapeHtml(l('generatedBy'))}</p></footer>`);
  out.push(`<script${nonceAttr}>${SCRIPT}</script>`, '</body>', '</html>', '');
  return out.join('\n');

  function findingList(findings: ReportFinding[], className: string): string {
    const items = findings.map((f) => {
      const related = f.related
        .map((r) => `<li>${sourceLink(r.source, `${baseName(r.source.file)}:${r.source.line}`)} ${escapeHtml(r.message)}</li>`)
        .join('');
      return (
        `<li class="finding severity-${escapeHtml(f.severity)}" data-rule="${escapeHtml(f.rule)}">` +
        `${sourceLink(f.source, `${baseName(f.source.file)}:${f.source.line}`)} <code>${escapeHtml(f.rule)}</code> ` +
        `<span class="message">${escapeHtml(f.message)}</span>${related ? `<ul class="related">${related}</ul>` : ''}</li>`
      );
    });
    return `<ul class="findings ${className}">${items.join('')}</ul>`;
  }
}

function indicatorHtml(indicator: ReportIndicator, order: number, locale: Locale): string {
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

function statusBadge(status: ReportStatus, locale: Locale): string {
  return `<span class="status status-${status}"><span aria-hidden="true">${statusSymbol(status)}</span> ${escapeHtml(statusLabel(status, locale))}</span>`;
}

/** A link to a chapter's line; in a webview the script opens it in the editor instead. */
function sourceLink(source: SourceRef, text: string, className = 'src', title = `${source.file}:${source.line}`): string {
  return `<a class="${className}" href="${escapeHtml(sourceHref(source))}" ${locationAttrs(source).join(' ')} title="${escapeHtml(title)}">${escapeHtml(text)}</a>`;
}

function locationAttrs(source: SourceRef): string[] {
  return [`data-uri="${escapeHtml(source.uri)}"`, `data-line="${source.line}"`, `data-column="${source.column}"`];
}

/** Sorting by status: a year not met first, then not measurable, no data, met, nothing. */
function rank(statuses: ReportStatus[]): number {
  const order: ReportStatus[] = ['not-met', 'not-measurable', 'no-data', 'met'];
  const found = order.findIndex((s) => statuses.includes(s));
  return found < 0 ? order.length : found;
}

// --- the chart -------------------------------------------------------------------------------

const W = 280;
const H = 140;
const PAD = { left: 44, right: 12, top: 16, bottom: 24 };

/** The trend chart: realised numbers as a line with points, targets as dashes (or arrows for trends). */
function chartSvg(indicator: ReportIndicator, locale: Locale): string {
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

function chaptersLine(model: ReportModel): string {
  const n = model.documents.length;
  const chapters = count(model.locale, n, ['hoofdstuk', 'hoofdstukken'], ['chapter', 'chapters']);
  return `${chapters} · ${count(model.locale, model.programmes.length, ['programma', "programma's"], ['programme', 'programmes'])}`;
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

function hash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

// --- style and script (no chapter text in either) --------------------------------------------

const STYLE = `
:root{color-scheme:light dark;--fg:var(--vscode-foreground,#1f2328);--bg:var(--vscode-editor-background,#fff);--muted:var(--vscode-descriptionForeground,#59636e);--line:var(--vscode-panel-border,#d1d9e0);--head:var(--vscode-editorWidget-background,#f6f8fa);--link:var(--vscode-textLink-foreground,#0969da);--met:#1a7f37;--not-met:#cf222e;--not-measurable:#9a6700;--no-data:#6e7781;--accent:#0969da}
@media (prefers-color-scheme:dark){:root{--fg:var(--vscode-foreground,#e6edf3);--bg:var(--vscode-editor-background,#0d1117);--muted:var(--vscode-descriptionForeground,#9198a1);--line:var(--vscode-panel-border,#3d444d);--head:var(--vscode-editorWidget-background,#151b23);--link:var(--vscode-textLink-foreground,#4493f8);--met:#3fb950;--not-met:#f85149;--not-measurable:#d29922;--no-data:#9198a1;--accent:#4493f8}}
*{box-sizing:border-box}
body{margin:0;padding:1rem 1.5rem 3rem;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
[hidden]{display:none!important}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.3rem;margin:1.6rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}h3{font-size:1.1rem;margin:1.2rem 0 .5rem}h4{font-size:1rem;margin:0 0 .5rem}h5{font-size:.85rem;margin:.6rem 0 .2rem;color:var(--muted)}
a{color:var(--link);text-decoration:none}a:hover{text-decoration:underline}
.meta,.none,.doc-title{color:var(--muted)}
.controls{position:sticky;top:0;z-index:1;display:flex;flex-wrap:wrap;gap:1rem;padding:.5rem 0;background:var(--bg);border-bottom:1px solid var(--line)}
.controls select{font:inherit;margin-left:.3rem}
table{border-collapse:collapse;margin:.3rem 0}th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}thead th{background:var(--head)}
.num{text-align:right}
.status{white-space:nowrap;font-weight:600}.status-met{color:var(--met)}.status-not-met{color:var(--not-met)}.status-not-measurable{color:var(--not-measurable)}.status-no-data{color:var(--no-data)}
.why{display:block;font-size:.8rem;color:var(--muted);max-width:28rem}
.indicator{border:1px solid var(--line);border-radius:6px;padding:.7rem .9rem;margin:.7rem 0}
.indicator .body{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
.name-src,.others,.footnotes .src,.findings .src{font-size:.8rem}.name-src{font-weight:400;margin-left:.3rem}
.others{color:var(--muted)}
tr.year[data-uri]{cursor:pointer}.dimmed{opacity:.45}tr.year:hover{background:var(--head)}
tr.status-not-met th{box-shadow:inset 3px 0 var(--not-met)}tr.status-met th{box-shadow:inset 3px 0 var(--met)}tr.status-not-measurable th{box-shadow:inset 3px 0 var(--not-measurable)}tr.status-no-data th{box-shadow:inset 3px 0 var(--no-data)}
.details{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.5rem 0}.details dt{color:var(--muted)}.details dd{margin:0}
.footnotes ul,.findings{margin:.2rem 0;padding-left:1.2rem}.footnotes li{margin:.15rem 0}.numeral{font-weight:600;margin-right:.3rem}
.finding{margin:.25rem 0}.finding code{font-size:.8rem;padding:0 .25rem;border:1px solid var(--line);border-radius:3px}.severity-error code{color:var(--not-met)}.severity-warning code{color:var(--not-measurable)}
.related{font-size:.85rem;color:var(--muted)}
.chart{flex:none;overflow:visible}.chart .axis{stroke:var(--muted);stroke-width:1}.chart .grid{stroke:var(--line);stroke-width:.5}.chart .tick{fill:var(--muted);font-size:9px}
.chart .line{fill:none;stroke:var(--accent);stroke-width:2}.chart .point{fill:var(--accent);stroke:var(--bg);stroke-width:1}
.chart .target{stroke:var(--not-met);stroke-width:2;stroke-dasharray:3 2}.chart text.target{fill:var(--not-met);stroke:none;font-size:12px;font-weight:700}
p.chart{width:280px;margin:0;font-size:.85rem}
footer{margin-top:2rem;color:var(--muted);font-size:.8rem}
`;

const SCRIPT = `
(function () {
  'use strict';
  var vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  var programme = document.getElementById('filter-programme');
  var status = document.getElementById('filter-status');
  var sort = document.getElementById('sort');
  var saved = vscode ? vscode.getState() : undefined;
  if (saved) {
    programme.value = saved.programme || '';
    status.value = saved.status || '';
    sort.value = saved.sort || 'order';
  }
  function key(article, by) {
    if (by === 'name') return article.getAttribute('data-name');
    if (by === 'status') return Number(article.getAttribute('data-rank'));
    return Number(article.getAttribute('data-order'));
  }
  function compare(a, b, by) {
    var ka = key(a, by), kb = key(b, by);
    if (ka < kb) return -1;
    if (ka > kb) return 1;
    return Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
  }
  function apply() {
    var p = programme.value, s = status.value, by = sort.value, shown = 0;
    Array.prototype.forEach.call(document.querySelectorAll('section.programme'), function (section) {
      var visibleInProgramme = 0;
      var inProgramme = p === '' || section.getAttribute('data-programme') === p;
      Array.prototype.forEach.call(section.querySelectorAll('section.beleidsveld'), function (field) {
        var list = field.querySelector('.indicators');
        var articles = Array.prototype.slice.call(list.children);
        articles.sort(function (a, b) { return compare(a, b, by); });
        articles.forEach(function (article) { list.appendChild(article); });
        var visible = 0;
        articles.forEach(function (article) {
          var statuses = (article.getAttribute('data-statuses') || '').split(' ');
          var show = inProgramme && (s === '' || statuses.indexOf(s) >= 0);
          article.hidden = !show;
          Array.prototype.forEach.call(article.querySelectorAll('tr.year'), function (row) {
            row.classList.toggle('dimmed', s !== '' && row.getAttribute('data-status') !== s);
          });
          if (show) visible++;
        });
        field.hidden = visible === 0;
        visibleInProgramme += visible;
      });
      section.hidden = visibleInProgramme === 0;
      shown += visibleInProgramme;
    });
    Array.prototype.forEach.call(document.querySelectorAll('#summary tr[data-programme]'), function (row) {
      row.classList.toggle('dimmed', p !== '' && row.getAttribute('data-programme') !== p);
    });
    var none = document.getElementById('no-match');
    none.hidden = shown > 0 || document.querySelectorAll('article.indicator').length === 0;
    if (vscode) vscode.setState({ programme: p, status: s, sort: by });
  }
  programme.addEventListener('change', apply);
  status.addEventListener('change', apply);
  sort.addEventListener('change', apply);
  if (vscode) {
    document.addEventListener('click', function (event) {
      var target = event.target && event.target.closest ? event.target.closest('[data-uri]') : null;
      if (!target) return;
      event.preventDefault();
      vscode.postMessage({
        type: 'open',
        uri: target.getAttribute('data-uri'),
        line: Number(target.getAttribute('data-line')),
        column: Number(target.getAttribute('data-column'))
      });
    });
  }
  apply();
})();
`;
