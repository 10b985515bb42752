/**
 * The cross-document rules over the test workspace in test/fixtures/workspace/:
 *   rekening 2017, begroting 2018, rekening 2018, begroting 2019, rekening 2019 (4.2.1 and 4.2.2)
 *   and a lone rekening 2021. Every finding of the workspace is in rekening 2018.
 */
import assert from 'node:assert/strict';
import { applyEdits, settingsFromConfig } from '../../../server/src/service/index.js';
import { WorkspaceIndex } from '../../../server/src/service/workspace.js';
import { brief, lint } from '../../helpers/service.js';
import {
  crossFindings,
  detailed,
  fixtureIndex,
  fixtureNames,
  fixtureText,
  fixtureUri,
  newIndex,
} from './workspace-helpers.js';

const REKENING_2018 = 'rekening-2018-4.2.1.md';

describe('cross-document rules', () => {
  describe('the fixture workspace', () => {
    it('every fixture is valid on its own: no finding above info without the workspace', () => {
      for (const name of fixtureNames()) {
        const findings = lint(fixtureText(name), { uri: fixtureUri(name) })
          .filter((f) => f.severity === 'error' || f.severity === 'warning')
          .map((f) => detailed(f));
        assert.deepEqual(findings, [], name);
      }
    });

    it('the cross rules only fire with a workspace', () => {
      for (const name of fixtureNames()) {
        assert.deepEqual(
          lint(fixtureText(name), { uri: fixtureUri(name) }).filter((f) => f.rule.startsWith('cross-')),
          [],
          name,
        );
      }
    });

    it('only rekening 2018 has cross findings: begrotingen, and chapters without counterparts, have none', () => {
      const index = fixtureIndex();
      for (const name of fixtureNames()) {
        if (name === REKENING_2018) continue;
        assert.deepEqual(crossFindings(index, fixtureUri(name)).map(detailed), [], name);
      }
    });

    it('rekening 2018: exactly these findings, with ranges and related locations', () => {
      const index = fixtureIndex();
      assert.deepEqual(crossFindings(index, fixtureUri(REKENING_2018)).map(detailed), [
        {
          rule: 'cross-indicators',
          severity: 'warning',
          range: '15:3-15:24',
          message:
            'De indicator "% inwoners dat het ondersteuningsplan zelf of met informele ondersteuning uitvoert" ' +
            'uit de begroting 2018 (begroting-2018-4.2.1.md) ontbreekt in deze rekening.',
          related: [{ file: 'begroting-2018-4.2.1.md', range: '21:3-21:85', message: 'De indicator in de begroting 2018' }],
        },
        {
          rule: 'cross-behaald',
          severity: 'warning',
          range: '18:80-18:83',
          message:
            'Behaald 2017 is hier "61%", maar in de rekening 2017 (rekening-2017-4.2.1.md) "64%". ' +
            'Licht de correctie toe met een voetnoot of neem de eerdere waarde over.',
          related: [{ file: 'rekening-2017-4.2.1.md', range: '18:95-18:98', message: 'Behaald 2017 in de rekening 2017' }],
        },
        {
          rule: 'cross-behaald',
          severity: 'info',
          range: '19:66-19:75',
          message:
            'Behaald 2017 is hier "57%", in de rekening 2017 (rekening-2017-4.2.1.md) "55%"; ' +
            'de correctie wordt toegelicht in voetnoot (III).',
          related: [{ file: 'rekening-2017-4.2.1.md', range: '19:74-19:77', message: 'Behaald 2017 in de rekening 2017' }],
        },
        {
          rule: 'cross-beoogd',
          severity: 'warning',
          range: '19:78-19:84',
          message: 'Beoogd 2018 is hier "Gelijk", maar in de begroting 2018 (begroting-2018-4.2.1.md) "toename".',
          related: [{ file: 'begroting-2018-4.2.1.md', range: '19:66-19:73', message: 'Beoogd 2018 in de begroting 2018' }],
        },
        {
          rule: 'cross-indicators',
          severity: 'warning',
          range: '20:3-20:63',
          message:
            'Hernoemd? De begroting 2018 (begroting-2018-4.2.1.md) noemt deze indicator ' +
            '"Aantal geïndiceerde vervoer- en woonvoorzieningen".',
          related: [{ file: 'begroting-2018-4.2.1.md', range: '20:3-20:52', message: 'De indicator in de begroting 2018' }],
        },
      ]);
    });

    it('related locations carry the uri of the other document', () => {
      const index = fixtureIndex();
      const uris = crossFindings(index, fixtureUri(REKENING_2018)).map((f) => f.related[0].uri);
      assert.deepEqual(uris, [
        fixtureUri('begroting-2018-4.2.1.md'),
        fixtureUri('rekening-2017-4.2.1.md'),
        fixtureUri('rekening-2017-4.2.1.md'),
        fixtureUri('begroting-2018-4.2.1.md'),
        fixtureUri('begroting-2018-4.2.1.md'),
      ]);
    });

    it('speaks English when asked', () => {
      const index = fixtureIndex('en');
      assert.deepEqual(
        crossFindings(index, fixtureUri(REKENING_2018)).map((f) => [f.message, f.related[0].message]),
        [
          [
            'The indicator "% inwoners dat het ondersteuningsplan zelf of met informele ondersteuning uitvoert" ' +
              'of the begroting 2018 (begroting-2018-4.2.1.md) is missing from this rekening.',
            'The indicator in the begroting 2018',
          ],
          [
            'Behaald 2017 is "61%" here, but "64%" in the rekening 2017 (rekening-2017-4.2.1.md). ' +
              'Explain the correction in a footnote or use the earlier value.',
            'Behaald 2017 in the rekening 2017',
          ],
          [
            'Behaald 2017 is "57%" here, "55%" in the rekening 2017 (rekening-2017-4.2.1.md); ' +
              'footnote (III) explains the correction.',
            'Behaald 2017 in the rekening 2017',
          ],
          [
            'Beoogd 2018 is "Gelijk" here, but "toename" in the begroting 2018 (begroting-2018-4.2.1.md).',
            'Beoogd 2018 in the begroting 2018',
          ],
          [
            'Renamed? The begroting 2018 (begroting-2018-4.2.1.md) calls this indicator ' +
              '"Aantal geïndiceerde vervoer- en woonvoorzieningen".',
            'The indicator in the begroting 2018',
          ],
        ],
      );
    });
  });

  describe('fixes', () => {
    const fixesOf = (rule: string) => {
      const index = fixtureIndex();
      return crossFindings(index, fixtureUri(REKENING_2018))
        .filter((f) => f.rule === rule)
        .map((f) => ({ fixes: f.fixes }));
    };

    it('cross-beoogd offers the begroting value for the main value only (not safe)', () => {
      assert.deepEqual(fixesOf('cross-beoogd'), [
        {
          fixes: [
            {
              title: 'Neem "toename" over uit de begroting',
              safe: false,
              edits: [{ range: { start: { line: 18, character: 77 }, end: { line: 18, character: 83 } }, newText: 'toename' }],
            },
          ],
        },
      ]);
    });

    it('cross-behaald offers the earlier value when unexplained, and no fix when a footnote explains it', () => {
      assert.deepEqual(fixesOf('cross-behaald'), [
        {
          fixes: [
            {
              title: 'Neem "64%" over uit de rekening 2017',
              safe: false,
              edits: [{ range: { start: { line: 17, character: 79 }, end: { line: 17, character: 82 } }, newText: '64%' }],
            },
          ],
        },
        { fixes: [] },
      ]);
    });

    it('cross-indicators offers the begroting name, keeping the marker', () => {
      assert.deepEqual(fixesOf('cross-indicators'), [
        { fixes: [] },
        {
          fixes: [
            {
              title: 'Gebruik de naam uit de begroting: "Aantal geïndiceerde vervoer- en woonvoorzieningen"',
              safe: false,
              edits: [
                {
                  range: { start: { line: 19, character: 2 }, end: { line: 19, character: 62 } },
                  newText: 'Aantal geïndiceerde vervoer- en woonvoorzieningen (IV)',
                },
              ],
            },
          ],
        },
      ]);
    });

    it('applying every offered fix leaves only the missing indicator', () => {
      const index = fixtureIndex();
      const uri = fixtureUri(REKENING_2018);
      const doc = index.get(uri)!;
      const edits = crossFindings(index, uri)
        .flatMap((f) => f.fixes)
        .flatMap((fix) => fix.edits)
        .map((e) => ({ span: doc.lines.span(e.range), newText: e.newText }));
      const fixed = applyEdits(doc.text, edits);
      assert.equal(fixed.applied, 3);
      index.set(uri, fixed.text, 1);
      assert.deepEqual(
        crossFindings(index, uri).map((f) => [f.rule, f.severity]),
        [
          ['cross-indicators', 'warning'],
          ['cross-behaald', 'info'],
        ],
      );
    });
  });

  describe('matching', () => {
    /** A two-document workspace: begroting 2020 and rekening 2020 of 6.1.1 with the given rows. */
    function pair(begrotingRows: string[], rekeningRows: string[], rekeningExtra: string[] = []) {
      const index = newIndex();
      index.set(
        'file:///ws/begroting.md',
        [
          '---',
          'document: begroting',
          'jaar: 2020',
          'programma: 6',
          '---',
          '',
          '## 6.1.1 Sport',
          '',
          '| Prestatie-indicatoren | Beoogd 2020 |',
          '| --- | --- |',
          ...begrotingRows,
          '',
        ].join('\n'),
      );
      index.set(
        'file:///ws/rekening.md',
        [
          '---',
          'document: rekening',
          'jaar: 2020',
          'programma: 6',
          '---',
          '',
          '## 6.1.1 Sport',
          '',
          '| Prestatie-indicatoren | Behaald 2019 | Beoogd 2020 | Behaald 2020 |',
          '| --- | --- | --- | --- |',
          ...rekeningRows,
          '',
          ...rekeningExtra,
        ].join('\n'),
      );
      return crossFindings(index, 'file:///ws/rekening.md').map((f) => detailed(f));
    }

    it('values match semantically: comparator spacing, case of trend words, annotations and markers', () => {
      assert.deepEqual(
        pair(
          [
            '| % leden (I) | 68% |',
            '| Aantal   Bezoekers | toename |',
            '| % sportende jongeren | > 70% |',
            '| % sportende ouderen | 68% |',
          ],
          [
            '| % leden | 60% | 68% (II) | 70% |',
            '| aantal bezoekers | 10 | Toename | 12 |',
            '| % SPORTENDE jongeren | 60% | >70% | 72% |',
            '| % sportende ouderen | 60% | 68%<br>(67% over Q3 t/m Q4)<br>(V) | 70% |',
          ],
        ),
        [],
      );
    });

    it('a value written with a formatting slip compares as its correction (value-format reports the slip)', () => {
      assert.deepEqual(pair(['| % leden | 68% |'], ['| % leden | 60% | 68 % | 70% |']), []);
    });

    it('a number is not a percentage, a comparator is not nothing', () => {
      assert.deepEqual(
        pair(
          ['| Aantal leden | 68 |', '| % leden | > 70% |'],
          ['| Aantal leden | 60 | 68% | 70 |', '| % leden | 60% | 70% | 70% |'],
        ).map((f) => [f.rule, f.range, f.message]),
        [
          ['cross-beoogd', '11:23-11:26', 'Beoogd 2020 is hier "68%", maar in de begroting 2020 (begroting.md) "68".'],
          ['cross-beoogd', '12:19-12:22', 'Beoogd 2020 is hier "70%", maar in de begroting 2020 (begroting.md) "> 70%".'],
        ],
      );
    });

    it('an empty cell is not compared (table-row-cells reports it)', () => {
      assert.deepEqual(pair(['| % leden | 68% |'], ['| % leden | 60% |  | 70% |']), []);
    });

    it('columns are found by role and year, not by position', () => {
      const index = newIndex();
      index.set(
        'file:///ws/b.md',
        '---\ndocument: begroting\njaar: 2020\nprogramma: 6\n---\n\n## 6.1.1 Sport\n\n' +
          '| Indicatoren | Behaald 2018 | Beoogd 2019 | Beoogd 2020 |\n| --- | --- | --- | --- |\n| % leden | 50% | 60% | 68% |\n',
      );
      index.set(
        'file:///ws/r.md',
        '---\ndocument: rekening\njaar: 2020\nprogramma: 6\n---\n\n## 6.1.1 Sport\n\n' +
          '| Indicatoren | Behaald 2019 | Beoogd 2020 | Behaald 2020 |\n| --- | --- | --- | --- |\n| % leden | 60% | 60% | 70% |\n',
      );
      assert.deepEqual(
        crossFindings(index, 'file:///ws/r.md').map((f) => [f.range.start.character, f.message]),
        [[18, 'Beoogd 2020 is hier "60%", maar in de begroting 2020 (b.md) "68%".']],
      );
    });

    it('several missing indicators: each reported once, renamed ones paired one to one', () => {
      assert.deepEqual(
        pair(
          [
            '| % bewoners dat tevreden is over het sportaanbod | 80% |',
            '| % bewoners dat tevreden is over de sportaccommodaties | 80% |',
            '| Aantal verenigingen | 40 |',
          ],
          [
            '| % bewoners (18+) dat tevreden is over het sportaanbod | 75% | 80% | 81% |',
            '| % bewoners (18+) dat tevreden is over de sportaccommodaties | 75% | 80% | 81% |',
            '| Aantal deelnemers aan het beweegprogramma | - | - | 300 |',
          ],
          ['Als er geen gegevens zijn staat er een streepje.'],
        ).map((f) => [f.rule, f.range, f.message]),
        [
          [
            'cross-indicators',
            '9:3-9:24',
            'De indicator "Aantal verenigingen" uit de begroting 2020 (begroting.md) ontbreekt in deze rekening.',
          ],
          [
            'cross-indicators',
            '11:3-11:56',
            'Hernoemd? De begroting 2020 (begroting.md) noemt deze indicator "% bewoners dat tevreden is over het sportaanbod".',
          ],
          [
            'cross-indicators',
            '12:3-12:62',
            'Hernoemd? De begroting 2020 (begroting.md) noemt deze indicator "% bewoners dat tevreden is over de sportaccommodaties".',
          ],
        ],
      );
    });

    it('a rekening indicator the begroting does not have is no finding on its own', () => {
      assert.deepEqual(pair(['| % leden | 68% |'], ['| % leden | 60% | 68% | 70% |', '| Aantal toernooien | 3 | 4 | 5 |']), []);
    });

    it('a missing indicator in a beleidsveld without a table is reported at the heading number', () => {
      const index = newIndex();
      index.set(
        'file:///ws/b.md',
        '---\ndocument: begroting\njaar: 2020\nprogramma: 6\n---\n\n## 6.1.1 Sport\n\n| Indicatoren | Beoogd 2020 |\n| --- | --- |\n| % leden | 68% |\n',
      );
      index.set('file:///ws/r.md', '---\ndocument: rekening\njaar: 2020\nprogramma: 6\n---\n\n## 6.1.1 Sport\n\nGeen tabel.\n');
      assert.deepEqual(crossFindings(index, 'file:///ws/r.md').map((f) => detailed(f)), [
        {
          rule: 'cross-indicators',
          severity: 'warning',
          range: '7:4-7:9',
          message: 'De indicator "% leden" uit de begroting 2020 (b.md) ontbreekt in deze rekening.',
          related: [{ file: 'b.md', range: '11:3-11:10', message: 'De indicator in de begroting 2020' }],
        },
      ]);
    });

    it('a missing indicator is reported at the rekening table with the same label', () => {
      const index = newIndex();
      index.set(
        'file:///ws/b.md',
        '---\ndocument: begroting\njaar: 2020\nprogramma: 6\n---\n\n## 6.1.1 Sport\n\n' +
          '| Prestatie-indicatoren | Beoogd 2020 |\n| --- | --- |\n| Aantal leden | 680 |\n\n' +
          '| Effectindicatoren | Beoogd 2020 |\n| --- | --- |\n| % sporters | 68% |\n',
      );
      index.set(
        'file:///ws/r.md',
        '---\ndocument: rekening\njaar: 2020\nprogramma: 6\n---\n\n## 6.1.1 Sport\n\n' +
          '| Prestatie-indicatoren | Behaald 2019 | Beoogd 2020 | Behaald 2020 |\n| --- | --- | --- | --- |\n| Aantal leden | 600 | 680 | 700 |\n\n' +
          '| Effectindicatoren | Behaald 2019 | Beoogd 2020 | Behaald 2020 |\n| --- | --- | --- | --- |\n| Aantal wedstrijden | 6 | 7 | 8 |\n',
      );
      assert.deepEqual(
        crossFindings(index, 'file:///ws/r.md').map((f) => brief(f)),
        [{ rule: 'cross-indicators', range: '13:3-13:20', message: 'De indicator "% sporters" uit de begroting 2020 (b.md) ontbreekt in deze rekening.' }],
      );
    });

    it('an asterisk marker stays glued to the renamed name', () => {
      const index = newIndex();
      index.set(
        'file:///ws/b.md',
        '---\ndocument: begroting\njaar: 2020\nprogramma: 6\n---\n\n## 6.1.1 Sport\n\n| Indicatoren | Beoogd 2020 |\n| --- | --- |\n| Aantal sportverenigingen | 40 |\n',
      );
      index.set(
        'file:///ws/r.md',
        '---\ndocument: rekening\njaar: 2020\nprogramma: 6\n---\n\n## 6.1.1 Sport\n\n' +
          '| Indicatoren | Behaald 2019 | Beoogd 2020 | Behaald 2020 |\n| --- | --- | --- | --- |\n| Aantal sportverenigingen (stad)* | 38 | 40 | 41 |\n',
      );
      const [finding] = crossFindings(index, 'file:///ws/r.md');
      assert.equal(finding.fixes[0].edits[0].newText, 'Aantal sportverenigingen*');
    });

    it('more than one footnote on an explained correction', () => {
      const index = newIndex();
      index.set(
        'file:///ws/r2019.md',
        '---\ndocument: rekening\njaar: 2019\nprogramma: 6\n---\n\n## 6.1.1 Sport\n\n' +
          '| Indicatoren | Behaald 2018 | Beoogd 2019 | Behaald 2019 |\n| --- | --- | --- | --- |\n| % leden | 60% | 68% | 70% |\n',
      );
      index.set(
        'file:///ws/r2020.md',
        '---\ndocument: rekening\njaar: 2020\nprogramma: 6\n---\n\n## 6.1.1 Sport\n\n' +
          '| Indicatoren | Behaald 2019 | Beoogd 2020 | Behaald 2020 |\n| --- | --- | --- | --- |\n| % leden | 71% (I) (II) | 72% | 73% |\n',
      );
      assert.deepEqual(crossFindings(index, 'file:///ws/r2020.md').map((f) => detailed(f)), [
        {
          rule: 'cross-behaald',
          severity: 'info',
          range: '11:13-11:25',
          message: 'Behaald 2019 is hier "71%", in de rekening 2019 (r2019.md) "70%"; de correctie wordt toegelicht in de voetnoten (I), (II).',
          related: [{ file: 'r2019.md', range: '11:25-11:28', message: 'Behaald 2019 in de rekening 2019' }],
        },
      ]);
    });
  });

  describe('configuration', () => {
    it('disable comments and severities apply to cross rules', () => {
      const settings = settingsFromConfig({ rules: { 'cross-beoogd': 'error', 'cross-indicators': 'off' } });
      const index = fixtureIndex();
      const configured = new WorkspaceIndex({ settingsFor: () => settings });
      for (const uri of index.uris()) configured.set(uri, index.get(uri)!.text);
      assert.deepEqual(
        crossFindings(configured, fixtureUri(REKENING_2018)).map((f) => [f.rule, f.severity]),
        [
          ['cross-behaald', 'warning'],
          ['cross-behaald', 'info'],
          ['cross-beoogd', 'error'],
        ],
      );
      const uri = fixtureUri(REKENING_2018);
      const text = fixtureText(REKENING_2018).replace(
        '| Prestatie-indicatoren | Behaald 2017',
        '<!-- programmalint-disable cross-behaald -->\n\n| Prestatie-indicatoren | Behaald 2017',
      );
      index.set(uri, text, 1);
      assert.deepEqual(
        crossFindings(index, uri).map((f) => f.rule),
        ['cross-indicators', 'cross-beoogd', 'cross-indicators'],
      );
    });
  });
});
