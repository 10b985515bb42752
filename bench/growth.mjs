// Growth: parse + lint time of a chapter at 1×, 2× and 4× its size, for a document of many
// beleidsvelden and for one table of many rows, and the ratio of each step (linear growth: ×2 per
// doubling, ×4 from 1× to 4×). Ratios, not absolute times: those depend on the machine.
//   node bench/growth.mjs            after `npx tsc -p .`
//   GROWTH_ROWS=4000 GROWTH_FIELDS=200 node bench/growth.mjs   other sizes at 1×
import { performance } from 'node:perf_hooks';
import { lintChapter, parseChapter, settingsFromConfig } from '../out/server/src/service/index.js';

const FRONT = '---\ndocument: rekening\njaar: 2018\nprogramma: 4\n---\n\n# Programma 4: Welzijn, gezondheid en zorg\n\n';
const HEADER = '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |\n| --- | --- | --- | --- |\n';
const row = (i) => `| Aantal voorzieningen in gebied ${i} (I) | ${14_000 + i} | Toename | ${14_100 + i} |`;

/** A chapter of `n` beleidsvelden, each with its table, footnote and sections. */
function documentOf(n) {
  const out = [FRONT];
  for (let i = 1; i <= n; i++) {
    out.push(
      `## 4.2.${i} Beleidsveld ${i}\n\n### Prestatie-indicatoren\n\n${HEADER}${row(i)}\n| % bewoners dat tevreden is | 68% | > 70% | 72% |\n\nI   Voorlopig cijfer.\n\n`,
      `### Wat wilden we bereiken in 2018?\n\nPassende ondersteuning.\n\n### Wat hebben we hiervoor gedaan?\n\nVeel.\n\n`,
    );
  }
  return out.join('');
}

/** A chapter of one beleidsveld whose table has `n` rows. */
function tableOf(n) {
  const rows = Array.from({ length: n }, (_, i) => row(i)).join('\n');
  return `${FRONT}## 4.2.1 Beleidsveld\n\n${HEADER}${rows}\n\nI   Voorlopig cijfer.\n\n### Wat wilden we bereiken in 2018?\n\nZorg.\n\n### Wat hebben we hiervoor gedaan?\n\nVeel.\n`;
}

const settings = settingsFromConfig(undefined, 'nl');

/** Median of `runs` timings of parse + lint, after a warm-up. */
function time(text, runs = 3) {
  const once = () => lintChapter(parseChapter(text, { vocabulary: settings.vocabulary }), settings);
  once();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    once();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

const fields = Number(process.env.GROWTH_FIELDS) || 250;
const rows = Number(process.env.GROWTH_ROWS) || 4000;
const cases = [
  ['document', (k) => documentOf(fields * k), `${fields} beleidsvelden`],
  ['table', (k) => tableOf(rows * k), `${rows} rows`],
];

console.log('| input (1×) | 1× ms | 2× ms | 4× ms | 2×/1× | 4×/2× | 4×/1× |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [name, make, size] of cases) {
  const [t1, t2, t4] = [1, 2, 4].map((k) => time(make(k)));
  const r = (a, b) => (a / b).toFixed(2);
  console.log(`| ${name}: ${size} | ${t1.toFixed(0)} | ${t2.toFixed(0)} | ${t4.toFixed(0)} | ${r(t2, t1)} | ${r(t4, t2)} | ${r(t4, t1)} |`);
}
console.log('\nLinear growth: 2.00 per doubling, 4.00 from 1× to 4×.');
