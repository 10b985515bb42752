/** The report's own texts in Dutch and English, shared by the HTML and Markdown renderers. */
import type { Locale } from '../finding.js';
import { roleSummary } from '../roles.js';
import type { ReportColumn, ReportProgramme, ReportStatus } from './model.js';

const TEXTS = {
  title: { nl: 'Indicatorenrapport', en: 'Indicator report' },
  summary: { nl: 'Samenvatting', en: 'Summary' },
  programme: { nl: 'Programma', en: 'Programme' },
  noProgramme: { nl: 'Zonder programmanummer', en: 'Without a programme number' },
  noBeleidsveld: { nl: 'Zonder beleidsveldnummer', en: 'Without a policy field number' },
  total: { nl: 'Totaal', en: 'Total' },
  year: { nl: 'Jaar', en: 'Year' },
  status: { nl: 'Status', en: 'Status' },
  source: { nl: 'Bron', en: 'Source' },
  chapters: { nl: 'Hoofdstukken', en: 'Chapters' },
  chapter: { nl: 'Hoofdstuk', en: 'Chapter' },
  kind: { nl: 'Soort', en: 'Kind' },
  errors: { nl: 'Fouten', en: 'Errors' },
  warnings: { nl: 'Waarschuwingen', en: 'Warnings' },
  crossFindings: { nl: 'Bevindingen tussen hoofdstukken', en: 'Findings across chapters' },
  noCrossFindings: {
    nl: 'Geen: de rekeningen noemen dezelfde doelen en resultaten als de begrotingen en rekeningen ervoor.',
    en: 'None: the rekeningen name the same targets and results as the begrotingen and rekeningen before them.',
  },
  noIndicators: { nl: 'Geen indicatorentabellen gevonden.', en: 'No indicator tables found.' },
  noMatch: { nl: 'Geen indicatoren met deze filters.', en: 'No indicators match these filters.' },
  footnotes: { nl: 'Voetnoten', en: 'Footnotes' },
  findings: { nl: 'Bevindingen', en: 'Findings' },
  elsewhere: { nl: 'elders', en: 'elsewhere' },
  filters: { nl: 'Filters en volgorde', en: 'Filters and order' },
  all: { nl: 'Alle', en: 'All' },
  sort: { nl: 'Volgorde', en: 'Order' },
  sortOrder: { nl: 'zoals in de hoofdstukken', en: 'as in the chapters' },
  sortName: { nl: 'naam (A–Z)', en: 'name (A–Z)' },
  sortStatus: { nl: 'status (niet gehaald eerst)', en: 'status (not met first)' },
  chart: { nl: 'Verloop', en: 'Trend' },
  realisedPoints: { nl: 'gerealiseerd', en: 'realised' },
  targetMarks: { nl: 'doel', en: 'target' },
  noChart: { nl: 'Geen gemeten getallen om te tekenen.', en: 'No measured numbers to draw.' },
  generatedBy: { nl: 'Gemaakt met programmalint', en: 'Made with programmalint' },
} as const;

/** A text of the report in a language. */
export function label(key: keyof typeof TEXTS, locale: Locale): string {
  return TEXTS[key][locale];
}

const STATUS: Record<ReportStatus, { nl: string; en: string; symbol: string }> = {
  met: { nl: 'gehaald', en: 'met', symbol: '✓' },
  'not-met': { nl: 'niet gehaald', en: 'not met', symbol: '✗' },
  'not-measurable': { nl: 'niet meetbaar', en: 'not measurable', symbol: '?' },
  'no-data': { nl: 'geen gegevens', en: 'no data', symbol: '–' },
};

/** A status in words (`niet gehaald`). */
export function statusLabel(status: ReportStatus, locale: Locale): string {
  return STATUS[status][locale];
}

/** A status as one symbol (✓ ✗ ? –), shown beside its words. */
export function statusSymbol(status: ReportStatus): string {
  return STATUS[status].symbol;
}

/** The header of a value column: the chapters' own word (`Behaald`); in English the role with it. */
export function columnLabel(column: ReportColumn, locale: Locale): string {
  const summary = capitalise(roleSummary(column.role)[locale]);
  if (!column.word) return summary;
  const word = capitalise(column.word);
  return locale === 'nl' || word.toLocaleLowerCase('nl') === summary.toLocaleLowerCase('nl') ? word : `${summary} (${word})`;
}

/** `Programma 4: Welzijn, gezondheid en zorg`, or the title alone, or "without a number". */
export function programmeLabel(programme: ReportProgramme, locale: Locale): string {
  if (programme.number === undefined) return programme.title ?? label('noProgramme', locale);
  return `${label('programme', locale)} ${programme.number}${programme.title ? `: ${programme.title}` : ''}`;
}

/** `4.2.1 Ondersteunende voorzieningen`. */
export function beleidsveldLabel(field: { number?: string; title?: string }, locale: Locale): string {
  const parts = [field.number, field.title].filter((p): p is string => p !== undefined && p !== '');
  return parts.length > 0 ? parts.join(' ') : label('noBeleidsveld', locale);
}

/** `begroting 2019`, `rekening`, or nothing. */
export function documentLabel(doc: { kind?: string; year?: number }): string {
  return [doc.kind, doc.year].filter((p) => p !== undefined).join(' ');
}

/** A number as the report's language writes it (`12,5` / `12.5`). */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}
