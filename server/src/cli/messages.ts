/** The CLI's own words (findings carry their own localised messages). */
import type { Locale, Severity } from '../service/index.js';

const SEVERITY: Record<Locale, Record<Severity, string>> = {
  nl: { error: 'fout', warning: 'waarschuwing', info: 'info', hint: 'hint' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
};

export function severityLabel(severity: Severity, locale: Locale): string {
  return SEVERITY[locale][severity];
}

/** Picks the message for the locale (the service's one helper). */
export { pick as t, count } from '../service/localize.js';
