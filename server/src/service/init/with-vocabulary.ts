/** `init`: adding learned vocabulary to a configuration, lists and maps merged with what it has. */
import type { Config } from '../config.js';
import type { VocabularyOverride } from '../vocabulary.js';

/** Adds vocabulary to a configuration (lists are added to what it has). */
export function withVocabulary(config: Config, add: VocabularyOverride): Config {
  const vocabulary: VocabularyOverride = { ...(config.vocabulary ?? {}) };
  for (const [key, value] of Object.entries(add) as [keyof VocabularyOverride, unknown][]) {
    const old = vocabulary[key];
    if (Array.isArray(old) && Array.isArray(value)) (vocabulary as Record<string, unknown>)[key] = [...old, ...value.filter((v) => !old.includes(v))];
    else if (old && typeof old === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
      (vocabulary as Record<string, unknown>)[key] = mergeObjects(old as Record<string, unknown>, value as Record<string, unknown>);
    } else (vocabulary as Record<string, unknown>)[key] = value;
  }
  return { ...config, vocabulary };
}

function mergeObjects(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const old = out[k];
    out[k] = Array.isArray(old) && Array.isArray(v) ? [...old, ...v.filter((x) => !old.includes(x))] : v;
  }
  return out;
}
