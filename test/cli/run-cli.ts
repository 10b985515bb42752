/** Runs the real `programmalint` binary, as a user or CI would. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = process.cwd();
export const BIN = resolve(ROOT, 'bin', 'programmalint.cjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bin with arguments in a folder, with a neutral locale unless `env` says otherwise. */
export function runBin(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH, LANG: 'C.UTF-8', ...options.env },
    input: options.input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder holding `files`; `cleanup` removes it. */
export function tempDir(files: Record<string, string | Buffer> = {}): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'programmalint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A chapter template that lints clean. */
export function template(name: 'rekening' | 'begroting'): string {
  return readFileSync(join(ROOT, 'test', 'fixtures', 'templates', `${name}.md`), 'utf8');
}
