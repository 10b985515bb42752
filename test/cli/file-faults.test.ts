/**
 * The CLI on a file system that misbehaves: links that name a file twice or loop, FIFOs, files and
 * folders it may not read, odd names, chapters that vanish during the run, and `--fix` on files
 * it may not or cannot write. Each problem is reported for its file (exit code 2 at the end)
 * while every other file is still linted and fixed.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli/run.js';
import { BIN, type CliResult, runBin, template, tempDir } from './run-cli.js';
import { openToOthers, unprivileged } from './unprivileged.js';

const POSIX = process.platform !== 'win32';
/** A rekening with one safe fix (`68 %` → `68%`). */
const FIXABLE = template('rekening').replace('| 68% (II) |', '| 68 % (II) |');
const FIXED = template('rekening');

/** The files with findings in a JSON report, each with its rule ids: `file: rule rule`. */
function reported(r: CliResult): string[] {
  const findings = JSON.parse(r.stdout) as { file: string; rule: string }[];
  const byFile = new Map<string, string[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f.rule]);
  return [...byFile].map(([file, rules]) => `${file}: ${rules.join(' ')}`).sort();
}

/** Runs the bin as an unprivileged user when the tests run as root, so permission bits apply. */
function runAsUser(args: string[], cwd: string): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH, LANG: 'C.UTF-8' },
    encoding: 'utf8',
    timeout: 60_000,
    ...unprivileged(),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI in this process; `onStderr` sees every message as it is written. */
async function runInProcess(args: string[], cwd: string, onStderr: (text: string) => void = () => undefined): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    env: { LANG: 'C.UTF-8' },
    stdout: (t) => void (stdout += t),
    stderr: (t) => {
      stderr += t;
      onStderr(t);
    },
    readStdin: async () => '',
    color: false,
  });
  return { code, stdout, stderr };
}

describe('CLI on a misbehaving file system', function () {
  this.timeout(60_000);
  let t: ReturnType<typeof tempDir>;
  afterEach(() => t?.cleanup());

  it('lints a file once when links name it twice, follows a link loop of folders once, and fixes through a link', function () {
    if (!POSIX) this.skip();
    t = tempDir({ 'kapot.md': FIXABLE, 'hoofdstukken/ook-kapot.md': FIXABLE });
    symlinkSync('kapot.md', join(t.dir, 'link.md'));
    symlinkSync('..', join(t.dir, 'hoofdstukken', 'terug'));
    const all = runBin(['--format', 'json'], { cwd: t.dir });
    assert.equal(all.code, 0, all.stderr);
    assert.deepEqual(reported(all), ['hoofdstukken/ook-kapot.md: value-format', 'kapot.md: value-format']);

    const named = runBin(['--format', 'json', 'link.md', 'kapot.md', 'hoofdstukken/terug/kapot.md'], { cwd: t.dir });
    assert.deepEqual(reported(named), ['kapot.md: value-format']);

    const viaLink = runBin(['--fix', '--format', 'json', 'link.md'], { cwd: t.dir });
    assert.equal(viaLink.code, 0, viaLink.stderr);
    assert.deepEqual(reported(viaLink), []);
    assert.ok(lstatSync(join(t.dir, 'link.md')).isSymbolicLink(), 'the link stays a link');
    assert.equal(readFileSync(join(t.dir, 'kapot.md'), 'utf8'), FIXED);
    assert.deepEqual(readdirSync(t.dir).sort(), ['hoofdstukken', 'kapot.md', 'link.md'], 'no temporary file left');
  });

  it('reports a FIFO, a link loop and a dangling link it is given, skips them in a folder walk, and lints the rest', function () {
    if (!POSIX) this.skip();
    t = tempDir({ 'goed.md': FIXABLE });
    execFileSync('mkfifo', [join(t.dir, 'pijp.md')]);
    symlinkSync('lus.md', join(t.dir, 'lus.md'));
    symlinkSync('nergens.md', join(t.dir, 'weg.md'));

    const walk = runBin(['--format', 'json'], { cwd: t.dir });
    assert.equal(walk.code, 0, walk.stderr);
    assert.deepEqual(reported(walk), ['goed.md: value-format']);

    const named = runBin(['--format', 'json', 'pijp.md', 'lus.md', 'goed.md'], { cwd: t.dir });
    assert.equal(named.code, 2);
    assert.deepEqual(reported(named), ['goed.md: value-format']);
    assert.deepEqual(named.stderr.split('\n').filter(Boolean), [
      "lus.md: kan niet lezen of schrijven: ELOOP: too many symbolic links encountered, stat '" + join(t.dir, 'lus.md') + "'",
      'pijp.md: overgeslagen: geen gewoon bestand (een pipe, socket of apparaat)',
    ]);
    // A dangling link is a path that names nothing.
    const dangling = runBin(['weg.md'], { cwd: t.dir });
    assert.equal(dangling.code, 2);
    assert.equal(dangling.stderr, "programmalint: niets gevonden voor 'weg.md'.\n");
  });

  it('reports a file and a folder it may not read (exit 2) and lints the others', function () {
    if (!POSIX) this.skip();
    t = tempDir({ 'open.md': FIXABLE, 'geheim.md': FIXABLE, 'dicht/binnen.md': FIXABLE });
    openToOthers(t.dir);
    chmodSync(join(t.dir, 'geheim.md'), 0o000);
    chmodSync(join(t.dir, 'dicht'), 0o000);
    const r = runAsUser(['--format', 'json'], t.dir);
    assert.equal(r.code, 2, r.stderr);
    assert.deepEqual(reported(r), ['open.md: value-format']);
    assert.deepEqual(r.stderr.split('\n').filter(Boolean), [
      'dicht: kan de map niet lezen (EACCES); de hoofdstukken erin zijn niet gecontroleerd',
      `geheim.md: kan niet lezen of schrijven: EACCES: permission denied, open '${join(t.dir, 'geheim.md')}'`,
    ]);
  });

  it('lints names with spaces, non-ASCII letters and a line break, and shows the break visibly', () => {
    t = tempDir({ 'rekening 2018 – één.md': FIXABLE, 'regel\neinde.md': FIXABLE });
    const json = runBin(['--format', 'json'], { cwd: t.dir });
    assert.deepEqual(reported(json), ['regel\neinde.md: value-format', 'rekening 2018 – één.md: value-format']);
    const stylish = runBin([], { cwd: t.dir });
    const names = stylish.stdout.split('\n').filter((l) => l.endsWith('.md'));
    assert.deepEqual(names, ['regel\\x0aeinde.md', 'rekening 2018 – één.md']);
  });

  it('--fix: a read-only file and a folder it may not write to are errors for those files; the others are fixed, and untouched files keep their mtime', function () {
    if (!POSIX) this.skip();
    // A trend word in a Behaald column is an error without a safe fix: nothing --fix may change.
    const unfixable = template('rekening').replace('| 68% (II) | Toename | 70% (II) |', '| 68% (II) | Toename | Toename (II) |');
    t = tempDir({ 'a-alleen-lezen.md': FIXABLE, 'b-kapot.md': FIXABLE, 'c-niets-te-doen.md': unfixable, 'dicht/d.md': FIXABLE });
    openToOthers(t.dir);
    chmodSync(join(t.dir, 'a-alleen-lezen.md'), 0o444);
    // The unprivileged user may write its own files but not create one in a folder that is not its own.
    const user = unprivileged();
    for (const f of ['b-kapot.md', 'c-niets-te-doen.md', 'dicht/d.md']) {
      if (user) execFileSync('chown', [`${user.uid}:${user.gid}`, join(t.dir, f)]);
    }
    if (user) execFileSync('chown', [`${user.uid}:${user.gid}`, t.dir]);
    chmodSync(join(t.dir, 'dicht'), 0o555);
    const before = statSync(join(t.dir, 'c-niets-te-doen.md')).mtimeMs;

    const r = runAsUser(['--fix', '--format', 'json'], t.dir);
    assert.equal(r.code, 2, r.stderr);
    const lines = r.stderr.split('\n').filter(Boolean);
    assert.deepEqual(lines.map((l) => l.replace(/(EACCES: permission denied, open ').*(')$/, '$1…$2')), [
      'a-alleen-lezen.md: kan niet lezen of schrijven: read-only file, not rewritten',
      "dicht/d.md: kan niet lezen of schrijven: EACCES: permission denied, open '…'",
    ]);
    assert.equal(readFileSync(join(t.dir, 'a-alleen-lezen.md'), 'utf8'), FIXABLE);
    assert.equal(readFileSync(join(t.dir, 'b-kapot.md'), 'utf8'), FIXED);
    assert.equal(readFileSync(join(t.dir, 'dicht/d.md'), 'utf8'), FIXABLE);
    assert.equal(statSync(join(t.dir, 'c-niets-te-doen.md')).mtimeMs, before);
    // The files it could not fix are reported with their findings.
    assert.deepEqual(reported(r), ['a-alleen-lezen.md: value-format', 'c-niets-te-doen.md: trend-in-behaald', 'dicht/d.md: value-format']);
    assert.deepEqual(readdirSync(t.dir).sort(), ['a-alleen-lezen.md', 'b-kapot.md', 'c-niets-te-doen.md', 'dicht'], 'no temporary file left');
  });

  it('a chapter deleted during the run, before it is read or before it is written: an error for it, the others are done', async function () {
    if (!POSIX) this.skip();
    // The FIFO is read (and refused) before the chapters after it in sorted order; its message is the moment to delete one.
    t = tempDir({ 'b-weg.md': FIXABLE, 'c-blijft.md': FIXABLE });
    execFileSync('mkfifo', [join(t.dir, 'a-pijp.md')]);
    const read = await runInProcess(['--format', 'json', 'a-pijp.md', 'b-weg.md', 'c-blijft.md'], t.dir, (text) => {
      if (text.startsWith('a-pijp.md')) rmSync(join(t.dir, 'b-weg.md'));
    });
    assert.equal(read.code, 2);
    assert.deepEqual(reported(read), ['c-blijft.md: value-format']);
    assert.match(read.stderr, /^a-pijp\.md: overgeslagen: geen gewoon bestand .*\nb-weg\.md: kan niet lezen of schrijven: ENOENT: /);

    // Under --fix the files are written in order; a read-only one fails first, and then the next one vanishes.
    rmSync(t.dir + '/a-pijp.md');
    writeFileSync(join(t.dir, 'a-alleen-lezen.md'), FIXABLE, { mode: 0o444 });
    writeFileSync(join(t.dir, 'b-weg.md'), FIXABLE);
    writeFileSync(join(t.dir, 'c-blijft.md'), FIXABLE);
    const written = await runInProcess(['--fix', '--format', 'json'], t.dir, (text) => {
      if (text.startsWith('a-alleen-lezen.md')) rmSync(join(t.dir, 'b-weg.md'));
    });
    assert.equal(written.code, 2);
    assert.match(written.stderr, /^a-alleen-lezen\.md: kan niet lezen of schrijven: read-only file, not rewritten\nb-weg\.md: kan niet lezen of schrijven: ENOENT: /);
    assert.deepEqual(reported(written), ['a-alleen-lezen.md: value-format', 'b-weg.md: value-format']);
    assert.equal(readFileSync(join(t.dir, 'c-blijft.md'), 'utf8'), FIXED);
    assert.deepEqual(readdirSync(t.dir).sort(), ['a-alleen-lezen.md', 'c-blijft.md'], 'nothing recreated, no temporary file left');
  });

  it('the same file named twice in other spellings is linted and fixed once', () => {
    t = tempDir({ 'map/kapot.md': FIXABLE });
    const r = runBin(['--fix', '--format', 'json', 'map/kapot.md', './map/../map/kapot.md', join(t.dir, 'map', 'kapot.md'), 'map', 'map/*.md'], { cwd: t.dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(reported(r), []);
    assert.equal(readFileSync(join(t.dir, 'map/kapot.md'), 'utf8'), FIXED);
  });
});
