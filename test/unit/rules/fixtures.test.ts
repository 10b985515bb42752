/**
 * Every rule has fixtures in test/fixtures/rules/<id>/: `ok.md` lints with no finding at all,
 * `not-ok.md` gives exactly the findings of that rule listed in `not-ok.json` (1-based ranges, Dutch).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../../server/src/service/index.js';
import { brief, lint } from '../../helpers/service.js';

const root = join(process.cwd(), 'test', 'fixtures', 'rules');

describe('rule fixtures', () => {
  for (const rule of rules.filter((r) => !r.crossDocument)) {
    describe(rule.id, () => {
      const dir = join(root, rule.id);
      it('has ok and not-ok fixtures and a docs page', () => {
        assert.ok(existsSync(join(dir, 'ok.md')), `${dir}/ok.md`);
        assert.ok(existsSync(join(dir, 'not-ok.md')), `${dir}/not-ok.md`);
        assert.ok(existsSync(join(dir, 'not-ok.json')), `${dir}/not-ok.json`);
        assert.ok(existsSync(join(process.cwd(), 'docs', 'rules', `${rule.id}.md`)), `docs/rules/${rule.id}.md`);
      });
      it('ok.md has no findings', function () {
        if (!existsSync(join(dir, 'ok.md'))) this.skip();
        assert.deepEqual(lint(readFileSync(join(dir, 'ok.md'), 'utf8')).map((f) => brief(f)), []);
      });
      it('not-ok.md has exactly the expected findings', function () {
        if (!existsSync(join(dir, 'not-ok.json'))) this.skip();
        const expected = JSON.parse(readFileSync(join(dir, 'not-ok.json'), 'utf8'));
        const actual = lint(readFileSync(join(dir, 'not-ok.md'), 'utf8'))
          .filter((f) => f.rule === rule.id)
          .map((f) => brief(f));
        assert.ok(actual.length > 0, 'not-ok.md must make the rule fire');
        assert.deepEqual(actual, expected);
      });
    });
  }
});
