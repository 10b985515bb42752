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
import { count } from '../localize.js';
import { beleidsveldLabel, documentLabel, label, programmeLabel, statusLabel } from './labels.js';
import { indicatorHtml } from './indicator-html.js';
import { REPORT_STATUSES, type ReportFinding, type ReportModel, type SourceRef } from './model.js';
import { SCRIPT, STYLE } from './report-html-assets.js';
import { baseName, escapeHtml, sourceLink, statusBadge } from './report-html-parts.js';

export { encodePath, escapeHtml, sourceHref } from './report-html-parts.js';

export interface HtmlOptions {
  /**
   * A nonce for the inline style and script (a VS Code webview); without one the policy names
   * their hashes.
   */
  nonce?: string;
  /** Extra sources the policy allows for styles (a webview's `cspSource`). */
  cspSource?: string;
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

function chaptersLine(model: ReportModel): string {
  const n = model.documents.length;
  const chapters = count(model.locale, n, ['hoofdstuk', 'hoofdstukken'], ['chapter', 'chapters']);
  return `${chapters} · ${count(model.locale, model.programmes.length, ['programma', "programma's"], ['programme', 'programmes'])}`;
}

function hash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
