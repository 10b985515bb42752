/**
 * Footnote styles in the editor (issue 10, item 4): completion of the next marker and of its
 * definition line, hover on a marker, and indicator names that pair across chapters, in every
 * footnote style (Roman numerals, asterisks, numbers, superscript digits, letters).
 */
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-types';
import { getCompletions, getHover } from '../../../server/src/service/features/index.js';
import { type Config, indicatorKey } from '../../../server/src/service/index.js';
import { lint } from '../../helpers/service.js';
import { r, workspace } from './setup.js';

/** A configuration with only these footnote styles. */
function styles(...names: string[]): Config {
  return { vocabulary: { footnotes: { styles: names } } } as Config;
}

/**
 * A rekening 2018 of beleidsveld 4.2.1: `rows` on lines 10 and on, then a blank line and the
 * `definitions` (one paragraph each). A `‸` in the text marks the cursor, and is removed.
 */
function chapterWith(rows: string[], definitions: string[]): { text: string; cursor?: { line: number; character: number } } {
  const lines = [
    '---',
    'document: rekening',
    'jaar: 2018',
    'programma: 4',
    '---',
    '',
    '## 4.2.1 Bestuur en dienstverlening',
    '',
    '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...definitions.flatMap((d) => [d, '']),
  ];
  const line = lines.findIndex((l) => l.includes('‸'));
  if (line < 0) return { text: lines.join('\n') };
  const character = lines[line].indexOf('‸');
  lines[line] = lines[line].replace('‸', '');
  return { text: lines.join('\n'), cursor: { line, character } };
}

/** An item in compact form: `label | detail | sortText[ *] | range "newText"[ filter]`. */
function brief(items: CompletionItem[]): string[] {
  return items.map((i) => {
    const edit = i.textEdit as { range: Parameters<typeof r>[0]; newText: string };
    const filter = i.filterText !== undefined ? ` filter ${JSON.stringify(i.filterText)}` : '';
    return `${i.label} | ${i.detail} | ${i.sortText}${i.preselect ? ' *' : ''} | ${r(edit.range)} ${JSON.stringify(edit.newText)}${filter}`;
  });
}

/** The completions at the cursor of a chapter under a configuration. */
function complete(rows: string[], definitions: string[], config?: Config): CompletionItem[] {
  const { text, cursor } = chapterWith(rows, definitions);
  const { ctx, docs } = workspace({ 'x.md': text }, 'nl', config);
  return getCompletions(docs['x.md'], cursor as { line: number; character: number }, ctx);
}

/** The hover text at the cursor of a chapter under a configuration. */
function hoverText(rows: string[], definitions: string[], config?: Config): string | undefined {
  const { text, cursor } = chapterWith(rows, definitions);
  const { ctx, docs } = workspace({ 'x.md': text }, 'nl', config);
  const hover = getHover(docs['x.md'], cursor as { line: number; character: number }, ctx);
  return (hover?.contents as { value: string } | undefined)?.value;
}

/** The footnote items (kind Reference) only, for lists that also hold value or name completions. */
const references = (items: CompletionItem[]) => items.filter((i) => i.kind === 18);

describe('footnote styles in the editor', () => {
  describe('completion of the next marker', () => {
    it('numbers in parentheses: after `(` the next number, then the used ones with their text', () => {
      const items = complete(['| Bezetting (1) | 82% | 80% | 84% (‸ |'], ['(1) Bron: eigen registratie.'], styles('number-paren'));
      assert.deepEqual(brief(items), [
        '2 | nieuwe voetnoot | 0 * | 10:35-10:35 "2)"',
        '1 | Bron: eigen registratie. | 101 | 10:35-10:35 "1)"',
      ]);
      assert.deepEqual(items[1].documentation, { kind: 'markdown', value: '**(1)** Bron: eigen registratie.' });
    });

    it('letters in parentheses: after `(` the next letter; after a blank the `d)` form beside the values', () => {
      const paren = complete(['| Bezetting (a) | 82% | 80% | 84% (‸ |'], ['(a) Bron: eigen registratie.'], styles('letter'));
      assert.deepEqual(brief(paren), ['b | nieuwe voetnoot | 0 * | 10:35-10:35 "b)"', 'a | Bron: eigen registratie. | 101 | 10:35-10:35 "a)"']);
      const close = complete(['| Bezetting a) | 82% | 80% | 84% ‸|'], ['a) Bron: eigen registratie.'], styles('letter'));
      assert.deepEqual(brief(references(close)), [
        'b | nieuwe voetnoot | 0 * | 10:33-10:33 "b)"',
        'a | Bron: eigen registratie. | 101 | 10:33-10:33 "a)"',
      ]);
      assert.ok(close.some((i) => i.label === '-'), 'the value completions stay');
    });

    it('asterisks: an asterisk glued to a value becomes the next count, escaped as typed', () => {
      const items = complete(['| Bezetting* | 82% | 80% | 84%*‸ |'], ['\\* Bron: eigen registratie.'], styles('asterisk'));
      assert.deepEqual(brief(items), [
        '** | nieuwe voetnoot | 0 * | 10:30-10:31 "**" filter "**"',
        '* | Bron: eigen registratie. | 101 | 10:30-10:31 "*" filter "*"',
      ]);
      assert.deepEqual(items[1].documentation, { kind: 'markdown', value: '**\\*** Bron: eigen registratie.' });
      const escaped = complete(['| Bezetting\\* | 82% | 80% | 84%\\*‸ |'], ['\\* Bron: eigen registratie.'], styles('asterisk'));
      assert.deepEqual(brief(escaped).slice(0, 1), ['** | nieuwe voetnoot | 0 * | 10:31-10:33 "\\\\*\\\\*" filter "\\\\*\\\\*"']);
    });

    it('a parenthesis before a number (`)1`): after `)` the next number, not after one that closes words', () => {
      const items = complete(['| Bezetting )1 | 82% | 80% | 84% )‸ |'], [')1 = Bron: eigen registratie.'], styles('close-number'));
      assert.deepEqual(brief(items), ['2 | nieuwe voetnoot | 0 * | 10:34-10:34 "2"', '1 | Bron: eigen registratie. | 101 | 10:34-10:34 "1"']);
      assert.deepEqual(items[1].documentation, { kind: 'markdown', value: '**)1** Bron: eigen registratie.' });
      assert.deepEqual(complete(['| Bezetting )1 | 82% | 80% | 84% (eigen telling)‸ |'], [')1 = Bron.'], styles('close-number')), []);
    });

    it('superscript digits: `^` becomes the next digit', () => {
      const items = complete(['| Bezetting ¹ | 82% | 80% | 84%^‸ |'], ['¹ Bron: eigen registratie.'], styles('superscript'));
      assert.deepEqual(brief(items), [
        '² | nieuwe voetnoot | 0 * | 10:31-10:32 "²" filter "^²"',
        '¹ | Bron: eigen registratie. | 101 | 10:31-10:32 "¹" filter "^¹"',
      ]);
      assert.deepEqual(items[1].documentation, { kind: 'markdown', value: '**¹** Bron: eigen registratie.' });
    });

    it('a number with a closing parenthesis (`1)`): after a blank, beside the values', () => {
      const items = complete(['| Bezetting 1) | 82% | 80% | 84% ‸|'], ['1) Bron: eigen registratie.'], styles('number-close'));
      assert.deepEqual(brief(references(items)), [
        '2 | nieuwe voetnoot | 0 * | 10:33-10:33 "2)"',
        '1 | Bron: eigen registratie. | 101 | 10:33-10:33 "1)"',
      ]);
      assert.ok(items.some((i) => i.label === '-'));
    });

    it('a number glued to a name after a full stop, in the name cell only', () => {
      const rows = ['| Bezetting.1 | 82% | 80% | 84% |', '| Tevredenheid.‸ | 7,1 | 7,0 | 7,2 |'];
      assert.deepEqual(brief(references(complete(rows, ['1\\. Bron: eigen registratie.'], styles('number-glued')))), [
        '2 | nieuwe voetnoot | 0 * | 11:15-11:15 "2"',
        '1 | Bron: eigen registratie. | 101 | 11:15-11:15 "1"',
      ]);
    });

    it('several styles in parentheses: each style’s numbering, the first preselected', () => {
      const items = complete(['| Bezetting (I) | 82% | 80% (a) | 84% (‸ |'], ['I   Bron: eigen registratie.', '(a) Peildatum 1 januari.'], styles('roman', 'letter'));
      assert.deepEqual(brief(items), [
        'II | nieuwe voetnoot | 0 * | 10:39-10:39 "II)"',
        'I | Bron: eigen registratie. | 101 | 10:39-10:39 "I)"',
        'b | nieuwe voetnoot | 2 | 10:39-10:39 "b)"',
        'a | Peildatum 1 januari. | 301 | 10:39-10:39 "a)"',
      ]);
    });

    it('the trigger characters of a style not configured ask for nothing', () => {
      // The defaults (Roman numerals and asterisks) have no `)1` and no superscript digits.
      assert.deepEqual(complete(['| Bezetting (I) | 82% | 80% | 84% )‸ |'], ['I   Bron.']), []);
      assert.deepEqual(complete(['| Bezetting (I) | 82% | 80% | 84%^‸ |'], ['I   Bron.']), []);
      assert.deepEqual(complete(['| Bezetting (I) | 82% | 80% | 84% (eigen telling)‸ |'], ['I   Bron.']), []);
    });
  });

  describe('completion of a definition line', () => {
    const undefinedSecond = (row: string, defined: string, config?: Config, typed = '') =>
      brief(complete(['| Bezetting | 82% | 80% | 84% |', row], [defined, `${typed}‸`], config));

    it('Roman numerals: aligned as the beleidsveld writes them', () => {
      assert.deepEqual(undefinedSecond('| Tevredenheid (II) | 7,1 | 7,0 (I) | 7,2 |', 'I   Bron: eigen registratie.'), [
        'II | toelichting bij (II) | 00 * | 15:0-15:0 "II  " filter "II  "',
      ]);
    });

    it('numbers in parentheses, a parenthesis before a number, superscript digits, letters, asterisks', () => {
      assert.deepEqual(undefinedSecond('| Tevredenheid (2) | 7,1 | 7,0 (1) | 7,2 |', '(1) Bron.', styles('number-paren')), [
        '(2) | toelichting bij (2) | 00 * | 15:0-15:0 "(2) " filter "(2) "',
      ]);
      assert.deepEqual(undefinedSecond('| Tevredenheid )2 | 7,1 | 7,0 )1 | 7,2 |', ')1 = Bron.', styles('close-number')), [
        ')2 = | toelichting bij )2 | 00 * | 15:0-15:0 ")2 = " filter ")2 = "',
      ]);
      assert.deepEqual(undefinedSecond('| Tevredenheid ² | 7,1 | 7,0¹ | 7,2 |', '¹ Bron.', styles('superscript')), [
        '² | toelichting bij ² | 00 * | 15:0-15:0 "² " filter "² "',
      ]);
      assert.deepEqual(undefinedSecond('| Tevredenheid (b) | 7,1 | 7,0 (a) | 7,2 |', 'a) Bron.', styles('letter')), [
        'b) | toelichting bij (b) | 00 * | 15:0-15:0 "b) " filter "b) "',
      ]);
      assert.deepEqual(undefinedSecond('| Tevredenheid** | 7,1 | 7,0* | 7,2 |', '\\* Bron.', styles('asterisk')), [
        '\\*\\* | toelichting bij ** | 00 * | 15:0-15:0 "\\\\*\\\\* " filter "\\\\*\\\\* "',
      ]);
    });

    it('only for what is typed so far, and not in prose', () => {
      assert.equal(undefinedSecond('| Tevredenheid (2) | 7,1 | 7,0 (1) | 7,2 |', '(1) Bron.', styles('number-paren'), '(').length, 1);
      assert.deepEqual(undefinedSecond('| Tevredenheid (2) | 7,1 | 7,0 (1) | 7,2 |', '(1) Bron.', styles('number-paren'), 'In'), []);
      // Every marker has its definition: nothing to offer.
      assert.deepEqual(undefinedSecond('| Tevredenheid | 7,1 | 7,0 (1) | 7,2 |', '(1) Bron.', styles('number-paren')), []);
    });
  });

  describe('hover on a marker of each style shows its definition', () => {
    const cases: [string, string, string, string][] = [
      ['roman', '| Bezetting (I‸) | 82% | 80% | 84% |', 'I   Bron: eigen registratie.', '**(I)** Bron: eigen registratie.'],
      ['asterisk', '| Bezetting | 82% | 80% | 84%‸* |', '\\* Bron: eigen registratie.', '**\\*** Bron: eigen registratie.'],
      ['number-paren', '| Bezetting | 82% | 80% | 84% (‸1) |', '(1) Bron: eigen registratie.', '**(1)** Bron: eigen registratie.'],
      ['number-close', '| Bezetting | 82% | 80% | 84% ‸1) |', '1) Bron: eigen registratie.', '**1)** Bron: eigen registratie.'],
      ['close-number', '| Bezetting | 82% | 80% | 84% )‸1 |', ')1 = Bron: eigen registratie.', '**)1** Bron: eigen registratie.'],
      ['number-glued', '| Bezetting.‸1 | 82% | 80% | 84% |', '1\\. Bron: eigen registratie.', '**1** Bron: eigen registratie.'],
      ['superscript', '| Bezetting ‸¹ | 82% | 80% | 84% |', '¹ Bron: eigen registratie.', '**¹** Bron: eigen registratie.'],
      ['letter', '| Bezetting | 82% | 80% | 84% ‸b) |', 'a) Peildatum.\n\nb) Bron: eigen registratie.', '**b)** Bron: eigen registratie.'],
    ];
    for (const [style, row, definition, expected] of cases) {
      it(style, () => {
        assert.equal(hoverText([row], [definition], styles(style)), expected);
      });
    }
  });

  describe('indicator names pair across chapters whatever the footnote style', () => {
    it('indicatorKey removes the markers of every style', () => {
      const names = [
        'Bezetting',
        'Bezetting (IV)',
        'Bezetting*',
        'Bezetting (4)',
        'Bezetting 4)',
        'Bezetting )4',
        'Bezetting.4',
        'Bezetting ⁴',
        'Bezetting¹²',
        'Bezetting (d)',
        'Bezetting d)',
        'Bezetting 1) ²',
      ];
      assert.deepEqual(
        names.map((n) => [n, indicatorKey(n)]),
        names.map((n) => [n, 'bezetting']),
      );
    });

    it('keeps what is no marker: units, parentheses that close words, numbers in a name', () => {
      assert.deepEqual(
        ['Groen per inwoner in m²', 'Leeftijd (0 tot 4)', 'Score (zie a)', 'Uitstoot CO2', 'Programma 6.1', 'Aantal (per 1.000 inwoners)'].map(indicatorKey),
        ['groen per inwoner in m²', 'leeftijd (0 tot 4)', 'score (zie a)', 'uitstoot co2', 'programma 6.1', 'aantal (per 1.000 inwoners)'],
      );
      assert.equal(indicatorKey('Aantal (per 1.000 inwoners)1'), 'aantal (per 1.000 inwoners)');
    });

    it('cross-beoogd pairs `Bezetting ¹` in the rekening with `Bezetting` in the begroting, with the defaults', () => {
      const rekening = chapterWith(['| Bezetting ¹ | 82% | 85% | 84% |'], ['¹ Bron: eigen registratie.']).text;
      const begroting = [
        '---',
        'document: begroting',
        'jaar: 2018',
        'programma: 4',
        '---',
        '',
        '## 4.2.1 Bestuur en dienstverlening',
        '',
        '| Prestatie-indicatoren | Beoogd 2018 |',
        '| --- | --- |',
        '| Bezetting | 80% |',
        '',
      ].join('\n');
      const { index } = workspace({ 'rekening-2018.md': rekening, 'begroting-2018.md': begroting });
      const cross = index.lint('file:///ws/rekening-2018.md').filter((f) => f.rule.startsWith('cross-'));
      assert.deepEqual(
        cross.map((f) => [f.rule, f.message]),
        [['cross-beoogd', 'Beoogd 2018 is hier "85%", maar in de begroting 2018 (begroting-2018.md) "80%".']],
      );
      // Within one chapter the same name with and without a marker is one indicator.
      const twice = chapterWith(['| Bezetting ¹ | 82% | 80% | 84% |', '| Bezetting | 82% | 80% | 84% |'], ['¹ Bron.']).text;
      assert.deepEqual(lint(twice, { config: styles('roman') }).filter((f) => f.rule === 'indicator-duplicate').length, 1);
    });
  });
});
