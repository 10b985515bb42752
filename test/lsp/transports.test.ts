/** The server's command line: `--stdio` (the other suites), `--node-ipc`, and no transport at all. */
import assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  ShutdownRequest,
} from 'vscode-languageserver-protocol/node';
import { briefDiagnostic, PULL_CAPABILITIES, SERVER } from './client.js';

describe('language server: transports', () => {
  it('speaks LSP over --node-ipc', async () => {
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const result = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        capabilities: PULL_CAPABILITIES,
      });
      assert.equal(result.serverInfo?.name, 'programmalint');
      await connection.sendNotification(InitializedNotification.type, {});
      const uri = 'untitled:ipc';
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: {
          uri,
          languageId: 'markdown',
          version: 1,
          text: '| Prestatie-indicatoren | Behaald 2018 |\n| --- | --- |\n| Aantal | 12 | 13 |\n',
        },
      });
      const report = await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      assert.equal(report.kind, 'full');
      assert.deepEqual(
        report.kind === 'full' ? report.items.filter((d) => d.code === 'table-row-cells').map(briefDiagnostic) : [],
        ['table-row-cells@3:15-3:21 Deze rij heeft 3 cellen, de kop 2: 1 cel te veel.'],
      );
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });

  it('explains its usage without a transport (exit code 2) and on --help (exit code 0)', () => {
    const none = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /^programmalint-server: choose a transport\.\n\nUsage: programmalint-server --stdio \| --node-ipc/);
    const help = spawnSync(process.execPath, [SERVER, '--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: programmalint-server --stdio \| --node-ipc \| --socket=PORT \| --pipe=NAME\n/);
  });
});
