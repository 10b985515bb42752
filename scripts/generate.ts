/**
 * `npm run generate`: writes the files generated from the rule registry (see
 * `generated-files.ts`). A file whose text does not change is not written. `--check` writes
 * nothing and exits 1 when a file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_FILES, generate } from './generated-files.js';

// out/scripts/generate.js → the repository root.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const check = process.argv.includes('--check');
const stale: string[] = [];

for (const file of GENERATED_FILES) {
  const path = join(ROOT, file);
  const text = readFileSync(path, 'utf8');
  const next = generate(file, text);
  if (next === text) continue;
  stale.push(file);
  if (!check) writeFileSync(path, next);
}

if (check && stale.length > 0) {
  process.stderr.write(`Stale, run npm run generate: ${stale.join(', ')}\n`);
  process.exitCode = 1;
} else if (stale.length > 0) {
  process.stdout.write(`Generated ${stale.join(', ')}\n`);
}
