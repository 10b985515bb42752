/**
 * The report as GitHub-flavoured Markdown, short enough for a CI job summary
 * (`$GITHUB_STEP_SUMMARY`): the summary per programme, the cross-document findings, then one
 * table per indicator. Chapter text is escaped so it stays text: no HTML, no links, no emphasis,
 * no table cells of its own.
 */
import { count } from '../localize.js';
import {
  beleidsveldLabel,
  columnLabel,
  documentLabel,
  label,
  programmeLabel,
  statusLabel,
  statusSymbol,
} from './labels.js';
import { REPORT_STATUSES, type ReportFinding, type ReportIndicator, type ReportModel, type ReportValue, type SourceRef } from './model.js';
import { encodePath } from './report-html.js';

/** Escapes text for Markdown (inline and in table cells): punctuation backslashed, HTML as entities. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Renders the report as Markdown. */
export function renderReportMarkdown(model: ReportModel): string {
  const locale = model.locale;
  const l = (key: Parameters<typeof label>[0]) => label(key, locale);
  const out: string[] = [];
  out.push(`# ${l('title')}`, '');
  const n = model.documents.length;
  out.push(
    `${count(locale, n, ['hoofdstuk', 'hoofdstukken'], ['chapter', 'chapters'])}.`,
    '',
    `## ${l('summary')}`,
    '',
  );
  out.push(row([l('programme'), ...REPORT_STATUSES.map((s) => `${statusSymbol(s)} ${statusLabel(s, locale)}`)].map(escapeMarkdown)));
  out.push(row(['---', ...REPORT_STATUSES.map(() => '---:')]));
  for (const p of model.programmes) out.push(row([escapeMarkdown(programmeLabel(p, locale)), ...REPORT_STATUSES.map((s) => String(p.counts[s]))]));
  out.push(row([`**${escapeMarkdown(l('total'))}**`, ...REPORT_STATUSES.map((s) => `**${model.counts[s]}**`)]), '');

  out.push(`### ${l('crossFindings')}`, '');
  if (model.crossFindings.length === 0) out.push(escapeMarkdown(l('noCrossFindings')), '');
  else {
    for (const f of model.crossFindings) out.push(findingLine(f));
    out.push('');
  }

  out.push(`### ${l('chapters')}`, '');
  out.push(row([l('chapter'), l('kind'), l('errors'), l('warnings')].map(escapeMarkdown)), row(['---', '---', '---:', '---:']));
  for (const d of model.documents) {
    out.push(row([link({ uri: d.uri, file: d.file, line: 1, column: 1 }, d.file), escapeMarkdown(documentLabel(d)), String(d.errors), String(d.warnings)]));
  }
  out.push('');

  if (!model.programmes.some((p) => p.beleidsvelden.length > 0)) out.push(escapeMarkdown(l('noIndicators')), '');
  for (const p of model.programmes) {
    out.push(`## ${escapeMarkdown(programmeLabel(p, locale))}`, '');
    for (const b of p.beleidsvelden) {
      out.push(`### ${escapeMarkdown(beleidsveldLabel(b, locale))}`, '');
      for (const indicator of b.indicators) out.push(...indicatorLines(indicator));
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n');

  function indicatorLines(indicator: ReportIndicator): string[] {
    const lines: string[] = [`#### ${escapeMarkdown(indicator.name)}`, ''];
    const header = [l('year'), ...indicator.columns.map((c) => columnLabel(c, locale)), l('status'), l('source')].map(escapeMarkdown);
    lines.push(row(header), row(header.map(() => '---')));
    for (const year of indicator.years) {
      const cells = [String(year.year)];
      for (const column of indicator.columns) {
        const value = year.values[column.role];
        cells.push(value ? valueText(value) : '');
      }
      cells.push(year.status ? escapeMarkdown(`${statusSymbol(year.status)} ${statusLabel(year.status, locale)}`) : '');
      const source = year.statusSource ?? year.values['realised']?.source ?? Object.values(year.values)[0]?.source;
      cells.push(source ? link(source, `${baseName(source.file)}:${source.line}`) : '');
      lines.push(row(cells));
    }
    lines.push('');
    const details = indicator.details.map((d) => `${escapeMarkdown(d.header)}: ${escapeMarkdown(d.text)}`);
    if (details.length > 0) lines.push(details.join(' · '), '');
    if (indicator.footnotes.length > 0) {
      lines.push(`${escapeMarkdown(l('footnotes'))}:`, '');
      for (const f of indicator.footnotes) {
        lines.push(`- **${escapeMarkdown(f.numeral)}** ${escapeMarkdown(f.text)} (${link(f.source, `${baseName(f.source.file)}:${f.source.line}`)})`);
      }
      lines.push('');
    }
    return lines;
  }

  function valueText(value: ReportValue): string {
    let text = escapeMarkdown(value.text);
    if (value.others && value.others.length > 0) {
      text += ` (${escapeMarkdown(l('elsewhere'))}: ${value.others.map((o) => `${escapeMarkdown(o.text)} ${link(o.source, baseName(o.source.file))}`).join(', ')})`;
    }
    return text;
  }

  function findingLine(f: ReportFinding): string {
    const related = f.related.map((r) => link(r.source, `${baseName(r.source.file)}:${r.source.line}`)).join(', ');
    return `- ${link(f.source, `${baseName(f.source.file)}:${f.source.line}`)} \`${f.rule}\` ${escapeMarkdown(f.message)}${related ? ` (${related})` : ''}`;
  }
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A link to a chapter line: the label escaped, the target percent-encoded. */
function link(source: SourceRef, text: string): string {
  return `[${escapeMarkdown(text)}](${encodePath(source.file)}#L${source.line})`;
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
