/**
 * Builds the indicator report from parsed chapters and their findings.
 *
 * Indicators are matched across chapters by their key (as the cross-document rules match them),
 * within the beleidsveld of the same number. A value of year Y in role R may stand in several
 * chapters (`Behaald 2017` in the rekening 2017 and again in the rekening 2018): the chapter
 * about year Y speaks first (a rekening before a begroting), then the nearest later chapter,
 * then the nearest earlier one; chapters that say something else are kept as `others`.
 *
 * A year's status is target-attainment's verdict (`assessTarget`) on the rekening of that year,
 * with the same cells the rule reads. Without that rekening the best values of the other
 * chapters are assessed the same way; without a realised value the status is `no-data`.
 *
 * The steps live in their own modules: `build-state.ts` (what is collected), `verdict.ts`,
 * `finish-indicator.ts`, `chart.ts`, `order.ts` and `chapter-text.ts`.
 */
import { footnoteKey } from '../../rules/footnotes.js';
import type { Beleidsveld, ChapterDocument, IndicatorRow, IndicatorTable } from '../model.js';
import type { LintSettings } from '../lint.js';
import type { Vocabulary } from '../vocabulary.js';
import type { WorkspaceIndex } from '../workspace.js';
import {
  type BeleidsveldState,
  type BuildOptions,
  type IndicatorState,
  type ProgrammeState,
  type ReportSource,
  sourceRef,
  sourceRefAt,
} from './build-state.js';
import { anchor, cellText, documentTitle, plainText, programmeOf, programmeTitle } from './chapter-text.js';
import { finishIndicator } from './finish-indicator.js';
import {
  REPORT_STATUSES,
  type ReportBeleidsveld,
  type ReportDetail,
  type ReportDocument,
  type ReportFinding,
  type ReportFootnote,
  type ReportModel,
  type ReportProgramme,
  type StatusCounts,
} from './model.js';
import { byRecency, compareNumbers, compareStrings } from './order.js';
import { rowVerdict } from './verdict.js';

export type { BuildOptions, ReportSource } from './build-state.js';

/** Builds the report of a set of chapters. Never throws on any chapter. */
export function buildReport(sources: ReportSource[], options: BuildOptions): ReportModel {
  const builder = new Builder(options);
  // The most recent chapter first: it names the indicators and sets their order.
  for (const source of [...sources].sort(byRecency)) builder.read(source);
  return builder.finish(sources);
}

/**
 * The report of the chapters `uris` of a workspace index, linted with the index (so the
 * cross-document findings are there).
 */
export function buildWorkspaceReport(
  index: WorkspaceIndex,
  uris: readonly string[],
  settingsFor: (uri: string) => LintSettings,
  options: BuildOptions,
): ReportModel {
  const sources: ReportSource[] = [];
  for (const uri of uris) {
    const doc = index.get(uri);
    if (!doc) continue;
    sources.push({ doc, findings: index.lint(uri), vocabulary: settingsFor(uri).vocabulary });
  }
  return buildReport(sources, options);
}

class Builder {
  private readonly programmes = new Map<string, ProgrammeState>();
  private indicatorCount = 0;

  constructor(private readonly options: BuildOptions) {}

  read(source: ReportSource): void {
    const { doc, vocabulary } = source;
    for (const field of doc.beleidsvelden) {
      if (field.tables.length === 0) continue;
      const programmeNumber = programmeOf(doc, field);
      const programme = this.programme(programmeNumber, programmeTitle(doc, programmeNumber));
      const fieldKey = field.number ?? '';
      let state = programme.beleidsvelden.get(fieldKey);
      const title = field.heading?.title ? plainText(field.heading.title) : undefined;
      if (!state) {
        const beleidsveld = { id: `b${anchor(field.number ?? '')}` } as ReportBeleidsveld;
        if (field.number !== undefined) beleidsveld.number = field.number;
        if (title) beleidsveld.title = title;
        beleidsveld.indicators = [];
        state = { beleidsveld, indicators: new Map() };
        programme.beleidsvelden.set(fieldKey, state);
      } else if (state.beleidsveld.title === undefined && title) {
        state.beleidsveld.title = title;
      }
      const seen = new Set<string>();
      for (const table of field.tables) {
        for (const row of table.rows) {
          if (row.group || row.name.key === '' || seen.has(row.name.key)) continue;
          seen.add(row.name.key);
          this.readRow(state, doc, field, table, row, vocabulary);
        }
      }
    }
  }

  private programme(number: string | undefined, title: string | undefined): ProgrammeState {
    const key = number ?? '';
    let state = this.programmes.get(key);
    if (!state) {
      const programme = { id: `p${number === undefined ? '-' : anchor(number)}` } as ReportProgramme;
      if (number !== undefined) programme.number = number;
      if (title) programme.title = title;
      programme.counts = emptyCounts();
      programme.beleidsvelden = [];
      state = { programme, beleidsvelden: new Map() };
      this.programmes.set(key, state);
    } else if (state.programme.title === undefined && title) {
      state.programme.title = title;
    }
    return state;
  }

  private readRow(
    field: BeleidsveldState,
    doc: ChapterDocument,
    scope: Beleidsveld,
    table: IndicatorTable,
    row: IndicatorRow,
    vocabulary: Vocabulary,
  ): void {
    let state = field.indicators.get(row.name.key);
    if (!state) {
      state = {
        indicator: {
          id: `i${++this.indicatorCount}`,
          name: row.name.plain,
          key: row.name.key,
          percent: false,
          source: sourceRef(this.options, doc, row.name.span.start),
          columns: [],
          years: [],
          details: [],
          footnotes: [],
          findings: [],
          chart: { min: 0, max: 0, fromYear: 0, toYear: 0, points: [], targets: [] },
        },
        cells: new Map(),
        words: new Map(),
        verdicts: new Map(),
        vocabulary,
        footnoteKeys: new Set(),
        detailKeys: new Set(),
        rows: new Map(),
      };
      field.indicators.set(row.name.key, state);
      field.beleidsveld.indicators.push(state.indicator);
    }
    const indicator = state.indicator;
    if (vocabulary.isPercentIndicator(row.name.plain)) indicator.percent = true;
    let lines = state.rows.get(doc.uri);
    if (!lines) state.rows.set(doc.uri, (lines = new Set()));
    lines.add(doc.lines.positionAt(row.span.start).line);

    for (const cell of row.cells) {
      const column = cell.column;
      if (!column) continue;
      const text = cellText(cell);
      if (column.descriptive || vocabulary.isDescriptive(column.role) || column.year === undefined || !column.role) {
        // Bron, Eenheid, a Nulmeting without a year: shown once per indicator, as written.
        if (text === '' || (column.role === undefined && column.year !== undefined)) continue;
        const key = `${column.role ?? ''}|${column.header}|${text}`;
        if (state.detailKeys.has(key)) continue;
        state.detailKeys.add(key);
        const detail: ReportDetail = { header: column.header, text, source: sourceRef(this.options, doc, cell.span.start) };
        if (column.role) detail.role = column.role;
        indicator.details.push(detail);
        continue;
      }
      if (!state.words.has(column.role) || state.words.get(column.role) === undefined) state.words.set(column.role, column.word);
      let byRole = state.cells.get(column.year);
      if (!byRole) state.cells.set(column.year, (byRole = new Map()));
      let list = byRole.get(column.role);
      if (!list) byRole.set(column.role, (list = []));
      list.push({ cell, doc, vocabulary });
    }

    // Footnotes of the name and the cells, with their texts from the same beleidsveld.
    const markers = [...row.name.markers, ...row.cells.flatMap((c) => c.value.markers)];
    for (const marker of markers) {
      const definition = scope.definitions.find((d) => footnoteKey(d) === footnoteKey(marker));
      if (!definition) continue;
      const key = `${doc.uri}|${footnoteKey(definition)}`;
      if (state.footnoteKeys.has(key)) continue;
      state.footnoteKeys.add(key);
      const footnote: ReportFootnote = { numeral: definition.numeral, text: definition.text, source: sourceRef(this.options, doc, definition.span.start) };
      indicator.footnotes.push(footnote);
    }

    // The verdict of target-attainment on this row, in the rekening of its year.
    if (doc.kind === 'rekening' && doc.year !== undefined && !state.verdicts.has(doc.year)) {
      const verdict = rowVerdict(this.options, doc, table, row, doc.year, vocabulary);
      if (verdict) state.verdicts.set(doc.year, verdict);
    }
  }

  finish(sources: ReportSource[]): ReportModel {
    const locale = this.options.locale;
    const programmes = [...this.programmes.values()].sort((a, b) => compareNumbers(a.programme.number, b.programme.number));
    const total = emptyCounts();
    // Cross-document findings, attached to the indicator whose row they stand on.
    const crossFindings: ReportFinding[] = [];
    const byRow = new Map<string, IndicatorState>();
    for (const p of programmes) {
      for (const b of p.beleidsvelden.values()) {
        for (const state of b.indicators.values()) {
          for (const [uri, lines] of state.rows) for (const line of lines) if (!byRow.has(`${uri}|${line}`)) byRow.set(`${uri}|${line}`, state);
        }
      }
    }
    for (const { doc, findings } of [...sources].sort((a, b) => compareStrings(this.options.file(a.doc.uri), this.options.file(b.doc.uri)))) {
      for (const finding of findings) {
        if (!finding.rule.startsWith('cross-')) continue;
        const reported: ReportFinding = {
          rule: finding.rule,
          severity: finding.severity,
          message: finding.message,
          source: sourceRefAt(this.options, doc.uri, finding.range.start.line, finding.range.start.character),
          related: finding.related.map((r) => ({
            message: r.message,
            source: sourceRefAt(this.options, r.uri, r.range.start.line, r.range.start.character),
          })),
        };
        crossFindings.push(reported);
        byRow.get(`${doc.uri}|${finding.range.start.line}`)?.indicator.findings.push(reported);
      }
    }

    for (const p of programmes) {
      const fields = [...p.beleidsvelden.values()].sort((a, b) => compareNumbers(a.beleidsveld.number, b.beleidsveld.number));
      p.programme.beleidsvelden = fields.map((f) => f.beleidsveld);
      for (const field of fields) {
        for (const state of field.indicators.values()) {
          finishIndicator(this.options, state);
          for (const year of state.indicator.years) {
            if (!year.status) continue;
            p.programme.counts[year.status]++;
            total[year.status]++;
          }
        }
      }
    }

    const documents: ReportDocument[] = sources
      .filter((s) => s.doc.tables.length > 0)
      .map(({ doc, findings }) => {
        const d: ReportDocument = {
          uri: doc.uri,
          file: this.options.file(doc.uri),
          errors: findings.filter((f) => f.severity === 'error').length,
          warnings: findings.filter((f) => f.severity === 'warning').length,
        };
        if (doc.kind) d.kind = doc.kind;
        if (doc.year !== undefined) d.year = doc.year;
        const title = documentTitle(doc);
        if (title) d.title = title;
        return d;
      })
      .sort((a, b) => compareStrings(a.file, b.file));

    return { locale, documents, counts: total, programmes: programmes.map((p) => p.programme), crossFindings };
  }
}

function emptyCounts(): StatusCounts {
  return Object.fromEntries(REPORT_STATUSES.map((s) => [s, 0])) as StatusCounts;
}
