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
