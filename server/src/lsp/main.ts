/**
 * Entry of the `programmalint-server` bin: the language server over `--stdio`, `--node-ipc`,
 * `--socket=PORT` or `--pipe=NAME` (the transports of vscode-languageserver).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { isLintWorker, serveLintWorker } from '../cli/lint-worker.js';
import { startServer } from './server.js';

const USAGE = `Usage: programmalint-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The programmalint language server (LSP) for begroting and rekening chapters in Markdown.
See docs/editors.md for editor set-up and settings.
`;

const args = process.argv.slice(2);
const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (isLintWorker()) {
  // The same bundle parses a large workspace on a worker thread (lsp/index-worker.ts).
  serveLintWorker();
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
} else if (!args.some((a) => transports.some((t) => a === t || a.startsWith(`${t}=`)))) {
  process.stderr.write(`programmalint-server: choose a transport.\n\n${USAGE}`);
  process.exitCode = 2;
} else {
  startServer(createConnection(ProposedFeatures.all));
}
