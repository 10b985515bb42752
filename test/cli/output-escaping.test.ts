/** Output formats never pass a document's control characters (escape sequences, \r) to a terminal or CI log. */
import assert from 'node:assert/strict';
import { formatters } from '../../server/src/cli/formatters/index.js';
import { visible } from '../../server/src/cli/formatters/visible.js';
import type { Finding } from '../../server/src/service/index.js';
import { runBin, tempDir } from './run-cli.js';

/** Control characters a terminal acts on (tab and line feed are layout, not control, here). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const CHAPTER = [
  '---',
  'document: rekening',
  'jaar: 2018',
  'programma: 4',
  '---',
  '',
  '# Programma 4: Welzijn, gezondheid en zorg',
  '',
  '## 4.2.1 Ondersteunende voorzieningen',
  '',
  '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
  '| --- | --- | --- | --- |',
  '| % bewoners dat tevreden is | 68% | \u001b[31mrood | 68% |',
  '',
].join('\n');

describe('output escaping', () => {
  // A file name can hold a carriage return and an escape sequence too.
  const NAME = 'hoofdstuk\r\u001b[2Jx.md';
  let t: ReturnType<typeof tempDir>;
  before(() => (t = tempDir({ [NAME]: CHAPTER })));
  after(() => t.cleanup());

  it('stylish shows \\u001b and \\r from cell text and file names visibly', () => {
    const r = runBin([NAME], { cwd: t.dir });
    assert.equal(r.code, 0, 'warnings only');
    assert.doesNotMatch(r.stdout, RAW_CONTROL);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'hoofdstuk\\x0d\\x1b[2Jx.md');
    assert.ok(
      lines.includes(
        "  13:38  waarschuwing  '\\x1b[31mrood' is geen geldige waarde. Schrijf een getal (68%, > 70%, 14.823, 12,5), een trendwoord (Toename, Afname, Gelijk, Stabiel) of '-' als er geen gegevens zijn.  value-format",
      ),
      r.stdout,
    );
  });

  it('github escapes %, \\r, \\n and shows other control characters; properties escape , and : too', () => {
    const r = runBin(['--format', 'github', NAME], { cwd: t.dir });
    assert.doesNotMatch(r.stdout, RAW_CONTROL);
    const line = r.stdout.split('\n').find((l) => l.includes('value-format'));
    assert.equal(
      line,
      "::warning file=hoofdstuk\\x0d\\x1b[2Jx.md,line=13,col=38,endLine=13,endColumn=47,title=programmalint(value-format)::'\\x1b[31mrood' is geen geldige waarde. Schrijf een getal (68%25, > 70%25, 14.823, 12,5), een trendwoord (Toename, Afname, Gelijk, Stabiel) of '-' als er geen gegevens zijn.",
    );
  });

  for (const format of ['json', 'sarif']) {
    it(`${format} keeps the text as data but writes no raw control character`, () => {
      const r = runBin(['--format', format, NAME], { cwd: t.dir });
      assert.doesNotMatch(r.stdout, RAW_CONTROL);
      assert.match(r.stdout, /\\u001b\[31mrood/);
      const parsed = JSON.parse(r.stdout);
      const messages: string[] = format === 'json' ? parsed.map((f: { message: string }) => f.message) : parsed.runs[0].results.map((x: { message: { text: string } }) => x.message.text);
      assert.ok(messages.some((m) => m.startsWith("'\u001b[31mrood'")));
    });
  }

  it('every format handles C1 controls (8-bit CSI), DEL and bidirectional overrides in a message', () => {
    const message = 'a\r\u009b2Jb\u007fc\u202ed\u0007e\nf';
    const finding: Finding = {
      rule: 'value-format',
      severity: 'warning',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      message,
      fixes: [],
      related: [],
    };
    const options = { locale: 'nl' as const, cwd: '/tmp', color: false, version: '0.0.0' };
    for (const [name, format] of Object.entries(formatters)) {
      const out = format([{ path: 'x\u001b.md', findings: [finding] }], options);
      assert.doesNotMatch(out, RAW_CONTROL, name);
      if (name === 'json') assert.equal(JSON.parse(out)[0].message, message);
      if (name === 'sarif') assert.equal(JSON.parse(out).runs[0].results[0].message.text, message);
    }
    assert.equal(visible(message), 'a\\x0d\\x9b2Jb\\x7fc\\u202ed\\x07e\\x0af');
    assert.equal(formatters.github([{ path: 'x.md', findings: [finding] }], options).trim().split('::').at(-1), 'a%0D\\x9b2Jb\\x7fc\\u202ed\\x07e%0Af');
  });
});
