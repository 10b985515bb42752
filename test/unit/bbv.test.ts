/** The BBV catalogue: the data against its schema, and the lookups the rule and the editor use. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { BbvCatalogue, type BbvData, bbvCatalogue, compactName, nameCandidates } from '../../server/src/service/bbv.js';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const data = read('schemas/bbv-indicators.json') as BbvData;

describe('BBV catalogue', () => {
  describe('data', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const validate = ajv.compile(read('schemas/bbv-indicators.schema.json') as object);

    it('validates against schemas/bbv-indicators.schema.json', () => {
      assert.equal(validate(data), true, JSON.stringify(validate.errors));
    });

    it('the schema rejects an indicator without a unit, and an unknown key', () => {
      const broken = structuredClone(data) as unknown as { indicators: Record<string, unknown>[] };
      delete broken.indicators[0].unit;
      broken.indicators[1].eenheid = 'x';
      assert.equal(validate(broken), false);
      assert.deepEqual(
        (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`).sort(),
        ['/indicators/0 required', '/indicators/1 additionalProperties'],
      );
    });

    it('numbers the 39 indicators 1 to 39, each in a known taakveld, ending after it starts', () => {
      assert.deepEqual(data.indicators.map((i) => i.number), Array.from({ length: 39 }, (_, i) => i + 1));
      const codes = new Set(data.taakvelden.map((t) => t.code));
      for (const i of data.indicators) {
        assert.ok(codes.has(i.taakveld), `${i.name}: taakveld ${i.taakveld}`);
        assert.ok(i.until === undefined || i.until >= i.from, i.name);
      }
    });

    it('has no name or variant that normalises to two indicators', () => {
      const owner = new Map<string, string>();
      for (const i of data.indicators) {
        for (const name of [i.name, ...(i.aliases ?? [])]) {
          const key = compactName(name);
          assert.ok(!owner.has(key) || owner.get(key) === i.name, `${name}: also ${owner.get(key)}`);
          owner.set(key, i.name);
        }
      }
    });

    it('says where it comes from', () => {
      assert.match(data.description, /Regeling beleidsindicatoren gemeenten/);
      assert.ok(data.sources.length >= 5);
    });
  });

  describe('years', () => {
    it('has 39 indicators in 2017, 38 from 2018 and 34 from 2019 on (none for taakveld 2)', () => {
      assert.equal(bbvCatalogue.applicable(2017).length, 39);
      assert.equal(bbvCatalogue.applicable(2018).length, 38);
      assert.equal(bbvCatalogue.applicable(2019).length, 34);
      assert.equal(bbvCatalogue.applicable(2022).length, 34);
      assert.deepEqual(bbvCatalogue.inTaakveld('2', 2022), []);
      assert.equal(bbvCatalogue.applicable(2016).length, 0);
    });

    it('without a year, the indicators that still apply', () => {
      assert.deepEqual(bbvCatalogue.applicable(undefined), bbvCatalogue.applicable(2030));
    });

    it('lists the indicators of a taakveld for a year', () => {
      assert.deepEqual(
        bbvCatalogue.inTaakveld('0', 2021).map((i) => i.name),
        ['Formatie', 'Bezetting', 'Apparaatskosten', 'Externe inhuur', 'Overhead'],
      );
      assert.deepEqual(
        bbvCatalogue.inTaakveld('6', 2017).map((i) => i.number),
        [21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32],
      );
      assert.equal(bbvCatalogue.inTaakveld('6', 2018).length, 11);
    });
  });

  describe('names', () => {
    const exact = (name: string) => bbvCatalogue.byName(name)?.name;

    it('finds an official name regardless of case, accents, hyphens and spaces', () => {
      assert.equal(exact('Niet sporters'), 'Niet-sporters');
      assert.equal(exact('NIET-SPORTERS'), 'Niet-sporters');
      assert.equal(exact('Woonlasten éénpersoonshuishoudens'), 'Gemeentelijke woonlasten eenpersoonshuishouden');
      assert.equal(exact('Vernielingen en beschadigingen'), 'Vernielingen en beschadigingen (in de openbare ruimte)');
    });

    it('ignores BBV numbers, units, prefixes and markers around the name', () => {
      assert.equal(exact('Banen (21)'), 'Banen');
      assert.equal(exact('Formatie (fte per 1.000 inwoners)'), 'Formatie');
      assert.equal(exact('Formatie Fte'), 'Formatie');
      assert.equal(exact('Aantal geweldsmisdrijven per 1.000 inwoners'), 'Geweldsmisdrijven');
      assert.equal(exact('% Niet-sporters'), 'Niet-sporters');
      assert.equal(exact('Misdrijven - Winkeldiefstallen'), 'Winkeldiefstallen');
      assert.equal(exact('Nieuwbouw - per 1.000 woningen'), 'Nieuw gebouwde woningen');
      assert.equal(exact('Onderwijs: Absoluut verzuim per 1.000 leerlingen 5-18 jaar (BBV)**'), 'Absoluut verzuim');
      assert.equal(exact('Kosten inhuur externen als % van de totale loonsom'), 'Externe inhuur');
      assert.equal(exact('Jongeren (12 t/m 21 jarigen) met een delict voor de rechter (%)'), 'Jongeren met een delict voor de rechter');
    });

    it('matches a longer name with the same words in order, but not one that says niet', () => {
      const m = bbvCatalogue.match('Jongeren tot 18 jaar met jeugdhulp (%)');
      assert.equal(m?.indicator.name, 'Jongeren met jeugdhulp');
      assert.equal(m?.how, 'words');
      assert.equal(bbvCatalogue.match('WOZ-waarde niet-woningen', false), undefined);
      assert.equal(bbvCatalogue.match('Aantal meldingen van jeugdoverlast', false), undefined);
    });

    it('gives the closest official name for a misspelling, and nothing for other names', () => {
      assert.deepEqual(bbvCatalogue.closest('Geweldmisdrijven'), { indicator: bbvCatalogue.byName('Geweldsmisdrijven'), distance: 1 });
      assert.equal(bbvCatalogue.closest('Niet gebouwde woningen')?.indicator.name, 'Nieuw gebouwde woningen');
      assert.equal(bbvCatalogue.closest('Baten'), undefined);
      assert.equal(bbvCatalogue.closest('Percentage bewoners dat tevreden is over de dienstverlening'), undefined);
      assert.equal(bbvCatalogue.byName('Geweldmisdrijven'), undefined);
    });

    it('reports where in the text the compared name is, and whether it can be replaced', () => {
      const m = bbvCatalogue.match('Geweldmisdrijven (aantal per 1.000 inwoners)')!;
      assert.deepEqual([m.start, m.end, m.written, m.clean, m.replacement], [0, 16, 'Geweldmisdrijven', true, 'Geweldsmisdrijven']);
      assert.equal(bbvCatalogue.isSafeFix(m), true);
      const inner = bbvCatalogue.match('Vernielingen (I) en beschadigingn')!;
      assert.equal(inner.clean, false, 'a marker inside the compared part');
      assert.equal(bbvCatalogue.isSafeFix(inner), false);
      const far = bbvCatalogue.match('Niet gebouwde woningen')!;
      assert.equal(bbvCatalogue.isSafeFix(far), false, 'two letters off');
    });

    it('splits a cell into candidate names, longest first, with offsets into the cell', () => {
      assert.deepEqual(
        nameCandidates('01 - Absoluut verzuim').map((c) => [c.start, c.end, c.text]),
        [
          [0, 21, '01 - Absoluut verzuim'],
          [5, 21, 'Absoluut verzuim'],
        ],
      );
      assert.deepEqual(nameCandidates('BBV % Niet-sporters*').map((c) => c.text), ['Niet-sporters']);
    });
  });

  describe('taakvelden, labels and units', () => {
    it('reads a Taakveld cell as code or name', () => {
      const of = (t: string) => bbvCatalogue.taakveldOf(t);
      assert.deepEqual(
        ['0', '0.4', '6.1', '8. Volkshuisvesting, Ruimtelijke Ordening', 'Taakveld 1', 'Sociaal Domein', 'Overhead', 'Onbekend', '9'].map(of),
        ['0', '0', '6', '8', '1', '6', '0', undefined, undefined],
      );
    });

    it('recognises labels and headings that name the BBV as whole words', () => {
      const yes = ['BBV-indicatoren', 'Verplichte BBV-Indicatoren', 'Indicatoren (Vernieuwing BBV)', 'Beleidsindicatoren', 'Verplichte beleidsindicatoren'];
      const no = ['Prestatie-indicatoren', 'Indicatoren', 'Beleids- en prestatie-indicatoren', 'Effectindicatoren'];
      assert.deepEqual(yes.map((t) => bbvCatalogue.isTableLabel(t)), yes.map(() => true));
      assert.deepEqual(no.map((t) => bbvCatalogue.isTableLabel(t)), no.map(() => false));
    });

    it('compares units by kind and per-base only', () => {
      const fits = (name: string, unit: string) => bbvCatalogue.unitMatches(bbvCatalogue.byName(name)!, unit);
      assert.ok(fits('Winkeldiefstallen', 'per 1.000 inwoners'));
      assert.ok(fits('Verwijzingen Halt', 'per 10.000 inw. 12-17 jr'));
      assert.ok(fits('Apparaatskosten', 'Kosten in € per inwoner'));
      assert.ok(fits('Formatie', 'FTE'));
      assert.ok(fits('Hernieuwbare elektriciteit', 'percentage'));
      assert.ok(fits('Omvang huishoudelijk restafval', 'Hoeveelheid restafval per bewoner in kilo’s'));
      assert.ok(fits('Gemiddelde WOZ-waarde', 'x € 1.000'));
      assert.ok(fits('Cliënten met een maatwerkarrangement WMO', 'per 1.000 inwoners'), 'an accepted other unit');
      assert.ok(!fits('Verwijzingen Halt', 'per 1.000 jongeren'));
      assert.ok(!fits('Externe inhuur', 'Kosten in €'));
      assert.ok(!fits('Formatie', '%'));
      assert.ok(!fits('Banen', '%'));
    });
  });

  it('a catalogue of other data uses its own names and labels', () => {
    const own = new BbvCatalogue({
      description: 'test',
      sources: ['https://example.org'],
      tableLabels: ['Rijksindicatoren'],
      taakvelden: [{ code: '1', name: 'Veiligheid' }],
      indicators: [{ number: 1, taakveld: '1', name: 'Inbraken', unit: 'Aantal', source: 'Politie', definition: 'Inbraken.', from: 2020 }],
    });
    assert.equal(own.byName('inbraken')?.number, 1);
    assert.equal(own.isTableLabel('Rijksindicatoren 2021'), true);
    assert.equal(own.isTableLabel('BBV-indicatoren'), false);
    assert.deepEqual(own.applicable(2019), []);
  });
});
