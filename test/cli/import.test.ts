/** `programmalint import`: the real binary on the seed chapters. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBin, tempDir } from './run-cli.js';

const seed = (name: string) => join('test', 'fixtures', 'import', name);

describe('CLI import', function () {
  this.timeout(60_000);

  it('writes the dialect to stdout and problems with line numbers to stderr', () => {
    const r = runBin(['import', seed('rekening-2020-4.2.2-specialistische-zorgvoorzieningen.txt')]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^---\ndocument: rekening\njaar: 2020\nprogramma: 4\n/);
    assert.match(r.stdout, /\n\| Indicatoren \| Behaald 2019 \| Beoogd 2020 \| Behaald 2020 \|\n/);
    assert.match(r.stderr, /^test\/fixtures\/import\/rekening-2020-4\.2\.2-specialistische-zorgvoorzieningen\.txt:3: De titel /);
  });

  it('reads standard input and writes -o OUT; the result lints without errors or warnings', () => {
    const t = tempDir();
    try {
      const input = readFileSync(seed('rekening-2018-4.2.1-ondersteunende-voorzieningen.txt'), 'utf8');
      const r = runBin(['import', '-o', 'rekening-2018.md'], { cwd: t.dir, input });
      assert.deepEqual(r, { code: 0, stdout: '', stderr: '' });
      const lint = runBin(['--format', 'json', 'rekening-2018.md'], { cwd: t.dir });
      assert.equal(lint.code, 0);
      const findings = JSON.parse(lint.stdout) as { severity: string; rule: string }[];
      assert.deepEqual(findings.filter((f) => f.severity !== 'info'), []);
    } finally {
      t.cleanup();
    }
  });

  /** A page in another municipality's layout, one cell per block. */
  const realisatieDoel = [
    'Programma 3: Groen', '', 'Omschrijving', '', 'Realisatie 2018', '', 'Verwacht 2019', '', 'Doel 2020', '',
    'Bomen geplant', '', '120', '', '130', '', '150', '',
  ].join('\n');

  it('picks a built-in profile when none is configured and says which on stderr', () => {
    const r = runBin(['import'], { input: realisatieDoel });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^---\ndocument: begroting\njaar: 2020\nprogramma: 3\n---\n/);
    assert.ok(r.stdout.includes('\n| Omschrijving | Realisatie 2018 | Verwacht 2019 | Doel 2020 |\n| --- | --- | --- | --- |\n| Bomen geplant | 120 | 130 | 150 |\n'));
    assert.equal(
      r.stderr,
      '-:1: Er is geen profiel ingesteld en de ingestelde kolomwoorden (Behaald, Beoogd) herkennen geen kolomkop. Het profiel "realisatie-doel" herkent er 4 en is gebruikt. Leg dat vast met "profile": "realisatie-doel" in .programmalintrc.json, of kies zelf met --profile realisatie-doel.\n',
    );
  });

  it('reads with --profile, which replaces the configuration’s profile', () => {
    const t = tempDir({ '.programmalintrc.json': '{ "profile": "nulmeting-streefwaarde" }', 'groen.txt': realisatieDoel });
    try {
      const configured = runBin(['import', 'groen.txt'], { cwd: t.dir });
      // A configured profile is used as it is: no other is tried.
      assert.equal(configured.code, 0);
      assert.doesNotMatch(configured.stderr, /geen profiel ingesteld/);
      const r = runBin(['import', 'groen.txt', '--profile', 'realisatie-doel', '-o', 'groen.md'], { cwd: t.dir });
      assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
      assert.match(readFileSync(join(t.dir, 'groen.md'), 'utf8'), /^---\ndocument: begroting\njaar: 2020\nprogramma: 3\n---\n/);
    } finally {
      t.cleanup();
    }
  });

  it('exits 2 on an unknown --profile and lists the known ones', () => {
    const r = runBin(['import', '--profile', 'utrecht'], { input: realisatieDoel });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      "programmalint: --profile: onbekend profiel 'utrecht'; bekende profielen: groningen, realisatie-doel, nulmeting-streefwaarde, werkelijk-begroting, bbv\nZie programmalint --help.\n",
    );
  });

  it('exits 2 when the input cannot be read, and on import-only misuse', () => {
    const missing = runBin(['import', 'bestaat-niet.txt']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^bestaat-niet\.txt: kan niet lezen: /);
    assert.equal(runBin(['import', 'a.txt', '--fix']).code, 2);
    assert.equal(runBin(['examples', '-o', 'x.md']).code, 2);
  });
});
