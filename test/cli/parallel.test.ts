/**
 * The parallel CLI: files analysed on worker threads give the same output, in the same order, as
 * one thread; cross-document rules see the whole workspace; --fix writes the same files. The
 * number of threads is forced with PROGRAMMALINT_THREADS (a small run would stay on one thread).
 */
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from '../../server/src/cli/run.js';
import { threadCount } from '../../server/src/cli/worker-pool.js';
import { ROOT, runBin, tempDir } from './run-cli.js';

interface CorpusModule {
  writeCorpus(dir: string, options?: object): { files: { path: string; text: string }[] };
}
const corpusModule = (): Promise<CorpusModule> => import(pathToFileURL(join(ROOT, 'bench', 'corpus.mjs')).href) as Promise<CorpusModule>;

/** Every file below a folder, path → text. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out[path.slice(dir.length)] = readFileSync(path, 'utf8');
    }
  }
  return out;
}

describe('parallel CLI', function () {
  this.timeout(120_000);

  it('stays on one thread for a small run, uses the cores for a large one, obeys PROGRAMMALINT_THREADS', () => {
    assert.equal(threadCount(10_000, {}), 1);
    assert.ok(threadCount(50_000_000, {}) >= 1);
    assert.equal(threadCount(10_000, { PROGRAMMALINT_THREADS: '3' }), 3);
    assert.equal(threadCount(50_000_000, { PROGRAMMALINT_THREADS: '1' }), 1);
    assert.equal(threadCount(10_000, { PROGRAMMALINT_THREADS: 'many' }), 1);
  });

  it('a generated corpus with a cross-document finding: the same output on 1 and 3 threads', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const { writeCorpus } = await corpusModule();
      const { files } = writeCorpus(dir, { fields: 2, years: [2021, 2022, 2023], programmes: [{ year: 2022, bytes: 30_000 }] });
      // A rekening that reports another target than its begroting: a cross-beoogd warning.
      const rekening = files.find((f) => f.path.includes('/rekening-2022-') && !f.path.includes('programma-'))!;
      const lines = rekening.text.split('\n');
      const row = lines.findIndex((l, i) => l.startsWith('| ') && lines[i - 1]?.startsWith('| ---'));
      const cells = lines[row].split(' | ');
      cells[2] = '12.345'; // the target column of every profile's rekening
      lines[row] = cells.join(' | ');
      writeFileSync(join(dir, rekening.path), lines.join('\n'));
      const one = runBin(['--format', 'json', '.'], { cwd: dir, env: { PROGRAMMALINT_THREADS: '1' } });
      const three = runBin(['--format', 'json', '.'], { cwd: dir, env: { PROGRAMMALINT_THREADS: '3' } });
      assert.equal(three.stderr, '');
      assert.equal(three.code, one.code);
      assert.equal(three.stdout, one.stdout);
      const findings = JSON.parse(three.stdout) as { rule: string; file: string }[];
      assert.ok(findings.some((f) => f.rule === 'cross-beoogd' && f.file === rekening.path), 'the cross-document finding');
    } finally {
      cleanup();
    }
  });

  it('examples with errors and --workspace counterparts: the same stylish and SARIF output on 1 and 2 threads', () => {
    for (const args of [
      ['examples/with-errors'],
      ['--format', 'sarif', 'examples/with-errors', 'examples/rekening-2020-4.2.2-specialistische-zorgvoorzieningen.md'],
      ['--format', 'json', '--workspace', 'examples', 'examples/rekening-2018-4.2.1-ondersteunende-voorzieningen.md'],
    ]) {
      const one = runBin(args, { env: { PROGRAMMALINT_THREADS: '1' } });
      const two = runBin(args, { env: { PROGRAMMALINT_THREADS: '2' } });
      assert.equal(two.code, one.code, args.join(' '));
      assert.equal(two.stdout, one.stdout, args.join(' '));
      assert.equal(two.stderr, one.stderr, args.join(' '));
    }
  });

  it('--fix on worker threads writes the same files and reports the same findings as on one thread', () => {
    const a = tempDir();
    const b = tempDir();
    try {
      for (const dir of [a.dir, b.dir]) cpSync(join(ROOT, 'examples', 'with-errors'), dir, { recursive: true });
      const one = runBin(['--fix', '--format', 'json', '.'], { cwd: a.dir, env: { PROGRAMMALINT_THREADS: '1' } });
      const two = runBin(['--fix', '--format', 'json', '.'], { cwd: b.dir, env: { PROGRAMMALINT_THREADS: '2' } });
      assert.equal(two.stdout, one.stdout);
      assert.equal(two.code, one.code);
      assert.deepEqual(snapshot(b.dir), snapshot(a.dir));
      assert.notDeepEqual(snapshot(b.dir), snapshot(join(ROOT, 'examples', 'with-errors')), 'something was fixed');
    } finally {
      a.cleanup();
      b.cleanup();
    }
  });

  it('runs its workers from the compiled modules too (in-process, not the bundle)', async () => {
    const run = async (threads: string) => {
      let stdout = '';
      const code = await runCli(['--format', 'json', 'examples/with-errors'], {
        cwd: ROOT,
        env: { PROGRAMMALINT_THREADS: threads },
        stdout: (t) => (stdout += t),
        stderr: (t) => assert.fail(t),
        color: false,
        readStdin: async () => '',
      });
      return { code, stdout };
    };
    const one = await run('1');
    const two = await run('2');
    assert.equal(two.code, 1);
    assert.deepEqual(two, one);
  });

  after(() => rmSync(join(ROOT, '.programmalintcache'), { force: true }));
});
