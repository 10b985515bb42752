/**
 * The metadata of each rule against what the rule does: `fixable` against the fixes its
 * findings carry, `reads` against the documents it asks the workspace for, and the links and
 * texts every registered rule must have (the generated files are built from them).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pkg from '../../../package.json' with { type: 'json' };
import {
  type ChapterDocument,
  type DocumentKind,
  type Finding,
  lintChapter,
  parseChapter,
  type RegisteredRule,
  rules,
  settingsFromConfig,
  SEVERITY_SETTINGS,
} from '../../../server/src/service/index.js';
import { WorkspaceIndex } from '../../../server/src/service/workspace.js';
import { lint } from '../../helpers/service.js';

const root = process.cwd();
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** Findings of every rule on the not-ok fixtures, the examples with errors and the workspace fixtures. */
function allFindings(): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules.filter((r) => !r.crossDocument)) {
    const file = `test/fixtures/rules/${rule.id}/not-ok.md`;
    if (existsSync(join(root, file))) findings.push(...lint(read(file)));
  }
  for (const file of readdirSync(join(root, 'examples/with-errors'))) {
    findings.push(...lint(read(`examples/with-errors/${file}`)));
  }
  const index = new WorkspaceIndex({ settingsFor: () => settingsFromConfig(undefined) });
  const dir = 'test/fixtures/workspace';
  for (const file of readdirSync(join(root, dir))) index.set(`file:///ws/${file}`, read(`${dir}/${file}`));
  for (const uri of index.uris()) findings.push(...index.lint(uri));
  return findings;
}

describe('rule metadata', () => {
  it('every registered rule has a summary and a description in both languages, a known severity and a docs page', () => {
    for (const rule of rules) {
      for (const text of [rule.summary?.nl, rule.summary?.en, rule.description.nl, rule.description.en]) {
        assert.ok(text && text.trim() === text && text.length > 10, `${rule.id}: ${text}`);
      }
      assert.notEqual(rule.summary?.nl, rule.summary?.en, `${rule.id}: the summary is translated`);
      assert.ok((SEVERITY_SETTINGS as readonly string[]).includes(rule.defaultSeverity), rule.id);
      assert.ok(existsSync(join(root, 'docs', 'rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md`);
    }
    assert.equal(new Set(rules.map((r) => r.id)).size, rules.length, 'ids are unique');
  });

  it('links the documentation of the tag of this version, not of a branch', () => {
    for (const rule of rules) {
      assert.equal(rule.docsUrl, `https://github.com/programmalint/programmalint/blob/v${pkg.version}/docs/rules/${rule.id}.md`);
    }
  });

  it('fixable says which rules give fixes and which of them --fix applies', () => {
    const findings = allFindings();
    const byRule = (rule: RegisteredRule) => findings.filter((f) => f.rule === rule.id);
    const stated = (rule: RegisteredRule) => rule.fixable ?? 'none';
    const shown = (rule: RegisteredRule) => {
      const fixes = byRule(rule).flatMap((f) => f.fixes);
      return fixes.some((f) => f.safe) ? 'safe' : fixes.length > 0 ? 'suggestion' : 'none';
    };
    for (const rule of rules) assert.ok(byRule(rule).length > 0, `${rule.id} fires on the fixtures`);
    assert.deepEqual(
      rules.map((r) => `${r.id}: ${shown(r)}`),
      rules.map((r) => `${r.id}: ${stated(r)}`),
    );
  });

  describe('reads: exactly the documents a cross-document rule asks the workspace for', () => {
    /** The (kind, year offset) pairs a rule asks for when it checks `doc`. */
    function asked(rule: RegisteredRule, doc: ChapterDocument): string[] {
      const calls = new Set<string>();
      const workspace = {
        find(kind: DocumentKind, year: number): ChapterDocument[] {
          calls.add(`${kind} ${year - (doc.year ?? 0)}`);
          return [];
        },
      };
      lintChapter(doc, { ...settingsFromConfig(undefined), rules: [rule], workspace });
      return [...calls].sort();
    }
    const chapters = ['rekening-2018-4.2.1.md', 'begroting-2019-4.2.1.md'].map((file) =>
      parseChapter(read(`test/fixtures/workspace/${file}`), { uri: `file:///ws/${file}` }),
    );

    for (const rule of rules) {
      it(rule.id, () => {
        for (const doc of chapters) {
          const stated = (rule.reads ?? []).filter((r) => r.checks === doc.kind).map((r) => `${r.kind} ${r.yearOffset}`);
          assert.deepEqual(asked(rule, doc), [...new Set(stated)].sort(), `${rule.id} on a ${doc.kind}`);
        }
      });
    }

    it('the workspace index re-lints the readers that reads names', () => {
      const index = new WorkspaceIndex({ settingsFor: () => settingsFromConfig(undefined) });
      const dir = 'test/fixtures/workspace';
      for (const file of readdirSync(join(root, dir))) index.set(`file:///ws/${file}`, read(`${dir}/${file}`));
      // begroting 2019 is read by the rekening 2019 (cross-beoogd, cross-indicators); rekening 2018 by rekening 2019 (cross-behaald).
      assert.deepEqual(index.dependents('file:///ws/begroting-2019-4.2.1.md'), ['file:///ws/rekening-2019-4.2.md']);
      assert.deepEqual(index.dependents('file:///ws/rekening-2018-4.2.1.md'), ['file:///ws/rekening-2019-4.2.md']);
      assert.deepEqual(index.sources('file:///ws/rekening-2018-4.2.1.md'), [
        'file:///ws/begroting-2018-4.2.1.md',
        'file:///ws/rekening-2017-4.2.1.md',
      ]);
    });
  });
});
