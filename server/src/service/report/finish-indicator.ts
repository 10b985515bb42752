/** The last step of building an indicator: the values chosen per year and role, their statuses, the chart. */
import type { ColumnRole } from '../model.js';
import { displayValue, valueKey } from '../value.js';
import { type BuildOptions, type Candidate, type IndicatorState, sourceRef } from './build-state.js';
import { chartOf } from './chart.js';
import { cellText, headerOf } from './chapter-text.js';
import type { ReportColumn, ReportValue, ReportYear } from './model.js';
import { compareStrings, priority, roleRank } from './order.js';
import { fallbackVerdict } from './verdict.js';

/** Completes an indicator once every chapter is read: its columns, the value chosen for each year and role, the statuses, the chart. */
export function finishIndicator(options: BuildOptions, state: IndicatorState): void {
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
      const value = reportValue(options, primary);
      const others: ReportValue[] = [];
      const keys = new Set([valueKey(primary.cell.value.main)]);
      for (const other of sorted.slice(1)) {
        const key = valueKey(other.cell.value.main);
        if (keys.has(key)) continue;
        keys.add(key);
        others.push(reportValue(options, other));
      }
      if (others.length > 0) value.others = others;
      values[role] = value;
    }
    chosen.set(year, picks);
    const row: ReportYear = { year, values };
    const verdict = state.verdicts.get(year) ?? fallbackVerdict(options, year, picks, chosen.get(year - 1), state.vocabulary);
    if (verdict?.status) {
      row.status = verdict.status;
      if (verdict.message) row.message = verdict.message;
      row.statusSource = verdict.source;
    }
    indicator.years.push(row);
  }
  indicator.chart = chartOf(indicator);
}

/** A value cell as the report shows it, with where it stands. */
export function reportValue(options: BuildOptions, { cell, doc, vocabulary }: Candidate): ReportValue {
  const main = cell.value.main;
  const value: ReportValue = {
    text: cellText(cell),
    main: displayValue(main, doc.text),
    header: headerOf(cell),
    source: sourceRef(options, doc, cell.span.start),
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
