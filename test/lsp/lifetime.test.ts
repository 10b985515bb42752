/**
 * The server's lifetime and memory: documents that are opened, edited and closed again do not
 * stay in memory (a server with a small heap survives opening more chapters than fit in it,
 * and its resident memory stays at the level of the first round), and the server does not
 * outlive its client: it exits when its input closes, when the client process is killed, and
 * when the client's process id is gone while the pipes stay open.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { bigChapter } from './chapters.js';
import { PULL_CAPABILITIES, SERVER, TestClient } from './client.js';

/** The resident memory of a process in MB (Linux: /proc/<pid>/status). */
function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

/** Whether a process still runs (a zombie, dead but not yet reaped, does not). */
function running(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

/** Resolves with the exit code of a child, or rejects after `ms`. */
function exitOf(child: { exitCode: number | null; once(event: 'exit', f: (code: number | null) => void): unknown }, ms: number, what: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => reject(new Error(`${what}: still running after ${ms} ms`)), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('language server: memory and lifetime', function () {
  this.timeout(180_000);
  const linux = process.platform === 'linux';

  it('frees closed documents: a 64 MB heap survives 24 big chapters opened, edited and closed (9 kept open exhaust it), and memory stays at the first round’s level', async function () {
    if (!linux) this.skip();
    const client = await TestClient.start({ capabilities: PULL_CAPABILITIES, nodeArgs: ['--max-old-space-size=64'], settings: { debounce: 0 } });
    const pid = client.process.pid!;
    try {
      const rounds = 8;
      const perRound = 3;
      const after: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const uris: string[] = [];
        for (let i = 0; i < perRound; i++) {
          const uri = `file:///geheugen/ronde-${round}/rekening-2018-${i}.md`;
          const text = bigChapter(150 + i);
          uris.push(uri);
          await client.open(uri, text);
          // An edit, so that a second version is parsed and the first must go.
          await client.change(uri, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: 'Bewerkt: ' }]);
        }
        for (const uri of uris) assert.deepEqual((await client.pull(uri)).kind, 'full');
        for (const uri of uris) await client.close(uri);
        // A request after the closes: they are handled when it is answered.
        await client.pull('file:///geheugen/geen.md');
        after.push(rssMb(pid));
      }
      assert.ok(running(pid), 'the server is up');
      // Kept open instead of closed, these chapters exhaust the 64 MB heap in the third round (the
      // server aborts: measured); closed, all eight rounds pass.
      const first = after[0];
      const last = after.at(-1)!;
      assert.ok(last < first * 1.5 + 20, `resident memory after the rounds: ${after.map((m) => m.toFixed(0)).join(', ')} MB`);
    } finally {
      await client.stop();
    }
  });

  it('exits when its input closes', async () => {
    const client = await TestClient.start({ capabilities: PULL_CAPABILITIES });
    client.process.stdin!.end();
    assert.equal(await exitOf(client.process, 10_000, 'server'), 1, 'exit code 1: no shutdown request came');
    client.connection.dispose();
  });

  it('exits when the client’s process id is gone, even with its pipes still open', async function () {
    if (!linux) this.skip();
    const fakeClient = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const client = await TestClient.start({ capabilities: PULL_CAPABILITIES, processId: fakeClient.pid });
    try {
      assert.ok(running(client.process.pid!));
      fakeClient.kill('SIGKILL');
      // vscode-languageserver looks at the client's process every 3 s.
      assert.equal(await exitOf(client.process, 15_000, 'server'), 1);
    } finally {
      if (client.process.exitCode === null) client.process.kill();
      client.connection.dispose();
    }
  });

  it('leaves no orphan when the client process is killed', async function () {
    if (!linux) this.skip();
    // A client of its own that starts the server with the server's stderr on our pipe: the pipe
    // closes only when every process holding it, the server too, has ended.
    const script = `
      const { spawn } = require('node:child_process');
      const server = spawn(process.execPath, [process.argv[1], '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
      server.stdin.write('Content-Length: ' + Buffer.byteLength(body) + '\\r\\n\\r\\n' + body);
      server.stdout.once('data', () => process.stdout.write(server.pid + '\\n'));
      setInterval(() => {}, 1000);
    `;
    const parent = spawn(process.execPath, ['-e', script, SERVER], { stdio: ['ignore', 'pipe', 'pipe'] });
    const serverPid = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the client did not report the server')), 15_000);
      parent.stdout!.once('data', (chunk: Buffer) => {
        clearTimeout(timer);
        resolve(Number(chunk.toString().trim()));
      });
    });
    assert.ok(running(serverPid), 'the server runs');
    const stderrClosed = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server ${serverPid} still holds the pipe after 15 s`)), 15_000);
      parent.stderr!.on('data', () => undefined);
      parent.stderr!.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    parent.kill('SIGKILL');
    await stderrClosed;
    assert.ok(!running(serverPid), `server ${serverPid} is gone`);
  });
});
