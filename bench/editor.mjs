// Editor figures through the real bundled server (dist/server.cjs --stdio), as an editor sees them:
// - a one-character edit in a 500 KB programme document → its publishDiagnostics (debounce 0);
// - completion and hover on that document, round trip;
// - a 1,000-chapter workspace: server start → the opened chapter's cross-document diagnostics,
//   and the server's resident memory once the workspace is indexed.
//
//   node bench/editor.mjs         (after node build.mjs)
//   BENCH_QUICK=1                 a 30 KB document and a 20-chapter workspace, few samples
//   BENCH_EDITOR=edit|workspace   only one of the two parts
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CompletionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { random, writeCorpus } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER = join(ROOT, 'dist', 'server.cjs');
const QUICK = Boolean(process.env.BENCH_QUICK);

/** A server over stdio with debounce 0, pushing diagnostics (no pull, no workspace/configuration). */
async function startServer(folder) {
  const started = performance.now();
  // BENCH_NODE_ARGS: node options for the server (e.g. --cpu-prof to see where the time goes).
  const nodeArgs = process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : [];
  const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr.resume();
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Set();
  const diagnostics = [];
  const logs = [];
  const notify = () => waiters.forEach((w) => w());
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    diagnostics.push({ at: performance.now(), params: p });
    notify();
  });
  connection.onNotification(LogMessageNotification.type, (p) => {
    logs.push({ at: performance.now(), message: p.message });
    notify();
  });
  // Requests a client without these capabilities still receives are answered empty.
  connection.onRequest(() => null);
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
    capabilities: { window: { workDoneProgress: true } },
    initializationOptions: { programmalint: { debounce: 0 } },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  /** Resolves with the first truthy value of `predicate`, checked after every message. */
  const until = (predicate, what, timeoutMs = 120_000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const value = predicate();
        if (value) {
          clearTimeout(timer);
          waiters.delete(check);
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  const stop = async () => {
    const exited = new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
    await connection.sendNotification(ExitNotification.type).catch(() => undefined);
    await exited;
    connection.dispose();
  };
  return { child, connection, diagnostics, logs, until, stop, started };
}

/** Resident memory of a process in MB (Linux /proc; elsewhere undefined). */
function residentMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** Line numbers of table body rows (where values are typed). */
function tableRows(text) {
  const rows = [];
  text.split('\n').forEach((line, i) => {
    if (line.startsWith('| ') && !line.startsWith('| ---') && !/^\| (Prestatie|Effect|Aanvullende|Beleids|Indicator )/.test(line)) rows.push([i, line]);
  });
  return rows;
}

/** Edits, completion and hover on one large document. */
async function largeDocument(dir, bytes, edits, requests) {
  const folder = join(dir, 'large');
  const { files } = writeCorpus(folder, { profiles: ['groningen'], fields: 0, programmes: [{ year: 2022, bytes }] });
  const file = files.find((f) => f.path.includes('/rekening-'));
  const path = join(folder, file.path);
  const uri = pathToFileURL(path).href;
  const text = file.text;
  const server = await startServer(folder);
  try {
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await server.until(() => server.diagnostics.find((d) => d.params.uri === uri && d.params.version === 1), 'the first diagnostics');
    const rows = tableRows(text);
    const next = random(12);
    const editTimes = [];
    let version = 1;
    for (let i = 0; i < edits; i++) {
      // Type a digit into a value cell, then take it out again: the document stays the same size.
      const [line, content] = rows[Math.floor(next() * rows.length)];
      const character = content.lastIndexOf(' |');
      for (const change of [
        { range: { start: { line, character }, end: { line, character } }, text: '7' },
        { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' },
      ]) {
        const v = ++version;
        const start = performance.now();
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v }, contentChanges: [change] });
        const got = await server.until(() => server.diagnostics.find((d) => d.params.uri === uri && d.params.version === v), `diagnostics v${v}`);
        editTimes.push(got.at - start);
      }
    }
    const timeRequests = async (type) => {
      const times = [];
      for (let i = 0; i < requests; i++) {
        const [line, content] = rows[Math.floor(next() * rows.length)];
        const character = Math.max(2, Math.floor(next() * content.length));
        const start = performance.now();
        await server.connection.sendRequest(type, { textDocument: { uri }, position: { line, character } });
        times.push(performance.now() - start);
      }
      return times;
    };
    const completion = await timeRequests(CompletionRequest.type);
    const hover = await timeRequests(HoverRequest.type);
    return { bytes: Buffer.byteLength(text), editTimes, completion, hover };
  } finally {
    await server.stop();
  }
}

/** Start → cross-document diagnostics of one opened chapter in a workspace of many chapters; memory once indexed. */
async function workspaceOpen(dir, fields, years) {
  const folder = join(dir, 'workspace');
  const { files, chapters } = writeCorpus(folder, { fields, years });
  // A rekening whose target differs from its begroting's: cross-beoogd must report it.
  const file = files.find((f) => f.path.startsWith('groningen-') && f.path.includes('/rekening-2022-'));
  const uri = pathToFileURL(join(folder, file.path)).href;
  const lines = file.text.split('\n');
  const row = lines.findIndex((l, i) => l.startsWith('| ') && lines[i - 1]?.startsWith('| ---'));
  const cells = lines[row].split(' | ');
  cells[2] = '12.345';
  lines[row] = cells.join(' | ');
  const server = await startServer(folder);
  try {
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text: lines.join('\n') },
    });
    const opened = performance.now();
    const first = await server.until(() => server.diagnostics.find((d) => d.params.uri === uri), 'the first diagnostics');
    const cross = await server.until(
      () => server.diagnostics.find((d) => d.params.uri === uri && d.params.diagnostics.some((x) => x.code === 'cross-beoogd')),
      'cross-document diagnostics',
    );
    const indexed = await server.until(() => server.logs.find((l) => /indexed \d+ Markdown files/.test(l.message)), 'the end of indexing');
    const rss = residentMb(server.child.pid);
    return {
      chapters,
      firstMs: first.at - server.started,
      crossMs: cross.at - server.started,
      crossAfterOpenMs: cross.at - opened,
      indexedMs: indexed.at - server.started,
      rss,
    };
  } finally {
    await server.stop();
  }
}

/**
 * Runs the editor bench and prints its tables. Returns the figures.
 * @param {{ log?: (line: string) => void }} [options]
 */
export async function benchEditor(options = {}) {
  const log = options.log ?? console.log;
  const dir = mkdtempSync(join(tmpdir(), 'programmalint-bench-editor-'));
  try {
    const only = process.env.BENCH_EDITOR;
    const large = only === 'workspace' ? undefined : await largeDocument(dir, QUICK ? 30_000 : 500_000, QUICK ? 3 : 25, QUICK ? 10 : 200);
    const ws = only === 'edit' ? undefined : await workspaceOpen(dir, QUICK ? 1 : 17, QUICK ? [2021, 2022] : [2019, 2020, 2021, 2022, 2023, 2024]);
    const row = (xs) => ({ p50: percentile(xs, 50).toFixed(1), p95: percentile(xs, 95).toFixed(1), max: Math.max(...xs).toFixed(1), n: xs.length });
    const target = (what, value, limit, unit) => `  ${value <= limit ? 'met ' : 'MISSED'}  ${what}: ${value.toFixed(1)} ${unit} (≤ ${limit})`;
    const targets = [];
    let figures;
    if (large) {
      log(`\nEditor, real server over stdio (${(large.bytes / 1024).toFixed(0)} KB programme document, debounce 0; ms)`);
      console.table({
        'one-character edit → publishDiagnostics': row(large.editTimes),
        completion: row(large.completion),
        hover: row(large.hover),
      });
      const edit50 = percentile(large.editTimes, 50);
      const edit95 = percentile(large.editTimes, 95);
      const req95 = Math.max(percentile(large.completion, 95), percentile(large.hover, 95));
      targets.push(target('edit → diagnostics, median', edit50, 30, 'ms'), target('edit → diagnostics, p95', edit95, 60, 'ms'), target('completion and hover, p95', req95, 5, 'ms'));
      figures = { bytes: large.bytes, edit50, edit95, completion95: percentile(large.completion, 95), hover95: percentile(large.hover, 95) };
    }
    if (ws) {
      log(`Workspace of ${ws.chapters} chapters, one opened (ms from server start; resident memory once indexed)`);
      console.table({
        'first diagnostics of the opened chapter': { ms: Math.round(ws.firstMs) },
        'cross-document diagnostics of the opened chapter': { ms: Math.round(ws.crossMs) },
        'whole workspace indexed': { ms: Math.round(ws.indexedMs) },
        'resident memory (MB)': { ms: ws.rss === undefined ? 'n/a' : Math.round(ws.rss) },
      });
      targets.push(target(`${ws.chapters}-chapter workspace, cross-document diagnostics`, ws.crossMs / 1000, 3, 's'));
      if (ws.rss !== undefined) targets.push(target('resident memory', ws.rss, 200, 'MB'));
    }
    log('Targets (issue 12):');
    for (const line of targets) log(line);
    return { large: figures, workspace: ws };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await benchEditor();
  if (process.env.BENCH_JSON) appendFileSync(process.env.BENCH_JSON, `${JSON.stringify({ editor: result })}\n`);
}
