/** Which language the CLI speaks: the environment's language tag, resolved as every shell resolves it (service/localize.ts). */
import type { Locale } from '../service/index.js';
import { localeFromTag, resolveLocale } from '../service/localize.js';

/** The language tag of the environment, as POSIX orders the variables: LC_ALL, LC_MESSAGES, LANG. */
export function environmentTag(env: NodeJS.ProcessEnv): string | undefined {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined;
}

/** The locale the environment asks for: English when LC_ALL/LC_MESSAGES/LANG start with `en`. */
export function localeFromEnv(env: NodeJS.ProcessEnv): Locale | undefined {
  return localeFromTag(environmentTag(env));
}

/** The language of the CLI's own messages: `--lang`, else the environment, else Dutch. */
export function cliLocale(lang: Locale | undefined, env: NodeJS.ProcessEnv): Locale {
  return resolveLocale(lang, undefined, environmentTag(env));
}

/** The language of a chapter's findings: `--lang`, else its configuration's `locale`, else the environment, else Dutch. */
export function findingsLocale(lang: Locale | undefined, configured: Locale | undefined, env: NodeJS.ProcessEnv): Locale {
  return resolveLocale(lang, configured, environmentTag(env));
}
