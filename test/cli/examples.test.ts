/**
 * The bundled examples: clean chapters lint clean, every planted mistake is found where it was
 * planted, and the whole set of findings is the committed one (`UPDATE_GOLDEN=1` rewrites it).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Config, CONFIG_FILE_NAME, parseChapter, parseConfig, settingsFromConfig } from '../../server/src/service/index.js';
import { rules } from '../../server/src/service/index.js';
import { assertGolden, jsonLines } from '../helpers/golden.js';
import { runBin, template, tempDir } from './run-cli.js';

interface Plant {
  file: string;
  line: number;
  rule: string;
}

/** Every finding on the examples, as the CLI writes them: the whole set is compared, not a sample. */
const EXPECTED = 'test/fixtures/examples.expected.json';

describe('examples', function () {
  this.timeout(60_000);

  it('programmalint examples: no errors or warnings, exit 0', () => {
    const r = runBin(['--format', 'json', 'examples']);
    assert.equal(r.code, 0, r.stderr);
    const findings = JSON.parse(r.stdout) as { severity: string; file: string }[];
    assert.deepEqual(findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
    assert.ok(findings.every((f) => !f.file.startsWith('examples/with-errors/')), 'with-errors is ignored unless named');
  });

  it('programmalint examples/with-errors: every rule at its planted line, exit 1', () => {
    const plants = JSON.parse(readFileSync('test/fixtures/with-errors.expected.json', 'utf8')) as Plant[];
    const r = runBin(['--format', 'json', 'examples/with-errors']);
    assert.equal(r.code, 1, r.stderr);
    const found = JSON.parse(r.stdout) as Plant[];
    const missing = plants.filter((p) => !found.some((f) => f.file === p.file && f.line === p.line && f.rule === p.rule));
    assert.deepEqual(missing, []);
    // Each rule of one document is planted; the cross-document rules need counterparts the folder does not have.
    const singleDocumentRules = rules.filter((rule) => !rule.crossDocument).map((rule) => rule.id);
    assert.deepEqual([...new Set(plants.map((p) => p.rule))].sort(), [...singleDocumentRules].sort());
  });

  it(`the findings on examples and examples/with-errors are exactly those of ${EXPECTED}`, () => {
    const findings = [['examples'], ['examples/with-errors']].flatMap((args) => {
      const r = runBin(['--format', 'json', ...args]);
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      return JSON.parse(r.stdout) as unknown[];
    });
    assert.ok(findings.length > 20);
    assertGolden(EXPECTED, jsonLines(findings));
  });
});

/** The chapters of other families of municipalities, one folder per profile, each with its own configuration. */
const profileExamples: { dir: string; profile: string | string[] }[] = [
  { dir: 'examples/realisatie-doel', profile: 'realisatie-doel' },
  { dir: 'examples/nulmeting-streefwaarde', profile: 'nulmeting-streefwaarde' },
  { dir: 'examples/werkelijk-begroting', profile: 'werkelijk-begroting' },
  { dir: 'examples/bbv', profile: ['realisatie-doel', 'bbv'] },
];

const serious = <T extends { severity: string }>(findings: T[]): T[] => findings.filter((f) => f.severity === 'error' || f.severity === 'warning');

describe('examples per profile', function () {
  this.timeout(60_000);

  for (const { dir, profile } of profileExamples) {
    describe(dir, () => {
      const chapters = readdirSync(dir).filter((f) => f.endsWith('.md'));
      const config = parseConfig(readFileSync(join(dir, CONFIG_FILE_NAME), 'utf8')).config as Config;

      it('holds one chapter and a configuration that selects the profile', () => {
        assert.equal(chapters.length, 1);
        assert.deepEqual(config.profile, profile);
      });

      it('lints without errors or warnings with its own configuration, exit 0', () => {
        const r = runBin(['--format', 'json', dir]);
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(serious(JSON.parse(r.stdout)), []);
      });

      it('the profile is in effect: each table reads with its roles, none of them does with the Groningen defaults', () => {
        const text = readFileSync(join(dir, chapters[0]), 'utf8');
        const own = parseChapter(text, { vocabulary: settingsFromConfig(config).vocabulary });
        assert.ok(own.tables.length >= 1);
        for (const table of own.tables) {
          assert.deepEqual(table.columns.filter((c) => !c.role).map((c) => c.header), []);
        }
        const groningen = parseChapter(text);
        for (const table of own.tables) {
          // With the defaults the table is no indicator table at all, or some header is not understood.
          const there = groningen.tables.find((t) => t.headerSpan.start === table.headerSpan.start);
          assert.ok(!there || there.columns.some((c) => !c.role), `${table.label.raw} reads the same without the profile`);
        }
      });
    });
  }

  it('the BBV time series is a series, its Eenheid and Bron columns descriptive', () => {
    const { dir } = profileExamples[3];
    const config = parseConfig(readFileSync(join(dir, CONFIG_FILE_NAME), 'utf8')).config as Config;
    const file = readdirSync(dir).find((f) => f.endsWith('.md')) as string;
    const doc = parseChapter(readFileSync(join(dir, file), 'utf8'), { vocabulary: settingsFromConfig(config).vocabulary });
    assert.deepEqual(
      doc.tables.map((t) => [t.kind, t.columns.filter((c) => c.descriptive).map((c) => c.header)]),
      [
        ['indicators', []],
        ['series', ['Eenheid', 'Bron']],
      ],
    );
  });
});

interface Family {
  municipality: string;
  chapters: string;
  mistakes?: string;
  config: Config;
}

describe('init fixtures (test/fixtures/init)', function () {
  this.timeout(60_000);
  const root = 'test/fixtures/init';
  const families = (JSON.parse(readFileSync(join(root, 'families.json'), 'utf8')) as { families: Record<string, Family> }).families;

  it('every family folder holds 2–3 chapters of one municipality and no configuration', () => {
    for (const family of Object.values(families)) {
      const dir = join(root, family.chapters);
      const files = readdirSync(dir);
      assert.ok(files.length >= 2 && files.length <= 3, dir);
      assert.ok(!existsSync(join(dir, CONFIG_FILE_NAME)), dir);
      for (const f of files) {
        const text = readFileSync(join(dir, f), 'utf8');
        assert.ok(text.includes(family.municipality) || f.endsWith('.txt'), `${f}: ${family.municipality}`);
      }
    }
    assert.deepEqual(readdirSync(join(root, 'realisatie-doel-txt')).map((f) => f.slice(-4)), ['.txt', '.txt']);
  });

  for (const [name, family] of Object.entries(families)) {
    if (!family.mistakes) continue;
    const mistakes = join(root, family.mistakes);
    const planted = (JSON.parse(readFileSync(join(mistakes, 'planted.json'), 'utf8')) as Plant[]).map((p) => ({
      ...p,
      file: `${mistakes}/${p.file}`,
    }));
    const byPlace = (a: Plant, b: Plant) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule);
    const lintWith = (config: Config | undefined) => {
      const t = tempDir({ 'config.json': JSON.stringify(config ?? {}) });
      try {
        const r = runBin(['--format', 'json', '--config', join(t.dir, 'config.json'), join(root, family.chapters), mistakes]);
        assert.ok(r.code === 0 || r.code === 1, r.stderr);
        return serious(JSON.parse(r.stdout) as (Plant & { severity: string })[])
          .map(({ file, line, rule }) => ({ file, line, rule }))
          .sort(byPlace);
      } finally {
        t.cleanup();
      }
    };

    it(`${name}: under the reference configuration only the three planted mistakes are found, counterparts included`, () => {
      assert.equal(planted.length, 3);
      assert.deepEqual(
        planted.map((p) => p.rule).sort(),
        ['footnote-undefined', 'table-columns', 'value-format'],
      );
      assert.deepEqual(lintWith(family.config), [...planted].sort(byPlace));
    });

    it(`${name}: with the Groningen defaults the findings are not those (the family needs its configuration)`, () => {
      assert.notDeepEqual(lintWith(undefined), [...planted].sort(byPlace));
    });
  }
});

describe('CLI --workspace', function () {
  this.timeout(60_000);
  const file = 'test/fixtures/workspace/rekening-2018-4.2.1.md';
  const crossRules = (args: string[]) =>
    (JSON.parse(runBin(['--format', 'json', ...args]).stdout) as { rule: string; line: number }[])
      .filter((f) => f.rule.startsWith('cross-'))
      .map((f) => `${f.line}:${f.rule}`);

  it('compares a chapter with its counterparts only when they are in the workspace', () => {
    assert.deepEqual(crossRules([file]), []);
    assert.deepEqual(crossRules([file, '--workspace', 'test/fixtures/workspace']), [
      '15:cross-indicators',
      '18:cross-behaald',
      '19:cross-behaald',
      '19:cross-beoogd',
      '20:cross-indicators',
    ]);
  });

  it('reports only the files named, not the counterparts', () => {
    const files = JSON.parse(runBin(['--format', 'json', file, '--workspace', 'test/fixtures/workspace']).stdout).map((f: { file: string }) => f.file);
    assert.deepEqual([...new Set(files)], [file]);
  });
});

describe('CLI: which files are chapters', function () {
  this.timeout(60_000);

  it('lints .markdown like .md, in a folder and without paths, and skips node_modules', () => {
    const bad = template('rekening').replace('| 68% (II) |', '| 68 % (II) |');
    const t = tempDir({ 'a.md': bad, 'b.markdown': bad, 'node_modules/c.md': bad, 'notes.txt': bad });
    try {
      for (const args of [[], ['.']]) {
        const r = runBin(['--format', 'json', ...args], { cwd: t.dir });
        const files = (JSON.parse(r.stdout) as { file: string; rule: string }[]).filter((f) => f.rule === 'value-format').map((f) => f.file);
        assert.deepEqual([...new Set(files)], ['a.md', 'b.markdown'], args.join(' '));
      }
    } finally {
      t.cleanup();
    }
  });
});
