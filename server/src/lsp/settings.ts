/**
 * The client settings `programmalint.*` (from `workspace/configuration`, or pushed with
 * `workspace/didChangeConfiguration` / `initializationOptions` by clients without it).
 */
import { SETTINGS_SECTION } from '../protocol.js';
import { type Locale, SEVERITY_SETTINGS, type SeveritySetting } from '../service/finding.js';

/** How the server picks the locale of a document's messages: the one resolution of every shell. */
export { resolveLocale } from '../service/localize.js';

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

/** The `programmalint` section of a settings object such as `{ programmalint: {...} }`. */
export function settingsSection(container: unknown): unknown {
  return isObject(container) ? container[SETTINGS_SECTION] : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
