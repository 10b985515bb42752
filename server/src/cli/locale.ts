/** Which language the CLI speaks: --lang, then the configuration, then the environment; Dutch by default. */
import type { Locale } from '../service/index.js';
import { localeFromTag } from '../service/localize.js';

/** The locale the environment asks for: English when LC_ALL/LC_MESSAGES/LANG start with `en`. */
export function localeFromEnv(env: NodeJS.ProcessEnv): Locale | undefined {
  return localeFromTag(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
