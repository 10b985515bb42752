/**
 * Built-in profiles: the layouts and words of a family of municipalities, as data in
 * `schemas/profiles.json`. A configuration selects one or more with `"profile"`; they are applied
 * to the default vocabulary in order, before the configuration's own vocabulary.
 */
import profileData from '../../../schemas/profiles.json' with { type: 'json' };
import type { Localized } from './finding.js';
import { mergeVocabulary, type VocabularyData, type VocabularyOverride } from './vocabulary.js';

/** A built-in profile. */
export interface Profile {
  name: string;
  title: Localized;
  description: Localized;
  /** True: adds to the vocabulary before it; false: replaces the parts it gives. */
  extend: boolean;
  vocabulary: VocabularyOverride;
}

/** Every built-in profile, in the order of `schemas/profiles.json`. */
export const profiles: readonly Profile[] = Object.entries(
  (profileData as unknown as { profiles: Record<string, Omit<Profile, 'name'>> }).profiles,
).map(([name, profile]) => ({ name, ...profile }));

/** A profile by name. */
export function profileByName(name: string): Profile | undefined {
  return profiles.find((p) => p.name === name);
}

/** The names a configuration's `"profile"` gives: one name or a list, in order. */
export function profileNames(setting: string | string[] | undefined): string[] {
  return setting === undefined ? [] : Array.isArray(setting) ? setting : [setting];
}

/** The vocabulary after applying profiles, in order, to a base (unknown names are skipped: the schema reports them). */
export function applyProfiles(base: VocabularyData, names: string[]): VocabularyData {
  let data = base;
  for (const name of names) {
    const profile = profileByName(name);
    if (profile) data = mergeVocabulary(data, profile.vocabulary, profile.extend);
  }
  return data;
}
