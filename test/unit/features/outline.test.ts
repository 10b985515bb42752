/** Document symbols and folding ranges. */
import assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { getDocumentSymbols, getFoldingRanges } from '../../../server/src/service/features/index.js';
import { lines, r, rekening2018, workspace } from './setup.js';

/** A symbol tree in compact form: `name [kind] range (detail)` with children. */
type Brief = [string, ...Brief[]] | [string];
function brief(symbols: DocumentSymbol[]): Brief[] {
  return symbols.map((s) => [
    `${s.name} [${names[s.kind] ?? s.kind}] ${r(s.range)} sel ${r(s.selectionRange)}${s.detail ? ` (${s.detail})` : ''}`,
    ...brief(s.children ?? []),
  ]);
}
// SymbolKind holds numbers; name them for readable expectations.
const names: Record<number, string> = {
  [SymbolKind.Module]: 'Module',
  [SymbolKind.Namespace]: 'Namespace',
  [SymbolKind.Package]: 'Package',
  [SymbolKind.String]: 'String',
  [SymbolKind.Array]: 'Array',
};

const deelprogramma = lines(
  '# Programma 4: Welzijn, gezondheid en zorg', // 0
  '',
  '## Deelprogramma 4.2: Zorg', // 2
  '',
  '### 4.2.1 Ondersteunende voorzieningen', // 4
  '',
  '| Indicatoren | Beoogd 2019 |', // 6
  '| --- | --- |',
  '| Aantal cliënten (I) | 120 |',
  '',
  'I   Inclusief wachtlijst,', // 10
  'ook de aanmeldingen.',
  '',
  '#### Wat willen we bereiken in 2019?', // 13
  '',
  'Veel.', // 15
  '',
  '##### Doel 1', // 17
  'Minder.',
  '',
  '#### Wat gaan we daarvoor doen?', // 20
  'Meer.',
  '',
  '### 4.2.2 Specialistische zorg', // 23
  '',
  '| Indicatoren | Beoogd 2019 |', // 25
  '| --- | --- |',
);

describe('features: outline', () => {
  describe('getDocumentSymbols', () => {
    it('nests programma → beleidsveld → sections → tables in the rekening template', () => {
      const { ctx, docs } = workspace({ 'rekening-2018.md': rekening2018 });
      assert.deepEqual(brief(getDocumentSymbols(docs['rekening-2018.md'], ctx)), [
        [
          'Programma 4: Welzijn, gezondheid en zorg [Module] 6:0-34:5 sel 6:2-6:42',
          [
            '4.2.1 Ondersteunende voorzieningen [Namespace] 8:0-34:5 sel 8:3-8:37',
            [
              'Prestatie-indicatoren [String] 12:0-22:79 sel 12:4-12:25',
              ['Prestatie-indicatoren [Array] 14:0-18:102 sel 14:2-14:23 (3 rijen)'],
            ],
            ['Wat wilden we bereiken in 2018? [String] 24:0-26:23 sel 24:4-24:35'],
            ['Wat hebben we hiervoor gedaan? [String] 28:0-30:5 sel 28:4-28:34'],
            ['Conclusie [String] 32:0-34:5 sel 32:4-32:13'],
          ],
        ],
      ]);
    });

    it('nests deelprogramma, sections by depth, and tables straight under a beleidsveld; English details', () => {
      const { ctx, docs } = workspace({ 'x.md': deelprogramma }, 'en');
      assert.deepEqual(brief(getDocumentSymbols(docs['x.md'], ctx)), [
        [
          'Programma 4: Welzijn, gezondheid en zorg [Module] 0:0-26:13 sel 0:2-0:42',
          [
            'Deelprogramma 4.2: Zorg [Package] 2:0-26:13 sel 2:3-2:26',
            [
              '4.2.1 Ondersteunende voorzieningen [Namespace] 4:0-21:5 sel 4:4-4:38',
              ['Indicatoren [Array] 6:0-8:29 sel 6:2-6:13 (1 row)'],
              [
                'Wat willen we bereiken in 2019? [String] 13:0-18:7 sel 13:5-13:36',
                ['Doel 1 [String] 17:0-18:7 sel 17:6-17:12'],
              ],
              ['Wat gaan we daarvoor doen? [String] 20:0-21:5 sel 20:5-20:31'],
            ],
            [
              '4.2.2 Specialistische zorg [Namespace] 23:0-26:13 sel 23:4-23:30',
              ['Indicatoren [Array] 25:0-26:13 sel 25:2-25:13 (0 rows)'],
            ],
          ],
        ],
      ]);
    });

    it('gives no symbols to a chapter without headings or tables', () => {
      const { ctx, docs } = workspace({ 'x.md': 'Alleen tekst.\n' });
      assert.deepEqual(getDocumentSymbols(docs['x.md'], ctx), []);
    });
  });

  describe('getFoldingRanges', () => {
    const fold = (text: string) => {
      const { ctx, docs } = workspace({ 'x.md': text });
      return getFoldingRanges(docs['x.md'], ctx).map((f) => `${f.startLine}-${f.endLine}`);
    };

    it('folds front matter, headings, the table and the footnote block of the rekening template', () => {
      assert.deepEqual(fold(rekening2018), ['0-4', '6-34', '8-34', '12-22', '14-18', '20-22', '24-26', '28-30', '32-34']);
    });

    it('keeps the outer range when two start on one line, and folds multi-line definitions', () => {
      // 0-26 programma, 2-26 deelprogramma, 4-21 beleidsveld, 6-8 table, 10-11 definition block,
      // 13-18 section, 17-18 subsection, 20-21 section, 23-26 beleidsveld (its table 25-26 also).
      assert.deepEqual(fold(deelprogramma), ['0-26', '2-26', '4-21', '6-8', '10-11', '13-18', '17-18', '20-21', '23-26', '25-26']);
    });

    it('does not fold single lines', () => {
      // The programma spans lines 0-2; the beleidsveld is its heading alone.
      assert.deepEqual(fold(lines('# Programma 4: Zorg', '', '## 4.2.1 Veld')), ['0-2']);
    });
  });
});
