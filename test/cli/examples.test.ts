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
      'bbv-indicators', 'sections-required', 'section-year', 'heading-numbering', 'dash-explained', 'target-attainment', 'kind-inferred',
    ];
    assert.deepEqual([...new Set(plants.map((p) => p.rule))].sort(), [...singleDocumentRules].sort());
  });
});

describe('CLI --workspace', function () {
  this.timeout(60_000);
  const file = 'test/fixtures/workspace/rekening-2018-4.2.1.md';
  const crossRules = (args: string[]) =>
    (JSON.parse(runBin(['--format', 'json', ...args]).stdout) as { rule: string; line: number }[])
      .filter((f) => f.rule.startsWith('cross-'))
      .map((f) => `${f.line}:${f.rule}`);

  it('compares a chapter with its counterparts only when they are in the workspace', () => {
    assert.deepEqual(crossRules([file]), []);
    assert.deepEqual(crossRules([file, '--workspace', 'test/fixtures/workspace']), [
      '15:cross-indicators',
      '18:cross-behaald',
      '19:cross-behaald',
      '19:cross-beoogd',
      '20:cross-indicators',
    ]);
  });

  it('reports only the files named, not the counterparts', () => {
    const files = JSON.parse(runBin(['--format', 'json', file, '--workspace', 'test/fixtures/workspace']).stdout).map((f: { file: string }) => f.file);
    assert.deepEqual([...new Set(files)], [file]);
  });
});
