import assert from 'node:assert/strict';
import { defaultVocabulary, parseChapter, Vocabulary } from '../../server/src/service/index.js';
import { matchSectionHeading, tableEvidence } from '../../server/src/service/infer.js';
import { chapter } from '../helpers/service.js';

function table(...headers: string[]): string[] {
  return [`| Indicatoren | ${headers.join(' | ')} |`, `| --- |${' --- |'.repeat(headers.length)}`, `| Aantal |${' 1 |'.repeat(headers.length)}`, ''];
}

describe('kind and year inference', () => {
  it('reads a rekening from Behaald Y next to Beoogd Y', () => {
    const doc = parseChapter(chapter(...table('Behaald 2017', 'Beoogd 2018', 'Behaald 2018')));
    assert.equal(doc.kind, 'rekening');
    assert.equal(doc.year, 2018);
    assert.deepEqual(doc.inference?.evidence, [
      { span: { start: 0, end: 59 }, kind: 'rekening', year: 2018, what: 'columns' },
    ]);
    assert.equal(doc.text.slice(0, 59), '| Indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |');
  });

  it('reads a begroting from a newest column that is Beoogd', () => {
    const doc = parseChapter(chapter(...table('Behaald 2017', 'Beoogd 2018', 'Beoogd 2019')));
    assert.deepEqual([doc.kind, doc.year], ['begroting', 2019]);
  });

  it('reads kind and year from the standard headings when there is no table', () => {
    const doc = parseChapter(chapter('## 4.2.1 Iets', '', '### Wat wilden we bereiken in 2018?', '', '### Conclusie'));
    assert.deepEqual([doc.kind, doc.year], ['rekening', 2018]);
    assert.deepEqual(
      doc.inference?.evidence.map((e) => [doc.text.slice(e.span.start, e.span.end), e.kind, e.year]),
      [
        ['Wat wilden we bereiken in 2018?', 'rekening', 2018],
        ['Conclusie', 'rekening', undefined],
      ],
    );
  });

  it('lets a heading that both kinds accept give only its year', () => {
    const vocabulary = defaultVocabulary;
    const doc = parseChapter(chapter('## 4.2.1 Iets', '', '### Wat mag het kosten in 2019?'), { vocabulary });
    assert.deepEqual([doc.kind, doc.year], ['begroting', 2019]);
    const both = parseChapter(chapter('## 4.2.1 Iets', '', '### Gedaan in 2019'), {
      vocabulary: new Vocabulary({
        ...vocabulary.data,
        sections: {
          begroting: [{ id: 'x', headings: ['Gedaan in {jaar}'] }],
          rekening: [{ id: 'x', headings: ['Gedaan in {jaar}'] }],
        },
      }),
    });
    assert.deepEqual([both.kind, both.year], [undefined, 2019]);
  });

  it('weighs columns above headings', () => {
    const doc = parseChapter(
      chapter(
        ...table('Behaald 2017', 'Beoogd 2018', 'Behaald 2018'),
        '### Wat willen we bereiken in 2019?',
        '',
        '### Wat gaan we daarvoor doen?',
        '',
        '### Hoe staan we ervoor?',
      ),
    );
    assert.deepEqual([doc.kind, doc.year], ['rekening', 2018]);
  });

  it('settles a tie between tables by the headings', () => {
    const doc = parseChapter(
      chapter(
        ...table('Beoogd 2019'),
        ...table('Behaald 2017', 'Beoogd 2018', 'Behaald 2018'),
        '### Wat wilden we bereiken in 2018?',
      ),
    );
    assert.deepEqual([doc.kind, doc.year], ['rekening', 2018]);
  });

  it('keeps what the front matter gives and infers only the rest', () => {
    const given = parseChapter(chapter('---', 'document: begroting', 'jaar: 2019', 'programma: 4', '---', '', ...table('Behaald 2017', 'Beoogd 2018', 'Behaald 2018')));
    assert.deepEqual([given.kind, given.year, given.inference], ['begroting', 2019, undefined]);
    const partial = parseChapter(chapter('---', 'document: begroting', 'programma: 4', '---', '', ...table('Beoogd 2020')));
    assert.deepEqual([partial.kind, partial.year], ['begroting', 2020]);
  });

  it('infers nothing from a text without tables or standard headings', () => {
    const doc = parseChapter(chapter('# Notities', '', 'Tekst.'));
    assert.deepEqual([doc.kind, doc.year, doc.inference?.evidence], [undefined, undefined, []]);
  });
});

describe('tableEvidence', () => {
  const evidence = (...headers: string[]) => {
    const doc = parseChapter(chapter(...table(...headers)));
    const found = tableEvidence(doc.tables[0], defaultVocabulary);
    return found && [found.kind, found.year, found.definite, found.column.cell.raw];
  };

  it('calls a table with Behaald and Beoogd of its newest year a definite rekening', () => {
    assert.deepEqual(evidence('Behaald 2017', 'Beoogd 2018', 'Behaald 2018'), ['rekening', 2018, true, 'Behaald 2018']);
  });

  it('calls Behaald of the newest year without its Beoogd a rekening, not definite', () => {
    assert.deepEqual(evidence('Behaald 2017', 'Behaald 2018'), ['rekening', 2018, false, 'Behaald 2018']);
  });

  it('calls Beoogd-only and Beoogd Y-1 + Beoogd Y tables definite begrotingen', () => {
    assert.deepEqual(evidence('Beoogd 2019'), ['begroting', 2019, true, 'Beoogd 2019']);
    assert.deepEqual(evidence('Behaald 2017', 'Beoogd 2018', 'Beoogd 2019'), ['begroting', 2019, true, 'Beoogd 2019']);
  });

  it('does not decide on Behaald Y-1 | Beoogd Y: an unfinished rekening as much as a begroting', () => {
    // Both layouts miss one column (rekening 2018 its Behaald 2018, begroting 2019 its Beoogd 2019):
    // the tie goes to the year of the newest column, and the evidence is not definite.
    assert.deepEqual(evidence('Behaald 2017', 'Beoogd 2018'), ['rekening', 2018, false, 'Beoogd 2018']);
  });

  it('says nothing about a table without dated columns', () => {
    assert.equal(evidence('Toelichting'), undefined);
  });
});

describe('section headings', () => {
  it('matches a heading inside emphasis and locates its year', () => {
    const doc = parseChapter(chapter('### __Wat wilden we bereiken in 2018?__'));
    const match = matchSectionHeading(defaultVocabulary, 'rekening', doc.headings[0]);
    assert.equal(match?.spec.id, 'bereiken');
    assert.deepEqual(match?.yearSpan, { start: 32, end: 36 });
    assert.equal(doc.text.slice(32, 36), '2018');
    assert.equal(matchSectionHeading(defaultVocabulary, 'begroting', doc.headings[0]), undefined);
  });
});
