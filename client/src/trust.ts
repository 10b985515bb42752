/**
 * Workspace trust: which `programmalint.*` settings a workspace the user has not trusted may set.
 *
 * Opening a folder must not let its `.vscode/settings.json` make the extension read more than the
 * folder's own chapters and configuration files: a setting that names files, folders or globs
 * to read would. Such a setting is *restricted*: in Restricted Mode only the user's own value
 * (or the default) counts, never the workspace's or a folder's. Every setting of the manifest is
 * classified here, and the manifest test holds package.json's `restrictedConfigurations` to
 * this list, so a new setting cannot be added without deciding.
 *
 * No setting of today names anything to read (the list of restricted ones is empty and the
 * manifest declares full support); the filter below is applied to every value the server gets,
 * so a restricted setting is honoured as soon as it is classified so.
 *
 * Pure (no `vscode` import): the extension passes in what VS Code's API reports.
 */
import { SETTINGS_SECTION } from '../../server/src/protocol.js';

/** How a setting bears on what the extension reads. */
export interface SettingReach {
  /** The setting names files, folders or globs that would be read: restricted in untrusted workspaces. */
  widensReads: boolean;
  /** Why (for the reader of this table). */
  why: string;
}

/** Every setting of the extension's manifest, classified. */
export const SETTING_REACH: Readonly<Record<string, SettingReach>> = Object.freeze({
  'programmalint.enable': { widensReads: false, why: 'switches diagnostics on or off; the same files are read' },
  'programmalint.rules': { widensReads: false, why: 'severities of findings; the same files are read' },
  'programmalint.locale': { widensReads: false, why: 'the language of the messages' },
  'programmalint.run': { widensReads: false, why: 'when a chapter is linted, not which' },
  'programmalint.debounce': { widensReads: false, why: 'how long to wait after an edit' },
  'programmalint.trace.server': { widensReads: false, why: 'what is logged of the messages, not what is read' },
});

/** The settings whose workspace values are ignored in an untrusted workspace. */
export function restrictedSettings(): string[] {
  return Object.entries(SETTING_REACH)
    .filter(([, reach]) => reach.widensReads)
    .map(([key]) => key);
}

/** What `WorkspaceConfiguration.inspect` reports for one setting (the parts used here). */
export interface InspectedValue {
  defaultValue?: unknown;
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

/**
 * The value of a setting as the server may see it: in a trusted workspace the effective one; in
 * an untrusted workspace, for a restricted setting, the user's value, else the default.
 */
export function trustedValue(key: string, effective: unknown, inspected: InspectedValue | undefined, trusted: boolean, restricted = restrictedSettings()): unknown {
  if (trusted || !restricted.includes(key)) return effective;
  return inspected?.globalValue !== undefined ? inspected.globalValue : inspected?.defaultValue;
}

/**
 * The `programmalint` section (`{ enable, rules, … }`) as the server may see it: the restricted
 * keys of an untrusted workspace replaced by their user values. `inspect(key)` takes the full key.
 */
export function trustedSection(
  section: Record<string, unknown> | null | undefined,
  inspect: (key: string) => InspectedValue | undefined,
  trusted: boolean,
  restricted = restrictedSettings(),
): Record<string, unknown> | null | undefined {
  if (trusted || !section || restricted.length === 0) return section;
  const out: Record<string, unknown> = structuredClone(section);
  for (const key of restricted) {
    if (!key.startsWith(`${SETTINGS_SECTION}.`)) continue;
    const path = key.slice(SETTINGS_SECTION.length + 1).split('.');
    setPath(out, path, trustedValue(key, getPath(section, path), inspect(key), trusted, restricted));
  }
  return out;
}

/** A nested value (`trace.server` → `section.trace.server`). */
function getPath(object: Record<string, unknown>, path: string[]): unknown {
  let value: unknown = object;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Sets (or, for undefined, removes) a nested value, creating the objects on the way. */
function setPath(object: Record<string, unknown>, path: string[], value: unknown): void {
  let target = object;
  for (const part of path.slice(0, -1)) {
    const next = target[part];
    if (typeof next !== 'object' || next === null) target[part] = {};
    target = target[part] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (value === undefined) delete target[last];
  else target[last] = value;
}

/** The restricted settings an untrusted workspace tried to set (to tell the user once). */
export function ignoredSettings(inspect: (key: string) => InspectedValue | undefined, trusted: boolean, restricted = restrictedSettings()): string[] {
  if (trusted) return [];
  return restricted.filter((key) => {
    const i = inspect(key);
    return i?.workspaceValue !== undefined || i?.workspaceFolderValue !== undefined;
  });
}
