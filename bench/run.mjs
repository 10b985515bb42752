// Benchmarks: time programmalint's stages against a baseline measured in the same run, side by side,
// and print ratios (not absolute timings: those depend on the machine).
//   baseline  = remark-parse alone (CommonMark, no tables, no model)
//   dialect   = the same text through our parser (GFM tables + front matter + document model)
//   lint      = all single-document rules over the parsed model
//   workspace = re-linting one chapter after an edit in a workspace of many chapters
// Then the CLI side by side with its peers (bench/cli.mjs) and the editor figures through the real
// server (bench/editor.mjs). BENCH_QUICK=1: small inputs and few runs, to check that the bench works.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { largeChapter } from '../out/test/helpers/generate.js';
import { defaultSettings, lintChapter, parseChapter, settingsFromConfig } from '../out/server/src/service/index.js';
import { WorkspaceIndex } from '../out/server/src/service/workspace.js';
import { benchCli } from './cli.mjs';
import { benchEditor } from './editor.mjs';

const QUICK = Boolean(process.env.BENCH_QUICK);
const RUNS = QUICK ? 1 : 7;
const WORKSPACE = QUICK ? 50 : 1000;

const plain = unified().use(remarkParse);
const examples = readdirSync('examples').filter((f) => f.endsWith('.md')).map((f) => readFileSync(join('examples', f), 'utf8'));
const corpora = [
  ['examples (3 chapters)', examples],
  [`generated ${QUICK ? '50 KB' : '1 MB'} chapter`, [largeChapter(QUICK ? 50 * 1024 : 1024 * 1024)]],
];

/** Median time of `fn` over `runs` runs, after a warm-up. */
function time(fn, runs = RUNS) {
  fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const rows = [];
for (const [name, texts] of corpora) {
  const baseline = time(() => texts.forEach((t) => plain.parse(t)));
  const dialect = time(() => texts.forEach((t) => parseChapter(t)));
  const docs = texts.map((t) => parseChapter(t));
  const settings = defaultSettings();
  const lint = time(() => docs.forEach((d) => lintChapter(d, settings)));
  rows.push({ corpus: name, 'baseline ms': baseline.toFixed(1), 'parse ×': (dialect / baseline).toFixed(2), 'lint ×': (lint / baseline).toFixed(2) });
}
console.table(rows);

// Incremental workspace: one edit in a 1,000-chapter workspace, against linting that chapter alone.
const index = new WorkspaceIndex({ settingsFor: () => settingsFromConfig(undefined) });
const chapter = (i) => examples[i % examples.length].replace(/^## 4\.2\.(\d)/m, `## 4.${2 + Math.floor(i / 9)}.${1 + (i % 9)}`);
for (let i = 0; i < WORKSPACE; i++) index.set(`file:///ws/${i}.md`, chapter(i));
const one = chapter(7);
const alone = time(() => lintChapter(parseChapter(one + '\n'), defaultSettings()));
let n = 0;
const inWorkspace = time(() => {
  index.set('file:///ws/7.md', one + '\n'.repeat(++n));
  index.lint('file:///ws/7.md');
});
console.table([{ case: `edit + re-lint 1 of ${WORKSPACE} chapters`, 'alone ms': alone.toFixed(2), 'in workspace ×': (inWorkspace / alone).toFixed(2) }]);

await benchCli();
await benchEditor();
