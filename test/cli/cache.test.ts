/**
 * --cache: a warm run gives what a cold run gives, analyses only changed files, keeps
 * cross-document findings right when only a counterpart changed, follows configuration and
 * language, survives a damaged or foreign cache file and writes it atomically.
 * PROGRAMMALINT_STATS=1 makes the CLI say on stderr what it analysed and what it took from the cache.
 */
import assert from 'node:assert/strict';
import { existsSync, linkSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import pkg from '../../package.json' with { type: 'json' };
import { cacheVersion } from '../../server/src/cli/cache.js';
import { type CliResult, ROOT, runBin, tempDir, template } from './run-cli.js';

interface CorpusModule {
  writeCorpus(dir: string, options?: object): { files: { path: string; text: string }[] };
}

const STATS = { PROGRAMMALINT_STATS: '1' };
/** The version the bundled CLI keys its cache on. */
const BUILD_VERSION = cacheVersion(pkg.version, pathToFileURL(join(ROOT, 'dist', 'cli.cjs')).href);

/** The statistics line of a run: files read, analysed, from the cache, cross-checked. */
function stats(r: CliResult): { read: number; analysed: number; cached: number; crossRun: number } {
  const m = /(\d+) files read, (\d+) analysed \(\d+ worker threads\), (\d+) from the cache; cross-document rules run for (\d+) of/.exec(r.stderr);
  assert.ok(m, `no statistics in: ${r.stderr}`);
  return { read: Number(m[1]), analysed: Number(m[2]), cached: Number(m[3]), crossRun: Number(m[4]) };
}

/** The stderr of a run without the statistics line. */
const problems = (r: CliResult) => r.stderr.replace(/^programmalint: \d+ files read.*\n/m, '');

const BEGROTING = 'groningen-wierdestad/begroting-2022-1.1.1-groen-en-water.md';
const REKENING = 'groningen-wierdestad/rekening-2022-1.1.1-groen-en-water.md';

/**
 * Begroting and rekening 2021 and 2022 of one beleidsveld that agree (the bench's generator), and
 * a note that is no chapter. The rekening 2022 compares itself with the begroting 2022 and the rekening 2021.
 */
async function workspace() {
  const { writeCorpus } = (await import(pathToFileURL(join(ROOT, 'bench', 'corpus.mjs')).href)) as CorpusModule;
  const temp = tempDir();
  writeCorpus(temp.dir, { profiles: ['groningen'], fields: 1, years: [2021, 2022] });
  writeFileSync(join(temp.dir, 'notes.md'), '# Notities\n\nGeen hoofdstuk.\n');
  return temp;
}

describe('--cache', function () {
  this.timeout(60_000);

  it('a warm run prints what a cold run prints and analyses nothing', async () => {
    const { dir, cleanup } = await workspace();
    try {
      const cold = runBin(['--format', 'json', '.'], { cwd: dir });
      const first = runBin(['--format', 'json', '--cache', '.'], { cwd: dir, env: STATS });
      assert.ok(existsSync(join(dir, '.programmalintcache')), 'the default cache file');
      assert.deepEqual(stats(first), { read: 5, analysed: 5, cached: 0, crossRun: 5 });
      const warm = runBin(['--format', 'json', '--cache', '.'], { cwd: dir, env: STATS });
      assert.deepEqual(stats(warm), { read: 5, analysed: 0, cached: 5, crossRun: 0 });
      for (const r of [first, warm]) {
        assert.equal(r.stdout, cold.stdout);
        assert.equal(r.code, cold.code);
        assert.equal(problems(r), '');
      }
    } finally {
      cleanup();
    }
  });

  it('re-analyses only the changed file; a rekening whose begroting changed is checked again and reports the difference', async () => {
    const { dir, cleanup } = await workspace();
    try {
      runBin(['--cache', '.'], { cwd: dir });
      const begroting = readFileSync(join(dir, BEGROTING), 'utf8');
      // The begroting now promises another target (Beoogd 2022, its last column) than the rekening reports.
      const lines = begroting.split('\n');
      const row = lines.findIndex((l, i) => l.startsWith('| ') && lines[i - 1]?.startsWith('| ---'));
      lines[row] = lines[row].replace(/\| [^|]+ \|$/, '| 12.345 |');
      writeFileSync(join(dir, BEGROTING), lines.join('\n'));
      const warm = runBin(['--format', 'json', '--cache', '.'], { cwd: dir, env: STATS });
      // Only the begroting is parsed; the cross-document rules run for it and for its rekening.
      assert.deepEqual(stats(warm), { read: 5, analysed: 1, cached: 4, crossRun: 2 });
      const cold = runBin(['--format', 'json', '.'], { cwd: dir });
      assert.equal(warm.stdout, cold.stdout);
      const findings = JSON.parse(warm.stdout) as { file: string; rule: string }[];
      assert.ok(findings.some((f) => f.file === REKENING && f.rule === 'cross-beoogd'), 'the rekening reports the changed target');

      // And back: the finding goes away again, still without parsing the rekening.
      writeFileSync(join(dir, BEGROTING), begroting);
      const back = runBin(['--format', 'json', '--cache', '.'], { cwd: dir, env: STATS });
      assert.equal(stats(back).analysed, 1);
      assert.equal(back.stdout, runBin(['--format', 'json', '.'], { cwd: dir }).stdout);
      assert.ok(!(JSON.parse(back.stdout) as { rule: string }[]).some((f) => f.rule === 'cross-beoogd'));
    } finally {
      cleanup();
    }
  });

  it('follows the configuration and the language: a change of either is a miss', () => {
    const { dir, cleanup } = tempDir({ 'rekening.md': template('rekening').replace('| 68% (II) |', '| 68 % (II) |') });
    try {
      const before = runBin(['--format', 'json', '--cache', '.'], { cwd: dir });
      assert.ok((JSON.parse(before.stdout) as { rule: string }[]).some((f) => f.rule === 'value-format'));
      writeFileSync(join(dir, '.programmalintrc.json'), '{ "rules": { "value-format": "off" } }');
      const off = runBin(['--format', 'json', '--cache', '.'], { cwd: dir, env: STATS });
      assert.equal(stats(off).analysed, 1);
      assert.ok(!(JSON.parse(off.stdout) as { rule: string }[]).some((f) => f.rule === 'value-format'));
      const english = runBin(['--format', 'json', '--cache', '--lang', 'en', '.'], { cwd: dir, env: STATS });
      assert.equal(stats(english).analysed, 1);
      assert.equal(english.stdout, runBin(['--format', 'json', '--lang', 'en', '.'], { cwd: dir }).stdout);
    } finally {
      cleanup();
    }
  });

  it('ignores a damaged, truncated, foreign or other-version cache file without a crash, and replaces it', async () => {
    const { dir, cleanup } = await workspace();
    try {
      const cold = runBin(['--format', 'json', '.'], { cwd: dir });
      const file = join(dir, '.programmalintcache');
      runBin(['--cache', '.'], { cwd: dir });
      const good = readFileSync(file);
      const damaged: [string, Buffer | string][] = [
        ['garbage', Buffer.from([0xff, 0x0d, 0x6f, 0x07, 0x00, 0x01, 0x02])],
        ['truncated', good.subarray(0, Math.floor(good.length / 2))],
        ['text', '{"format":"programmalint-cache/2"}'],
        ['empty', ''],
        ['other version', serialize({ format: 'programmalint-cache/2', version: '0.0.0-other', entries: {} })],
        ['damaged entries', serialize({ format: 'programmalint-cache/2', version: BUILD_VERSION, entries: { [join(dir, REKENING)]: { key: 5 }, x: null } })],
      ];
      for (const [what, bytes] of damaged) {
        writeFileSync(file, bytes);
        const r = runBin(['--format', 'json', '--cache', '.'], { cwd: dir, env: STATS });
        assert.equal(r.stdout, cold.stdout, what);
        assert.equal(problems(r), '', what);
        assert.equal(stats(r).analysed, 5, what);
        assert.equal(stats(runBin(['--cache', '.'], { cwd: dir, env: STATS })).analysed, 0, `${what}: rewritten`);
      }
    } finally {
      cleanup();
    }
  });

  it('is keyed on the build: the same version from another bundle misses, the same bundle hits', () => {
    const { dir, cleanup } = tempDir();
    try {
      const a = join(dir, 'a.cjs');
      const b = join(dir, 'b.cjs');
      writeFileSync(a, 'module.exports = 1;\n');
      writeFileSync(b, 'module.exports = 2;\n');
      const va = cacheVersion('1.2.3', pathToFileURL(a).href);
      assert.match(va, /^1\.2\.3\+[\w-]{16}$/);
      assert.equal(cacheVersion('1.2.3', pathToFileURL(a).href), va);
      assert.notEqual(cacheVersion('1.2.3', pathToFileURL(b).href), va);
      assert.equal(cacheVersion('1.2.3', pathToFileURL(join(dir, 'gone.cjs')).href), '1.2.3');
      assert.equal(cacheVersion('1.2.3', pathToFileURL(join(dir, 'module.js')).href), '1.2.3');
      // The bundled CLI writes its cache under the key of its own bundle.
      const cacheFile = join(dir, 'cache');
      runBin(['--cache', '--cache-location', cacheFile, 'examples/begroting-2019-4.2.1-ondersteunende-voorzieningen.md'], { cwd: ROOT });
      assert.equal((deserialize(readFileSync(cacheFile)) as { version: string }).version, BUILD_VERSION);
      assert.notEqual(BUILD_VERSION, pkg.version);
    } finally {
      cleanup();
    }
  });

  it('a damaged model inside a valid cache is analysed again', async () => {
    const { dir, cleanup } = await workspace();
    try {
      const cold = runBin(['--format', 'json', '.'], { cwd: dir });
      runBin(['--cache', '.'], { cwd: dir });
      const file = join(dir, '.programmalintcache');
      // Flip the first bytes of every serialized model (they begin with the v8 header 0xff 0x0f).
      const bytes = readFileSync(file);
      for (let i = 1; i < bytes.length - 1; i++) if (bytes[i] === 0xff && bytes[i + 1] === 0x0f) bytes[i + 1] = 0x00;
      writeFileSync(file, bytes);
      writeFileSync(join(dir, BEGROTING), readFileSync(join(dir, BEGROTING), 'utf8') + '\n');
      const r = runBin(['--format', 'json', '--cache', '.'], { cwd: dir, env: STATS });
      assert.equal(problems(r), '');
      // The changed begroting, and the two rekeningen whose models the comparison needs (begroting
      // 2022 changed, so rekening 2022 is compared again, with rekening 2021).
      assert.deepEqual(stats(r), { read: 5, analysed: 3, cached: 2, crossRun: 2 });
      assert.equal(r.stdout, runBin(['--format', 'json', '.'], { cwd: dir }).stdout);
      assert.equal(JSON.parse(r.stdout).length, JSON.parse(cold.stdout).length);
    } finally {
      cleanup();
    }
  });

  it('writes the cache atomically (a new file renamed over the old), leaves no temporary files, honours --cache-location', async () => {
    const { dir, cleanup } = await workspace();
    try {
      const location = join(dir, 'sub', 'my.cache');
      const missing = runBin(['--cache', '--cache-location', location, '.'], { cwd: dir });
      assert.match(missing.stderr, /kan de cache .* niet schrijven/);
      assert.equal(missing.code, 0, 'a cache that cannot be written does not fail the run');

      const file = join(dir, 'cache.bin');
      runBin(['--cache', '--cache-location', 'cache.bin', '.'], { cwd: dir });
      const before = readFileSync(file);
      linkSync(file, join(dir, 'old-link'));
      writeFileSync(join(dir, 'notes.md'), '# Notities\n\nAnders.\n');
      runBin(['--cache', '--cache-location', 'cache.bin', '.'], { cwd: dir });
      assert.deepEqual(readFileSync(join(dir, 'old-link')), before, 'the old file was not written into');
      assert.notDeepEqual(readFileSync(file), before);
      assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);

      // A folder as location: the default name inside it.
      runBin(['--cache', '--cache-location', '.', '.'], { cwd: dir });
      assert.ok(existsSync(join(dir, '.programmalintcache')));
    } finally {
      cleanup();
    }
  });

  it('--fix with --cache: fixed files are analysed again next time and the output stays that of a cold run', () => {
    const { dir, cleanup } = tempDir({ 'rekening.md': template('rekening').replace('| 68% (II) |', '| 68 % (II) |') });
    try {
      runBin(['--cache', '.'], { cwd: dir });
      const fixed = runBin(['--fix', '--format', 'json', '--cache', '.'], { cwd: dir, env: STATS });
      assert.ok(readFileSync(join(dir, 'rekening.md'), 'utf8').includes('| 68% (II) |'), 'fixed');
      assert.equal(stats(fixed).analysed, 0, 'the fix started from the cache');
      const warm = runBin(['--format', 'json', '--cache', '.'], { cwd: dir, env: STATS });
      assert.equal(stats(warm).analysed, 1, 'the fixed file');
      assert.equal(warm.stdout, runBin(['--format', 'json', '.'], { cwd: dir }).stdout);
      assert.equal(warm.stdout, fixed.stdout);
    } finally {
      cleanup();
    }
  });

  it('--cache-location needs --cache; the cache flags belong to linting only', () => {
    for (const args of [['--cache-location', 'x', '.'], ['report', '--cache'], ['init', '--cache'], ['import', '--cache']]) {
      const r = runBin(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /cache/);
    }
    const help = runBin(['--help']);
    assert.match(help.stdout, /--cache\b/);
    assert.match(help.stdout, /--cache-location/);
  });
});
