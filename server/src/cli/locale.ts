/** Which language the CLI speaks: --lang, then the configuration, then the environment; Dutch by default. */
import type { Locale } from '../service/index.js';

/** The locale the environment asks for: English when LC_ALL/LC_MESSAGES/LANG start with `en`. */
export function localeFromEnv(env: NodeJS.ProcessEnv): Locale | undefined {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (/^en([_.-]|$)/i.test(value)) return 'en';
  if (/^nl([_.-]|$)/i.test(value)) return 'nl';
  return undefined;
}
