/** Helpers for the workspace tests: the fixture workspace, findings in brief form with related locations. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Locale } from '../../../server/src/service/index.js';
import { settingsFromConfig } from '../../../server/src/service/index.js';
import { WorkspaceIndex } from '../../../server/src/service/workspace.js';
import { brief } from '../../helpers/service.js';

export const fixtureDir = join(process.cwd(), 'test', 'fixtures', 'workspace');

/** The uri of a fixture of the test workspace. */
export function fixtureUri(name: string): string {
  return pathToFileURL(join(fixtureDir, name)).href;
}

/** The text of a fixture of the test workspace. */
export function fixtureText(name: string): string {
  return readFileSync(join(fixtureDir, name), 'utf8');
}

/** The fixture file names, sorted. */
export function fixtureNames(): string[] {
  return readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.md'))
    .sort();
}

/** An empty index with the default settings. */
export function newIndex(locale: Locale = 'nl'): WorkspaceIndex {
  const settings = settingsFromConfig(undefined, locale);
  return new WorkspaceIndex({ settingsFor: () => settings });
}

/** An index over every fixture of the test workspace. */
export function fixtureIndex(locale: Locale = 'nl'): WorkspaceIndex {
  const index = newIndex(locale);
  for (const name of fixtureNames()) index.set(fixtureUri(name), fixtureText(name));
  return index;
}

/** The last segment of a uri. */
export function base(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

/** 1-based `line:col-line:col`. */
function rangeText(range: Finding['range']): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

/** A finding with its severity and related locations (file name, range, message). */
export function detailed(finding: Finding) {
  return {
    ...brief(finding, true),
    related: finding.related.map((r) => ({ file: base(r.uri), range: rangeText(r.range), message: r.message })),
  };
}

/** The findings of the cross-document rules for one document of an index. */
export function crossFindings(index: WorkspaceIndex, uri: string): Finding[] {
  return index.lint(uri).filter((f) => f.rule.startsWith('cross-'));
}
