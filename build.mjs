// Bundles the CLI (and, once they exist, the language server and the VS Code client) with esbuild.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const minify = process.argv.includes('--minify');
const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.cjs' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.cjs' },
  { in: 'client/src/extension.ts', out: 'dist/extension.cjs', external: ['vscode'] },
].filter((e) => existsSync(e.in));

await Promise.all(
  entries.map((e) =>
    build({
      entryPoints: [e.in],
      outfile: e.out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      // jsonc-parser's UMD build hides its requires from esbuild; its ESM build bundles cleanly.
      mainFields: ['module', 'main'],
      target: 'node20',
      sourcemap: !minify,
      minify,
      external: e.external ?? [],
      // ESM dependencies (fdir) read import.meta.url, which a CommonJS bundle lacks.
      define: { 'import.meta.url': '__importMetaUrl' },
      banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
      logLevel: 'warning',
    }),
  ),
);
