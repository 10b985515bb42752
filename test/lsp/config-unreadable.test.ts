/**
 * A configuration file that cannot be read from the start, in both shells: the server lints with
 * the defaults, says once in the editor what is wrong with which file, and logs the file with the
 * same place and message the CLI prints when it stops on it (exit 2). The same resolver decides
 * for both (service/config-resolver.ts).
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LogMessageParams, ShowMessageParams } from 'vscode-languageserver-protocol/node';
import { runBin } from '../cli/run-cli.js';
import { REKENING_2019 } from './chapters.js';
import { makeWorkspace, PULL_CAPABILITIES, removeWorkspace, TestClient, uriOf } from './client.js';

const CONFIG = '.programmalintrc.json';
const PROBLEM_EN = '1:1 Cannot read the configuration file: it is a folder, not a file.';

describe('language server and CLI: a configuration file that cannot be read', () => {
  let folder: string;
  let client: TestClient | undefined;

  beforeEach(() => {
    // Beoogd 2019 differs from the begroting's: cross-beoogd, a warning by default.
    folder = makeWorkspace({ 'rekening-2019.md': REKENING_2019.replace('> 70% | 72%', '> 60% | 72%') });
    mkdirSync(join(folder, CONFIG));
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    removeWorkspace(folder);
  });

  it('a folder named like it: the server lints with the defaults and names file, place and reason as the CLI does', async () => {
    client = await TestClient.start({ capabilities: PULL_CAPABILITIES, folder });
    const rekening = uriOf(folder, 'rekening-2019.md');
    await client.open(rekening, REKENING_2019.replace('> 70% | 72%', '> 60% | 72%'));
    const items = (await client.pull(rekening)).items;
    assert.deepEqual(items.map((d) => [d.code, d.severity]), [['cross-beoogd', 2]], 'the defaults apply');

    const shown = await client.waitFor(() => client!.messages<ShowMessageParams>('window/showMessage')[0], 'a message in the editor');
    assert.deepEqual(
      [shown.type, shown.message],
      [2, 'Programmalint kan .programmalintrc.json niet lezen: het is een map, geen bestand. Tot het bestand hersteld is, gelden de standaardinstellingen.'],
    );
    const log = await client.logged(/cannot be read/);
    assert.deepEqual([log.type, log.message], [1, `programmalint: ${join(folder, CONFIG)} cannot be read (EISDIR), the defaults apply: ${PROBLEM_EN}`]);
    assert.equal(client.messages<LogMessageParams>('window/logMessage').filter((m) => m.message.includes(CONFIG)).length, 1, 'said once');

    // The CLI stops on the same file, with the same place and message.
    const cli = runBin(['--lang', 'en'], { cwd: folder });
    assert.equal(cli.code, 2);
    assert.equal(cli.stderr, `${CONFIG}:${PROBLEM_EN.replace(' ', ': configuration error: ')}\n`);
  });
});
