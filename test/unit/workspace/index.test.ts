/** The workspace index: lookups by (kind, year, beleidsveld), dependents, and incremental updates. */
import assert from 'node:assert/strict';
import type { Finding } from '../../../server/src/service/index.js';
import {
  base,
  crossFindings,
  fixtureIndex,
  fixtureNames,
  fixtureText,
  fixtureUri,
  newIndex,
} from './workspace-helpers.js';

/** A minimal chapter of a kind and year with the given beleidsvelden, each with one indicator. */
function chapterText(kind: 'begroting' | 'rekening', year: number, numbers: string[], value = '70%'): string {
  const header =
    kind === 'rekening'
      ? `| Indicatoren | Behaald ${year - 1} | Beoogd ${year} | Behaald ${year} |\n| --- | --- | --- | --- |`
      : `| Indicatoren | Beoogd ${year} |\n| --- | --- |`;
  // Consistent by default: rekening Y repeats 71% as Behaald Y-1 and targets the begroting's 70%.
  const row = kind === 'rekening' ? '| % leden | 71% | 70% | 71% |' : `| % leden | ${value} |`;
  const fields = numbers.map((n) => `## ${n} Beleidsveld ${n}\n\n${header}\n${row}\n`).join('\n');
  return `---\ndocument: ${kind}\njaar: ${year}\nprogramma: ${numbers[0].split('.')[0]}\n---\n\n${fields}`;
}

const names = (uris: string[]) => uris.map(base);

describe('workspace index', () => {
  describe('lookups', () => {
    it('finds documents by kind, year and beleidsveld number; a file holds several beleidsvelden', () => {
      const index = fixtureIndex();
      assert.deepEqual(names(index.find('rekening', 2019, '4.2.2').map((d) => d.uri)), ['rekening-2019-4.2.md']);
      assert.deepEqual(names(index.find('rekening', 2019, '4.2.1').map((d) => d.uri)), ['rekening-2019-4.2.md']);
      assert.deepEqual(names(index.find('begroting', 2018, '4.2.1').map((d) => d.uri)), ['begroting-2018-4.2.1.md']);
      assert.deepEqual(index.find('begroting', 2018, '4.2.2'), []);
      assert.deepEqual(index.find('begroting', 2017, '4.2.1'), []);
      assert.deepEqual(index.find('rekening', 2018, '4.2.1', fixtureUri('rekening-2018-4.2.1.md')), []);
    });

    it('without a number, finds every document of a kind and year', () => {
      const index = fixtureIndex();
      assert.deepEqual(
        names(index.find('rekening', 2019, undefined).map((d) => d.uri)),
        ['rekening-2019-4.2.md'],
      );
      index.set('file:///ws/z.md', chapterText('rekening', 2019, ['7.1.1']));
      index.set('file:///ws/a.md', chapterText('rekening', 2019, ['8.1.1']));
      // In uri order: file:///work/… before file:///ws/….
      assert.deepEqual(names(index.find('rekening', 2019, undefined).map((d) => d.uri)), [
        'rekening-2019-4.2.md',
        'a.md',
        'z.md',
      ]);
    });

    it('answers in uri order whatever the order documents were added', () => {
      const index = newIndex();
      index.set('file:///ws/c.md', chapterText('begroting', 2020, ['1.1.1']));
      index.set('file:///ws/a.md', chapterText('begroting', 2020, ['1.1.1']));
      index.set('file:///ws/b.md', chapterText('begroting', 2020, ['1.1.1']));
      assert.deepEqual(names(index.find('begroting', 2020, '1.1.1').map((d) => d.uri)), ['a.md', 'b.md', 'c.md']);
    });

    it('re-files a document whose kind, year or beleidsvelden change, and forgets a deleted one', () => {
      const index = newIndex();
      index.set('file:///ws/a.md', chapterText('begroting', 2020, ['1.1.1', '1.1.2']));
      index.set('file:///ws/a.md', chapterText('rekening', 2021, ['1.1.2']), 1);
      assert.deepEqual(index.find('begroting', 2020, '1.1.1'), []);
      assert.deepEqual(index.find('begroting', 2020, undefined), []);
      assert.deepEqual(names(index.find('rekening', 2021, '1.1.2').map((d) => d.uri)), ['a.md']);
      assert.deepEqual(index.find('rekening', 2021, '1.1.1'), []);
      assert.equal(index.delete('file:///ws/a.md'), true);
      assert.equal(index.delete('file:///ws/a.md'), false);
      assert.deepEqual(index.find('rekening', 2021, '1.1.2'), []);
      assert.deepEqual(index.uris(), []);
      assert.equal(index.size, 0);
    });

    it('a chapter without kind or year is kept but never a counterpart', () => {
      const index = newIndex();
      index.set('file:///ws/note.md', '# Aantekeningen\n\nGeen tabel, geen jaar.\n');
      assert.ok(index.get('file:///ws/note.md'));
      assert.deepEqual(index.dependents('file:///ws/note.md'), []);
      assert.deepEqual(index.sources('file:///ws/note.md'), []);
    });
  });

  describe('dependents', () => {
    it('a begroting Y is read by the rekening Y; a rekening Y by the rekening Y+1', () => {
      const index = fixtureIndex();
      const dependents = (name: string) => names(index.dependents(fixtureUri(name)));
      assert.deepEqual(dependents('begroting-2018-4.2.1.md'), ['rekening-2018-4.2.1.md']);
      assert.deepEqual(dependents('begroting-2019-4.2.1.md'), ['rekening-2019-4.2.md']);
      assert.deepEqual(dependents('rekening-2017-4.2.1.md'), ['rekening-2018-4.2.1.md']);
      assert.deepEqual(dependents('rekening-2018-4.2.1.md'), ['rekening-2019-4.2.md']);
      assert.deepEqual(dependents('rekening-2019-4.2.md'), []);
      assert.deepEqual(dependents('rekening-2021-4.2.1.md'), []);
    });

    it('sources are the reverse: a rekening Y reads the begroting Y and the rekening Y-1', () => {
      const index = fixtureIndex();
      const sources = (name: string) => names(index.sources(fixtureUri(name)));
      assert.deepEqual(sources('rekening-2018-4.2.1.md'), ['begroting-2018-4.2.1.md', 'rekening-2017-4.2.1.md']);
      assert.deepEqual(sources('rekening-2019-4.2.md'), ['begroting-2019-4.2.1.md', 'rekening-2018-4.2.1.md']);
      assert.deepEqual(sources('rekening-2017-4.2.1.md'), []);
      assert.deepEqual(sources('begroting-2018-4.2.1.md'), []);
    });

    it('documents that are not dependents keep their findings when a document changes', () => {
      // The dependents relation is complete: lint everything before and after each change, and
      // every document whose findings changed must have been in `affected`.
      const index = fixtureIndex();
      const lintAll = () => new Map(index.uris().map((u) => [u, JSON.stringify(index.lint(u))]));
      const changes: [string, (text: string) => string][] = [
        ['rekening-2018-4.2.1.md', (t) => t.replace('| 63% |\n', '| 62% |\n')],
        ['begroting-2019-4.2.1.md', (t) => t.replace('| Toename |\n| % hulpvragen', '| Afname |\n| % hulpvragen')],
        ['rekening-2017-4.2.1.md', (t) => t.replace('| 64% |', '| 61% |')],
        // Moves rekening 2017 to 2020: rekening 2018 loses its partner, rekening 2021 gains one.
        ['rekening-2017-4.2.1.md', (t) => t.replace(/2017/g, '2020').replace(/2016/g, '2019')],
      ];
      let version = 1;
      for (const [name, change] of changes) {
        const uri = fixtureUri(name);
        const before = lintAll();
        const { affected } = index.update(uri, change(index.get(uri)!.text), version++);
        const after = lintAll();
        const changed = [...after.keys()].filter((u) => after.get(u) !== before.get(u));
        assert.ok(changed.some((u) => u !== uri), `${name}: the change must change another document's findings`);
        for (const u of changed) assert.ok(affected.includes(u), `${name}: ${base(u)} changed but was not affected`);
      }
    });
  });

  describe('incremental update', () => {
    it('re-parses only the changed document and returns it with its dependents', () => {
      const index = fixtureIndex();
      assert.equal(index.parseCount, fixtureNames().length);
      const uri = fixtureUri('rekening-2018-4.2.1.md');
      const changed = fixtureText('rekening-2018-4.2.1.md').replace(
        '| % Bewoners dat zegt dat  de kwaliteit van de geboden ondersteuning goed is | 61% | toename | 63% |',
        '| % Bewoners dat zegt dat  de kwaliteit van de geboden ondersteuning goed is | 61% | toename | 62% |',
      );
      assert.notEqual(changed, fixtureText('rekening-2018-4.2.1.md'));
      const { doc, affected } = index.update(uri, changed, 2);
      assert.equal(index.parseCount, fixtureNames().length + 1);
      assert.equal(doc.version, 2);
      assert.equal(index.get(uri), doc);
      assert.deepEqual(names(affected), ['rekening-2018-4.2.1.md', 'rekening-2019-4.2.md']);

      // The dependent sees the change: rekening 2019 now repeats a figure rekening 2018 no longer reports.
      const findings = crossFindings(index, fixtureUri('rekening-2019-4.2.md')).map((f: Finding) => [f.rule, f.message]);
      assert.deepEqual(findings, [
        [
          'cross-behaald',
          'Behaald 2018 is hier "63%", maar in de rekening 2018 (rekening-2018-4.2.1.md) "62%". ' +
            'Licht de correctie toe met een voetnoot of neem de eerdere waarde over.',
        ],
      ]);
      assert.equal(index.parseCount, fixtureNames().length + 1, 'linting parses nothing');
    });

    it('the same text again is no parse and affects only the document itself', () => {
      const index = fixtureIndex();
      const uri = fixtureUri('begroting-2018-4.2.1.md');
      const { doc, affected } = index.update(uri, fixtureText('begroting-2018-4.2.1.md'), 7);
      assert.equal(index.parseCount, fixtureNames().length);
      assert.equal(doc.version, 7);
      assert.deepEqual(names(affected), ['begroting-2018-4.2.1.md']);
    });

    it('a chapter that changes its year refreshes its old partners and its new ones', () => {
      const index = fixtureIndex();
      const uri = fixtureUri('rekening-2018-4.2.1.md');
      const { affected } = index.update(uri, fixtureText('rekening-2018-4.2.1.md').replace('jaar: 2018', 'jaar: 2020'), 1);
      // rekening 2019 read it as its rekening 2018; rekening 2021 now reads it as its rekening 2020.
      assert.deepEqual(names(affected), ['rekening-2018-4.2.1.md', 'rekening-2019-4.2.md', 'rekening-2021-4.2.1.md']);
    });

    it('a new chapter affects the documents that read it', () => {
      const index = fixtureIndex();
      const { affected } = index.update('file:///ws/rekening-2020.md', chapterText('rekening', 2020, ['4.2.1', '4.2.2']));
      assert.deepEqual(names(affected), ['rekening-2020.md', 'rekening-2021-4.2.1.md']);
      assert.equal(index.parseCount, fixtureNames().length + 1);
    });

    it('removing a chapter returns its dependents, which lose their findings', () => {
      const index = fixtureIndex();
      const rekening2018 = fixtureUri('rekening-2018-4.2.1.md');
      assert.equal(crossFindings(index, rekening2018).filter((f) => f.rule === 'cross-behaald').length, 2);
      assert.deepEqual(names(index.remove(fixtureUri('rekening-2017-4.2.1.md'))), ['rekening-2018-4.2.1.md']);
      assert.equal(index.get(fixtureUri('rekening-2017-4.2.1.md')), undefined);
      assert.deepEqual(crossFindings(index, rekening2018).filter((f) => f.rule === 'cross-behaald'), []);
      assert.deepEqual(index.remove('file:///ws/unknown.md'), []);
    });

    it('reparse parses again with current settings and returns what to re-lint', () => {
      const index = fixtureIndex();
      const affected = index.reparse([fixtureUri('begroting-2019-4.2.1.md')]);
      assert.equal(index.parseCount, fixtureNames().length + 1);
      assert.deepEqual(names(affected), ['begroting-2019-4.2.1.md', 'rekening-2019-4.2.md']);
    });
  });

  describe('scale', () => {
    it('a 1,000-chapter workspace: adding or changing one chapter parses one chapter', () => {
      // 25 years × 20 beleidsvelden × (begroting + rekening) = 1,000 chapters, in memory.
      const index = newIndex();
      const uri = (kind: string, year: number, field: number) => `file:///big/${kind}-${year}-5.1.${field}.md`;
      for (let year = 2000; year < 2025; year++) {
        for (let field = 1; field <= 20; field++) {
          for (const kind of ['begroting', 'rekening'] as const) {
            index.set(uri(kind, year, field), chapterText(kind, year, [`5.1.${field}`]));
          }
        }
      }
      assert.equal(index.size, 1000);
      assert.equal(index.parseCount, 1000);

      // A new chapter with two beleidsvelden: its dependents are the rekeningen 2011 of both.
      const added = index.update('file:///big/extra-rekening-2010.md', chapterText('rekening', 2010, ['5.1.3', '5.1.4']));
      assert.equal(index.parseCount, 1001);
      assert.deepEqual(added.affected, [
        'file:///big/extra-rekening-2010.md',
        uri('rekening', 2011, 3),
        uri('rekening', 2011, 4),
      ]);

      // Changing a begroting: one parse, and only its rekening is affected.
      const changed = index.update(uri('begroting', 2012, 7), chapterText('begroting', 2012, ['5.1.7'], '80%'), 1);
      assert.equal(index.parseCount, 1002);
      assert.deepEqual(changed.affected, [uri('begroting', 2012, 7), uri('rekening', 2012, 7)]);

      // Linting the affected documents parses nothing and sees the change.
      assert.deepEqual(
        crossFindings(index, uri('rekening', 2012, 7)).map((f) => [f.rule, f.message]),
        [['cross-beoogd', 'Beoogd 2012 is hier "70%", maar in de begroting 2012 (begroting-2012-5.1.7.md) "80%".']],
      );
      assert.equal(index.parseCount, 1002);
    });
  });
});
