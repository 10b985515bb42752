/** Bad input never crashes: a clear finding or message with a location, ranges inside the document. */
import assert from 'node:assert/strict';
import { largeChapter } from '../helpers/generate.js';
import { runBin, template, tempDir } from './run-cli.js';

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
}

/** Lints one file with --format json and checks every range lies inside it. */
function lintOne(name: string, content: string | Buffer): { code: number | null; findings: JsonFinding[]; stderr: string } {
  const t = tempDir({ [name]: content });
  try {
    const r = runBin(['--format', 'json', name], { cwd: t.dir });
    assert.doesNotMatch(r.stderr, /internal error|TypeError|at .*\.cjs/);
    const findings: JsonFinding[] = r.stdout ? JSON.parse(r.stdout) : [];
    const text = typeof content === 'string' ? content.replace(/^\ufeff/, '') : '';
    const lines = text.split(/\r\n|\r|\n/);
    for (const f of findings) {
      assert.ok(f.line >= 1 && f.endLine <= lines.length, `${f.rule} line ${f.line}-${f.endLine} of ${lines.length}`);
      assert.ok(f.column >= 1 && f.column <= lines[f.line - 1].length + 1, `${f.rule} column ${f.column}`);
      assert.ok(f.endColumn >= 1 && f.endColumn <= lines[f.endLine - 1].length + 1, `${f.rule} endColumn ${f.endColumn}`);
    }
    return { code: r.code, findings, stderr: r.stderr };
  } finally {
    t.cleanup();
  }
}

describe('CLI on bad input', function () {
  this.timeout(120_000);

  it('an empty file: no findings, exit 0', () => {
    assert.deepEqual(lintOne('leeg.md', ''), { code: 0, findings: [], stderr: '' });
  });

  it('a file with only front matter: no crash', () => {
    const r = lintOne('fm.md', '---\ndocument: rekening\njaar: 2018\nprogramma: 4\n---\n');
    assert.equal(r.code, 0);
  });

  it('invalid YAML: a frontmatter-schema error at the place, exit 1', () => {
    const r = lintOne('yaml.md', '---\ndocument: rekening\njaar: [2018\n---\n\n# Programma 4: Welzijn\n');
    assert.equal(r.code, 1);
    const errors = r.findings.filter((f) => f.rule === 'frontmatter-schema');
    assert.equal(errors.length, 1);
    assert.equal(errors[0].line, 3);
    assert.match(errors[0].message, /^Ongeldige YAML in de front matter: /);
  });

  it('front matter that is a list, not keys: a clear error', () => {
    const r = lintOne('lijst.md', '---\n- rekening\n- 2018\n---\n');
    assert.equal(r.code, 1);
    assert.deepEqual(r.findings.map((f) => [f.rule, f.line, f.message]), [
      ['frontmatter-schema', 1, 'De front matter moet sleutels met waarden bevatten (document, jaar, programma).'],
    ]);
  });

  it('a binary file: skipped with a message, exit 2', () => {
    const r = lintOne('plaatje.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    assert.equal(r.code, 2);
    assert.deepEqual(r.findings, []);
    assert.equal(r.stderr, 'plaatje.md: overgeslagen: dit is geen tekstbestand\n');
  });

  it('text that is not UTF-8: skipped with a message, exit 2', () => {
    const r = lintOne('latin1.md', Buffer.from('Programma 4: Welzijn \xe9\xe9n', 'latin1'));
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'latin1.md: overgeslagen: geen geldige UTF-8-tekst\n');
  });

  it('a table without its delimiter row: a finding on its first line, no crash', () => {
    const text = template('rekening').replace('| --- | --- | --- | --- |\n', '');
    const r = lintOne('kapot.md', text);
    const line = text.split('\n').findIndex((l) => l.startsWith('| Prestatie-indicatoren')) + 1;
    assert.ok(
      r.findings.some((f) => f.rule === 'table-columns' && f.line === line),
      JSON.stringify(r.findings),
    );
  });

  it('CRLF line endings and a byte order mark give the same findings as LF', () => {
    const text = template('rekening').replace('| 68% (II) |', '| 68 % (II) |').replace('| --- | --- | --- | --- |', '| --- | --- | --- |');
    const lf = lintOne('lf.md', text).findings.map(({ file, ...f }) => f);
    assert.ok(lf.length > 0);
    assert.deepEqual(lintOne('crlf.md', text.replace(/\n/g, '\r\n')).findings.map(({ file, ...f }) => f), lf);
    assert.deepEqual(lintOne('bom.md', '\ufeff' + text).findings.map(({ file, ...f }) => f), lf);
  });

  it('a 5 MB chapter lints without errors', () => {
    const text = largeChapter(5 * 1024 * 1024);
    const started = Date.now();
    const r = lintOne('groot.md', text);
    const seconds = (Date.now() - started) / 1000;
    assert.equal(r.code, 0, JSON.stringify(r.findings.slice(0, 3)));
    assert.deepEqual(r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
    // Not a timing assertion: the number is printed for the record (bench/ measures speed).
    console.log(`      5 MB chapter: ${seconds.toFixed(1)} s, ${r.findings.length} info findings`);
  });

  it('malformed tables (ragged rows, pipes in cells, empty cells) do not crash', () => {
    const text = template('rekening').replace(
      '| Aantal geïndiceerde vervoer- en woonvoorzieningen | 14.823 (8.867 pers) | - | 14.134 (8.488 pers.) |',
      '| a \\| b |\n|  |  |  |  |  |  |\n| x\n|||||\n| (II) | *** | ( | ) |',
    );
    const r = lintOne('ragged.md', text);
    assert.equal(r.code, 1);
  });
});
