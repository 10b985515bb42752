/**
 * A large workspace is indexed in the background: progress is shown with window/workDoneProgress,
 * the opened chapter's first diagnostics already compare it with its counterparts (parsed first),
 * requests are answered while the rest is indexed, and the last diagnostics still hold the
 * comparison. Plus the pre-scan that picks the counterparts.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';
import { BACKGROUND_BYTES } from '../../server/src/lsp/indexer.js';
import { prescan } from '../../server/src/service/prescan.js';
import { ROOT, SERVER } from './client.js';

interface CorpusModule {
  writeCorpus(dir: string, options?: object): { files: { path: string; text: string }[]; bytes: number };
}

describe('language server: indexing a large workspace', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'programmalint-indexer-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('pre-scans kind, year and beleidsveld numbers from front matter and headings', () => {
    assert.deepEqual(prescan('---\ndocument: rekening\njaar: 2021\nprogramma: 4\n---\n\n# Programma 4\n\n## 4.2.1 Zorg\n\n### Beleidsveld 4.2.2 Meer\n'), {
      kind: 'rekening',
      year: 2021,
      numbers: ['4.2.1', '4.2.2'],
    });
    assert.deepEqual(prescan('\ufeff---\r\ndocument: begroting\r\njaar: 2019\r\n---\r\n## 1.1.1 A\r\n'), { kind: 'begroting', year: 2019, numbers: ['1.1.1'] });
    assert.deepEqual(prescan('# Geen front matter\n\n## 4.2.1 Zorg\n'), { numbers: ['4.2.1'] });
    assert.deepEqual(prescan('---\njaar: [\n---\n'), { numbers: [] });
    assert.deepEqual(prescan('---\ndocument: notulen\njaar: "2020"\n---\n'), { numbers: [] });
  });

  it('shows progress, lints the opened chapter against its counterparts at once, answers meanwhile, ends with full diagnostics', async () => {
    const { writeCorpus } = (await import(pathToFileURL(join(ROOT, 'bench', 'corpus.mjs')).href)) as CorpusModule;
    const { files, bytes } = writeCorpus(dir, { fields: 8, years: [2020, 2021, 2022] });
    assert.ok(bytes > BACKGROUND_BYTES, `a large workspace (${bytes} bytes)`);
    // The opened rekening reports another target than its begroting: cross-beoogd.
    const file = files.find((f) => f.path.startsWith('groningen-') && f.path.includes('/rekening-2022-'))!;
    const lines = file.text.split('\n');
    const row = lines.findIndex((l, i) => l.startsWith('| ') && lines[i - 1]?.startsWith('| ---'));
    const cells = lines[row].split(' | ');
    cells[2] = '12.345';
    lines[row] = cells.join(' | ');
    const text = lines.join('\n');
    const uri = pathToFileURL(join(dir, file.path)).href;

    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr.resume();
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const events: string[] = [];
    const published: PublishDiagnosticsParams[] = [];
    const progress: { kind: string; percentage?: number }[] = [];
    const waiters = new Set<() => void>();
    const changed = () => waiters.forEach((w) => w());
    const until = <T>(predicate: () => T | undefined, what: string) =>
      new Promise<T>((resolve, reject) => {
        const check = () => {
          const value = predicate();
          if (value !== undefined) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(value);
          }
        };
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; events: ${events.join(', ')}`)), 100_000);
        waiters.add(check);
        check();
      });
    connection.onRequest(WorkDoneProgressCreateRequest.method, () => {
      events.push('create');
      return null;
    });
    connection.onNotification('$/progress', (p: { value: { kind: string; percentage?: number } }) => {
      progress.push(p.value);
      events.push(`progress ${p.value.kind}`);
      changed();
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      if (p.uri === uri) {
        published.push(p);
        events.push('diagnostics');
      }
      changed();
    });
    connection.onNotification(LogMessageNotification.type, (p) => {
      if (/indexed \d+ Markdown files/.test(p.message)) events.push('indexed');
      changed();
    });
    connection.listen();
    try {
      await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(dir).href,
        workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
        capabilities: { window: { workDoneProgress: true } },
        initializationOptions: { programmalint: { debounce: 0 } },
      });
      await connection.sendNotification(InitializedNotification.type, {});
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const first = await until(() => published[0], 'the first diagnostics');
      assert.ok(first.diagnostics.some((d) => d.code === 'cross-beoogd'), 'the first diagnostics compare with the begroting');
      const hover = connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: row, character: 4 } }).then(() => events.push('hover'));
      await hover;
      await until(() => (events.includes('indexed') ? true : undefined), 'the end of indexing');
      await until(() => (progress.some((p) => p.kind === 'end') ? true : undefined), 'the end of the progress');

      assert.ok(events.indexOf('create') < events.indexOf('progress begin'));
      assert.equal(progress[0].kind, 'begin');
      assert.equal(progress[progress.length - 1].kind, 'end');
      assert.ok(progress.filter((p) => p.kind === 'report').length >= 1, 'reported along the way');
      assert.ok(events.indexOf('hover') < events.indexOf('indexed'), `a request is answered while indexing: ${events.join(', ')}`);
      // Whatever arrived later, the last diagnostics still hold the comparison.
      assert.ok(published[published.length - 1].diagnostics.some((d) => d.code === 'cross-beoogd'));
    } finally {
      const exited = new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
      await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
      await connection.sendNotification(ExitNotification.type).catch(() => undefined);
      await exited;
      connection.dispose();
    }
  });
});
