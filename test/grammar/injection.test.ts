/**
 * The injection grammars (syntaxes/), tokenized inside VS Code's Markdown grammar: each assertion
 * names the exact text a scope covers on a line of test/grammar/fixtures/chapter.md.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { programmalintScopes, spansWithScope, tokenize, type TokenizedLine } from './tokenize.js';

const FIXTURE = fileURLToPath(new URL('../../../test/grammar/fixtures/chapter.md', import.meta.url));
const P = '.programmalint';

describe('grammar: injection into Markdown', () => {
  let lines: TokenizedLine[];
  /** The tokenized line that starts with `prefix` (exactly one must). */
  const line = (prefix: string): TokenizedLine => {
    const found = lines.filter((l) => l.text.startsWith(prefix));
    assert.equal(found.length, 1, `one fixture line starts with ${JSON.stringify(prefix)}`);
    return found[0];
  };

  before(async () => {
    lines = await tokenize(readFileSync(FIXTURE, 'utf8'));
  });

  describe('table header', () => {
    it('scopes Behaald/Beoogd and the year of each column header', () => {
      const header = line('| Prestatie-indicatoren |');
      assert.deepEqual(spansWithScope(header, `keyword.other.column.behaald${P}`), ['Behaald', 'Behaald']);
      assert.deepEqual(spansWithScope(header, `keyword.other.column.beoogd${P}`), ['Beoogd']);
      assert.deepEqual(spansWithScope(header, `constant.numeric.year${P}`), ['2017', '2018', '2018']);
      assert.deepEqual(spansWithScope(header, `meta.column-header.behaald${P}`), ['Behaald 2017', 'Behaald 2018']);
    });

    it('keeps the table scope of the host grammar', () => {
      const header = line('| Prestatie-indicatoren |');
      assert.ok(header.tokens.every((t) => t.scopes.includes('markup.table.markdown')));
    });

    it('gives the label cell and the delimiter row no scope of its own', () => {
      assert.deepEqual(spansWithScope(line('| Prestatie-indicatoren |'), `constant.language.no-data${P}`), []);
      assert.deepEqual(programmalintScopes(line('| --- | --- |')), []);
    });
  });

  describe('cells', () => {
    it('scopes trend words by direction, in any case', () => {
      assert.deepEqual(spansWithScope(line('| % bewoners'), `keyword.other.trend.up${P}`), ['Toename']);
      assert.deepEqual(spansWithScope(line('| % hulpvragen toegeleid'), `keyword.other.trend.down${P}`), ['Afname']);
      assert.deepEqual(spansWithScope(line('| Aantal geïndiceerde'), `keyword.other.trend.same${P}`), ['Gelijk']);
      assert.deepEqual(spansWithScope(line('| Aantal cliënten'), `keyword.other.trend.same${P}`), ['stabiel']);
      assert.deepEqual(spansWithScope(line('|Indicator zonder spaties'), `keyword.other.trend.up${P}`), ['Toename']);
    });

    it('scopes a dash that is the value of a cell, also with an annotation or an asterisk', () => {
      assert.deepEqual(spansWithScope(line('| % hulpvragen verwezen'), `constant.language.no-data${P}`), ['-']);
      assert.deepEqual(spansWithScope(line('| % hulpvragen toegeleid'), `constant.language.no-data${P}`), ['-']);
      assert.deepEqual(spansWithScope(line('| Aantal geïndiceerde'), `constant.language.no-data${P}`), ['-']);
      assert.deepEqual(spansWithScope(line('|Indicator zonder spaties'), `constant.language.no-data${P}`), ['-']);
    });

    it('does not take the hyphen in a date or a name for a dash', () => {
      // The row has a dash cell and the date 27-2-19; the header has Prestatie-indicatoren.
      assert.deepEqual(spansWithScope(line('| % hulpvragen verwezen'), `constant.language.no-data${P}`), ['-']);
      assert.deepEqual(spansWithScope(line('| Prestatie-indicatoren'), `constant.language.no-data${P}`), []);
    });

    it('scopes comparators before a number', () => {
      assert.deepEqual(spansWithScope(line('| % hulpvragen verwezen'), `keyword.operator.comparison${P}`), ['>']);
      assert.deepEqual(spansWithScope(line('| Aantal cliënten'), `keyword.operator.comparison${P}`), ['≤']);
      assert.deepEqual(spansWithScope(line('|Indicator zonder spaties'), `keyword.operator.comparison${P}`), ['>=']);
    });

    it('scopes percentages in Dutch notation, in values and annotations', () => {
      assert.deepEqual(spansWithScope(line('| % bewoners'), `constant.numeric.percentage${P}`), ['68%', '68%']);
      assert.deepEqual(spansWithScope(line('| % hulpvragen verwezen'), `constant.numeric.percentage${P}`), ['70%', '57%']);
      assert.deepEqual(spansWithScope(line('| % hulpvragen toegeleid'), `constant.numeric.percentage${P}`), ['71%', '12,5%']);
      assert.deepEqual(spansWithScope(line('|Indicator zonder spaties'), `constant.numeric.percentage${P}`), ['5%']);
      assert.deepEqual(spansWithScope(line('| % bewoners'), `keyword.other.unit.percent${P}`), ['%', '%']);
    });

    it('leaves numbers without a percent sign and the % of an indicator name alone', () => {
      assert.deepEqual(spansWithScope(line('| Aantal geïndiceerde'), `constant.numeric.percentage${P}`), []);
      assert.deepEqual(spansWithScope(line('| Aantal cliënten'), `constant.numeric.percentage${P}`), []);
    });
  });

  describe('footnote markers', () => {
    it('scopes Roman numerals in parentheses in names and values, with their punctuation', () => {
      const row = line('| % bewoners');
      assert.deepEqual(spansWithScope(row, `meta.footnote.marker${P}`), ['(I)', '(II)', '(II)']);
      assert.deepEqual(spansWithScope(row, `variable.other.constant.footnote.marker${P}`), ['I', 'II', 'II']);
      assert.deepEqual(spansWithScope(row, `punctuation.definition.footnote.begin${P}`), ['(', '(', '(']);
      assert.deepEqual(spansWithScope(row, `punctuation.definition.footnote.end${P}`), [')', ')', ')']);
      assert.deepEqual(spansWithScope(line('| % hulpvragen toegeleid'), `variable.other.constant.footnote.marker${P}`), ['IV', 'V']);
      assert.deepEqual(spansWithScope(line('|Indicator zonder spaties'), `variable.other.constant.footnote.marker${P}`), ['XIV']);
    });

    it('does not take other words in parentheses for markers', () => {
      assert.deepEqual(spansWithScope(line('| Aantal geïndiceerde'), `meta.footnote.marker${P}`), []);
      assert.deepEqual(spansWithScope(line('| % hulpvragen verwezen'), `meta.footnote.marker${P}`), ['(III)']);
    });

    it('scopes asterisks glued to a value', () => {
      assert.deepEqual(spansWithScope(line('| % hulpvragen toegeleid'), `variable.other.constant.footnote.marker.asterisk${P}`), ['*']);
      assert.deepEqual(spansWithScope(line('| Aantal geïndiceerde'), `variable.other.constant.footnote.marker.asterisk${P}`), ['*']);
    });
  });

  describe('footnote definitions', () => {
    it('scopes the numeral that opens a definition line', () => {
      const first = line('I   In de voorgaande');
      assert.deepEqual(spansWithScope(first, `variable.other.constant.footnote.definition${P}`), ['I']);
      assert.deepEqual(spansWithScope(first, `meta.footnote.definition${P}`), ['I']);
      assert.ok(first.tokens.every((t) => t.scopes.includes('meta.paragraph.markdown')));
    });

    it('scopes a numeral in parentheses and one followed by a full stop', () => {
      const second = line('(II) Op het');
      assert.deepEqual(spansWithScope(second, `meta.footnote.definition${P}`), ['(II)']);
      assert.deepEqual(spansWithScope(second, `variable.other.constant.footnote.definition${P}`), ['II']);
      assert.deepEqual(spansWithScope(second, `punctuation.definition.footnote.begin${P}`), ['(']);
      const fourth = line('IV. Het gaat');
      assert.deepEqual(spansWithScope(fourth, `variable.other.constant.footnote.definition${P}`), ['IV']);
      assert.deepEqual(spansWithScope(fourth, `punctuation.separator.footnote${P}`), ['.']);
    });

    it('scopes an escaped asterisk that opens a definition line', () => {
      assert.deepEqual(spansWithScope(line('\\* In 2020'), `variable.other.constant.footnote.definition.asterisk${P}`), ['\\*']);
    });

    it('only scopes the numeral of the definition, not markers or percentages in its text', () => {
      assert.deepEqual(programmalintScopes(line('I   In de voorgaande')), [
        `meta.footnote.definition${P}`,
        `variable.other.constant.footnote.definition${P}`,
      ]);
    });
  });

  describe('every footnote style (issue 10)', () => {
    const marker = `meta.footnote.marker${P}`;
    const numeral = `variable.other.constant.footnote.marker${P}`;
    const definition = `meta.footnote.definition${P}`;
    const defined = `variable.other.constant.footnote.definition${P}`;

    it('superscript digits after a name or value, not the ² of m²', () => {
      const row = line('| Bezetting ¹');
      assert.deepEqual(spansWithScope(row, `variable.other.constant.footnote.marker.superscript${P}`), ['¹', '²']);
      assert.deepEqual(spansWithScope(row, `constant.numeric.percentage${P}`), ['82%', '80%']);
    });

    it('numbers in parentheses, in names and glued to a value; not a number closing words in parentheses', () => {
      const row = line('| Aantal meldingen');
      assert.deepEqual(spansWithScope(row, marker), ['(1)', '(3)', '(3)', '(4)']);
      assert.deepEqual(spansWithScope(row, numeral), ['1', '3', '3', '4']);
      assert.deepEqual(spansWithScope(row, `meta.annotation${P}`), ['(0 tot 4)']);
    });

    it('a number with a closing parenthesis after it (4)) or before it ()1), with its punctuation', () => {
      const row = line('| Aantal bezoekers');
      assert.deepEqual(spansWithScope(row, marker), ['2)', '4)', ')1', ') 2']);
      assert.deepEqual(spansWithScope(row, numeral), ['2', '4', '1', '2']);
      assert.deepEqual(spansWithScope(row, `punctuation.definition.footnote.end${P}`), [')', ')']);
      assert.deepEqual(spansWithScope(row, `punctuation.definition.footnote.begin${P}`), [')', ')']);
    });

    it('a number glued to a name after a full stop or a parenthesis, not 6.1 or CO2', () => {
      const row = line('| Tevredenheid over');
      assert.deepEqual(spansWithScope(row, numeral), ['1', '1']);
      assert.equal(row.text.indexOf('zorgvoorzieningen.1') + 'zorgvoorzieningen.'.length, row.tokens.find((t) => t.scopes.includes(numeral))?.start);
      assert.deepEqual(spansWithScope(row, `meta.annotation${P}`), ['(gezondheids)', '(per 1.000 inwoners)']);
    });

    it('letters in parentheses and with a closing parenthesis; asterisks after a value or a name', () => {
      const row = line('| Aandeel hergebruik');
      assert.deepEqual(spansWithScope(row, marker), ['(a)', 'b)']);
      assert.deepEqual(spansWithScope(row, numeral), ['a', 'b']);
      assert.deepEqual(spansWithScope(row, `variable.other.constant.footnote.marker.asterisk${P}`), ['*', '*']);
      assert.deepEqual(spansWithScope(line('| Schaal (zie a)'), `variable.other.constant.footnote.marker.asterisk${P}`), ['*']);
    });

    it('words in parentheses are no marker, also when they end in a letter or number', () => {
      const row = line('| Schaal (zie a)');
      assert.deepEqual(spansWithScope(row, marker), []);
      assert.deepEqual(spansWithScope(row, numeral), []);
      assert.deepEqual(spansWithScope(row, `meta.annotation${P}`), ['(zie a)', '(schaal 1-5)', '(Wmo)']);
    });

    it('definition lines of superscript digits, with or without a blank', () => {
      assert.deepEqual(spansWithScope(line('¹ Bron'), defined), ['¹']);
      assert.deepEqual(spansWithScope(line('²Gemeten'), definition), ['²']);
    });

    it('definition lines of numbers: (3), 4\\., 5:, 6 =, )1 =', () => {
      assert.deepEqual(spansWithScope(line('(3) Inclusief'), definition), ['(3)']);
      assert.deepEqual(spansWithScope(line('(3) Inclusief'), defined), ['3']);
      assert.deepEqual(spansWithScope(line('4\\. Schatting'), defined), ['4']);
      assert.deepEqual(spansWithScope(line('4\\. Schatting'), `punctuation.separator.footnote${P}`), ['\\.']);
      assert.deepEqual(spansWithScope(line('5: Exclusief'), definition), ['5:']);
      assert.deepEqual(spansWithScope(line('6 = voorlopig'), definition), ['6 =']);
      assert.deepEqual(spansWithScope(line(')1 = stand'), definition), [')1 =']);
      assert.deepEqual(spansWithScope(line(')1 = stand'), defined), ['1']);
      assert.deepEqual(programmalintScopes(line(')1 = stand')), [
        `meta.footnote.definition${P}`,
        `punctuation.definition.footnote.begin${P}`,
        `punctuation.separator.footnote${P}`,
        `variable.other.constant.footnote.definition${P}`,
      ]);
    });

    it('definition lines of letters: (a), b), c.', () => {
      assert.deepEqual(spansWithScope(line('(a) Alleen'), defined), ['a']);
      assert.deepEqual(spansWithScope(line('b) Nieuwe'), definition), ['b)']);
      assert.deepEqual(spansWithScope(line('c. Zie'), defined), ['c']);
    });

    it('leaves an ordered list a list: 1. at the start of a line is no paragraph', () => {
      const list = line('1. Een genummerde');
      assert.deepEqual(programmalintScopes(list), []);
      assert.ok(list.tokens.some((t) => t.scopes.includes('markup.list.numbered.markdown')));
    });
  });

  describe('outside tables and definitions', () => {
    it('gives prose no scope, whatever words it has', () => {
      assert.deepEqual(programmalintScopes(line('Toename van het aantal')), []);
      assert.deepEqual(programmalintScopes(line('In 2018 heeft')), []);
    });

    it('gives headings and front matter no scope', () => {
      assert.deepEqual(programmalintScopes(line('# Programma 4')), []);
      assert.deepEqual(programmalintScopes(line('## 4.2.1')), []);
      assert.deepEqual(programmalintScopes(line('jaar: 2018')), []);
    });

    it('gives tables in code blocks and inline code no scope', () => {
      assert.deepEqual(programmalintScopes(line('| Naam (I) | Toename |')), []);
      assert.deepEqual(programmalintScopes(line('| Indicator | Behaald 2017 |')), []);
      assert.deepEqual(programmalintScopes(line('Inline `')), []);
    });
  });
});
