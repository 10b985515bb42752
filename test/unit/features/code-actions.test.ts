/** Code actions: quick fixes from findings, fix-all, renumbering and the rekening scaffold. */
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { getCodeActions } from '../../../server/src/service/features/index.js';
import { msg } from '../../../server/src/service/finding.js';
import type { Rule } from '../../../server/src/service/rule.js';
import { begroting2019, lines, r, rekening2018, workspace } from './setup.js';

/** A rule of this test only (so the test does not depend on the real rules): `68 %` → `68%`, safe. */
const percentSpace: Rule = {
  id: 'test-percent-space',
  defaultSeverity: 'warning',
  description: msg('Test.', 'Test.'),
  check({ doc, report }) {
    for (const table of doc.tables) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          const at = cell.raw.search(/\d %/);
          if (at === -1) continue;
          const space = { start: cell.span.start + at + 1, end: cell.span.start + at + 2 };
          report({ span: space, message: msg('Spatie.', 'Space.'), fixes: [{ title: msg('Weg', 'Remove'), edits: [{ span: space, newText: '' }], safe: true }] });
        }
      }
    }
  },
};

/** What a test asserts of an action: title, kind, preferred, edits in compact form. */
function brief(actions: CodeAction[]) {
  return actions.map((a) => ({
    title: a.title,
    kind: a.kind,
    ...(a.isPreferred ? { isPreferred: true } : {}),
    ...(a.diagnostics ? { diagnostics: a.diagnostics.map((d) => d.message) } : {}),
    edits: Object.entries(a.edit?.changes ?? {}).flatMap(([uri, edits]) =>
      edits.map((e) => `${uri.replace('file:///ws/', '')} ${r(e.range)} ${JSON.stringify(e.newText)}`),
    ),
  }));
}

const point = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });

describe('features: getCodeActions', () => {
  it('offers a quick fix per fix of a diagnostic, preferring safe ones', () => {
    const { ctx, docs } = workspace({ 'rekening-2018.md': rekening2018 });
    const diagnostic: Diagnostic = {
      range: { start: { line: 16, character: 79 }, end: { line: 16, character: 82 } },
      message: 'Ongeldige waarde.',
      code: 'value-format',
      data: {
        rule: 'value-format',
        fixes: [
          { title: 'Vervang door 68%', safe: true, edits: [{ range: { start: { line: 16, character: 79 }, end: { line: 16, character: 82 } }, newText: '68%' }] },
          { title: 'Vervang door -', safe: false, edits: [{ range: { start: { line: 16, character: 79 }, end: { line: 16, character: 82 } }, newText: '-' }] },
        ],
      },
    };
    const noData: Diagnostic = { range: point(16, 2), message: 'Zonder fixes.' };
    assert.deepEqual(brief(getCodeActions(docs['rekening-2018.md'], point(16, 80), [diagnostic, noData], ctx, ['quickfix'])), [
      {
        title: 'Vervang door 68%',
        kind: 'quickfix',
        isPreferred: true,
        diagnostics: ['Ongeldige waarde.'],
        edits: ['rekening-2018.md 16:79-16:82 "68%"'],
      },
      { title: 'Vervang door -', kind: 'quickfix', diagnostics: ['Ongeldige waarde.'], edits: ['rekening-2018.md 16:79-16:82 "-"'] },
    ]);
  });

  it('offers fix-all as one edit of the changed stretch', () => {
    const text = rekening2018.replace('| 68% (II) |', '| 68 % (II) |').replace('| 70% (II) |', '| 70 % (II) |');
    const { ctx, docs } = workspace({ 'x.md': text });
    const settings = { ...ctx.settings, rules: [percentSpace] };
    const doc = docs['x.md'];
    // Line 16: `… (I) | 68 % (II) | Toename | 70 % (II) |`: the spaces at 81 and 103.
    assert.equal(doc.lines.lineText(16).slice(79, 105), '68 % (II) | Toename | 70 %');
    const expected = [
      {
        title: 'Alle veilige correcties toepassen',
        kind: 'source.fixAll.programmalint',
        edits: ['x.md 16:81-16:104 "% (II) | Toename | 70"'],
      },
    ];
    assert.deepEqual(brief(getCodeActions(doc, point(0, 0), [], { ...ctx, settings }, ['source.fixAll'])), expected);
    assert.deepEqual(brief(getCodeActions(doc, point(0, 0), [], { ...ctx, settings }, ['source'])), expected);
    // Not asked for, and no safe fix at the cursor: no fix-all (a cursor move does not lint again).
    assert.deepEqual(brief(getCodeActions(doc, point(0, 0), [], { ...ctx, settings })), []);
    // Nothing to fix: no action.
    const { ctx: clean, docs: d } = workspace({ 'x.md': rekening2018 });
    assert.deepEqual(
      getCodeActions(d['x.md'], point(0, 0), [], { ...clean, settings: { ...clean.settings, rules: [percentSpace] } }, ['source.fixAll']),
      [],
    );
  });

  it('offers fix-all next to a safe quick fix when no kind is asked for, in English too', () => {
    const text = rekening2018.replace('| 68% (II) |', '| 68 % (II) |');
    const { ctx, docs } = workspace({ 'x.md': text }, 'en');
    const settings = { ...ctx.settings, rules: [percentSpace] };
    const diagnostic: Diagnostic = {
      range: { start: { line: 16, character: 81 }, end: { line: 16, character: 82 } },
      message: 'Space.',
      data: { rule: percentSpace.id, fixes: [{ title: 'Remove', safe: true, edits: [{ range: { start: { line: 16, character: 81 }, end: { line: 16, character: 82 } }, newText: '' }] }] },
    };
    assert.deepEqual(brief(getCodeActions(docs['x.md'], point(16, 81), [diagnostic], { ...ctx, settings })), [
      { title: 'Remove', kind: 'quickfix', isPreferred: true, diagnostics: ['Space.'], edits: ['x.md 16:81-16:82 ""'] },
      { title: 'Apply all safe fixes', kind: 'source.fixAll.programmalint', edits: ['x.md 16:81-16:82 ""'] },
    ]);
  });

  it('offers to renumber footnotes that are out of order', () => {
    const text = rekening2018.replace('hulpvraag (I) | 68% (II) | Toename | 70% (II)', 'hulpvraag (II) | 68% (I) | Toename | 70% (I)');
    const { ctx, docs } = workspace({ 'x.md': text });
    const actions = brief(getCodeActions(docs['x.md'], point(16, 0), [], ctx, ['refactor']));
    assert.deepEqual(actions, [
      {
        title: 'Voetnoten hernummeren',
        kind: 'refactor.rewrite',
        edits: [
          'x.md 16:74-16:76 "I"',
          'x.md 16:85-16:86 "II"',
          'x.md 16:105-16:106 "II"',
          'x.md 20:0-20:71 "I   Op het aandeel bewoners dat zegt contact te hebben gehad met WIJ-Groningen."',
          'x.md 22:0-22:79 "II  In de voorgaande Rekening is deze uitkomstmaat anders gedefinieerd."',
        ],
      },
    ]);
    assert.deepEqual(getCodeActions(docs['x.md'], point(16, 0), [], ctx, ['quickfix']), []);
  });

  it('offers to scaffold the rekening table, titled with the begroting year', () => {
    const rekening2019 = lines(
      '---',
      'document: rekening',
      'jaar: 2019',
      'programma: 4',
      '---',
      '',
      '## 4.2.1 Ondersteunende voorzieningen',
      '',
    );
    for (const [locale, title] of [
      ['nl', 'Rekeningtabel opbouwen uit de begroting 2019'],
      ['en', 'Build the rekening table from the begroting 2019'],
    ] as const) {
      const { ctx, docs } = workspace({ 'begroting-2019.md': begroting2019, 'rekening-2019.md': rekening2019 }, locale);
      const actions = getCodeActions(docs['rekening-2019.md'], point(7, 0), [], ctx, ['refactor.rewrite']);
      assert.deepEqual(
        actions.map((a) => [a.title, a.kind, Object.values(a.edit?.changes ?? {})[0]?.[0]?.newText.split('\n')[1]]),
        [[title, 'refactor.rewrite', '| Prestatie-indicatoren | Behaald 2018 | Beoogd 2019 | Behaald 2019 |']],
      );
    }
  });

  it('ignores diagnostics whose data carries no fixes', () => {
    const { ctx, docs } = workspace({ 'rekening-2018.md': rekening2018 });
    const odd: Diagnostic[] = [
      { range: point(16, 2), message: 'a', data: { rule: 'x' } },
      { range: point(16, 2), message: 'b', data: { fixes: [{ title: 3 }] } },
      { range: point(16, 2), message: 'c', data: 'text' },
    ];
    assert.deepEqual(getCodeActions(docs['rekening-2018.md'], point(16, 2), odd, ctx), []);
  });
});
