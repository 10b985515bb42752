/**
 * A configuration file that cannot be read stops every CLI command that reads configurations,
 * with the file, its place and the reason (the one resolver's words, as the server says them),
 * and exit code 2: a folder of that name, a dangling link, a `--config` that does not exist.
 */
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runBin, tempDir, template } from './run-cli.js';

const CONFIG = '.programmalintrc.json';
const FOLDER_NL = `${CONFIG}:1:1: configuratiefout: Kan het configuratiebestand niet lezen: het is een map, geen bestand.\n`;
const FOLDER_EN = `${CONFIG}:1:1: configuration error: Cannot read the configuration file: it is a folder, not a file.\n`;

describe('CLI: a configuration file that cannot be read', () => {
  it('a folder named like the configuration file: lint, report, export and import stop with the same message, exit 2', () => {
    const t = tempDir({ 'rekening.md': template('rekening') });
    try {
      mkdirSync(join(t.dir, CONFIG));
      for (const args of [[], ['report'], ['export', 'rekening.md', '-o', '-'], ['import', '-']]) {
        const r = runBin(args, { cwd: t.dir, input: 'Programma 4\n' });
        assert.deepEqual([r.code, r.stderr, r.stdout], [2, FOLDER_NL, ''], args.join(' ') || 'lint');
      }
      const en = runBin(['--lang', 'en'], { cwd: t.dir });
      assert.deepEqual([en.code, en.stderr], [2, FOLDER_EN]);
      // Found from a subfolder, the path names it from the current folder.
      const sub = tempDir({ 'sub/rekening.md': template('rekening') });
      try {
        mkdirSync(join(sub.dir, CONFIG));
        const r = runBin([], { cwd: join(sub.dir, 'sub') });
        assert.deepEqual([r.code, r.stderr], [2, `../${FOLDER_NL}`]);
      } finally {
        sub.cleanup();
      }
    } finally {
      t.cleanup();
    }
  });

  it('a link to a file that does not exist is not skipped: it is a configuration that cannot be read', () => {
    const t = tempDir({ [`${CONFIG}.echt`]: '{ "rules": { "table-row-cells": "off" } }', 'rekening.md': template('rekening') });
    try {
      symlinkSync('nergens.json', join(t.dir, CONFIG));
      const r = runBin([], { cwd: t.dir });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, `${CONFIG}:1:1: configuratiefout: Kan het configuratiebestand niet lezen: het is een snelkoppeling naar een bestand dat niet bestaat.\n`);
    } finally {
      t.cleanup();
    }
  });

  it('--config naming a file that does not exist, or a folder', () => {
    const t = tempDir({ 'rekening.md': template('rekening'), 'map/x': '' });
    try {
      const missing = runBin(['--config', 'ontbreekt.json'], { cwd: t.dir });
      assert.deepEqual([missing.code, missing.stderr], [2, 'ontbreekt.json:1:1: configuratiefout: Kan het configuratiebestand niet lezen: het bestand bestaat niet.\n']);
      const folder = runBin(['--config', 'map', '--lang', 'en'], { cwd: t.dir });
      assert.deepEqual([folder.code, folder.stderr], [2, 'map:1:1: configuration error: Cannot read the configuration file: it is a folder, not a file.\n']);
    } finally {
      t.cleanup();
    }
  });
});
