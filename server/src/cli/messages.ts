/** The CLI's own words (findings carry their own localised messages). */
import type { Locale, Severity } from '../service/index.js';

const SEVERITY: Record<Locale, Record<Severity, string>> = {
  nl: { error: 'fout', warning: 'waarschuwing', info: 'info', hint: 'hint' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
};

export function severityLabel(severity: Severity, locale: Locale): string {
  return SEVERITY[locale][severity];
}

/** Picks the message for the locale. */
export function t(locale: Locale, nl: string, en: string): string {
  return locale === 'nl' ? nl : en;
}

/** Dutch/English plural: `1 fout`, `2 fouten`. */
export function count(locale: Locale, n: number, nl: [string, string], en: [string, string]): string {
  const [one, many] = locale === 'nl' ? nl : en;
  return `${n} ${n === 1 ? one : many}`;
}
