/** The document model schema describes what the parser produces: every example's model validates. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChapter, toModelJson } from '../../server/src/service/index.js';
import { validateModel } from '../../server/src/service/schemas.js';

describe('document model schema', () => {
  const dirs = ['examples', 'examples/with-errors', 'test/fixtures/workspace'];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      it(`${dir}/${file} validates against programmatekst.schema.json`, () => {
        const json = toModelJson(parseChapter(readFileSync(join(dir, file), 'utf8')));
        assert.deepEqual(validateModel(json), []);
      });
    }
  }

  it('describes the seed values exactly', () => {
    const doc = parseChapter(readFileSync('examples/rekening-2020-4.2.2-specialistische-zorgvoorzieningen.md', 'utf8'));
    const json = toModelJson(doc) as { kind: string; year: number; beleidsvelden: { number?: string; tables: { rows: { cells: unknown[] }[] }[] }[] };
    assert.equal(json.kind, 'rekening');
    assert.equal(json.year, 2020);
    const field = json.beleidsvelden.find((b) => b.number === '4.2.2')!;
    assert.deepEqual(field.tables[0].rows[5].cells, [
      { raw: '14.823 (8.867 pers)', type: 'quantity', number: 14823, annotations: ['8.867 pers'], markers: [] },
      { raw: '-', type: 'dash', annotations: [], markers: [] },
      { raw: '14.134 (8.488 pers.)', type: 'quantity', number: 14134, annotations: ['8.488 pers.'], markers: [] },
    ]);
  });

  it('rejects a model that breaks it', () => {
    const errors = validateModel({ beleidsvelden: [{ tables: [{ label: 'x', columns: [{ header: 'Behaald', role: 'Gehaald!' }], rows: [] }], definitions: [] }] });
    assert.deepEqual(errors.map((e) => `${e.instancePath} ${e.keyword}`), ['/beleidsvelden/0/tables/0/columns/0/role pattern']);
  });
});
