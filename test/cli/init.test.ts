/** `programmalint init` through the real binary: writes, refuses to overwrite, reports what it learned. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBin, tempDir } from './run-cli.js';

const BEGROTING = [
  '---',
  'document: begroting',
  'jaar: 2020',
  'programma: 6',
  '---',
  '',
  '# Programma 6: Duurzaamheid',
  '',
  '## 6.1.1 Energie',
  '',
  'Een streepje betekent dat er nog geen gegevens zijn.',
  '',
  '### Wat willen we bereiken?',
  '',
  'Minder CO2.',
  '',
  '### Wat gaan we daarvoor doen?',
  '',
  'Zonnepanelen.',
  '',
  '| Omschrijving indicator/ kengetal | Realisatie 2018 | Verwacht 2019 | Doel 2020 | Doel 2022 |',
  '| --- | --- | --- | --- | --- |',
  '| Aantal woningen met zonnepanelen | 1.200 | 1.400 | 1.600 | 2.000 |',
  '',
].join('\n');

describe('CLI init', function () {
  this.timeout(60_000);

  it('writes a commented .programmalintrc.json after which the chapters lint clean', () => {
    const { dir, cleanup } = tempDir({ 'hoofdstukken/begroting-2020.md': BEGROTING });
    try {
      const r = runBin(['init', 'hoofdstukken'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^\.programmalintrc\.json geschreven\.\nHerkend:\n {2}- profiel 'realisatie-doel'\n/);
      assert.match(r.stdout, /geen fouten of waarschuwingen/);
      const written = readFileSync(join(dir, '.programmalintrc.json'), 'utf8');
      assert.match(written, /^\/\/ Geschreven door 'programmalint init' uit 1 hoofdstuk\./);
      assert.match(written, /"profile": "realisatie-doel"/);
      const after = runBin(['--format', 'json', 'hoofdstukken'], { cwd: dir });
      assert.equal(after.code, 0, after.stdout + after.stderr);
      const findings = JSON.parse(after.stdout) as { severity: string }[];
      assert.deepEqual(findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
    } finally {
      cleanup();
    }
  });

  it('never overwrites a configuration without --force; -o writes elsewhere', () => {
    const { dir, cleanup } = tempDir({ 'begroting-2020.md': BEGROTING, '.programmalintrc.json': '{ "locale": "nl" }\n' });
    try {
      const refused = runBin(['init'], { cwd: dir });
      assert.equal(refused.code, 2);
      assert.match(refused.stderr, /\.programmalintrc\.json bestaat al; gebruik --force/);
      assert.equal(readFileSync(join(dir, '.programmalintrc.json'), 'utf8'), '{ "locale": "nl" }\n');

      const other = runBin(['init', '-o', 'nieuw.json', 'begroting-2020.md'], { cwd: dir });
      assert.equal(other.code, 0, other.stderr);
      assert.ok(existsSync(join(dir, 'nieuw.json')));

      const forced = runBin(['init', '--force', 'begroting-2020.md'], { cwd: dir });
      assert.equal(forced.code, 0, forced.stderr);
      assert.match(readFileSync(join(dir, '.programmalintrc.json'), 'utf8'), /"profile": "realisatie-doel"/);
    } finally {
      cleanup();
    }
  });

  it('speaks English with --lang en, and exits 2 on an unknown profile or no chapters', () => {
    const { dir, cleanup } = tempDir({ 'begroting-2020.md': BEGROTING, 'leeg/notities.pdf': 'x' });
    try {
      const en = runBin(['init', '--lang', 'en', '-o', 'en.json', 'begroting-2020.md'], { cwd: dir });
      assert.equal(en.code, 0, en.stderr);
      assert.match(en.stdout, /^Wrote en\.json\.\nRecognised:\n {2}- profile 'realisatie-doel'\n/);
      assert.match(readFileSync(join(dir, 'en.json'), 'utf8'), /^\/\/ Written by 'programmalint init' from 1 chapter\./);

      const unknown = runBin(['init', '--profile', 'utrecht', 'begroting-2020.md'], { cwd: dir });
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /onbekend profiel 'utrecht'\. Bekend: groningen, realisatie-doel/);

      const none = runBin(['init', 'leeg'], { cwd: dir });
      assert.equal(none.code, 2);
      assert.match(none.stderr, /geen hoofdstukken gevonden|niets gevonden/);
    } finally {
      cleanup();
    }
  });
});
