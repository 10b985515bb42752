/** Entry point of the `programmalint` bin; the same bundle serves the CLI's worker threads. */
import { isLintWorker, serveLintWorker } from './lint-worker.js';
import { runCli } from './run.js';

const chunks: Buffer[] = [];
if (isLintWorker()) serveLintWorker();
else runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY),
  readStdin: () =>
    new Promise((resolve, reject) => {
      process.stdin.on('data', (c: Buffer) => chunks.push(c));
      process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      process.stdin.on('error', reject);
    }),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`programmalint: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
