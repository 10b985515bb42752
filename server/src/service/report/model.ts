/**
 * The indicator report: every indicator of a set of chapters over the years, per programme and
 * beleidsveld, with its values as written, whether its targets were met, its footnotes and the
 * cross-document findings. Plain data (JSON as it is): the renderers (HTML, Markdown) and the
 * editor's webview read it; it knows no protocol and no file system.
 */
import type { ColumnRole, DocumentKind } from '../model.js';
import type { Locale, Severity } from '../finding.js';

/** Whether a year's target was met. `no-data`: a target, but no realised value to compare with. */
export type ReportStatus = 'met' | 'not-met' | 'not-measurable' | 'no-data';

/** Every status, in the order the report shows them. */
export const REPORT_STATUSES: readonly ReportStatus[] = ['met', 'not-met', 'not-measurable', 'no-data'];

/** How many year rows have each status. */
export type StatusCounts = Record<ReportStatus, number>;

/** A place in a chapter: what a link in the report opens. Lines and columns are 1-based. */
export interface SourceRef {
  uri: string;
  /** The file as the report names it and links to it (a relative path, forward slashes). */
  file: string;
  line: number;
  column: number;
}

/** A chapter the report read. */
export interface ReportDocument {
  uri: string;
  file: string;
  kind?: DocumentKind;
  year?: number;
  /** The title (front matter `titel`, else the first heading). */
  title?: string;
  errors: number;
  warnings: number;
}

export interface ReportModel {
  /** The language of the texts in the model (status messages, findings) and of the labels. */
  locale: Locale;
  documents: ReportDocument[];
  /** Statuses over every programme. */
  counts: StatusCounts;
  programmes: ReportProgramme[];
  /** The cross-document findings (changed targets, rewritten results, missing indicators). */
  crossFindings: ReportFinding[];
}

export interface ReportProgramme {
  /** An id for anchors and filters: `p4`, or `p-` for chapters without a programme number. */
  id: string;
  number?: string;
  title?: string;
  counts: StatusCounts;
  beleidsvelden: ReportBeleidsveld[];
}

export interface ReportBeleidsveld {
  id: string;
  number?: string;
  title?: string;
  indicators: ReportIndicator[];
}

/** The label of a value column: its role and the word the chapters write for it (`Behaald`). */
export interface ReportColumn {
  role: ColumnRole;
  /** The column word as written in the chapters (`Behaald`, `Realisatie`); absent for a bare year. */
  word?: string;
}

export interface ReportIndicator {
  id: string;
  /** The name as the most recent chapter writes it (markers removed). */
  name: string;
  /** The key indicators are matched by across chapters. */
  key: string;
  /** True when the indicator measures a percentage (its chart has a 0–100 axis). */
  percent: boolean;
  /** Its row in the most recent chapter. */
  source: SourceRef;
  /** The value columns over the years, in the report's column order. */
  columns: ReportColumn[];
  /** One row per year, oldest first. */
  years: ReportYear[];
  /** Values without a year (Nulmeting) and descriptive cells (Bron, Eenheid), as written. */
  details: ReportDetail[];
  footnotes: ReportFootnote[];
  /** Cross-document findings on a row of this indicator. */
  findings: ReportFinding[];
  chart: ReportChart;
}

export interface ReportYear {
  year: number;
  /** The value per role (a role without a value in this year is absent). */
  values: Record<ColumnRole, ReportValue>;
  /** Undefined when the year has no target to attain. */
  status?: ReportStatus;
  /** Why: the target-attainment message, in the model's language. */
  message?: string;
  /** Where the status was decided: the realised value in the rekening. */
  statusSource?: SourceRef;
}

/** One cell's value as written, with where it stands. */
export interface ReportValue {
  /** The whole cell as written (`68% (67% over Q3 t/m Q4) (II)`), `<br>` read as a space. */
  text: string;
  /** The main value alone (`68%`). */
  main: string;
  /** The header of its column (`Behaald 2017`). */
  header: string;
  /** The number of a quantity (no comparator for a measurement), for the chart. */
  number?: number;
  unit?: string;
  comparator?: string;
  /** The canonical trend word of a trend target (`Toename`), and which way it points. */
  trend?: string;
  direction?: 'up' | 'down' | 'same';
  source: SourceRef;
  /** Kind and year of the chapter it comes from. */
  kind?: DocumentKind;
  documentYear?: number;
  /** The same column in other chapters, where they say something else. */
  others?: ReportValue[];
}

export interface ReportDetail {
  role?: ColumnRole;
  header: string;
  text: string;
  source: SourceRef;
}

export interface ReportFootnote {
  /** `I`, `II`, `*`. */
  numeral: string;
  text: string;
  source: SourceRef;
}

export interface ReportFinding {
  rule: string;
  severity: Severity;
  message: string;
  source: SourceRef;
  related: { message: string; source: SourceRef }[];
}

/** What the trend chart draws: the numeric realised values and the targets, over the years. */
export interface ReportChart {
  /** The unit of the plotted values (`%`, `pers`), absent for plain numbers. */
  unit?: string;
  /** The value axis: 0–100 for percentages, else from the values. */
  min: number;
  max: number;
  /** The first and last year of the axis. */
  fromYear: number;
  toYear: number;
  points: { year: number; value: number }[];
  /** Targets with a number (`> 70%`) and trend targets (`Toename`, drawn as an arrow). */
  targets: { year: number; value?: number; comparator?: string; direction?: 'up' | 'down' | 'same' }[];
}
