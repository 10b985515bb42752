/** `programmalint report`: the real binary, HTML, Markdown (against a golden file) and JSON. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cells, dom, text } from '../unit/report/dom.js';
import { ROOT, runBin, template, tempDir } from './run-cli.js';

/** The Markdown report of the cross-document test workspace; `UPDATE_GOLDEN=1` rewrites it. */
const GOLDEN = join(ROOT, 'test', 'fixtures', 'report', 'workspace.md');

describe('CLI: report', function () {
  this.timeout(60_000);

  it('Markdown: the test workspace as in the golden file, on stdout; exit 0', () => {
    const r = runBin(['report', 'test/fixtures/workspace', '--format', 'md']);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, r.stdout);
    assert.equal(r.stdout, readFileSync(GOLDEN, 'utf8'));
  });

  it('HTML: written to -o, with links relative to the report', () => {
    const t = tempDir();
    try {
      const r = runBin(['report', join(ROOT, 'test/fixtures/workspace'), '-o', join(t.dir, 'uit', '..', 'rapport.html')]);
      assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
      const page = dom(readFileSync(join(t.dir, 'rapport.html'), 'utf8'));
      assert.equal(text(page.querySelector('h1')), 'Indicatorenrapport');
      assert.equal(page.querySelectorAll('article.indicator').length, 8);
      const href = page.querySelector('article.indicator .name-src')?.getAttribute('href') ?? '';
      // From the temporary folder back to the repository: a relative path, never an absolute one.
      assert.match(href, /^(\.\.\/)+.*test\/fixtures\/workspace\/rekening-2021-4\.2\.1\.md#L17$/);
    } finally {
      t.cleanup();
    }
  });

  it('HTML on stdout by default, in English with --lang en', () => {
    const r = runBin(['report', 'test/fixtures/workspace', '--lang', 'en']);
    assert.equal(r.code, 0);
    const page = dom(r.stdout);
    assert.equal(text(page.querySelector('h1')), 'Indicator report');
    assert.deepEqual(cells([...page.querySelectorAll('#summary table.counts tr')][0]), ['Programme', '✓ met', '✗ not met', '? not measurable', '– no data']);
  });

  it('JSON: the report model', () => {
    const r = runBin(['report', 'test/fixtures/workspace', '--format', 'json']);
    assert.equal(r.code, 0);
    const model = JSON.parse(r.stdout);
    assert.deepEqual(model.counts, { met: 11, 'not-met': 1, 'not-measurable': 1, 'no-data': 0 });
    assert.deepEqual(
      model.documents.map((d: { file: string }) => d.file),
      ['begroting-2018-4.2.1.md', 'begroting-2019-4.2.1.md', 'rekening-2017-4.2.1.md', 'rekening-2018-4.2.1.md', 'rekening-2019-4.2.md', 'rekening-2021-4.2.1.md'].map(
        (f) => `test/fixtures/workspace/${f}`,
      ),
    );
    assert.equal(model.crossFindings.length, 5);
  });

  it('reports a chapter that cannot be read, and still writes the report (exit 2)', () => {
    const t = tempDir({ 'rekening.md': template('rekening'), 'kapot.md': Buffer.from([0x68, 0x00, 0x69]) });
    try {
      const r = runBin(['report', '--format', 'md'], { cwd: t.dir });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'kapot.md: overgeslagen: dit is geen tekstbestand\n');
      assert.match(r.stdout, /^# Indicatorenrapport\n\n1 hoofdstuk\./);
    } finally {
      t.cleanup();
    }
  });

  it('exits 2 for a path that matches nothing, and for a format it does not know', () => {
    assert.deepEqual(runBin(['report', 'bestaat-niet']), {
      code: 2,
      stdout: '',
      stderr: "programmalint: niets gevonden voor 'bestaat-niet'.\n",
    });
    const r = runBin(['report', '--format', 'sarif']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format: expected one of html, md, json, got 'sarif'/);
  });
});
