/** `--format sarif`: SARIF 2.1.0 with rule metadata and help URIs (for code scanning dashboards). */
import { pathToFileURL } from 'node:url';
import { type Range, rules, type Severity } from '../../service/index.js';
import { type Formatter, oneBased } from './report.js';
import { jsonWithoutControls } from './visible.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export const formatSarif: Formatter = (reports, { locale, cwd, version }) => {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'programmalint',
            version,
            semanticVersion: version,
            informationUri: 'https://github.com/programmalint/programmalint',
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: (r.summary ?? r.description)[locale] },
              fullDescription: { text: r.description[locale] },
              helpUri: r.docsUrl,
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : cwd + '/').href } },
        results: reports.flatMap((report) =>
          report.findings.map((f) => {
            const result: Record<string, unknown> = {
              ruleId: f.rule,
              level: LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: encodeURI(report.path), uriBaseId: '%SRCROOT%' },
                    region: region(f.range),
                  },
                },
              ],
            };
            const index = ruleIndex.get(f.rule);
            if (index !== undefined) result.ruleIndex = index;
            if (f.related.length > 0) {
              result.relatedLocations = f.related.map((r, i) => ({
                id: i,
                message: { text: r.message },
                physicalLocation: { artifactLocation: { uri: r.uri }, region: region(r.range) },
              }));
            }
            return result;
          }),
        ),
      },
    ],
  };
  return jsonWithoutControls(JSON.stringify(sarif, null, 2)) + '\n';
};

/** A SARIF region: 1-based lines and columns. */
function region(range: Range): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  const p = oneBased(range);
  return { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn };
}
