/** Matching indicators and values across documents. */
import assert from 'node:assert/strict';
import {
  comparableKey,
  fileLabel,
  nameDistance,
  nameSource,
  pairRenames,
  RENAME_THRESHOLD,
} from '../../../server/src/service/indicator-match.js';
import { defaultVocabulary, parseChapter } from '../../../server/src/service/index.js';
import { parseCellValue } from '../../../server/src/service/cell-value.js';

const key = (raw: string) => comparableKey(parseCellValue(raw, 0, defaultVocabulary).main, defaultVocabulary);

describe('indicator matching', () => {
  describe('values compare semantically', () => {
    it('annotations, markers and <br> do not count', () => {
      assert.equal(key('68% (II)'), key('68%'));
      assert.equal(key('68%<br>(67% over Q3 t/m Q4)<br>(V)'), key('68%'));
      assert.equal(key('82%*'), key('82%'));
    });

    it('trend words ignore case, comparators ignore spacing', () => {
      assert.equal(key('toename'), key('Toename'));
      assert.equal(key('> 70%'), key('>70%'));
      assert.equal(key('>= 70%'), key('≥ 70%'));
    });

    it('Dutch numbers compare by value', () => {
      assert.equal(key('14.823 (8.867 pers)'), key('14.823'));
      assert.equal(key('12,5%'), key('12,50%'));
    });

    it('a slip compares as its correction', () => {
      assert.equal(key('68 %'), key('68%'));
      assert.equal(key('68,5 procent'), key('68,5%'));
    });

    it('different values differ', () => {
      for (const [a, b] of [
        ['68%', '68'],
        ['> 70%', '70%'],
        ['Toename', 'Afname'],
        ['-', '0'],
        ['68%', '67%'],
        ['14.823', '14,823'],
      ]) {
        assert.notEqual(key(a), key(b), `${a} vs ${b}`);
      }
    });
  });

  describe('renamed indicators', () => {
    it('the distance is Levenshtein over the longer length', () => {
      assert.equal(nameDistance('abcd', 'abcd'), 0);
      assert.equal(nameDistance('abcd', 'abxd'), 0.25);
      assert.equal(nameDistance('', ''), 0);
      assert.equal(nameDistance('ab', ''), 1);
    });

    it('the threshold keeps real renames from the seeds and leaves distinct indicators apart', () => {
      const close = [
        [
          '% bewoners (18 jaar e.o.) dat zegt dat de geboden ondersteuning past bij de hulpvraag',
          '% bewoners dat zegt dat de geboden ondersteuning past bij de hulpvraag',
        ],
        [
          '% hulpvragen dat door de wij-teams is verwezen naar sociale basisvoorzieningen',
          '% hulpvragen dat is verwezen naar sociale basisvoorzieningen',
        ],
      ];
      const apart = [
        [
          '% bewoners (18 jaar e.o.) dat zegt dat de geboden ondersteuning past bij de hulpvraag',
          '% bewoners (18 jaar e.o.) dat zegt dat de kwaliteit van de geboden ondersteuning goed is',
        ],
        ['aantal meldingen', 'aantal klachten'],
      ];
      for (const [a, b] of close) assert.ok(nameDistance(a, b) <= RENAME_THRESHOLD, `${a} ~ ${b}`);
      for (const [a, b] of apart) assert.ok(nameDistance(a, b) > RENAME_THRESHOLD, `${a} !~ ${b}`);
    });

    it('pairs one to one, closest first', () => {
      const pairs = pairRenames(
        [{ key: 'aantal leden' }, { key: 'aantal ledenx' }],
        [{ key: 'aantal ledenxy' }, { key: 'iets heel anders' }],
      );
      assert.deepEqual(
        pairs.map((p) => [p.missing.key, p.candidate.key]),
        [['aantal ledenx', 'aantal ledenxy']],
      );
    });
  });

  it('a name without its markers keeps the Markdown escapes', () => {
    const doc = parseChapter(
      '## 1.1.1 Veld\n\n| Indicatoren | Beoogd 2020 |\n| --- | --- |\n| Aantal \\| meldingen (I) per  jaar* | 5 |\n',
    );
    assert.equal(nameSource(doc.tables[0].rows[0], doc), 'Aantal \\| meldingen per jaar');
  });

  it('a file label is the decoded last segment of the uri', () => {
    assert.equal(fileLabel('file:///ws/begroting%202019.md'), 'begroting 2019.md');
    assert.equal(fileLabel('untitled:Untitled-1'), 'untitled:Untitled-1');
    assert.equal(fileLabel('file:///ws/a.md?x#y'), 'a.md');
  });
});
