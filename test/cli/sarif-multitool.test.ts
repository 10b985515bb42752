/**
 * Microsoft's own SARIF validator (`@microsoft/sarif-multitool`, a devDependency) accepts the SARIF
 * output: the JSON schema checks and the SARIF rules (index consistency, URIs, regions …) give no
 * error and no warning, for examples/with-errors and for a hostile chapter. A log broken on purpose
 * shows that the validator does report.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runBin, template, tempDir } from './run-cli.js';

/** The validator binary of the npm package for this platform (only Linux x64 is installed here). */
const MULTITOOL = join(ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

interface ValidatorResult {
  ruleId: string;
  level?: string;
  message: { text?: string };
}

/**
 * Runs `Sarif.Multitool validate` on a SARIF log and returns its results of level error and
 * warning (the default `--level`; notes would make it fetch every URI over HTTP).
 */
function validate(folder: string, log: string): ValidatorResult[] {
  const input = join(folder, 'in.sarif');
  const output = join(folder, 'validation.sarif');
  writeFileSync(input, log);
  const run = spawnSync(MULTITOOL, ['validate', input, '--output', output, '--log', 'ForceOverwrite'], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(run.status, 0, `Sarif.Multitool failed: ${run.stdout}${run.stderr}`);
  const validation = JSON.parse(readFileSync(output, 'utf8')) as { runs: { results: ValidatorResult[] }[] };
  return validation.runs[0].results;
}

const brief = (results: ValidatorResult[]) => results.map((r) => `${r.level ?? 'warning'} ${r.ruleId}: ${r.message.text ?? ''}`);

/** A chapter that tries what an attacker would: escape sequences, bidi controls, markup, `%`, long text. */
const HOSTILE = template('rekening')
  .replace('| 68% (II) |', '| \u001b[31m68%\u001b[0m <script>alert(1)</script> \u202e%s%n%25 (II) |')
  .replace('Toename', `${'x'.repeat(5000)} \\| ") ; DROP`);

describe('SARIF output under the SARIF Multitool', function () {
  this.timeout(120_000);
  let t: ReturnType<typeof tempDir>;

  before(function () {
    if (!existsSync(MULTITOOL)) {
      // The binary comes with the devDependency on Linux x64 only; elsewhere this check cannot run.
      console.log(`      skipped: ${MULTITOOL} is not installed (npm ci on Linux x64 installs it)`);
      this.skip();
    }
    t = tempDir({ 'hoofdstuk met spaties € ü.md': HOSTILE, 'rekening.md': template('rekening') });
  });
  after(() => t?.cleanup());

  it('validates examples/with-errors: no errors, no warnings', () => {
    const r = runBin(['--format', 'sarif', 'examples/with-errors']);
    assert.equal(r.code, 1, r.stderr);
    assert.ok((JSON.parse(r.stdout) as { runs: { results: unknown[] }[] }).runs[0].results.length >= 20);
    assert.deepEqual(brief(validate(t.dir, r.stdout)), []);
  });

  it('validates a hostile chapter in a file whose name has spaces and non-ASCII letters', () => {
    const r = runBin(['--format', 'sarif', '.'], { cwd: t.dir });
    const log = JSON.parse(r.stdout) as { runs: { results: { message: { text: string } }[] }[] };
    assert.ok(log.runs[0].results.some((x) => x.message.text.includes('<script>')), 'the hostile cell is reported');
    assert.deepEqual(brief(validate(t.dir, r.stdout)), []);
  });

  it('reports a log broken on purpose (the check can fail)', () => {
    const r = runBin(['--format', 'sarif', 'examples/with-errors']);
    const log = JSON.parse(r.stdout) as {
      runs: { results: { ruleIndex?: number; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
    };
    log.runs[0].results[0].ruleIndex = 999;
    log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    const ids = validate(t.dir, JSON.stringify(log)).filter((x) => x.level === 'error').map((x) => x.ruleId);
    // The schema's minimum line (JSON1008), region consistency (SARIF1007), an index into the rules (SARIF1009).
    assert.deepEqual(ids, ['JSON1008', 'SARIF1007', 'SARIF1009']);
  });
});
