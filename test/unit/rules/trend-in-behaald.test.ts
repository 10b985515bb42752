import assert from 'node:assert/strict';
import { brief, findingsOf, lint, tableChapter } from '../../helpers/service.js';

const RULE = 'trend-in-behaald';

const withTable = tableChapter;

const REKENING = '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |';

describe('trend-in-behaald', () => {
  it('accepts trend words in Beoogd columns', () => {
    const text = withTable('rekening', 2018, REKENING, '| % bewoners | 68% | Toename | 70% |', '| Aantal klachten | 40 | afname | 35 |');
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('reports a trend word in a Behaald column, any case, on the word alone', () => {
    const text = withTable(
      'rekening',
      2018,
      REKENING,
      '| % bewoners | Toename | Toename | toename (II) |',
      '| Aantal klachten | AFNAME* | - | Stabiel |',
    );
    assert.deepEqual(findingsOf(RULE, text), [
      {
        rule: RULE,
        range: '13:16-13:23',
        message:
          "'Toename' is een streefwaarde, geen resultaat. In de kolom 'Behaald 2017' hoort de gemeten waarde, of '-' als die er niet is.",
      },
      {
        rule: RULE,
        range: '13:36-13:43',
        message:
          "'toename' is een streefwaarde, geen resultaat. In de kolom 'Behaald 2018' hoort de gemeten waarde, of '-' als die er niet is.",
      },
      {
        rule: RULE,
        range: '14:21-14:27',
        message:
          "'AFNAME' is een streefwaarde, geen resultaat. In de kolom 'Behaald 2017' hoort de gemeten waarde, of '-' als die er niet is.",
      },
      {
        rule: RULE,
        range: '14:35-14:42',
        message:
          "'Stabiel' is een streefwaarde, geen resultaat. In de kolom 'Behaald 2018' hoort de gemeten waarde, of '-' als die er niet is.",
      },
    ]);
  });

  it('the optional Behaald column of a begroting, written with <br>', () => {
    const text = withTable('begroting', 2019, '| Prestatie-indicatoren | Behaald<br>2017 | Beoogd 2019 |', '| % bewoners | Gelijk | Gelijk |');
    assert.deepEqual(findingsOf(RULE, text), [
      {
        rule: RULE,
        range: '13:16-13:22',
        message:
          "'Gelijk' is een streefwaarde, geen resultaat. In de kolom 'Behaald 2017' hoort de gemeten waarde, of '-' als die er niet is.",
      },
    ]);
  });

  it('ignores cells under unrecognised headers and cells beyond the header', () => {
    const text = withTable('rekening', 2018, '| Prestatie-indicatoren | Resultaat 2017 | Beoogd 2018 |', '| % bewoners | Toename | Toename | Toename |');
    assert.deepEqual(findingsOf(RULE, text), []);
  });

  it('speaks English when asked', () => {
    const text = withTable('rekening', 2018, REKENING, '| % bewoners | 68% | Toename | Toename |');
    assert.deepEqual(
      lint(text, { locale: 'en' })
        .filter((f) => f.rule === RULE)
        .map((f) => brief(f)),
      [
        {
          rule: RULE,
          range: '13:32-13:39',
          message: "'Toename' is a target, not a result. The column 'Behaald 2018' holds the measured value, or '-' when there is none.",
        },
      ],
    );
  });
});
