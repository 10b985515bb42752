/** The real binary on real files: formats, exit codes, configuration, --fix, bad input. */
import assert from 'node:assert/strict';
import { chmodSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { rules } from '../../server/src/service/index.js';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github.js';
import { runBin, template, tempDir } from './run-cli.js';

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(index >= 0, `fixture lacks ${needle}`);
  return index + 1;
}

const AANTAL = '| Aantal geïndiceerde vervoer- en woonvoorzieningen | 14.823 (8.867 pers) | - | 14.134 (8.488 pers.) |';
/** The rekening template with one surplus cell in the last row: exactly one table-row-cells error. */
const surplus = () => template('rekening').replace(AANTAL, AANTAL + ' 12 |');

describe('CLI', function () {
  this.timeout(60_000);

  describe('usage', () => {
    it('prints help in Dutch, or English with --lang en, and exits 0', () => {
      const nl = runBin(['--help']);
      assert.equal(nl.code, 0);
      assert.match(nl.stdout, /^Gebruik: programmalint/);
      const en = runBin(['--help', '--lang', 'en']);
      assert.match(en.stdout, /^Usage: programmalint/);
    });
    it('prints the version', () => {
      assert.deepEqual(runBin(['--version']), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    });
    for (const args of [['--bogus'], ['--format', 'xml'], ['--max-warnings', 'veel'], ['--max-warnings', '-1'], ['--lang', 'de']]) {
      it(`exits 2 on ${args.join(' ')}`, () => {
        const r = runBin(args);
        assert.equal(r.code, 2);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, /^programmalint: [\s\S]+\nZie programmalint --help\.\n$/);
      });
    }
    it('exits 2 for a path that matches nothing', () => {
      const r = runBin(['bestaat-niet.md']);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, "programmalint: niets gevonden voor 'bestaat-niet.md'.\n");
    });
  });

  describe('finding files', () => {
    it('lints **/*.md below the current folder by default and skips node_modules', () => {
      const t = tempDir({
        'hoofdstukken/rekening.md': template('rekening'),
        'node_modules/pakket/fout.md': surplus(),
        'notities.txt': 'geen markdown',
      });
      try {
        const r = runBin([], { cwd: t.dir });
        assert.deepEqual(r, { code: 0, stdout: '', stderr: '' });
      } finally {
        t.cleanup();
      }
    });
    it('accepts folders, files and globs', () => {
      const t = tempDir({ 'a/een.md': template('rekening'), 'b/twee.md': surplus(), 'b/drie.md': template('begroting') });
      try {
        assert.equal(runBin(['a'], { cwd: t.dir }).code, 0);
        assert.equal(runBin(['b/twee.md'], { cwd: t.dir }).code, 1);
        const r = runBin(['--format', 'json', '**/t*.md'], { cwd: t.dir });
        assert.deepEqual(JSON.parse(r.stdout).map((f: { file: string }) => f.file), ['b/twee.md']);
      } finally {
        t.cleanup();
      }
    });
  });

  describe('formats', () => {
    let t: ReturnType<typeof tempDir>;
    const text = surplus();
    const line = lineOf(text, '| Aantal geïndiceerde');
    // The surplus cell starts at the pipe that closed the row before.
    const column = AANTAL.length;
    before(() => {
      t = tempDir({ 'docs/rekening-2018.md': text, 'docs/begroting-2019.md': template('begroting') });
    });
    after(() => t.cleanup());

    it('json: exactly the brief\'s objects, 1-based, paths relative to the current folder; exit 1', () => {
      const r = runBin(['--format', 'json'], { cwd: t.dir });
      assert.equal(r.code, 1);
      const findings = JSON.parse(r.stdout);
      assert.deepEqual(findings.filter((f: { rule: string }) => f.rule === 'table-row-cells'), [
        {
          file: 'docs/rekening-2018.md',
          line,
          column,
          endLine: line,
          endColumn: column + 6,
          severity: 'error',
          rule: 'table-row-cells',
          message: 'Deze rij heeft 5 cellen, de kop 4: 1 cel te veel.',
        },
      ]);
      for (const f of findings) assert.deepEqual(Object.keys(f), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message']);
    });

    it('stylish: grouped per file with a summary', () => {
      const r = runBin(['--quiet'], { cwd: t.dir });
      assert.equal(r.code, 1);
      assert.equal(
        r.stdout,
        [
          'docs/rekening-2018.md',
          `  ${line}:${column}  fout  Deze rij heeft 5 cellen, de kop 4: 1 cel te veel.  table-row-cells`,
          '',
          '✖ 1 probleem (1 fout, 0 waarschuwingen)',
          '',
        ].join('\n'),
      );
    });

    it('github: workflow-command annotations', () => {
      const r = runBin(['--format', 'github', '--quiet', '--lang', 'en'], { cwd: t.dir });
      assert.equal(r.code, 1);
      assert.equal(
        r.stdout,
        `::error file=docs/rekening-2018.md,line=${line},col=${column},endLine=${line},endColumn=${column + 6},title=programmalint(table-row-cells)::This row has 5 cells, the header 4: 1 cell too many.\n`,
      );
    });

    it('github: escapes messages and properties', () => {
      assert.equal(escapeData('100% klaar\r\nja'), '100%25 klaar%0D%0Aja');
      assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
    });

    it('sarif: SARIF 2.1.0 with rule metadata, help URIs and regions', () => {
      const r = runBin(['--format', 'sarif', '--quiet'], { cwd: t.dir });
      assert.equal(r.code, 1);
      const sarif = JSON.parse(r.stdout);
      assert.equal(sarif.version, '2.1.0');
      assert.equal(sarif.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
      const run = sarif.runs[0];
      assert.equal(run.tool.driver.name, 'programmalint');
      assert.equal(run.tool.driver.version, pkg.version);
      assert.deepEqual(run.tool.driver.rules.map((x: { id: string }) => x.id), rules.map((x) => x.id));
      for (const rule of run.tool.driver.rules) {
        assert.equal(rule.helpUri, `https://github.com/programmalint/programmalint/blob/v${pkg.version}/docs/rules/${rule.id}.md`);
        assert.ok(rule.shortDescription.text.length > 10, rule.id);
        assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      }
      assert.deepEqual(run.results, [
        {
          ruleId: 'table-row-cells',
          ruleIndex: rules.findIndex((x) => x.id === 'table-row-cells'),
          level: 'error',
          message: { text: 'Deze rij heeft 5 cellen, de kop 4: 1 cel te veel.' },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'docs/rekening-2018.md', uriBaseId: '%SRCROOT%' },
                region: { startLine: line, startColumn: column, endLine: line, endColumn: column + 6 },
              },
            },
          ],
        },
      ]);
    });
  });

  describe('exit codes, --quiet and --max-warnings', () => {
    const warningsOnly = { '.programmalintrc.json': JSON.stringify({ rules: { 'table-row-cells': 'warning' } }), 'r.md': surplus() };
    it('exits 0 with warnings only, 1 above --max-warnings', () => {
      const t = tempDir(warningsOnly);
      try {
        const r = runBin(['--format', 'json'], { cwd: t.dir });
        assert.equal(r.code, 0);
        assert.deepEqual(JSON.parse(r.stdout).map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`).filter((x: string) => x.startsWith('table-row-cells')), ['table-row-cells:warning']);
        const over = runBin(['--max-warnings', '0'], { cwd: t.dir });
        assert.equal(over.code, 1);
        assert.match(over.stderr, /programmalint: 1 waarschuwingen, meer dan het maximum van 0\./);
        assert.equal(runBin(['--max-warnings', '1'], { cwd: t.dir }).code, 0);
      } finally {
        t.cleanup();
      }
    });
    it('--quiet reports errors only', () => {
      const t = tempDir(warningsOnly);
      try {
        assert.deepEqual(runBin(['--quiet'], { cwd: t.dir }), { code: 0, stdout: '', stderr: '' });
      } finally {
        t.cleanup();
      }
    });
  });

  describe('configuration', () => {
    it('a rule switched off in .programmalintrc.json (found from a parent folder) reports nothing', () => {
      const t = tempDir({ '.programmalintrc.json': '{ "rules": { "table-row-cells": "off" } }', 'sub/dir/r.md': surplus() });
      try {
        const r = runBin(['--format', 'json', 'sub'], { cwd: t.dir });
        assert.deepEqual(JSON.parse(r.stdout).filter((f: { rule: string }) => f.rule === 'table-row-cells'), []);
      } finally {
        t.cleanup();
      }
    });
    it('--config FILE overrides the lookup', () => {
      const t = tempDir({ 'strict.json': '{ "rules": { "table-row-cells": "off" } }', 'r.md': surplus() });
      try {
        const r = runBin(['--format', 'json', '--config', 'strict.json'], { cwd: t.dir });
        assert.deepEqual(JSON.parse(r.stdout).filter((f: { rule: string }) => f.rule === 'table-row-cells'), []);
        assert.equal(runBin(['--config', 'ontbreekt.json'], { cwd: t.dir }).code, 2);
      } finally {
        t.cleanup();
      }
    });
    it('ignore globs skip files', () => {
      const t = tempDir({ '.programmalintrc.json': '{ "ignore": ["concepten/**"] }', 'concepten/r.md': surplus(), 'r.md': template('rekening') });
      try {
        assert.deepEqual(runBin([], { cwd: t.dir }), { code: 0, stdout: '', stderr: '' });
      } finally {
        t.cleanup();
      }
    });
    const bad: [string, string, RegExp][] = [
      ['not JSON', '{ "rules": ', /^\.programmalintrc\.json:1:\d+: configuratiefout: Geen geldige JSON \(.+\)\.\n$/],
      ['an unknown rule', '{\n  "rules": { "footnote-undefind": "error" }\n}', /^\.programmalintrc\.json:2:14: configuratiefout \(rules\): 'footnote-undefind' is geen geldige naam in 'rules'\.\n$/],
      ['a bad severity', '{\n  "rules": {\n    "value-format": "fatal"\n  }\n}', /^\.programmalintrc\.json:3:21: configuratiefout \(rules\.value-format\): 'rules\.value-format' heeft een ongeldige waarde; kies uit: error, warning, info, hint, off\.\n$/],
      ['an unknown key', '{ "regels": {} }', /^\.programmalintrc\.json:1:3: configuratiefout \(regels\): Onbekende sleutel 'regels' in de configuratie/],
      ['a bad regular expression', '{ "vocabulary": { "dashExplanations": ["(streepje"] } }', /^\.programmalintrc\.json:1:40: configuratiefout \(vocabulary\.dashExplanations\.0\): Geen geldige reguliere expressie/],
    ];
    for (const [what, config, expected] of bad) {
      it(`exits 2 on ${what}, naming file, place and key`, () => {
        const t = tempDir({ '.programmalintrc.json': config, 'r.md': template('rekening') });
        try {
          const r = runBin([], { cwd: t.dir });
          assert.equal(r.code, 2);
          assert.equal(r.stdout, '');
          assert.match(r.stderr, expected);
        } finally {
          t.cleanup();
        }
      });
    }
  });

  describe('language', () => {
    it('speaks English with --lang en or an English LANG, Dutch otherwise', () => {
      const t = tempDir({ 'r.md': surplus() });
      try {
        const en = 'This row has 5 cells, the header 4: 1 cell too many.';
        const nl = 'Deze rij heeft 5 cellen, de kop 4: 1 cel te veel.';
        const messages = (args: string[], env?: NodeJS.ProcessEnv) =>
          JSON.parse(runBin(['--format', 'json', '--quiet', ...args], { cwd: t.dir, env }).stdout).map((f: { message: string }) => f.message);
        assert.deepEqual(messages([]), [nl]);
        assert.deepEqual(messages(['--lang', 'en']), [en]);
        assert.deepEqual(messages([], { LANG: 'en_US.UTF-8' }), [en]);
        assert.deepEqual(messages(['--lang', 'nl'], { LANG: 'en_US.UTF-8' }), [nl]);
      } finally {
        t.cleanup();
      }
    });
  });

  describe('--fix', () => {
    it('normalises values, is idempotent, and leaves files with nothing to fix untouched', () => {
      const broken = template('rekening').replace('| 68% (II) | Toename | 70% (II) |', '| 68 % (II) | Toename | 70.5% (II) |');
      const t = tempDir({ 'kapot.md': broken, 'schoon.md': template('begroting') });
      try {
        const cleanBefore = statSync(join(t.dir, 'schoon.md')).mtimeMs;
        const first = runBin(['--fix'], { cwd: t.dir });
        assert.equal(first.code, 0, first.stdout + first.stderr);
        const fixed = readFileSync(join(t.dir, 'kapot.md'), 'utf8');
        assert.equal(fixed, template('rekening').replace('| 68% (II) | Toename | 70% (II) |', '| 68% (II) | Toename | 70,5% (II) |'));
        const fixedAt = statSync(join(t.dir, 'kapot.md')).mtimeMs;
        const second = runBin(['--fix'], { cwd: t.dir });
        assert.equal(second.code, 0);
        assert.equal(readFileSync(join(t.dir, 'kapot.md'), 'utf8'), fixed);
        assert.equal(statSync(join(t.dir, 'kapot.md')).mtimeMs, fixedAt, 'a fixed file is not rewritten');
        assert.equal(statSync(join(t.dir, 'schoon.md')).mtimeMs, cleanBefore, 'a clean file is not rewritten');
      } finally {
        t.cleanup();
      }
    });
    it('writes atomically: the file mode is kept, no temporary file is left, the same file named twice is fixed once', () => {
      const broken = template('rekening').replace('| 68% (II) |', '| 68 % (II) |');
      const t = tempDir({ 'kapot.md': broken });
      try {
        chmodSync(join(t.dir, 'kapot.md'), 0o640);
        const r = runBin(['--fix', '--format', 'json', 'kapot.md', './kapot.md'], { cwd: t.dir });
        assert.equal(r.code, 0, r.stderr);
        assert.equal(statSync(join(t.dir, 'kapot.md')).mode & 0o777, 0o640);
        assert.deepEqual(readdirSync(t.dir), ['kapot.md']);
        assert.equal(readFileSync(join(t.dir, 'kapot.md'), 'utf8'), template('rekening'));
      } finally {
        t.cleanup();
      }
    });
    it('does not change files without --fix', () => {
      const broken = template('rekening').replace('| 68% (II) |', '| 68 % (II) |');
      const t = tempDir({ 'kapot.md': broken });
      try {
        runBin([], { cwd: t.dir });
        assert.equal(readFileSync(join(t.dir, 'kapot.md'), 'utf8'), broken);
      } finally {
        t.cleanup();
      }
    });
    it('keeps a byte order mark and CRLF line endings', () => {
      const broken = '\ufeff' + template('rekening').replace('| 68% (II) |', '| 68 % (II) |').replace(/\n/g, '\r\n');
      const t = tempDir({ 'kapot.md': broken });
      try {
        assert.equal(runBin(['--fix'], { cwd: t.dir }).code, 0);
        assert.equal(readFileSync(join(t.dir, 'kapot.md'), 'utf8'), broken.replace('68 %', '68%'));
      } finally {
        t.cleanup();
      }
    });
  });
});
