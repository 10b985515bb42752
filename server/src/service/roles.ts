/**
 * The documented column roles: what each holds, in both languages, and which values belong in
 * it. The set is open (a configuration may name another role); an unknown role reads as its id.
 */
import type { Localized } from './finding.js';
import type { ColumnRole } from './model.js';

interface RoleInfo {
  /** One word: realisatie / streefwaarde. */
  summary: Localized;
  /**
   * What a cell of the column holds, for hover and completion. `{over}`, `{voor}` and `{for}` stand
   * for the year (` over 2018`, ` voor 2018`, ` for 2018`), `{trends}` for the trend words; a text
   * without a year placeholder gets ` over 2018` / ` for 2018` at its end.
   */
  holds: Localized;
  /** Whether trend words (Toename …) may stand in the column. */
  trends: boolean;
  /** A column that may stand anywhere in a table and is no slot of a layout (a benchmark beside the own figures). */
  floating?: boolean;
}

const ROLES: Record<string, RoleInfo> = {
  realised: {
    summary: { nl: 'realisatie', en: 'result' },
    holds: {
      nl: 'de gemeten waarde (realisatie){over}. Vul een getal in, of `-` als er geen gegevens zijn; een trendwoord hoort hier niet',
      en: 'the measured value (result){for}. Write a number, or `-` when there is no data; a trend word does not belong here',
    },
    trends: false,
  },
  target: {
    summary: { nl: 'streefwaarde', en: 'target' },
    holds: {
      nl: 'de streefwaarde{voor}: een getal, eventueel met een vergelijking (`> 70%`), of een trendwoord ({trends})',
      en: 'the target{for}: a number, optionally with a comparison (`> 70%`), or a trend word ({trends})',
    },
    trends: true,
  },
  forecast: {
    summary: { nl: 'verwachting', en: 'forecast' },
    holds: { nl: 'de verwachte waarde (prognose)', en: 'the expected value (forecast)' },
    trends: true,
  },
  baseline: {
    summary: { nl: 'nulmeting', en: 'baseline' },
    holds: { nl: 'de uitgangswaarde (nulmeting)', en: 'the starting value (baseline)' },
    trends: false,
  },
  budget: {
    summary: { nl: 'begroot', en: 'budgeted' },
    holds: { nl: 'de begrote waarde', en: 'the budgeted value' },
    trends: true,
  },
  current: {
    summary: { nl: 'actuele waarde', en: 'current value' },
    holds: { nl: 'de laatst gemeten waarde', en: 'the latest measured value' },
    trends: false,
  },
  benchmark: {
    summary: { nl: 'vergelijking', en: 'benchmark' },
    holds: { nl: 'een vergelijkingswaarde (Nederland, vergelijkbare gemeenten)', en: 'a benchmark value (the Netherlands, similar municipalities)' },
    floating: true,
    trends: false,
  },
  source: { summary: { nl: 'bron', en: 'source' }, holds: { nl: 'de bron van de gegevens', en: 'the source of the data' }, trends: false },
  unit: { summary: { nl: 'eenheid', en: 'unit' }, holds: { nl: 'de eenheid van de indicator', en: 'the unit of the indicator' }, trends: false },
  period: { summary: { nl: 'periode', en: 'period' }, holds: { nl: 'de periode of peildatum van de meting', en: 'the period or date of the measurement' }, trends: false },
  number: { summary: { nl: 'nummer', en: 'number' }, holds: { nl: 'het nummer van de indicator', en: 'the number of the indicator' }, trends: false },
  taakveld: { summary: { nl: 'taakveld', en: 'taakveld' }, holds: { nl: 'het taakveld (BBV)', en: 'the taakveld (BBV task field)' }, trends: false },
  description: { summary: { nl: 'omschrijving', en: 'description' }, holds: { nl: 'een omschrijving', en: 'a description' }, trends: false },
  note: { summary: { nl: 'toelichting', en: 'note' }, holds: { nl: 'een toelichting', en: 'a note' }, trends: false },
};

/** One word for a role: realisatie / streefwaarde (the role id for an unknown role). */
export function roleSummary(role: ColumnRole): Localized {
  return ROLES[role]?.summary ?? { nl: role, en: role };
}

/** What a column of the role holds, for a column year (if any) and the configured trend words. */
export function roleHolds(role: ColumnRole, year: number | undefined, trends: string): Localized {
  const holds = ROLES[role]?.holds ?? { nl: `waarden (${role})`, en: `values (${role})` };
  const fill = (text: string, words: Record<string, string>) => {
    let out = text.replace('{trends}', trends);
    const placed = Object.keys(words).some((k) => out.includes(k));
    for (const [k, v] of Object.entries(words)) out = out.replace(k, year === undefined ? '' : v);
    return placed || year === undefined ? out : out + Object.values(words)[0];
  };
  return {
    nl: fill(holds.nl, { '{over}': ` over ${year}`, '{voor}': ` voor ${year}` }),
    en: fill(holds.en, { '{for}': ` for ${year}` }),
  };
}

/** Whether a trend word is a valid value of the role: a promise, not a measurement. */
export function roleAllowsTrends(role: ColumnRole | undefined): boolean {
  return role === undefined || ROLES[role]?.trends !== false;
}

/** Whether the role's values are measurements (realised, baseline, current, benchmark). */
export function isMeasurementRole(role: ColumnRole | undefined): boolean {
  return role !== undefined && ROLES[role] !== undefined && !ROLES[role].trends && ['realised', 'baseline', 'current', 'benchmark'].includes(role);
}

/** The roles of columns that set a target for a year, in order of preference: a target, else a budgeted value. */
export const TARGET_ROLES: readonly ColumnRole[] = ['target', 'budget'];

/** Whether columns of a role may stand anywhere and take no slot of a layout (`Nederland`, `G40`). */
export function isFloatingRole(role: ColumnRole | undefined): boolean {
  return role !== undefined && ROLES[role]?.floating === true;
}
