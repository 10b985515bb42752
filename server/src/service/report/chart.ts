/** The trend chart of an indicator as data: realised numbers of one unit, the targets, the value axis. */
import { unitKey } from '../value.js';
import type { ReportChart, ReportIndicator } from './model.js';

/** The trend chart of an indicator: realised numbers of one unit, and the targets. */
export function chartOf(indicator: ReportIndicator): ReportChart {
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
