/**
 * The one localisation helper of the service, the CLI and the language server: every text the
 * tool writes exists in Dutch and English ({@link Localized}, built with {@link msg}) and is picked
 * for a {@link Locale} here; a locale comes from a language tag (`LANG`, the editor's UI locale)
 * through {@link localeFromTag}. The VS Code client's own words use `vscode.l10n` (VS Code's
 * mechanism for extension bundles); everything it shows of the server arrives localised.
 */

export type Locale = 'nl' | 'en';

/** A message in both languages the tool speaks. */
export interface Localized {
  nl: string;
  en: string;
}

/** Builds a {@link Localized} message. */
export function msg(nl: string, en: string): Localized {
  return { nl, en };
}

/** The Dutch or the English text. */
export function pick(locale: Locale, nl: string, en: string): string {
  return locale === 'nl' ? nl : en;
}

/** Dutch/English singular or plural with the number: `1 fout`, `2 fouten`. */
export function count(locale: Locale, n: number, nl: [one: string, many: string], en: [one: string, many: string]): string {
  const [one, many] = locale === 'nl' ? nl : en;
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The locale a language tag asks for: `en`, `en-GB`, `en_US.UTF-8` → en; `nl`, `nl-BE`,
 * `nl_NL.UTF-8` → nl; anything else (`C.UTF-8`, `de`, empty) → undefined.
 */
export function localeFromTag(tag: string | undefined): Locale | undefined {
  if (!tag) return undefined;
  if (/^en([_.-]|$)/i.test(tag)) return 'en';
  if (/^nl([_.-]|$)/i.test(tag)) return 'nl';
  return undefined;
}

/**
 * The locale of the messages, the same way in every shell: an explicit choice (`--lang`, the
 * editor's `programmalint.locale`) wins, then the configuration file's `locale`, then the language
 * tag of the surroundings (`LANG`, the editor's UI locale); Dutch when none of them says.
 */
export function resolveLocale(explicit: Locale | 'auto' | undefined, configured: Locale | undefined, tag: string | undefined): Locale {
  if (explicit !== undefined && explicit !== 'auto') return explicit;
  return configured ?? localeFromTag(tag) ?? 'nl';
}
