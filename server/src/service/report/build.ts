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
 */
import { type AssessedValue, type Assessment, type AssessmentHeaders, assessTarget } from '../../rules/target-attainment.js';
import { footnoteKey } from '../../rules/footnotes.js';
import type { Finding, Locale, Localized } from '../finding.js';
import { msg } from '../finding.js';
import { cellFor } from '../indicator-match.js';
import type { LintSettings } from '../lint.js';
import type { Beleidsveld, ChapterDocument, ColumnRole, IndicatorRow, IndicatorTable, MainValue, ValueCell } from '../model.js';
import type { Span } from '../positions.js';
import { displayValue, valueKey } from '../value.js';
import { cellText as shownCell } from '../cell-text.js';
import type { Vocabulary } from '../vocabulary.js';
import type { WorkspaceIndex } from '../workspace.js';
import {
  REPORT_STATUSES,
  type ReportBeleidsveld,
  type ReportChart,
  type ReportColumn,
  type ReportDetail,
  type ReportDocument,
  type ReportFinding,
  type ReportFootnote,
  type ReportIndicator,
  type ReportModel,
  type ReportProgramme,
  type ReportStatus,
  type ReportValue,
  type ReportYear,
  type SourceRef,
  type StatusCounts,
} from './model.js';

/** One chapter as the report reads it. */
export interface ReportSource {
  doc: ChapterDocument;
  /** Its findings (own and cross-document), in any language. */
  findings: Finding[];
  vocabulary: Vocabulary;
}

export interface BuildOptions {
  locale: Locale;
  /** How the report names (and links to) a chapter: a relative path, forward slashes. */
  file(uri: string): string;
}

/** The order of the value columns: what was promised, then what happened, then the rest. */
const ROLE_ORDER: ColumnRole[] = ['baseline', 'target', 'budget', 'forecast', 'realised', 'current', 'benchmark'];

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

/** A value cell with the chapter it stands in. */
interface Candidate {
  cell: ValueCell;
  doc: ChapterDocument;
  vocabulary: Vocabulary;
}

/** A verdict on a year decided in the rekening of that year. */
interface Verdict {
  status?: ReportStatus;
  message?: string;
  source: SourceRef;
}

interface IndicatorState {
  indicator: ReportIndicator;
  /** year → role → candidates in reading order. */
  cells: Map<number, Map<ColumnRole, Candidate[]>>;
  words: Map<ColumnRole, string | undefined>;
  verdicts: Map<number, Verdict>;
  vocabulary: Vocabulary;
  footnoteKeys: Set<string>;
  detailKeys: Set<string>;
  /** uri → 0-based lines of this indicator's rows there (for attaching findings). */
  rows: Map<string, Set<number>>;
}

interface BeleidsveldState {
  beleidsveld: ReportBeleidsveld;
  indicators: Map<string, IndicatorState>;
}

interface ProgrammeState {
  programme: ReportProgramme;
  beleidsvelden: Map<string, BeleidsveldState>;
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
          source: this.ref(doc, row.name.span.start),
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
        const detail: ReportDetail = { header: column.header, text, source: this.ref(doc, cell.span.start) };
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
      const footnote: ReportFootnote = { numeral: definition.numeral, text: definition.text, source: this.ref(doc, definition.span.start) };
      indicator.footnotes.push(footnote);
    }

    // The verdict of target-attainment on this row, in the rekening of its year.
    if (doc.kind === 'rekening' && doc.year !== undefined && !state.verdicts.has(doc.year)) {
      const verdict = this.rowVerdict(doc, table, row, doc.year, vocabulary);
      if (verdict) state.verdicts.set(doc.year, verdict);
    }
  }

  /** What target-attainment says of a row of a rekening of `year`, as the rule reads it. */
  private rowVerdict(doc: ChapterDocument, table: IndicatorTable, row: IndicatorRow, year: number, vocabulary: Vocabulary): Verdict | undefined {
    const hasColumn = (role: ColumnRole, y: number) => table.columns.some((c) => c.role === role && c.year === y);
    if (!hasColumn('target', year) || !hasColumn('realised', year)) return undefined;
    const target = cellFor(row, 'target', year);
    const result = cellFor(row, 'realised', year);
    if (!target || !result) return undefined;
    const previousColumn = table.columns.find((c) => c.role === 'realised' && c.year === year - 1);
    const previousHeader = previousColumn ? previousColumn.header : `${vocabulary.columnWord('realised')} ${year - 1}`;
    const previousCell = previousColumn ? cellFor(row, 'realised', year - 1) : undefined;
    const previous: AssessedValue | undefined = previousColumn
      ? { main: previousCell?.value.main ?? { type: 'empty', span: row.span }, header: previousHeader }
      : undefined;
    const headers: AssessmentHeaders = { target: headerOf(target), achieved: headerOf(result) };
    const assessment = assessTarget(target.value.main, result.value.main, previous, previousHeader, doc.text, vocabulary, {}, headers);
    const source = this.ref(doc, result.span.start);
    return this.verdictOf(assessment, target.value.main, result.value.main, previous, doc.text, source, headers);
  }

  /** A verdict from an assessment; undefined when there is no target to attain. */
  private verdictOf(
    assessment: Assessment | undefined,
    target: MainValue,
    achieved: MainValue,
    previous: AssessedValue | undefined,
    text: string,
    source: SourceRef,
    headers: AssessmentHeaders,
  ): Verdict | undefined {
    if (assessment) return { status: assessment.status, message: assessment.message[this.options.locale], source };
    if (target.type === 'empty' || target.type === 'dash') return undefined;
    // The columns by their headers as written, as target-attainment names them.
    const th = headers.target ? { nl: headers.target, en: headers.target } : { nl: 'de streefwaarde', en: 'the target' };
    const ah = headers.achieved ? { nl: headers.achieved, en: headers.achieved } : { nl: 'de realisatie', en: 'the result' };
    // assessTarget gives no verdict on invalid values or a trend word as the result: the lint
    // findings say what is wrong; the report says it cannot be measured.
    const t = displayValue(target, text);
    const a = displayValue(achieved, text) || msg('(leeg)', '(empty)')[this.options.locale];
    const invalid: Localized =
      target.type === 'invalid'
        ? msg(`Doel niet meetbaar: "${t}" is geen geldige streefwaarde.`, `Target not measurable: "${t}" is not a valid target.`)
        : achieved.type === 'invalid' || achieved.type === 'trend'
          ? msg(
              `Doel niet meetbaar: ${th.nl} is ${t}, maar "${a}" is geen geldige meting.`,
              `Target not measurable: ${th.en} is ${t}, but "${a}" is not a valid measurement.`,
            )
          : previous
            ? msg(
                `Doel niet meetbaar: ${th.nl} is ${t}, maar ${previous.header} is geen geldige meting om mee te vergelijken.`,
                `Target not measurable: ${th.en} is ${t}, but ${previous.header} is not a valid measurement to compare with.`,
              )
            : msg(`Doel niet meetbaar: ${th.nl} is ${t}, ${ah.nl} is ${a}.`, `Target not measurable: ${th.en} is ${t}, ${ah.en} is ${a}.`);
    return { status: 'not-measurable', message: invalid[this.options.locale], source };
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
          source: this.refAt(doc.uri, finding.range.start.line, finding.range.start.character),
          related: finding.related.map((r) => ({
            message: r.message,
            source: this.refAt(r.uri, r.range.start.line, r.range.start.character),
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
          this.finishIndicator(state);
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

  private finishIndicator(state: IndicatorState): void {
    const indicator = state.indicator;
    const roles = new Set<ColumnRole>();
    for (const byRole of state.cells.values()) for (const role of byRole.keys()) roles.add(role);
    const ordered = [...roles].sort((a, b) => roleRank(a) - roleRank(b) || compareStrings(a, b));
    indicator.columns = ordered.map((role) => {
      const column: ReportColumn = { role };
      const word = state.words.get(role);
      if (word) column.word = word;
      return column;
    });

    const years = [...state.cells.keys()].sort((a, b) => a - b);
    const chosen = new Map<number, Map<ColumnRole, Candidate>>();
    for (const year of years) {
      const byRole = state.cells.get(year)!;
      const values: Record<ColumnRole, ReportValue> = {};
      const picks = new Map<ColumnRole, Candidate>();
      for (const role of ordered) {
        const candidates = byRole.get(role);
        if (!candidates || candidates.length === 0) continue;
        const sorted = [...candidates].sort((a, b) => priority(a.doc, year) - priority(b.doc, year) || compareStrings(a.doc.uri, b.doc.uri));
        const primary = sorted[0];
        picks.set(role, primary);
        const value = this.value(primary);
        const others: ReportValue[] = [];
        const keys = new Set([valueKey(primary.cell.value.main)]);
        for (const other of sorted.slice(1)) {
          const key = valueKey(other.cell.value.main);
          if (keys.has(key)) continue;
          keys.add(key);
          others.push(this.value(other));
        }
        if (others.length > 0) value.others = others;
        values[role] = value;
      }
      chosen.set(year, picks);
      const row: ReportYear = { year, values };
      const verdict = state.verdicts.get(year) ?? this.fallbackVerdict(year, picks, chosen.get(year - 1), state.vocabulary);
      if (verdict?.status) {
        row.status = verdict.status;
        if (verdict.message) row.message = verdict.message;
        row.statusSource = verdict.source;
      }
      indicator.years.push(row);
    }
    indicator.chart = chartOf(indicator);
  }

  /**
   * The verdict on a year without its rekening: the chosen target against the chosen realised
   * value (and last year's for a trend target), assessed as target-attainment does.
   */
  private fallbackVerdict(
    year: number,
    picks: Map<ColumnRole, Candidate>,
    lastYear: Map<ColumnRole, Candidate> | undefined,
    vocabulary: Vocabulary,
  ): Verdict | undefined {
    const target = picks.get('target');
    if (!target || target.cell.value.main.type === 'empty' || target.cell.value.main.type === 'dash') return undefined;
    const realised = picks.get('realised');
    if (!realised) {
      return {
        status: 'no-data',
        message: msg(`Geen gegevens: er is geen realisatie over ${year}.`, `No data: there is no result for ${year}.`)[this.options.locale],
        source: this.ref(target.doc, target.cell.span.start),
      };
    }
    // The values come from different chapters: assess them in a text of their own.
    const parts: { main: MainValue; doc: ChapterDocument }[] = [
      { main: target.cell.value.main, doc: target.doc },
      { main: realised.cell.value.main, doc: realised.doc },
    ];
    const previousPick = lastYear?.get('realised');
    if (previousPick) parts.push({ main: previousPick.cell.value.main, doc: previousPick.doc });
    let text = '';
    const moved = parts.map(({ main, doc }) => {
      const written = doc.text.slice(main.span.start, main.span.end);
      const span: Span = { start: text.length, end: text.length + written.length };
      text += written + '\n';
      return { ...main, span } as MainValue;
    });
    const previousHeader = previousPick ? headerOf(previousPick.cell) : `${vocabulary.columnWord('realised')} ${year - 1}`;
    const previous: AssessedValue | undefined = previousPick ? { main: moved[2], header: previousHeader } : undefined;
    const headers: AssessmentHeaders = { target: headerOf(target.cell), achieved: headerOf(realised.cell) };
    const assessment = assessTarget(moved[0], moved[1], previous, previousHeader, text, vocabulary, {}, headers);
    return this.verdictOf(assessment, moved[0], moved[1], previous, text, this.ref(realised.doc, realised.cell.span.start), headers);
  }

  private value({ cell, doc, vocabulary }: Candidate): ReportValue {
    const main = cell.value.main;
    const value: ReportValue = {
      text: cellText(cell),
      main: displayValue(main, doc.text),
      header: headerOf(cell),
      source: this.ref(doc, cell.span.start),
    };
    if (main.type === 'quantity') {
      value.number = main.number;
      if (main.unit) value.unit = main.unit;
      if (main.comparator) value.comparator = main.comparator;
    } else if (main.type === 'trend') {
      value.trend = main.canonical;
      const direction = vocabulary.trend(main.canonical)?.direction;
      if (direction) value.direction = direction;
    }
    if (doc.kind) value.kind = doc.kind;
    if (doc.year !== undefined) value.documentYear = doc.year;
    return value;
  }

  private ref(doc: ChapterDocument, offset: number): SourceRef {
    const position = doc.lines.positionAt(offset);
    return this.refAt(doc.uri, position.line, position.character);
  }

  private refAt(uri: string, line: number, character: number): SourceRef {
    return { uri, file: this.options.file(uri), line: line + 1, column: character + 1 };
  }
}

/** The trend chart of an indicator: realised numbers of one unit, and the targets. */
function chartOf(indicator: ReportIndicator): ReportChart {
  const years = indicator.years;
  const realised = years.map((y) => ({ year: y.year, value: y.values['realised'] })).filter((p) => p.value?.number !== undefined && !p.value.comparator);
  // One unit per chart: that of the most recent measurement (percentages for a %-indicator).
  const unit = indicator.percent ? '%' : realised[realised.length - 1]?.value.unit;
  const sameUnit = (u: string | undefined) => unitKey(u) === unitKey(unit);
  const points = realised.filter((p) => sameUnit(p.value.unit)).map((p) => ({ year: p.year, value: p.value.number! }));
  const targets: ReportChart['targets'] = [];
  for (const y of years) {
    const target = y.values['target'];
    if (!target) continue;
    if (target.number !== undefined && sameUnit(target.unit)) {
      targets.push(target.comparator ? { year: y.year, value: target.number, comparator: target.comparator } : { year: y.year, value: target.number });
    } else if (target.direction !== undefined) {
      targets.push({ year: y.year, direction: target.direction });
    }
  }
  const numbers = [...points.map((p) => p.value), ...targets.flatMap((t) => (t.value === undefined ? [] : [t.value]))];
  let min = 0;
  let max = 100;
  if (!(unit === '%' && numbers.every((n) => n >= 0 && n <= 100))) {
    min = Math.min(0, ...numbers);
    max = niceCeiling(Math.max(0, ...numbers));
    if (max <= min) max = min + 1;
  }
  const chart: ReportChart = {
    min,
    max,
    fromYear: years[0]?.year ?? 0,
    toYear: years[years.length - 1]?.year ?? 0,
    points,
    targets,
  };
  if (unit) chart.unit = unit;
  return chart;
}

/** The smallest "round" number (1, 2, 2.5, 5 × 10ⁿ) at or above `n`. */
function niceCeiling(n: number): number {
  if (n <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= n) return step * power;
  return 10 * power;
}

function unitKey(unit: string | undefined): string {
  return (unit ?? '').replace(/\.$/, '').toLocaleLowerCase('nl');
}

/** Reading order of the chapters: most recent year first, a rekening before a begroting. */
function byRecency(a: ReportSource, b: ReportSource): number {
  const ya = a.doc.year ?? -Infinity;
  const yb = b.doc.year ?? -Infinity;
  if (ya !== yb) return yb - ya;
  const ka = a.doc.kind === 'rekening' ? 0 : a.doc.kind === 'begroting' ? 1 : 2;
  const kb = b.doc.kind === 'rekening' ? 0 : b.doc.kind === 'begroting' ? 1 : 2;
  return ka - kb || compareStrings(a.doc.uri, b.doc.uri);
}

/** Which chapter speaks for a value of `year`: lower is first. */
function priority(doc: ChapterDocument, year: number): number {
  const kind = doc.kind === 'rekening' ? 0 : 1;
  if (doc.year === undefined) return 1_000_000 + kind;
  if (doc.year === year) return kind;
  // Later chapters (which may have corrected the value) before earlier ones (which expected it).
  return doc.year > year ? 10 + (doc.year - year) * 2 + kind : 10_000 + (year - doc.year) * 2 + kind;
}

function roleRank(role: ColumnRole): number {
  const i = ROLE_ORDER.indexOf(role);
  return i < 0 ? ROLE_ORDER.length : i;
}

/** The programme of a beleidsveld: the first part of its number, else the front matter's. */
function programmeOf(doc: ChapterDocument, field: Beleidsveld): string | undefined {
  if (field.number) return field.number.split('.')[0];
  const fromHeading = doc.headings.find((h) => h.kind === 'programma' && h.number !== undefined && h.span.start <= field.span.start);
  if (fromHeading?.number) return fromHeading.number;
  const front = doc.frontMatter?.data?.programma;
  return typeof front === 'number' || (typeof front === 'string' && front.trim() !== '') ? String(front).trim() : undefined;
}

function programmeTitle(doc: ChapterDocument, number: string | undefined): string | undefined {
  if (number === undefined) return undefined;
  const heading = doc.headings.find((h) => h.kind === 'programma' && h.number === number);
  return heading?.title ? plainText(heading.title) : undefined;
}

function documentTitle(doc: ChapterDocument): string | undefined {
  const titel = doc.frontMatter?.data?.titel;
  if (typeof titel === 'string' && titel.trim()) return titel.trim();
  const first = doc.headings[0];
  return first ? plainText(first.text) : undefined;
}

/** Inline Markdown emphasis and code marks removed, whitespace collapsed. */
function plainText(text: string): string {
  return text.replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
}

/** A cell as written: `<br>` read as a space, whitespace collapsed. */
function cellText(cell: ValueCell): string {
  return shownCell(cell.raw);
}

function headerOf(cell: ValueCell): string {
  return cell.column?.header ?? '';
}

function anchor(text: string): string {
  return text.replace(/[^0-9A-Za-z]+/g, '-');
}

function emptyCounts(): StatusCounts {
  return Object.fromEntries(REPORT_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** Compares dotted numbers (`4.10` after `4.9`); undefined last. */
function compareNumbers(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return compareStrings(a, b);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
