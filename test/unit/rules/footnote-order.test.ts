import assert from 'node:assert/strict';
import { fixChapter, parseChapter, settingsFromConfig } from '../../../server/src/service/index.js';
import { applyFix, brief, chapter, editsOf, findingsOf, lint, ruleFindings } from '../../helpers/service.js';

const RULE = 'footnote-order';

const HEAD = [
  '## 4.2.1 Ondersteunende voorzieningen',
  '',
  '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
  '| --- | --- | --- | --- |',
];

const only = (text: string, options: Parameters<typeof lint>[1] = {}) => ruleFindings(RULE, text, options);

/** What `--fix` makes of a text. */
function fixAll(text: string): { text: string; applied: number } {
  const settings = settingsFromConfig(undefined);
  const result = fixChapter(parseChapter(text, { vocabulary: settings.vocabulary }), settings);
  return { text: result.text, applied: result.applied };
}

describe('footnote-order', () => {
  it('accepts footnotes numbered in order of first use, as in the rekening 2018 (I … V)', () => {
    const text = chapter(
      ...HEAD,
      '| Bewoners: ondersteuning past (I) | 68% (II) | Toename | 68% (II) |',
      '| Bewoners: kwaliteit goed (I) | 64% (II) | Toename | 64% (II) |',
      '| Verwezen naar basisvoorzieningen (III) | - | - | 57% (uitdraai op 27-2-19) |',
      '| Toegeleid naar zorgvoorzieningen (IV) | - (71% over Q3 t/m Q4) (V) | - | 68% (V) |',
      '',
      'I   Anders gedefinieerd;',
      'II   Op het aandeel bewoners met contact;',
      'III   Terminologie niet eenduidig;',
      'IV   Aandeel gevallen;',
      'V   Nog niet publicabel.',
    );
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  describe('markers', () => {
    const row = '| Bewoners tevreden (II) | 68% (I) | Toename | 70% (I) |';
    const text = chapter(...HEAD, row, '', 'I   Een.', '', 'II  Twee.');

    it('reports the first marker that is not the next numeral, once per beleidsveld', () => {
      const findings = only(text);
      assert.deepEqual(findings.map((f) => brief(f)), [
        {
          rule: RULE,
          range: '5:21-5:25',
          message: 'De voetnoten zijn niet genummerd in volgorde van gebruik: hier hoort (I) te staan, niet (II).',
        },
      ]);
    });

    it('fixes safely by renumbering every marker and swapping the definitions with their text', () => {
      const [finding] = only(text);
      assert.equal(finding.fixes[0].safe, true);
      assert.equal(finding.fixes[0].title, 'Nummer de voetnoten in beleidsveld 4.2.1 opnieuw in volgorde van gebruik');
      assert.deepEqual(editsOf(finding), [
        { range: '5:22-5:24', newText: 'I' },
        { range: '5:33-5:34', newText: 'II' },
        { range: '5:53-5:54', newText: 'II' },
        { range: '7:1-7:9', newText: 'I   Twee.' },
        { range: '9:1-9:10', newText: 'II  Een.' },
      ]);
      assert.equal(
        applyFix(text, finding),
        chapter(...HEAD, '| Bewoners tevreden (I) | 68% (II) | Toename | 70% (II) |', '', 'I   Twee.', '', 'II  Een.'),
      );
    });

    it('speaks English when asked', () => {
      const [finding] = only(text, { locale: 'en' });
      assert.equal(finding.message, 'The footnotes are not numbered in order of use: this should be (I), not (II).');
      assert.equal(finding.fixes[0].title, 'Renumber the footnotes in policy field 4.2.1 in order of use');
    });
  });

  describe('definitions', () => {
    const row = '| Bewoners tevreden (I) | 68% (II) | Toename | 70% (II) |';

    it('reports definitions out of order at the first misplaced numeral and sorts them', () => {
      const text = chapter(...HEAD, row, '', '(II) Twee.', '(I) Een.');
      const [finding] = only(text);
      assert.deepEqual(brief(finding), {
        rule: RULE,
        range: '7:2-7:4',
        message: 'De toelichtingen volgen de nummering I, II, III… niet: hier hoort I te staan, niet II.',
      });
      assert.deepEqual(editsOf(finding), [
        { range: '7:1-7:11', newText: '(I) Een.' },
        { range: '8:1-8:9', newText: '(II) Twee.' },
      ]);
      assert.equal(applyFix(text, finding), chapter(...HEAD, row, '', '(I) Een.', '(II) Twee.'));
    });

    it('reports a skipped numeral and closes the gap, keeping a fixed gap after the numeral', () => {
      const text = chapter(...HEAD, row, '', 'I   Een;', 'II   Twee;', 'IV   Vier, niet gebruikt.');
      const [finding] = only(text);
      assert.deepEqual(brief(finding), {
        rule: RULE,
        range: '9:1-9:3',
        message: 'De toelichtingen volgen de nummering I, II, III… niet: hier hoort III te staan, niet IV.',
      });
      assert.deepEqual(editsOf(finding), [{ range: '9:1-9:6', newText: 'III   ' }]);
    });

    it('speaks English when asked', () => {
      const text = chapter(...HEAD, row, '', 'II  Twee.', 'I   Een.');
      assert.deepEqual(
        only(text, { locale: 'en' }).map((f) => f.message),
        ['The definitions do not follow the numbering I, II, III…: this should be I, not II.'],
      );
    });

    it('moves continuation lines with their definition and re-aligns the text', () => {
      const text = chapter(...HEAD, row, '', 'II  Twee, met een', 'tweede regel.', '', 'I   Een.', '', '### Conclusie');
      const [finding] = only(text);
      assert.deepEqual(editsOf(finding), [
        { range: '7:1-8:14', newText: 'I   Een.' },
        { range: '10:1-10:9', newText: 'II  Twee, met een\ntweede regel.' },
      ]);
    });

    it('puts definitions in numeral order across other text, which stays in place', () => {
      const text = chapter(...HEAD, row, '', 'II  Twee.', '', '### Toelichting', '', 'I   Een.');
      const [finding] = only(text);
      assert.deepEqual(brief(finding).range, '7:1-7:3');
      assert.deepEqual(editsOf(finding), [
        { range: '7:1-7:10', newText: 'I   Een.' },
        { range: '11:1-11:9', newText: 'II  Twee.' },
      ]);
      const fixed = applyFix(text, finding);
      assert.equal(fixed, chapter(...HEAD, row, '', 'I   Een.', '', '### Toelichting', '', 'II  Twee.'));
      assert.deepEqual(findingsOf(RULE, fixed), []);
    });

    it('renumbers and sorts definitions with prose between them, keeping the beleidsveld\'s spacing', () => {
      const text = chapter(
        ...HEAD,
        '| Bewoners tevreden (II) | 68% (I) | Toename | 70% |',
        '',
        'I   Eerste toelichting.',
        '',
        'Een alinea tussen de toelichtingen.',
        '',
        'II  Tweede toelichting.',
      );
      const fixed = applyFix(text, only(text)[0]);
      assert.equal(
        fixed,
        chapter(
          ...HEAD,
          '| Bewoners tevreden (I) | 68% (II) | Toename | 70% |',
          '',
          'I   Tweede toelichting.',
          '',
          'Een alinea tussen de toelichtingen.',
          '',
          'II  Eerste toelichting.',
        ),
      );
      assert.deepEqual(findingsOf(RULE, fixed), []);
    });
  });

  describe('numerals defined twice', () => {
    it('orders only the first definition of a numeral (the repeat is footnote-duplicate)', () => {
      const row = '| Bewoners tevreden (I) | 68% (II) | Toename | 70% (II) |';
      assert.deepEqual(findingsOf(RULE, chapter(...HEAD, row, '', 'I   Een.', 'II  Twee.', 'I   Nog eens een.')), []);
    });

    it('renumbers a repeated definition in place', () => {
      const text = chapter(
        ...HEAD,
        '| Bewoners tevreden (II) | 68% (I) | Toename | 70% (I) |',
        '',
        'I   Een.',
        'II  Twee.',
        'I   Nog eens een.',
      );
      const [finding] = only(text);
      assert.deepEqual(editsOf(finding), [
        { range: '5:22-5:24', newText: 'I' },
        { range: '5:33-5:34', newText: 'II' },
        { range: '5:53-5:54', newText: 'II' },
        { range: '9:1-9:5', newText: 'II  ' },
        { range: '7:1-7:9', newText: 'I   Twee.' },
        { range: '8:1-8:10', newText: 'II  Een.' },
      ]);
    });
  });

  describe('asterisks', () => {
    it('leaves asterisk markers and definitions alone while renumbering', () => {
      const text = chapter(
        ...HEAD,
        '| Cliënten met eigen regie (II) | 82% | Toename | -* |',
        '| Cliënten tevreden | 85% (III) | Toename | -* |',
        '',
        'III Drie.',
        '\\* Corona.',
        'II  Twee.',
      );
      const [finding] = only(text);
      assert.deepEqual(brief(finding).message, 'De voetnoten zijn niet genummerd in volgorde van gebruik: hier hoort (I) te staan, niet (II).');
      assert.equal(
        applyFix(text, finding),
        chapter(
          ...HEAD,
          '| Cliënten met eigen regie (I) | 82% | Toename | -* |',
          '| Cliënten tevreden | 85% (II) | Toename | -* |',
          '',
          'I   Twee.',
          '\\* Corona.',
          'II  Drie.',
        ),
      );
    });

    it('has nothing to say about asterisks only', () => {
      const text = chapter(...HEAD, '| Cliënten met eigen regie | 82% | Toename | -** |', '', '\\*\\* Corona.');
      assert.deepEqual(findingsOf(RULE, text), []);
    });
  });

  it('numbers each beleidsveld on its own', () => {
    const second = [
      '## 4.2.2 Specialistische zorgvoorzieningen',
      '',
      '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
      '| --- | --- | --- | --- |',
    ];
    const first = [...HEAD, '| Bewoners tevreden (I) | 68% (II) | Toename | 70% |', '', 'I   Een.', '', 'II  Twee.', ''];
    const restart = chapter(...first, ...second, '| Cliënten tevreden | 85% (I) | Toename | -* |', '', 'I   Een.');
    assert.deepEqual(findingsOf(RULE, restart), []);
    const carryOn = chapter(...first, ...second, '| Cliënten tevreden | 85% (III) | Toename | -* |', '', 'III Drie.');
    assert.deepEqual(findingsOf(RULE, carryOn), [
      {
        rule: RULE,
        range: '15:27-15:32',
        message: 'De voetnoten zijn niet genummerd in volgorde van gebruik: hier hoort (I) te staan, niet (III).',
      },
    ]);
  });

  it('is applied by --fix, and fixing the result again changes nothing', () => {
    const text = chapter(
      ...HEAD,
      '| Bewoners tevreden (III) | 68% (I) | Toename | 70% (I) |',
      '| Bewoners geholpen | 64% (V) | Toename | 66% (III) |',
      '',
      'I   Een.',
      '',
      'III Drie,',
      'met een tweede regel.',
      '',
      'IV  Vier, niet gebruikt.',
      '',
      'V   Vijf.',
      '',
      '## 4.2.2 Specialistische zorgvoorzieningen',
      '',
      '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
      '| --- | --- | --- | --- |',
      '| Cliënten tevreden | 85% (II) | Toename | -* |',
      '',
      '(II) Twee.',
      '\\* Corona.',
    );
    const once = fixAll(text);
    assert.equal(
      once.text,
      chapter(
        ...HEAD,
        '| Bewoners tevreden (I) | 68% (II) | Toename | 70% (II) |',
        '| Bewoners geholpen | 64% (III) | Toename | 66% (I) |',
        '',
        'I   Drie,',
        'met een tweede regel.',
        '',
        'II  Een.',
        '',
        'III Vijf.',
        '',
        'IV  Vier, niet gebruikt.',
        '',
        '## 4.2.2 Specialistische zorgvoorzieningen',
        '',
        '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
        '| --- | --- | --- | --- |',
        '| Cliënten tevreden | 85% (I) | Toename | -* |',
        '',
        '(I) Twee.',
        '\\* Corona.',
      ),
    );
    assert.deepEqual(findingsOf(RULE, once.text), []);
    const twice = fixAll(once.text);
    assert.equal(twice.text, once.text);
    assert.equal(twice.applied, 0);
  });
});
