/** Helpers for the report tests: reports of the test workspace and of chapters in memory. */
import type { Config, Locale } from '../../../server/src/service/index.js';
import { settingsFromConfig } from '../../../server/src/service/index.js';
import { buildWorkspaceReport } from '../../../server/src/service/report/build.js';
import type { ReportIndicator, ReportModel, ReportYear } from '../../../server/src/service/report/model.js';
import { WorkspaceIndex } from '../../../server/src/service/workspace.js';
import { base, fixtureIndex } from '../workspace/workspace-helpers.js';

/** The report of the cross-document test workspace (test/fixtures/workspace), files by name. */
export function workspaceReport(locale: Locale = 'nl'): ReportModel {
  const index = fixtureIndex(locale);
  const settings = settingsFromConfig(undefined, locale);
  return buildWorkspaceReport(index, index.uris().sort(), () => settings, { locale, file: base });
}

/** The report of chapters given as `name → text`, with an optional configuration. */
export function reportOf(chapters: Record<string, string>, options: { config?: Config; locale?: Locale } = {}): ReportModel {
  const locale = options.locale ?? 'nl';
  const settings = settingsFromConfig(options.config, locale);
  const index = new WorkspaceIndex({ settingsFor: () => settings });
  const uris = Object.entries(chapters).map(([name, text]) => {
    const uri = `file:///werk/${encodeURIComponent(name)}`;
    index.set(uri, text);
    return uri;
  });
  return buildWorkspaceReport(index, uris, () => settings, { locale, file: (uri) => decodeURIComponent(base(uri)) });
}

/** Every indicator of a report. */
export function indicators(model: ReportModel): ReportIndicator[] {
  return model.programmes.flatMap((p) => p.beleidsvelden.flatMap((b) => b.indicators));
}

/** The indicator whose name starts with `prefix` (exactly one). */
export function indicator(model: ReportModel, prefix: string): ReportIndicator {
  const found = indicators(model).filter((i) => i.name.startsWith(prefix));
  if (found.length !== 1) throw new Error(`${found.length} indicators start with ${prefix}`);
  return found[0];
}

/** A year row of an indicator. */
export function yearOf(ind: ReportIndicator, year: number): ReportYear {
  const row = ind.years.find((y) => y.year === year);
  if (!row) throw new Error(`${ind.name} has no row for ${year}`);
  return row;
}

/** `year: status` for every year of an indicator (`-` for no status). */
export function statuses(ind: ReportIndicator): string[] {
  return ind.years.map((y) => `${y.year}: ${y.status ?? '-'}`);
}
