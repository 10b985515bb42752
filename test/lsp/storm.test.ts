/**
 * An edit storm over the real server: thousands of rapid random edits across three open
 * chapters, with completion, hover and code-action requests in between (some cancelled). The
 * server must stay up, answer every request (or report it cancelled), never answer a range
 * outside the text it was asked about, and end with the diagnostics a fresh in-process
 * analysis of the final texts gives. No sleeps: every step awaits a message.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, type Range, ResponseError } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from '../../server/src/lsp/diagnostics.js';
import { settingsFromConfig } from '../../server/src/service/index.js';
import { WorkspaceIndex } from '../../server/src/service/workspace.js';
import { REKENING_2019 } from './chapters.js';
import { briefDiagnostic, PULL_CAPABILITIES, ROOT, TEMPLATES, TestClient } from './client.js';

/** Edits and seed; STORM_EDITS and STORM_SEED raise or vary them (e.g. with `npm run fuzz`). */
const EDITS = Number(process.env.STORM_EDITS) > 0 ? Number(process.env.STORM_EDITS) : 2000;
const SEED = Number.isInteger(Number(process.env.STORM_SEED)) && process.env.STORM_SEED ? Number(process.env.STORM_SEED) : 1414;

/** What gets typed: mostly cell text (values, markers, words); now and then structure. */
const CELL_TEXT = ['a', ' ', '%', '1', '9', ',', '.', '-', '(II)', '(I)', ' 68%', '*', 'Toename', 'é', '😀', 'Behaald 2018', 'n.v.t.'];
// No backslash: typed before a pipe it escapes it, and the table it belonged to is soon gone.
const STRUCTURE = ['|', ' | ', '\n', '\r\n', '#', '\t', '| x | 1 | 2 | 3 |\n', '---\n', '* ', 'jaar: 2020'];

/** A beleidsveld with faults of several rules (cells, value, footnote, sections). */
const FAULTY_FIELD = [
  '',
  '',
  '## 4.2.9 Toegevoegd beleidsveld',
  '',
  '| Prestatie-indicatoren | Behaald 2018 | Beoogd 2019 | Behaald 2019 |',
  '| --- | --- | --- | --- |',
  '| Aantal deelnemers (IX) | 68 % | 1.200 |',
  '',
].join('\n');

/** Every range in an answer with the uri it belongs to (edits name their document). */
function rangesIn(value: unknown, uri: string, found: { uri: string; range: Range }[] = []): { uri: string; range: Range }[] {
  if (Array.isArray(value)) value.forEach((v) => rangesIn(v, uri, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'command') continue; // command arguments are the server's own data
      if (key === 'changes' && v && typeof v === 'object') {
        for (const [u, edits] of Object.entries(v)) rangesIn(edits, u, found);
      } else if (key === 'documentChanges' && Array.isArray(v)) {
        for (const change of v) rangesIn(change.edits, change.textDocument?.uri ?? uri, found);
      } else if (['range', 'insert', 'replace'].includes(key) && v && typeof v === 'object' && 'start' in v) {
        found.push({ uri, range: v as Range });
      } else rangesIn(v, uri, found);
    }
  }
  return found;
}

/** The length of a chapter's front matter and programme heading (the storm does not touch them). */
function protectedPrefix(text: string): number {
  const heading = text.indexOf('\n# Programma');
  const end = heading < 0 ? -1 : text.indexOf('\n', heading + 1);
  return end < 0 ? 0 : end + 1;
}

/** A random offset on an editable line: after the programme heading, not on a heading, a blank line or a delimiter row. */
function editOffset(text: string, next: () => number): number {
  const keep = protectedPrefix(text);
  const starts: number[] = [];
  const re = /\r\n|\r|\n/g;
  let at = 0;
  for (;;) {
    const line = text.slice(at).split(/\r\n|\r|\n/, 1)[0];
    // Delimiter rows are left alone: without one there is no table left to check.
    const delimiter = /^\|[\s:|-]*$/.test(line) && line.includes('-');
    // Blank lines too: typed into, they join a table to the paragraph before it.
    if (at >= keep && line.trim() !== '' && text[at] !== '#' && !delimiter) {
      starts.push(at);
      // Table rows three times as often: they carry the values the rules check.
      if (text[at] === '|') starts.push(at, at);
    }
    const m = re.exec(text);
    if (!m) break;
    at = m.index + m[0].length;
  }
  if (starts.length === 0) return text.length;
  const start = starts[Math.floor(next() * starts.length)];
  const end = text.slice(start).search(/\r\n|\r|\n|$/) + start;
  return start + Math.floor(next() * (end - start + 1));
}

function inside(text: string, r: Range): boolean {
  const lengths = text.split(/\r\n|\r|\n/).map((l) => l.length);
  const ok = (p: { line: number; character: number }) => p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line];
  const ordered = r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character);
  return ok(r.start) && ok(r.end) && ordered;
}

describe('language server: edit storm', () => {
  let client: TestClient;
  let folder: string;

  before(async () => {
    // An empty folder: no configuration file applies, as for the in-process analysis.
    folder = mkdtempSync(join(tmpdir(), 'programmalint-storm-'));
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, locale: 'nl' });
  });

  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it(`stays up through ${EDITS} random edits in 3 documents with requests in between, and ends with a fresh analysis' diagnostics`, async function () {
    this.timeout(120_000);
    // The bench's mulberry32 (bench/corpus.mjs): seeded, so a failing storm can be replayed.
    const { random } = (await import(pathToFileURL(join(ROOT, 'bench', 'corpus.mjs')).href)) as { random(seed: number): () => number };
    const next = random(SEED);
    const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)];
    const names = ['begroting-2019.md', 'rekening-2019.md', 'rekening-2018.md'];
    const texts = [readFileSync(join(TEMPLATES, 'begroting.md'), 'utf8'), REKENING_2019, readFileSync(join(TEMPLATES, 'rekening.md'), 'utf8')];
    const docs = names.map((name, i) => TextDocument.create(pathToFileURL(join(folder, name)).href, 'markdown', 1, texts[i]));
    /** Every version's text per document, to check an answer against the texts it may have seen. */
    const history = docs.map((d) => [d.getText()]);
    for (const d of docs) await client.open(d.uri, d.getText());

    const pending: Promise<void>[] = [];
    let answered = 0;
    let cancelledAnswers = 0;
    let requests = 0;
    let ranges = 0;
    let diagnostics = 0;
    const bad: string[] = [];
    const position = (d: TextDocument) => d.positionAt(Math.floor(next() * (d.getText().length + 1)));

    for (let i = 0; i < EDITS; i++) {
      const k = Math.floor(next() * docs.length);
      const doc = docs[k];
      const text = doc.getText();
      // Edits land on the lines after the front matter and the programme heading, and not on
      // headings, blank lines or delimiter rows: the documents stay chapters with tables (without them there
      // would be no findings, and the final comparison would be empty).
      const a = editOffset(text, next);
      // Mostly typing (insertions), sometimes deleting or replacing a stretch of the line, up to
      // a cell border (a lost pipe would soon leave no table).
      const stop = text.slice(a).search(/\r\n|\r|\n|\||$/) + a;
      const b = next() < 0.75 ? a : Math.min(stop, a + 1 + Math.floor(next() * 10));
      const change = { range: { start: doc.positionAt(a), end: doc.positionAt(b) }, text: next() < 0.1 ? '' : pick(next() < 0.08 ? STRUCTURE : CELL_TEXT) };
      const version = await client.change(doc.uri, [change]);
      docs[k] = TextDocument.update(doc, [change], version);
      history[k].push(docs[k].getText());
      assert.equal(history[k].length, version);

      if (i % 4 === 0) {
        const r = Math.floor(next() * docs.length);
        const d = docs[r];
        const from = history[r].length - 1;
        const method = pick(['textDocument/completion', 'textDocument/hover', 'textDocument/codeAction']);
        const at = position(d);
        const params =
          method === 'textDocument/codeAction'
            ? { textDocument: { uri: d.uri }, range: { start: at, end: at }, context: { diagnostics: [] } }
            : { textDocument: { uri: d.uri }, position: at };
        const cancel = next() < 0.2 ? new CancellationTokenSource() : undefined;
        requests++;
        pending.push(
          (cancel ? client.connection.sendRequest(method, params, cancel.token) : client.connection.sendRequest(method, params)).then(
            (answer) => {
              answered++;
              if (cancel) cancelledAnswers++;
              // The server may have seen any version from the one the request was sent at on.
              for (const { uri, range } of rangesIn(answer, d.uri)) {
                ranges++;
                const j = docs.findIndex((x) => x.uri === uri);
                const seen = j < 0 ? [] : history[j].slice(j === r ? from : 0);
                if (!seen.some((t) => inside(t, range))) bad.push(`${method} ${uri} ${JSON.stringify(range)}`);
              }
            },
            (error: unknown) => {
              // Only a cancelled request may end without an answer, and only as cancelled.
              const code = error instanceof ResponseError ? error.code : undefined;
              if (!cancel || (code !== -32800 && code !== -32802)) bad.push(`${method} failed: ${String(error)}`);
            },
          ),
        );
        // Cancel right away or after the next edit has gone out.
        if (cancel) (next() < 0.5 ? cancel.cancel() : setImmediate(() => cancel.cancel()));
      }
    }

    // A last edit per document appends a faulty beleidsveld, so that the comparison below has
    // findings to compare whatever state the storm left the documents in.
    for (let k = 0; k < docs.length; k++) {
      const doc = docs[k];
      const end = doc.positionAt(doc.getText().length);
      const change = { range: { start: end, end }, text: FAULTY_FIELD };
      const version = await client.change(doc.uri, [change]);
      docs[k] = TextDocument.update(doc, [change], version);
      history[k].push(docs[k].getText());
    }

    await Promise.all(pending);
    assert.deepEqual(bad, []);
    assert.equal(client.process.exitCode, null, 'the server is still running');

    // The final diagnostics are a fresh analysis of the final texts (the cross rules included).
    const settings = settingsFromConfig(undefined, 'nl');
    const index = new WorkspaceIndex({ settingsFor: () => settings });
    for (const d of docs) index.set(d.uri, d.getText(), d.version);
    for (const d of docs) {
      const pulled = await client.pull(d.uri);
      diagnostics += pulled.items.length;
      assert.deepEqual(
        pulled.items.map(briefDiagnostic),
        index.lint(d.uri).map((f) => briefDiagnostic(toDiagnostic(f))),
        d.uri,
      );
    }
    // The figures docs/reliability.md quotes.
    console.log(`      storm: ${EDITS} edits, ${requests} requests, ${answered} answered (${cancelledAnswers} of them cancelled but answered), ${ranges} ranges checked, ${diagnostics} final diagnostics equal, seed ${SEED}`);
    assert.ok(ranges > 0 && diagnostics > 0, 'the storm exercised answers with ranges and diagnostics');
  });
});
