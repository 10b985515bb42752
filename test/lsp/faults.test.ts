/**
 * Faults while the server runs, over stdio: a configuration file emptied, made invalid, made a
 * folder, a link loop, unreadable, fixed and deleted; chapters renamed and deleted while open or
 * while a counterpart; workspace files that are not chapters (another encoding, binary, a FIFO,
 * no permission) and file names with spaces, non-ASCII letters and a line break.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileChangeType, type ShowMessageParams } from 'vscode-languageserver-protocol/node';
import { openToOthers, unprivileged } from '../cli/unprivileged.js';
import { REKENING_2019 } from './chapters.js';
import { briefDiagnostic, makeWorkspace, PULL_CAPABILITIES, removeWorkspace, TEMPLATES, TestClient, uriOf, writeFile } from './client.js';

const CONFIG = '.programmalintrc.json';
/** REKENING_2019 with a Beoogd 2019 that differs from the begroting's `> 70%`: one cross-beoogd finding. */
const REKENING_60 = REKENING_2019.replace('> 70% | 72%', '> 60% | 72%');
const CROSS_NL = (file: string) => `cross-beoogd@17:82-17:87 Beoogd 2019 is hier "> 60%", maar in de begroting 2019 (${file}) "> 70%".`;
const CROSS_EN = (file: string) => `cross-beoogd@17:82-17:87 Beoogd 2019 is "> 60%" here, but "> 70%" in the begroting 2019 (${file}).`;

/** The `window/showMessage` notifications after message `after`, as `type message`. */
function shown(client: TestClient, after: number): string[] {
  return client.messages<ShowMessageParams>('window/showMessage', after).map((m) => `${m.type} ${m.message}`);
}

/** Tells the server about changes on disk and waits until it asked the client to pull again. */
async function onDisk(client: TestClient, changes: { uri: string; type: FileChangeType }[]): Promise<number> {
  const mark = client.mark;
  await client.watched(changes);
  await client.refreshed(mark);
  return mark;
}

describe('language server: a configuration file that breaks while the server runs', () => {
  let folder: string;
  let client: TestClient;
  let rekening: string;
  let config: string;
  let configUri: string;

  beforeEach(() => {
    folder = makeWorkspace({ 'rekening-2019.md': REKENING_60, [CONFIG]: JSON.stringify({ rules: { 'cross-beoogd': 'off' } }) });
    rekening = uriOf(folder, 'rekening-2019.md');
    config = join(folder, CONFIG);
    configUri = uriOf(folder, CONFIG);
  });

  afterEach(async () => {
    await client?.stop();
    removeWorkspace(folder);
  });

  it('keeps the last valid version while it is emptied, broken or a folder, says so once per fault, and follows the fix and the removal', async () => {
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder });
    await client.open(rekening, REKENING_60);
    assert.deepEqual((await client.pull(rekening)).items, [], 'cross-beoogd is off');

    // Emptied.
    writeFileSync(config, '');
    let mark = await onDisk(client, [{ uri: configUri, type: FileChangeType.Changed }]);
    assert.deepEqual(shown(client, mark), [
      '2 Programmalint: .programmalintrc.json is geen geldige configuratie (het bestand is leeg). Tot het bestand hersteld is, blijft de laatste geldige versie gelden.',
    ]);
    assert.deepEqual((await client.pull(rekening)).items, [], 'the last valid version still switches cross-beoogd off');
    assert.ok(client.messages<{ message: string }>('window/logMessage', mark).some((m) => m.message === `programmalint: ${config} is not valid, its last valid version applies: 1:1 Not valid JSON (ValueExpected).`));

    // Half-typed JSON: still invalid, so a line in the log but no second pop-up.
    writeFileSync(config, '{ "rules": ');
    mark = await onDisk(client, [{ uri: configUri, type: FileChangeType.Changed }]);
    assert.deepEqual(shown(client, mark), []);
    assert.ok(client.messages<{ message: string }>('window/logMessage', mark).some((m) => /is not valid, its last valid version applies: 1:12 /.test(m.message)));
    assert.deepEqual((await client.pull(rekening)).items, []);

    // Made a folder (as the explorer reports it: deleted, then created).
    rmSync(config);
    mkdirSync(config);
    mark = await onDisk(client, [
      { uri: configUri, type: FileChangeType.Deleted },
      { uri: configUri, type: FileChangeType.Created },
    ]);
    assert.deepEqual(shown(client, mark), [
      '2 Programmalint kan .programmalintrc.json niet lezen: het is een map, geen bestand. Tot het bestand hersteld is, blijft de laatste geldige versie gelden.',
    ]);
    assert.deepEqual((await client.pull(rekening)).items, []);

    // Fixed, with other settings: these apply now.
    rmSync(config, { recursive: true });
    writeFileSync(config, JSON.stringify({ locale: 'en' }));
    mark = await onDisk(client, [{ uri: configUri, type: FileChangeType.Created }]);
    assert.deepEqual(shown(client, mark), ['3 Programmalint: .programmalintrc.json is weer in orde en wordt gebruikt.']);
    assert.deepEqual((await client.pull(rekening)).items.map(briefDiagnostic), [CROSS_EN('begroting.md')]);

    // Deleted: the defaults.
    rmSync(config);
    mark = await onDisk(client, [{ uri: configUri, type: FileChangeType.Deleted }]);
    assert.deepEqual(shown(client, mark), ['3 Programmalint: .programmalintrc.json is verwijderd; nu gelden de standaardinstellingen.']);
    assert.deepEqual((await client.pull(rekening)).items.map(briefDiagnostic), [CROSS_NL('begroting.md')]);
  });

  it('says so when the file is invalid from the start, and the defaults apply', async () => {
    writeFileSync(config, '{ "rules": { "cross-beoogd": "uit" } }');
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder });
    await client.open(rekening, REKENING_60);
    assert.deepEqual((await client.pull(rekening)).items.map(briefDiagnostic), [CROSS_NL('begroting.md')]);
    await client.waitFor(() => shown(client, 0).length > 0 || undefined, 'a message');
    assert.deepEqual(shown(client, 0), [
      "2 Programmalint: .programmalintrc.json is geen geldige configuratie (regel 1: 'rules.cross-beoogd' heeft een ongeldige waarde; kies uit: error, warning, info, hint, off). Tot het bestand hersteld is, gelden de standaardinstellingen.",
    ]);
  });

  it('while the file is typed in the editor: its problems on itself, no pop-ups, the last valid version for the chapters', async () => {
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder });
    await client.open(rekening, REKENING_60);
    assert.deepEqual((await client.pull(rekening)).items, []);
    let mark = client.mark;
    await client.open(configUri, readFileSync(config, 'utf8'), 'json');
    await client.refreshed(mark);
    mark = client.mark;
    await client.change(configUri, [{ text: '{ "rules": { "cross-beoogd": "of' }]);
    await client.refreshed(mark);
    assert.deepEqual((await client.pull(configUri)).items.map(briefDiagnostic), ['config@1:30-1:33 Geen geldige JSON (UnexpectedEndOfString).']);
    assert.deepEqual((await client.pull(rekening)).items, [], 'the last valid version applies');
    mark = client.mark;
    await client.change(configUri, [{ text: '{ "rules": { "cross-beoogd": "error" } }' }]);
    await client.refreshed(mark);
    const items = (await client.pull(rekening)).items;
    assert.deepEqual(items.map((d) => [d.code, d.severity]), [['cross-beoogd', 1]]);
    assert.deepEqual(shown(client, 0), []);
  });

  it('names a link loop and the configuration that takes over when a nested one goes', async () => {
    writeFile(folder, 'sub/.programmalintrc.json', JSON.stringify({ rules: { 'cross-beoogd': 'error' } }));
    writeFile(folder, 'sub/rekening-2019-b.md', REKENING_60);
    const nested = uriOf(folder, 'sub/rekening-2019-b.md');
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder });
    await client.open(nested, REKENING_60);
    assert.deepEqual((await client.pull(nested)).items.map((d) => d.severity), [1]);

    rmSync(config);
    symlinkSync(CONFIG, config);
    let mark = await onDisk(client, [{ uri: configUri, type: FileChangeType.Changed }]);
    await client.open(rekening, REKENING_60);
    assert.deepEqual((await client.pull(rekening)).items, [], 'the last valid version of the looping file');
    assert.deepEqual(shown(client, mark), [
      '2 Programmalint kan .programmalintrc.json niet lezen: het is een snelkoppeling die naar zichzelf verwijst. Tot het bestand hersteld is, blijft de laatste geldige versie gelden.',
    ]);

    rmSync(join(folder, 'sub', CONFIG));
    mark = await onDisk(client, [{ uri: uriOf(folder, `sub/${CONFIG}`), type: FileChangeType.Deleted }]);
    assert.deepEqual(shown(client, mark), ['3 Programmalint: sub/.programmalintrc.json is verwijderd; nu geldt .programmalintrc.json.']);
    assert.deepEqual((await client.pull(nested)).items, [], 'the parent’s last valid version: cross-beoogd off');
  });

  it('a file it may not read: a message naming the permission, and the defaults', async function () {
    if (process.platform === 'win32') this.skip();
    openToOthers(folder);
    chmodSync(config, 0o000);
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder, user: unprivileged() });
    await client.open(rekening, REKENING_60);
    assert.deepEqual((await client.pull(rekening)).items.map(briefDiagnostic), [CROSS_NL('begroting.md')]);
    await client.waitFor(() => shown(client, 0).length > 0 || undefined, 'a message');
    assert.deepEqual(shown(client, 0), [
      '2 Programmalint kan .programmalintrc.json niet lezen: geen toestemming om het te lezen. Tot het bestand hersteld is, gelden de standaardinstellingen.',
    ]);
  });
});

describe('language server: chapters that move, vanish or are no chapters', () => {
  let folder: string;
  let client: TestClient;

  afterEach(async () => {
    await client?.stop();
    removeWorkspace(folder);
  });

  /** The files the hover over the first indicator row names (the documents the index holds). */
  async function filesInHover(uri: string): Promise<string[]> {
    const hover = await client.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 16, character: 10 },
    });
    const rows = (hover?.contents.value ?? '').split('\n').filter((l) => /^\| (Behaald|Beoogd) \d{4} \|/.test(l));
    return [...new Set(rows.map((l) => l.split('|').at(-2)!.trim()))].sort();
  }

  it('follows a counterpart renamed (to a name with spaces and non-ASCII letters) and deleted on disk', async () => {
    folder = makeWorkspace({ 'rekening-2019.md': REKENING_60 });
    const rekening = uriOf(folder, 'rekening-2019.md');
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder });
    await client.open(rekening, REKENING_60);
    assert.deepEqual((await client.pull(rekening)).items.map(briefDiagnostic), [CROSS_NL('begroting.md')]);

    const renamed = 'begroting 2019 – één.md';
    renameSync(join(folder, 'begroting.md'), join(folder, renamed));
    await onDisk(client, [
      { uri: uriOf(folder, 'begroting.md'), type: FileChangeType.Deleted },
      { uri: uriOf(folder, renamed), type: FileChangeType.Created },
    ]);
    assert.deepEqual((await client.pull(rekening)).items.map(briefDiagnostic), [CROSS_NL(renamed)]);

    rmSync(join(folder, renamed));
    await onDisk(client, [{ uri: uriOf(folder, renamed), type: FileChangeType.Deleted }]);
    assert.deepEqual((await client.pull(rekening)).items, [], 'no begroting 2019 any more');
  });

  it('an open chapter renamed or deleted on disk: the editor’s text counts until it is closed, then the old name is gone', async () => {
    folder = makeWorkspace({ 'rekening-2019.md': REKENING_60 });
    const begroting = uriOf(folder, 'begroting.md');
    const rekening = uriOf(folder, 'rekening-2019.md');
    const begrotingText = readFileSync(join(folder, 'begroting.md'), 'utf8');
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder });
    await client.open(rekening, REKENING_60);
    await client.open(begroting, begrotingText);

    // Deleted on disk while open: the editor still has it.
    rmSync(join(folder, 'begroting.md'));
    await client.watched([{ uri: begroting, type: FileChangeType.Deleted }]);
    assert.deepEqual((await client.pull(rekening)).items.map(briefDiagnostic), [CROSS_NL('begroting.md')]);
    assert.deepEqual(await filesInHover(rekening), ['begroting.md', 'rekening-2019.md', 'rekening.md']);

    // Saved under a new name, as an editor renames: close the old, open the new.
    const renamed = uriOf(folder, 'begroting-2019.md');
    writeFileSync(join(folder, 'begroting-2019.md'), begrotingText);
    const mark = client.mark;
    await client.close(begroting);
    await client.open(renamed, begrotingText);
    await client.watched([{ uri: renamed, type: FileChangeType.Created }]);
    await client.refreshed(mark);
    assert.deepEqual((await client.pull(rekening)).items.map(briefDiagnostic), [CROSS_NL('begroting-2019.md')]);
    assert.deepEqual(await filesInHover(rekening), ['begroting-2019.md', 'rekening-2019.md', 'rekening.md']);

    // The open rekening itself renamed on disk and in the editor.
    renameSync(join(folder, 'rekening-2019.md'), join(folder, 'rekening 2019.md'));
    const moved = uriOf(folder, 'rekening 2019.md');
    await client.close(rekening);
    await client.open(moved, REKENING_60);
    await client.watched([
      { uri: rekening, type: FileChangeType.Deleted },
      { uri: moved, type: FileChangeType.Created },
    ]);
    assert.deepEqual((await client.pull(moved)).items.map(briefDiagnostic), [CROSS_NL('begroting-2019.md')]);
    assert.deepEqual(await filesInHover(moved), ['begroting-2019.md', 'rekening 2019.md', 'rekening.md']);
  });

  it('indexes names with spaces, non-ASCII letters and a line break, and leaves out what is no chapter, with a line in the log', async function () {
    if (process.platform === 'win32') this.skip();
    const begrotingText = readFileSync(join(TEMPLATES, 'begroting.md'), 'utf8');
    folder = makeWorkspace({ 'rekening-2019.md': REKENING_60 });
    rmSync(join(folder, 'begroting.md'));
    const odd = 'begroting\n2019 ü.md';
    writeFile(folder, odd, begrotingText);
    // Would each be a begroting 2019 with other targets, were they read.
    const other = begrotingText.replace('> 70%', '> 10%') + '\nToelichting: één café.\n';
    writeFileSync(join(folder, 'latin1.md'), Buffer.from(other, 'latin1'));
    writeFileSync(join(folder, 'binair.md'), Buffer.concat([Buffer.from(other), Buffer.from([0, 1, 2])]));
    writeFile(folder, 'geheim.md', other);
    execFileSync('mkfifo', [join(folder, 'pijp.md')]);
    symlinkSync('lus.md', join(folder, 'lus.md'));
    mkdirSync(join(folder, 'map.md'));
    openToOthers(folder);
    chmodSync(join(folder, 'geheim.md'), 0o000);

    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder, user: unprivileged() });
    // Indexed before the rekening is opened, so all three chapters are read from disk.
    await client.logged(/indexed \d+ Markdown files/);
    const rekening = uriOf(folder, 'rekening-2019.md');
    await client.open(rekening, REKENING_60);
    const items = (await client.pull(rekening)).items;
    assert.deepEqual(items.map(briefDiagnostic), [CROSS_NL(odd)], 'only the begroting with the odd name counts');
    const log = client.messages<{ message: string }>('window/logMessage').map((m) => m.message);
    for (const [file, why] of [
      ['latin1.md', 'not valid UTF-8 text'],
      ['binair.md', 'not a text file'],
      ['geheim.md', 'cannot read it: EACCES'],
    ]) {
      assert.ok(log.some((l) => l.startsWith(`programmalint: skipped ${JSON.stringify(join(folder, file))}: ${why}`)), `${file}: ${log.join('\n')}`);
    }
    assert.ok(log.some((l) => /^programmalint: indexed 3 Markdown files in \d+ ms\.$/.test(l)), log.join('\n'));

    // A FIFO reported by the watcher is refused without a read that would wait for ever.
    const mark = client.mark;
    await client.watched([{ uri: uriOf(folder, 'pijp.md'), type: FileChangeType.Created }]);
    await client.logged(/skipped .*pijp\.md.*: not a regular file\./, mark);
    assert.deepEqual((await client.pull(rekening)).items.map(briefDiagnostic), [CROSS_NL(odd)]);
  });
});
