// Packs the VS Code extension (.vsix) with @vscode/vsce, from the bundles `node build.mjs --minify` made.
//
// vsce refuses a package.json with a "files" list (ours is for npm: bin, dist, schemas, docs) next to a
// .vscodeignore, so the extension is staged in out/vsix/: the manifest without the npm-only fields, and
// the folders the extension reads. .vscodeignore, copied along, decides what of it goes into the .vsix.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const stage = join(root, 'out', 'vsix');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `${manifest.name}-${manifest.version}.vsix`);

for (const bundle of ['dist/extension.cjs', 'dist/server.cjs']) {
  if (!existsSync(join(root, bundle))) throw new Error(`${bundle} is missing: run node build.mjs --minify first.`);
}

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
for (const entry of [
  '.vscodeignore', 'README.md', 'LICENSE', 'package.nls.json', 'package.nls.nl.json',
  'dist', 'schemas', 'syntaxes', 'snippets', 'client/l10n', 'images',
]) {
  cpSync(join(root, entry), join(stage, entry), { recursive: true });
}
// npm's fields stay out of the extension manifest; everything VS Code reads stays in.
const { files, scripts, dependencies, devDependencies, bin, ...extension } = manifest;
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(extension, null, 2)}\n`);

const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], { cwd: stage, stdio: 'inherit' });
