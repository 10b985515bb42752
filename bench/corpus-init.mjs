// init on each municipality's pages of ../shared/corpus (imported first), then what is left: node bench/corpus-init.mjs (after tsc -p .)
import { readFileSync, readdirSync } from 'node:fs';
import { learnConfig } from '../out/server/src/service/init/learn-config.js';
const dir = new URL('../../shared/corpus/municipalities', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const byTown = new Map();
for (const f of files) { const town = f.split(/-(begroting|rekening)-/)[0]; (byTown.get(town) ?? byTown.set(town, []).get(town)).push(f); }
let totalE = 0, totalW = 0;
for (const [town, list] of byTown) {
  const sources = list.map((f) => ({ name: f, text: readFileSync(`${dir}/${f}`, 'utf8'), markdown: false }));
  const r = learnConfig(sources);
  const left = r.evaluation.chapters.flatMap((c) => c.findings.filter((x) => x.severity === 'error' || x.severity === 'warning').map((x) => ({ file: c.source.name, ...x })));
  const e = left.filter((x) => x.severity === 'error'), w = left.filter((x) => x.severity === 'warning');
  totalE += e.length; totalW += w.length;
  console.log(`## ${town}: profile ${JSON.stringify(r.config.profile)}; learned: ${r.learned.map((l) => l.key).join(', ')}; errors ${e.length}, warnings ${w.length}; unread headers ${r.unknownHeaders.length}`);
  for (const x of left) console.log(`   ${x.severity} ${x.file}:${x.range.start.line + 1} ${x.rule}: ${x.message.slice(0, 150)}`);
}
console.log(`TOTAL errors ${totalE} warnings ${totalW}`);
