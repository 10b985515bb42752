/** Completion and hover in BBV tables: official names and units, and the official definition. */
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-types';
import { bbvCompletions, mergeCompletions } from '../../../server/src/service/features/completion/bbv.js';
import { bbvHover } from '../../../server/src/service/features/bbv-hover.js';
import { type FeatureContext, getCompletions, getHover } from '../../../server/src/service/features/index.js';
import { type Config, type Locale, settingsFromConfig } from '../../../server/src/service/index.js';
import { WorkspaceIndex } from '../../../server/src/service/workspace.js';
import { lines, r } from './setup.js';

const COLUMNS: Config = { vocabulary: { columns: { unit: ['Eenheid'], source: ['Bron'] } } };

/** One document `x.md` in a workspace read with a configuration. */
function open(text: string, config?: Config, locale: Locale = 'nl') {
  const settings = settingsFromConfig(config, locale);
  const index = new WorkspaceIndex({ settingsFor: () => settings });
  const doc = index.set('file:///ws/x.md', text);
  const ctx: FeatureContext = { workspace: index, settings };
  return { doc, ctx };
}

function brief(items: CompletionItem[]): string[] {
  return items.map((i) => {
    const edit = i.textEdit as { range: Parameters<typeof r>[0]; newText: string };
    return `${i.label} | ${i.detail} | ${i.sortText}${i.preselect ? ' *' : ''} | ${r(edit.range)} ${JSON.stringify(edit.newText)}`;
  });
}

const BESTUUR = lines(
  '---',
  'document: begroting',
  'jaar: 2021',
  'programma: 0',
  '---',
  '',
  '## BBV-indicatoren',
  '',
  '| Indicatoren | 2019 | 2020 |', // 8
  '| --- | --- | --- |',
  '| Formatie (fte per 1.000 inwoners) | 5,6 | 5,7 |', // 10
  '| Bezetting | 4,9 | 5,2 |',
  '| Apparaatkosten | 425 | 531 |', // 12
  '|  | 1 | 2 |', // 13: a row whose name is still to be written
);

const WITH_UNITS = lines(
  '---',
  'document: rekening',
  'jaar: 2020',
  '---',
  '',
  '## Verplichte beleidsindicatoren',
  '',
  '| Indicator | Eenheid | Bron | 2019 |', // 7
  '| --- | --- | --- | --- |',
  '| Verwijzingen Halt |  | Bureau Halt | 64 |', // 9: unit cell between 20 and 22
  '| Winkeldiefstallen | per 1.000 inwoners | CBS | 0,4 |',
);

describe('features: BBV tables', () => {
  describe('completion', () => {
    it('offers the official names not yet in the chapter, those of the covered taakveld first', () => {
      const { doc, ctx } = open(BESTUUR);
      const items = brief(getCompletions(doc, { line: 13, character: 2 }, ctx));
      assert.deepEqual(items.slice(0, 3), [
        'Externe inhuur | BBV 4, taakveld 0 (ontbreekt nog): Kosten als % van totale loonsom + totale kosten inhuur externen | 0004 * | 13:2-13:2 "Externe inhuur"',
        'Overhead | BBV 5, taakveld 0 (ontbreekt nog): % van totale lasten | 0005 * | 13:2-13:2 "Overhead"',
        'Verwijzingen Halt | BBV 6, taakveld 1: Aantal per 10.000 jongeren | 1006 | 13:2-13:2 "Verwijzingen Halt"',
      ]);
      assert.equal(items.length, 34 - 3, 'the 34 indicators of 2021 without Formatie, Bezetting and the misspelled Apparaatskosten');
      assert.ok(!items.some((i) => i.startsWith('Achterstandsleerlingen')), 'no indicator that no longer applies');
    });

    it("leaves the row's own name in the list, and documents each name", () => {
      const { doc, ctx } = open(BESTUUR);
      const items = getCompletions(doc, { line: 11, character: 3 }, ctx);
      const bezetting = items.find((i) => i.label === 'Bezetting');
      assert.ok(bezetting);
      assert.match((bezetting.documentation as { value: string }).value, /^\*\*Bezetting\*\*: verplichte beleidsindicator \(BBV, nr\. 2\)/);
    });

    it('offers the official unit of the row in an Eenheid column, and every unit for a row without a known name', () => {
      const { doc, ctx } = open(WITH_UNITS, COLUMNS);
      assert.deepEqual(brief(getCompletions(doc, { line: 9, character: 21 }, ctx)), [
        'Aantal per 10.000 jongeren | eenheid van Verwijzingen Halt | 000 * | 9:21-9:21 " Aantal per 10.000 jongeren"',
      ]);
      const { doc: other, ctx: otherCtx } = open(WITH_UNITS.replace('Verwijzingen Halt', 'Iets anders'), COLUMNS);
      const all = brief(getCompletions(other, { line: 9, character: 15 }, otherCtx));
      assert.ok(all.length > 10);
      assert.ok(all.includes('Fte per 1.000 inwoners | eenheid van Formatie, Bezetting | 000 | 9:15-9:15 " Fte per 1.000 inwoners"'), all[0]);
    });

    it('offers nothing of its own outside a BBV table', () => {
      const plain = BESTUUR.replace('## BBV-indicatoren', '## Bestuur').replace('| Bezetting | 4,9 | 5,2 |\n', '');
      const { doc, ctx } = open(plain);
      assert.deepEqual(bbvCompletions(doc, doc.tables[0], '|  | 1 | 2 |', 0, doc.tables[0].rows[2].span.start, { start: { line: 12, character: 2 }, end: { line: 12, character: 2 } }, '', ctx), []);
      assert.deepEqual(getCompletions(doc, { line: 12, character: 2 }, ctx), []);
    });

    it('merges with the names from other documents, one item per label', () => {
      const item = (label: string, detail: string): CompletionItem => ({ label, detail });
      assert.deepEqual(
        mergeCompletions([item('Formatie', 'begroting-2020.md'), item('Eigen indicator', 'begroting-2020.md')], [item('formatie', 'BBV 1')]).map((i) => i.detail),
        ['begroting-2020.md', 'BBV 1'],
      );
    });
  });

  describe('hover', () => {
    it('shows the official definition, taakveld, unit, source and years over a name', () => {
      const { doc, ctx } = open(BESTUUR);
      const hover = getHover(doc, { line: 10, character: 5 }, ctx);
      const value = (hover?.contents as { value: string }).value;
      assert.equal(r(hover!.range!), '10:2-10:35');
      assert.equal(
        value.split('\n\n---\n\n')[0],
        [
          '**Formatie**: verplichte beleidsindicator (BBV, nr. 1)',
          '',
          'De toegestane formatie van de ambtelijke organisatie in fte per 1.000 inwoners, of de plaatsen nu vast, tijdelijk of nog vacant zijn.',
          '',
          '| | |',
          '| --- | --- |',
          '| Taakveld | 0 Bestuur en ondersteuning |',
          '| Eenheid | Fte per 1.000 inwoners |',
          '| Bron | Eigen begroting |',
          '| Geldt | vanaf 2017 |',
        ].join('\n'),
      );
      // The values of the indicator in the workspace follow, as over any name.
      assert.match(value.split('\n\n---\n\n')[1], /^\*\*Formatie \(fte per 1\.000 inwoners\)\*\*/);
    });

    it('names the official spelling over a misspelled name, and the note of an uncertain entry', () => {
      const { doc, ctx } = open(BESTUUR);
      const value = (getHover(doc, { line: 12, character: 4 }, ctx)?.contents as { value: string }).value;
      assert.match(value, /^\*\*Apparaatskosten\*\*/);
      assert.match(value, /_Let op: Ook geschreven als 'Apparaatkosten'/);
      assert.match(value, /_Hier geschreven als 'Apparaatkosten'\._/);
    });

    it('speaks English, and is silent outside a name of a BBV table', () => {
      const { doc, ctx } = open(BESTUUR, undefined, 'en');
      const value = bbvHover(doc, doc.tables[0], doc.lines.offsetAt({ line: 11, character: 4 }), ctx)?.value ?? '';
      assert.match(value, /^\*\*Bezetting\*\*: mandatory policy indicator \(BBV, no\. 2\)/);
      assert.match(value, /\| Unit \| Fte per 1\.000 inwoners \|/);
      assert.equal(bbvHover(doc, doc.tables[0], doc.lines.offsetAt({ line: 11, character: 16 }), ctx), undefined, 'a value cell');
      const plain = open(BESTUUR.replace('## BBV-indicatoren', '## Bestuur').replace('| Bezetting | 4,9 | 5,2 |\n', ''));
      assert.equal(bbvHover(plain.doc, plain.doc.tables[0], plain.doc.lines.offsetAt({ line: 10, character: 5 }), plain.ctx), undefined);
    });
  });
});
