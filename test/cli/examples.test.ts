/** The bundled examples: clean chapters lint clean, every planted mistake is found where it was planted. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runBin } from './run-cli.js';

interface Plant {
  file: string;
  line: number;
  rule: string;
}

describe('examples', function () {
  this.timeout(60_000);

  it('programmalint examples: no errors or warnings, exit 0', () => {
    const r = runBin(['--format', 'json', 'examples']);
    assert.equal(r.code, 0, r.stderr);
    const findings = JSON.parse(r.stdout) as { severity: string; file: string }[];
    assert.deepEqual(findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
    assert.ok(findings.every((f) => !f.file.startsWith('examples/with-errors/')), 'with-errors is ignored unless named');
  });

  it('programmalint examples/with-errors: every rule at its planted line, exit 1', () => {
    const plants = JSON.parse(readFileSync('test/fixtures/with-errors.expected.json', 'utf8')) as Plant[];
    const r = runBin(['--format', 'json', 'examples/with-errors']);
    assert.equal(r.code, 1, r.stderr);
    const found = JSON.parse(r.stdout) as Plant[];
    const missing = plants.filter((p) => !found.some((f) => f.file === p.file && f.line === p.line && f.rule === p.rule));
    assert.deepEqual(missing, []);
    const singleDocumentRules = [
      'frontmatter-schema', 'footnote-undefined', 'footnote-unused', 'footnote-duplicate', 'footnote-order',
      'table-columns', 'table-row-cells', 'value-format', 'value-unit', 'trend-in-behaald', 'indicator-duplicate',
      'sections-required', 'section-year', 'heading-numbering', 'dash-explained', 'target-attainment', 'kind-inferred',
    ];
    assert.deepEqual([...new Set(plants.map((p) => p.rule))].sort(), [...singleDocumentRules].sort());
  });
});
