/**
 * The verdict on a year of an indicator: target-attainment's assessment of the rekening of that
 * year, or, without that rekening, of the values the report chose from the other chapters.
 */
import { type AssessedValue, type Assessment, type AssessmentHeaders, assessTarget } from '../../rules/target-attainment.js';
import { type Localized, msg } from '../finding.js';
import { cellFor } from '../indicator-match.js';
import type { ChapterDocument, ColumnRole, IndicatorRow, IndicatorTable, MainValue } from '../model.js';
import type { Span } from '../positions.js';
import { displayValue } from '../value.js';
import type { Vocabulary } from '../vocabulary.js';
import { type BuildOptions, type Candidate, sourceRef, type Verdict } from './build-state.js';
import { headerOf } from './chapter-text.js';
import type { SourceRef } from './model.js';

/** What target-attainment says of a row of a rekening of `year`, as the rule reads it. */
export function rowVerdict(options: BuildOptions, doc: ChapterDocument, table: IndicatorTable, row: IndicatorRow, year: number, vocabulary: Vocabulary): Verdict | undefined {
  const hasColumn = (role: ColumnRole, y: number) => table.columns.some((c) => c.role === role && c.year === y);
  if (!hasColumn('target', year) || !hasColumn('realised', year)) return undefined;
  const target = cellFor(row, 'target', year);
  const result = cellFor(row, 'realised', year);
  if (!target || !result) return undefined;
  const previousColumn = table.columns.find((c) => c.role === 'realised' && c.year === year - 1);
  const previousHeader = previousColumn ? previousColumn.header : vocabulary.columnName('realised', year - 1);
  const previousCell = previousColumn ? cellFor(row, 'realised', year - 1) : undefined;
  const previous: AssessedValue | undefined = previousColumn
    ? { main: previousCell?.value.main ?? { type: 'empty', span: row.span }, header: previousHeader }
    : undefined;
  const headers: AssessmentHeaders = { target: headerOf(target), achieved: headerOf(result) };
  const assessment = assessTarget(target.value.main, result.value.main, previous, previousHeader, doc.text, vocabulary, {}, headers);
  const source = sourceRef(options, doc, result.span.start);
  return verdictOf(options, assessment, target.value.main, result.value.main, previous, doc.text, source, headers);
}

/** A verdict from an assessment; undefined when there is no target to attain. */
function verdictOf(
  options: BuildOptions,
  assessment: Assessment | undefined,
  target: MainValue,
  achieved: MainValue,
  previous: AssessedValue | undefined,
  text: string,
  source: SourceRef,
  headers: AssessmentHeaders,
): Verdict | undefined {
  if (assessment) return { status: assessment.status, message: assessment.message[options.locale], source };
  if (target.type === 'empty' || target.type === 'dash') return undefined;
  // The columns by their headers as written, as target-attainment names them.
  const th = headers.target ? { nl: headers.target, en: headers.target } : { nl: 'de streefwaarde', en: 'the target' };
  const ah = headers.achieved ? { nl: headers.achieved, en: headers.achieved } : { nl: 'de realisatie', en: 'the result' };
  // assessTarget gives no verdict on invalid values or a trend word as the result: the lint
  // findings say what is wrong; the report says it cannot be measured.
  const t = displayValue(target, text);
  const a = displayValue(achieved, text) || msg('(leeg)', '(empty)')[options.locale];
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
  return { status: 'not-measurable', message: invalid[options.locale], source };
}

/**
 * The verdict on a year without its rekening: the chosen target against the chosen realised
 * value (and last year's for a trend target), assessed as target-attainment does.
 */
export function fallbackVerdict(
  options: BuildOptions,
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
      message: msg(`Geen gegevens: er is geen realisatie over ${year}.`, `No data: there is no result for ${year}.`)[options.locale],
      source: sourceRef(options, target.doc, target.cell.span.start),
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
  const previousHeader = previousPick ? headerOf(previousPick.cell) : vocabulary.columnName('realised', year - 1);
  const previous: AssessedValue | undefined = previousPick ? { main: moved[2], header: previousHeader } : undefined;
  const headers: AssessmentHeaders = { target: headerOf(target.cell), achieved: headerOf(realised.cell) };
  const assessment = assessTarget(moved[0], moved[1], previous, previousHeader, text, vocabulary, {}, headers);
  return verdictOf(options, assessment, moved[0], moved[1], previous, text, sourceRef(options, realised.doc, realised.cell.span.start), headers);
}
