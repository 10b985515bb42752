/**
 * The built-in profiles an import may try when the configuration names none: every profile that
 * sets its own layout (`realisatie-doel`, …), every profile that adds to one (`bbv`), and each
 * layout profile combined with each adding profile (`realisatie-doel` + `bbv`).
 */
import type { Config } from '../service/config.js';
import { vocabularyFor } from '../service/config.js';
import { profileByName, profiles } from '../service/profiles.js';
import type { Vocabulary } from '../service/vocabulary.js';

/** A vocabulary to try, with the profile names it was made from. */
export interface ImportCandidate {
  names: string[];
  vocabulary: Vocabulary;
}

/** Whether a profile changes anything (the default profile does not). */
function changes(name: string): boolean {
  const profile = profileByName(name);
  return profile !== undefined && Object.keys(profile.vocabulary).length > 0;
}

/** The profile combinations to try, in order, each applied under the configuration's own vocabulary. */
export function profileCandidates(config: Config | undefined): ImportCandidate[] {
  const layouts = profiles.filter((p) => !p.extend && changes(p.name)).map((p) => p.name);
  const additions = profiles.filter((p) => p.extend && changes(p.name)).map((p) => p.name);
  const sets: string[][] = [
    ...layouts.map((l) => [l]),
    ...additions.map((a) => [a]),
    ...layouts.flatMap((l) => additions.map((a) => [l, a])),
  ];
  return sets.map((names) => ({ names, vocabulary: vocabularyFor({ ...(config ?? {}), profile: names }) }));
}

/** The unknown names of a `--profile` value (`realisatie-doel,bbv`), and the names it gives. */
export function profileArgument(value: string): { names: string[]; unknown: string[] } {
  const names = value
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return { names, unknown: names.filter((n) => !profileByName(n)) };
}
