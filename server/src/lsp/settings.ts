/**
 * The client settings `programmalint.*` (from `workspace/configuration`, or pushed with
 * `workspace/didChangeConfiguration` / `initializationOptions` by clients without it).
 */
import { type Locale, SEVERITY_SETTINGS, type SeveritySetting } from '../service/finding.js';
import { localeFromTag } from '../service/localize.js';

/** The section asked for with `workspace/configuration`. */
export const SETTINGS_SECTION = 'programmalint';

export interface ClientSettings {
  /** Off: no diagnostics (the other features keep working). */
  enable: boolean;
  /** `auto`: the configuration file's locale, else the client's UI locale (`en…` → en, else nl). */
  locale: Locale | 'auto';
  /** Severity per rule id, over the configuration file's. */
  rules: Record<string, SeveritySetting>;
  /** Lint while typing (debounced) or only when the document is opened or saved. */
  run: 'onType' | 'onSave';
  /** Milliseconds without edits before a document is linted again. */
  debounce: number;
}

export const DEFAULT_DEBOUNCE_MS = 200;

export const defaultClientSettings: ClientSettings = Object.freeze({
  enable: true,
  locale: 'auto',
  rules: Object.freeze({}) as Record<string, SeveritySetting>,
  run: 'onType',
  debounce: DEFAULT_DEBOUNCE_MS,
}) as ClientSettings;

const SEVERITIES = new Set<string>(SEVERITY_SETTINGS);

/** Reads settings from whatever the client sent; anything missing or malformed takes its default. */
export function normalizeSettings(raw: unknown): ClientSettings {
  const input = isObject(raw) ? raw : {};
  const rules: Record<string, SeveritySetting> = {};
  if (isObject(input.rules)) {
    for (const [id, severity] of Object.entries(input.rules)) {
      if (typeof severity === 'string' && SEVERITIES.has(severity)) rules[id] = severity as SeveritySetting;
    }
  }
  const debounce = input.debounce;
  return {
    enable: typeof input.enable === 'boolean' ? input.enable : defaultClientSettings.enable,
    locale: input.locale === 'nl' || input.locale === 'en' ? input.locale : 'auto',
    rules,
    run: input.run === 'onSave' ? 'onSave' : 'onType',
    debounce:
      typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0
        ? Math.min(debounce, 10_000)
        : DEFAULT_DEBOUNCE_MS,
  };
}

/**
 * The locale of the messages: an explicit client setting wins, then the configuration file's,
 * then the client's UI locale (`initializeParams.locale`: `en`, `en-gb`… → en, anything else → nl).
 */
export function resolveLocale(
  setting: ClientSettings['locale'],
  fileLocale: Locale | undefined,
  clientLocale: string | undefined,
): Locale {
  if (setting !== 'auto') return setting;
  if (fileLocale) return fileLocale;
  return localeFromTag(clientLocale) === 'en' ? 'en' : 'nl';
}

/** The `programmalint` section of a settings object such as `{ programmalint: {...} }`. */
export function settingsSection(container: unknown): unknown {
  return isObject(container) ? container[SETTINGS_SECTION] : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
