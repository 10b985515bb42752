// The CLI side by side with its peers on the same generated corpus, in one run: the contenders
// take turns (the order rotates every round), each is timed as a whole process (wall clock, start
// to exit), and the median of the rounds is compared. Prints the ratios and the targets of issue 12.
//
//   node bench/cli.mjs            (after tsc -p . && node build.mjs; npm run bench does both)
//   BENCH_QUICK=1                 a small corpus and one round: checks that the bench works, in seconds
//   BENCH_ROUNDS=N                rounds (default 5)
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { benchCorpusOptions, writeCorpus } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const QUICK = Boolean(process.env.BENCH_QUICK);
const ROUNDS = Number(process.env.BENCH_ROUNDS) > 0 ? Number(process.env.BENCH_ROUNDS) : QUICK ? 1 : 5;
const BIN = join(ROOT, 'bin', 'programmalint.cjs');
const MARKDOWNLINT = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const REMARK = join(ROOT, 'node_modules', 'remark-cli', 'cli.js');
const PRESET = join(ROOT, 'node_modules', 'remark-preset-lint-recommended', 'index.js');
const FLOOR = join(ROOT, 'bench', 'floor.mjs');

/** Runs a command to its end; resolves with the wall time in ms. Findings (exit 1) are expected; a crash is not. */
function timed(args, cwd) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - start;
      if (code === 0 || code === 1) resolve(ms);
      else reject(new Error(`${args.join(' ')} exited with ${code}: ${stderr.slice(0, 2000)}`));
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs the CLI bench. Returns the medians (ms) per contender and the corpus size; prints tables.
 * @param {{ log?: (line: string) => void }} [options]
 */
export async function benchCli(options = {}) {
  const log = options.log ?? console.log;
  const dir = mkdtempSync(join(tmpdir(), 'programmalint-bench-'));
  try {
    const corpus = join(dir, 'corpus');
    const { files, chapters, bytes } = writeCorpus(corpus, benchCorpusOptions(QUICK));
    const cacheFile = join(dir, 'cache');
    // One chapter that changes before every run of the one-file-changed contender (alternating two texts).
    const changing = join(corpus, files.find((f) => f.path.endsWith('.md') && f.path.includes('/rekening-')).path);
    const original = readFileSync(changing, 'utf8');
    let flip = 0;

    // Until the CLI has a cache, its contenders are left out.
    const cache = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout.includes('--cache');
    const all = [
      { name: 'programmalint (cold)', args: [BIN, '--format', 'json', '.'] },
      {
        name: 'programmalint --cache (unchanged)',
        args: [BIN, '--format', 'json', '--cache', '--cache-location', cacheFile, '.'],
      },
      {
        name: 'programmalint --cache (1 file changed)',
        args: [BIN, '--format', 'json', '--cache', '--cache-location', cacheFile, '.'],
        before() {
          // Every run sees exactly one chapter that differs from what the cache holds.
          writeFileSync(changing, ++flip % 2 ? `${original}\nEen extra zin aan het eind.\n` : original);
        },
        after() {
          // Leave the corpus as the unchanged contender expects it: cache and files agree again.
          return timed(all[1].args, corpus);
        },
      },
      { name: 'markdownlint-cli2 (default config)', args: [MARKDOWNLINT, '**/*.md'] },
      { name: 'remark-cli + preset-lint-recommended', args: [REMARK, '--no-config', '--use', PRESET, '--quiet', '--no-stdout', '.'] },
      { name: 'floor: unified + remark-parse + GFM table', args: [FLOOR, '.'] },
    ];
    const contenders = cache ? all : all.filter((c) => !c.name.includes('--cache'));

    // Warm the caches of the file system and fill programmalint's cache once.
    await timed(cache ? all[1].args : all[0].args, corpus);
    const samples = new Map(contenders.map((c) => [c.name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]);
      for (const contender of order) {
        contender.before?.();
        samples.get(contender.name).push(await timed(contender.args, corpus));
        await contender.after?.();
      }
    }
    writeFileSync(changing, original);

    const ms = Object.fromEntries([...samples].map(([name, xs]) => [name, median(xs)]));
    const cold = ms['programmalint (cold)'];
    const mdl = ms['markdownlint-cli2 (default config)'];
    log(
      `\nCLI on ${chapters} chapters (${(bytes / 1e6).toFixed(1)} MB; ${ROUNDS} round${ROUNDS > 1 ? 's' : ''}, median; ` +
        `${availableParallelism()} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version})`,
    );
    console.table(
      Object.fromEntries(
        Object.entries(ms).map(([name, t]) => [
          name,
          { 'median ms': Math.round(t), '× markdownlint-cli2': (t / mdl).toFixed(2), '× programmalint cold': (t / cold).toFixed(3) },
        ]),
      ),
    );
    const remark = ms['remark-cli + preset-lint-recommended'];
    const unchanged = ms['programmalint --cache (unchanged)'];
    const oneChanged = ms['programmalint --cache (1 file changed)'];
    const target = (what, value, limit, cmp = '≤') => `${value <= limit ? 'met ' : 'MISSED'}  ${what}: ${value.toFixed(3)} (${cmp} ${limit})`;
    log('Targets (issue 12):');
    log(`  ${target('cold ÷ markdownlint-cli2', cold / mdl, 0.35)}`);
    log(`  ${target('cold ÷ remark-cli', cold / remark, 1, '<')}`);
    if (cache) {
      log(`  ${target('--cache unchanged ÷ cold', unchanged / cold, 0.05)}`);
      log(`  ${target('--cache one file changed ÷ cold', oneChanged / cold, 0.1)}`);
    }
    return { ms, chapters, bytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await benchCli();
  if (process.env.BENCH_JSON) appendFileSync(process.env.BENCH_JSON, `${JSON.stringify({ cli: result })}\n`);
}
