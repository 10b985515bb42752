/**
 * The bench's corpus generator and scripts: the corpus is deterministic, every profile's chapters
 * lint clean under their configuration and agree across documents (a changed target is found),
 * and the quick bench runs to its end. No timing is asserted.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, runBin } from './run-cli.js';

interface CorpusFile {
  path: string;
  text: string;
}
interface CorpusModule {
  PROFILES: { profile: string }[];
  generateCorpus(options?: object): CorpusFile[];
  writeCorpus(dir: string, options?: object): { files: CorpusFile[]; chapters: number; bytes: number };
}

const corpusModule = (): Promise<CorpusModule> => import(pathToFileURL(join(ROOT, 'bench', 'corpus.mjs')).href) as Promise<CorpusModule>;

interface JsonFinding {
  file: string;
  line: number;
  rule: string;
  severity: string;
}

describe('bench', function () {
  this.timeout(120_000);
  const options = { fields: 2, years: [2021, 2022, 2023], programmes: [{ year: 2022, bytes: 30_000 }] };
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'programmalint-bench-test-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('generates the same corpus for the same options, and another for another seed', async () => {
    const { generateCorpus } = await corpusModule();
    const a = generateCorpus(options);
    assert.deepEqual(generateCorpus(options), a);
    assert.notDeepEqual(generateCorpus({ ...options, seed: 2 }), a);
  });

  it('covers every built-in profile with begroting/rekening pairs, and its chapters lint clean', async () => {
    const { PROFILES, writeCorpus } = await corpusModule();
    const profiles = JSON.parse(spawnSync(process.execPath, ['-p', `JSON.stringify(Object.keys(require('./schemas/profiles.json').profiles))`], { cwd: ROOT, encoding: 'utf8' }).stdout) as string[];
    assert.deepEqual(PROFILES.map((p) => p.profile).sort(), [...profiles].sort());
    const { files } = writeCorpus(dir, options);
    for (const profile of profiles) {
      for (const kind of ['begroting', 'rekening']) {
        assert.ok(files.some((f) => f.path.startsWith(`${profile}-`) && f.path.includes(`/${kind}-2022-`)), `${profile} ${kind} 2022`);
      }
    }
    const r = runBin(['--format', 'json', '.'], { cwd: dir });
    const findings = JSON.parse(r.stdout) as JsonFinding[];
    assert.deepEqual(findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
    assert.equal(r.code, 0, r.stderr);
  });

  it('writes documents that agree: a rekening target changed away from its begroting is reported', async () => {
    const { writeCorpus } = await corpusModule();
    const { files } = writeCorpus(dir, options);
    const rekening = files.find((f) => f.path.startsWith('realisatie-doel-') && f.path.includes('/rekening-2022-') && !f.path.includes('programma-'))!;
    const lines = rekening.text.split('\n');
    const row = lines.findIndex((l, i) => l.startsWith('| ') && lines[i - 1]?.startsWith('| ---'));
    const cells = lines[row].split(' | ');
    cells[2] = '12.345'; // Realisatie 2021 | Doel 2022 | Realisatie 2022: the target
    lines[row] = cells.join(' | ');
    writeFileSync(join(dir, rekening.path), lines.join('\n'));
    const r = runBin(['--format', 'json', '.'], { cwd: dir });
    const findings = (JSON.parse(r.stdout) as JsonFinding[]).filter((f) => f.severity === 'warning' || f.severity === 'error');
    assert.deepEqual(
      findings.map((f) => `${f.file}:${f.line} ${f.rule}`),
      [`${rekening.path}:${row + 1} cross-beoogd`],
    );
  });

  it('runs the quick CLI and editor bench to the end (BENCH_QUICK=1)', () => {
    for (const script of ['cli.mjs', 'editor.mjs']) {
      const r = spawnSync(process.execPath, [join(ROOT, 'bench', script)], {
        cwd: ROOT,
        env: { ...process.env, BENCH_QUICK: '1' },
        encoding: 'utf8',
        timeout: 110_000,
      });
      assert.equal(r.status, 0, `${script}: ${r.stderr}`);
      assert.match(r.stdout, /Targets \(issue 12\):/);
    }
  });
});
