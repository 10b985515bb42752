/** Other municipalities' table layouts by configuration alone: profiles and column slots. */
import assert from 'node:assert/strict';
import profileSchema from '../../../schemas/profiles.schema.json' with { type: 'json' };
import configSchema from '../../../schemas/config.schema.json' with { type: 'json' };
import { Ajv } from 'ajv';
import modelSchema from '../../../schemas/programmatekst.schema.json' with { type: 'json' };
import profileData from '../../../schemas/profiles.json' with { type: 'json' };
import type { Config } from '../../../server/src/service/index.js';
import { parseChapter, settingsFromConfig } from '../../../server/src/service/index.js';
import { profiles } from '../../../server/src/service/profiles.js';
import { brief, chapter, findingsOf, lint } from '../../helpers/service.js';

/** A chapter with front matter (unless `kind` is undefined), one beleidsveld and one table. */
function withTable(kind: 'begroting' | 'rekening' | undefined, year: number, header: string[], rows: string[][]): string {
  const front = kind ? ['---', `document: ${kind}`, `jaar: ${year}`, 'programma: 3', '---', ''] : [];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return chapter(
    ...front,
    '# Programma 3: Duurzaamheid',
    '',
    '## 3.1.1 Groen en water',
    '',
    'Met deze indicatoren volgen we de voortgang.',
    '',
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
  );
}

const only = (rule: string, text: string, config: Config) => findingsOf(rule, text, { config });

describe('profiles and column slots', () => {
  it('profiles.json validates against its schema, and the config schema names exactly its profiles', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema(modelSchema);
    assert.equal(ajv.validate(profileSchema, profileData), true, JSON.stringify(ajv.errors));
    assert.deepEqual(
      (configSchema as unknown as { $defs: { profileName: { enum: string[] } } }).$defs.profileName.enum,
      profiles.map((p) => p.name),
    );
  });

  describe('Realisatie 2018 | Verwacht 2019 | Doel 2020 | Doel 2022 (begroting 2020)', () => {
    const header = ['Omschrijving indicator/ kengetal', 'Realisatie 2018', 'Verwacht 2019', 'Doel 2020', 'Doel 2022'];
    const text = withTable('begroting', 2020, header, [['Aantal bezoekers milieustraat', '12.400', '12.000', '12.500', '13.000']]);

    it('is clean with the realisatie-doel profile', () => {
      assert.deepEqual(only('table-columns', text, { profile: 'realisatie-doel' }), []);
    });

    it('is clean with column words and a layout in the configuration, no profile', () => {
      const config: Config = {
        vocabulary: {
          indicatorLabels: ['Omschrijving indicator/ kengetal'],
          columns: { realised: ['Realisatie'], forecast: ['Verwacht'], target: ['Doel'] },
          layouts: {
            begroting: [
              { role: 'realised', offset: -2 },
              { role: 'forecast', offset: -1 },
              { role: 'target', offset: 0 },
              { role: 'target', offset: 2, optional: true },
            ],
          },
        },
      };
      const findings = lint(text, { config }).filter((f) => f.rule.startsWith('table-') || f.rule.startsWith('value-') || f.rule === 'kind-inferred');
      assert.deepEqual(findings.map((f) => brief(f)), []);
    });

    it('the Groningen defaults report it, quoting the chapter’s own header', () => {
      const found = only('table-columns', text.replace('Omschrijving indicator/ kengetal', 'Indicator'), {});
      assert.ok(found.length > 0);
      assert.ok(found.some((f) => f.message.includes("'Realisatie 2018'")), JSON.stringify(found));
    });

    it('a wrong year is reported in the chapter’s own words, with a fix', () => {
      const wrong = withTable('begroting', 2020, [...header.slice(0, 3), 'Doel 2021', 'Doel 2022'], [['Aantal', '1', '2', '3', '4']]);
      assert.deepEqual(only('table-columns', wrong, { profile: 'realisatie-doel' }), [
        {
          rule: 'table-columns',
          range: '13:77-13:81',
          message: "Verkeerd jaar in 'Doel 2021': in een begroting 2020 is deze kolom 'Doel 2020'.",
        },
      ]);
    });

    it('infers begroting 2020 from the layout when there is no front matter', () => {
      const doc = parseChapter(withTable(undefined, 2020, header, [['Aantal', '1', '2', '3', '4']]), {
        vocabulary: settingsFromConfig({ profile: 'realisatie-doel' }).vocabulary,
      });
      assert.deepEqual([doc.kind, doc.year], ['begroting', 2020]);
    });
  });

  describe('Nulmeting | Streefwaarde 2020', () => {
    const text = withTable('begroting', 2020, ['Indicator', 'Nulmeting', 'Streefwaarde 2020'], [['Tevredenheid over groen', '6,8', '7,0']]);

    it('is clean with the nulmeting-streefwaarde profile', () => {
      assert.deepEqual(only('table-columns', text, { profile: 'nulmeting-streefwaarde' }), []);
    });

    it('a missing baseline is named as the chapter would write it', () => {
      const missing = withTable('begroting', 2020, ['Indicator', 'Streefwaarde 2020'], [['Tevredenheid', '7,0']]);
      assert.deepEqual(
        only('table-columns', missing, { profile: 'nulmeting-streefwaarde' }).map((f) => f.message),
        [
          "De kolom 'Nulmeting' ontbreekt. Kolommen in een begroting 2020: 'Nulmeting | Actuele waarde | Realisatie 2018 | Streefwaarde 2020 | Streefwaarde 2021 | Streefwaarde 2022 | Streefwaarde 2023 | Streefwaarde 2024' ('Actuele waarde', 'Realisatie 2018', 'Streefwaarde 2021', 'Streefwaarde 2022', 'Streefwaarde 2023' en/of 'Streefwaarde 2024' mogen ontbreken).",
        ],
      );
    });
  });

  describe('Werkelijk 2021 | Begroting 2022 | Begroting 2023 (begroting 2023)', () => {
    const text = withTable('begroting', 2023, ['Indicator', 'Werkelijk 2021', 'Begroting 2022', 'Begroting 2023'], [['Banen', '702,1', '700', '705']]);

    it('is clean with the werkelijk-begroting profile', () => {
      assert.deepEqual(only('table-columns', text, { profile: 'werkelijk-begroting' }), []);
    });

    it('target-attainment holds the result to the budgeted value of the year', () => {
      const rekening = withTable('rekening', 2022, ['Indicator', 'Werkelijk 2021', 'Begroting 2022', 'Werkelijk 2022'], [['Banen', '702,1', '> 710', '705']]);
      assert.deepEqual(only('target-attainment', rekening, { profile: 'werkelijk-begroting' }).map((f) => f.message), [
        'Doel niet gehaald: Begroting 2022 is > 710, Werkelijk 2022 is 705.',
      ]);
    });

    it('a column after the layout does not belong, quoted as written', () => {
      const extra = withTable('rekening', 2022, ['Indicator', 'Werkelijk 2021', 'Begroting 2022', 'Werkelijk 2022', 'Werkelijk 2023'], [['Banen', '1', '2', '3', '4']]);
      assert.deepEqual(only('table-columns', extra, { profile: 'werkelijk-begroting' }).map((f) => f.message), [
        "De kolom 'Werkelijk 2023' hoort niet in een rekening 2022. Kolommen: 'Werkelijk 2021 | Begroting 2022 | Werkelijk 2022'.",
      ]);
    });
  });

  describe('alternative layouts and financial overviews', () => {
    // Dordrecht: a BBV table beside its own table in the same begroting.
    const bbv = ['BBV-indicatoren', 'Jaarstukken 2019', 'Begroting 2021', 'Jaarstukken 2020', 'Begroting 2022'];
    const own = ['Indicator', 'Realisatie 2020', 'Doel 2022'];
    const config = (alternative: boolean): Config => ({
      profile: 'realisatie-doel',
      vocabulary: {
        columns: { budget: ['Begroting'] },
        ...(alternative
          ? { alternativeLayouts: { begroting: [[{ role: 'realised', offset: -3 }, { role: 'budget', offset: -1 }, { role: 'realised', offset: -2 }, { role: 'budget', offset: 0 }]] } }
          : {}),
      },
    });

    it('a table is checked against the layout it fits best; the main layout still holds for the others', () => {
      const text = withTable('begroting', 2022, bbv, [['% Niet-sporters', '58,1', '58', '58', '58']]);
      assert.ok(only('table-columns', text, config(false)).length > 0);
      assert.deepEqual(only('table-columns', text, config(true)), []);
      const ownTable = withTable('begroting', 2022, own, [['Bezoekers', '311.660', '650.000']]);
      assert.deepEqual(only('table-columns', ownTable, config(true)), []);
      // A wrong year in the BBV table is reported against the alternative layout it follows.
      const wrong = withTable('begroting', 2022, ['BBV-indicatoren', 'Jaarstukken 2019', 'Begroting 2021', 'Jaarstukken 2020', 'Begroting 2023'], [['% Niet-sporters', '58,1', '58', '58', '58']]);
      assert.deepEqual(only('table-columns', wrong, config(true)).map((f) => f.message), [
        "Verkeerd jaar in 'Begroting 2023': in een begroting 2022 is deze kolom 'Begroting 2022'.",
      ]);
    });

    it('a benchmark column (Nederland, G40) may stand anywhere; its values are still checked', () => {
      const config: Config = { profile: ['realisatie-doel', 'bbv'] };
      const text = withTable('begroting', 2020, ['Indicator', 'Realisatie 2018', 'Nederland', 'Doel 2020', 'G40'], [['Banen', '702,4', '6,9.1', '710', '690']]);
      assert.deepEqual(only('table-columns', text, config), []);
      assert.deepEqual(only('value-format', text, config).map((f) => f.range), ['15:19-15:24']);
    });

    it('values.percentInName: a % name declares the unit once (Dordrecht: % Niet-sporters | 58,1)', () => {
      const header = ['Indicator', 'Realisatie 2020', 'Doel 2022'];
      const text = withTable('begroting', 2022, header, [['% Niet-sporters', '58,1', '57']]);
      const messages = (config: Config) => only('value-unit', text, config).map((f) => f.message);
      assert.deepEqual(messages({ profile: 'realisatie-doel' }), [
        "'58,1' is geen percentage, maar deze indicator meet een percentage. Bedoelt u '58,1%'?",
        "'57' is geen percentage, maar deze indicator meet een percentage. Bedoelt u '57%'?",
      ]);
      const config: Config = { profile: 'realisatie-doel', vocabulary: { values: { percentInName: true } } };
      assert.deepEqual(messages(config), []);
      // A row that writes % elsewhere is held to it, and a percentage stays at most 100.
      const mixed = withTable('begroting', 2022, header, [['% Niet-sporters', '58,1%', '57'], ['% Sporters', '158', '42']]);
      assert.deepEqual(only('value-unit', mixed, config).map((f) => f.message), [
        "'57' is geen percentage, maar deze indicator meet een percentage. Bedoelt u '57%'?",
        "'158': een percentage kan niet hoger zijn dan 100.",
      ]);
    });

    it('a financial overview (Actuele begroting, Saldo) is no indicator table', () => {
      const text = withTable('rekening', 2022, ['Omschrijving', 'Actuele begroting 2022', 'Realisatie 2022', 'Saldo 2022'], [['Lasten', '1.200', '1.150', '50']]);
      assert.deepEqual(parseChapter(text).tables, []);
      assert.deepEqual(only('table-columns', text, { profile: 'realisatie-doel' }), []);
      // The words are data: without them the same table is read as an indicator table.
      const noFinance: Config = { profile: 'realisatie-doel', extendVocabulary: false, vocabulary: { financeWords: [] } };
      assert.equal(parseChapter(text, { vocabulary: settingsFromConfig(noFinance).vocabulary }).tables.length, 1);
    });
  });

  describe('time series: bare years', () => {
    const header = ['Indicator', '2015', '2016', '2017', '2018'];
    it('is a series table, clean in a rekening 2018', () => {
      const text = withTable('rekening', 2018, header, [['Winkeldiefstallen', '2,1', '1,9', '1,7', '1,8']]);
      const doc = parseChapter(text);
      assert.equal(doc.tables[0].kind, 'series');
      assert.deepEqual(only('table-columns', text, {}), []);
    });

    it('reports a year after the document year', () => {
      const text = withTable('rekening', 2017, header, [['Winkeldiefstallen', '2,1', '1,9', '1,7', '1,8']]);
      assert.deepEqual(only('table-columns', text, {}), [
        {
          rule: 'table-columns',
          range: '13:36-13:40',
          message: "De kolom '2018' ligt na 2017, het jaar van dit document: een reeks bevat alleen metingen.",
        },
      ]);
    });

    it('a trend word in a series is a measurement error', () => {
      const text = withTable('rekening', 2018, header, [['Winkeldiefstallen', '2,1', '1,9', 'Afname', '1,8']]);
      assert.deepEqual(
        only('trend-in-behaald', text, {}).map((f) => f.message),
        ["'Afname' is een streefwaarde, geen resultaat. In de kolom '2017' hoort de gemeten waarde, of '-' als die er niet is."],
      );
    });

    it('seriesFutureRole: later years of a begroting series are targets (Realisatie / Prognose/streefwaarden)', () => {
      const years = ['Nr.', '2017', '2018', '2019', '2020', '2021', '2022'];
      const text = withTable('begroting', 2020, ['Indicator', ...years.slice(1)], [['Winkeldiefstallen', '2,1', '1,9', '1,7', '1,6', 'Afname', '1,4']]);
      // By default a series holds measurements: every later year is reported, and the trend word too.
      assert.deepEqual(only('table-columns', text, {}).map((f) => f.message), [
        "De kolom '2021' ligt na 2020, het jaar van dit document: een reeks bevat alleen metingen.",
        "De kolom '2022' ligt na 2020, het jaar van dit document: een reeks bevat alleen metingen.",
      ]);
      assert.equal(only('trend-in-behaald', text, {}).length, 1);
      const config: Config = { vocabulary: { seriesFutureRole: 'target' } };
      assert.deepEqual(only('table-columns', text, config), []);
      assert.deepEqual(only('trend-in-behaald', text, config), []);
      const doc = parseChapter(text, { vocabulary: settingsFromConfig(config).vocabulary });
      assert.deepEqual(doc.tables[0].columns.map((c) => c.role ?? null), [null, null, null, null, 'target', 'target']);
      // A trend word in a year up to the document's year is still a measurement error.
      const past = withTable('begroting', 2020, ['Indicator', ...years.slice(1)], [['Winkeldiefstallen', '2,1', 'Toename', '1,7', '1,6', '1,5', '1,4']]);
      assert.deepEqual(only('trend-in-behaald', past, config).map((f) => f.message), [
        "'Toename' is een streefwaarde, geen resultaat. In de kolom '2018' hoort de gemeten waarde, of '-' als die er niet is.",
      ]);
    });

    it('note rows (Eenheid:, Bron:, Toelichting:) under an indicator hold text, once per indicator', () => {
      const rows = [
        ['Verwijzingen Halt', '', '', '', ''],
        ['Gemeente', '110', '98', '105', '101'],
        ['Eenheid:', 'Aantal per 10.000 jongeren', '', '', ''],
        ['Bron:', 'Bureau Halt', '', '', ''],
        ['Winkeldiefstallen', '', '', '', ''],
        ['Gemeente', '2,1', '1,9', '1,7', '1,8'],
        ['Eenheid:', 'Aantal per 1.000 inwoners', '', '', ''],
        ['Bron:', 'CBS', '', '', ''],
      ];
      const config: Config = { profile: 'werkelijk-begroting' };
      const text = withTable('rekening', 2018, header, rows);
      const doc = parseChapter(text, { vocabulary: settingsFromConfig(config).vocabulary });
      assert.deepEqual(doc.tables[0].rows.map((r) => r.note ?? (r.group ? 'group' : '')), ['group', '', 'unit', 'source', 'group', '', 'unit', 'source']);
      assert.deepEqual(only('value-format', text, config), []);
      assert.deepEqual(only('indicator-duplicate', text, config), []);
      // Under Groningen's defaults `Bron` is no column word: the row is an indicator with values to check.
      assert.ok(only('value-format', text, {}).length > 0);
    });

    it('a row with only a label is a group row', () => {
      const text = withTable('rekening', 2018, header, [['Haren', '', '', '', ''], ['Winkeldiefstallen', '2,1', '1,9', '1,7', '1,8']]);
      const doc = parseChapter(text);
      assert.deepEqual(doc.tables[0].rows.map((r) => r.group === true), [true, false]);
    });

    it('group rows: their empty cells are no missing values, and sub-rows repeat per group', () => {
      const rows = [
        ['Verwijzingen Halt', '', '', '', ''],
        ['Gemeente', '110', '98', '105', '101'],
        ['Nederland', '125', '120', '118', '115'],
        ['Winkeldiefstallen', '', '', '', ''],
        ['Gemeente', '2,1', '1,9', '1,7', '1,8'],
        ['Nederland', '2,4', '2,3', '2,2', '2,2'],
        ['Gemeente', '2,1', '1,9', '1,7', '1,8'],
      ];
      const text = withTable('rekening', 2018, header, rows);
      assert.deepEqual(only('value-format', text, {}), []);
      assert.deepEqual(only('indicator-duplicate', text, {}).map((f) => [f.range.split(':')[0], f.message]), [
        ['21', "De indicator 'Gemeente' staat al in deze tabel (regel 19)."],
      ]);
    });
  });

  describe('BBV table with Eenheid and Bron', () => {
    const header = ['Indicator', 'Eenheid', 'Bron', '2017', '2018', '2019'];
    const text = withTable('rekening', 2019, header, [['Banen', 'per 1.000 inwoners 15-64 jaar', 'LISA', '702,1', '710,3', '715,0']]);

    it('the descriptive columns are accepted anywhere with the bbv profile', () => {
      const doc = parseChapter(text, { vocabulary: settingsFromConfig({ profile: 'bbv' }).vocabulary });
      assert.equal(doc.tables[0].kind, 'series');
      assert.deepEqual(
        doc.tables[0].columns.map((c) => [c.header, c.role, c.descriptive === true]),
        [
          ['Eenheid', 'unit', true],
          ['Bron', 'source', true],
          ['2017', 'realised', false],
          ['2018', 'realised', false],
          ['2019', 'realised', false],
        ],
      );
      assert.deepEqual(only('table-columns', text, { profile: 'bbv' }), []);
    });

    it('Indicator | Eenheid | Periode | Werkelijk | Bron is a series too', () => {
      const other = withTable('rekening', 2019, ['Indicator', 'Eenheid', 'Periode', 'Werkelijk', 'Bron'], [['Banen', 'per 1.000 inwoners', '2019', '715,0', 'LISA']]);
      const doc = parseChapter(other, { vocabulary: settingsFromConfig({ profile: 'bbv' }).vocabulary });
      assert.equal(doc.tables[0].kind, 'series');
      assert.deepEqual(only('table-columns', other, { profile: 'bbv' }), []);
    });
  });

  it('headers with the year first, glued, or over two lines are read', () => {
    const vocabulary = settingsFromConfig({ profile: 'realisatie-doel', vocabulary: { columns: { realised: ['R'] } } }).vocabulary;
    assert.deepEqual(
      ['2018 Realisatie', 'R2016', 'Werkelijk<br>2017', 'Streef-<br>waarde 2020', 'Nulmeting'].map((h) => {
        const r = vocabulary.readHeader(h.replace(/<br>/g, '    '));
        return r && [r.role, r.word, r.year];
      }),
      [
        ['realised', 'Realisatie', 2018],
        ['realised', 'R', 2016],
        ['realised', 'Werkelijk', 2017],
        ['target', 'Streefwaarde', 2020],
        ['baseline', 'Nulmeting', undefined],
      ],
    );
  });

  it('an unknown profile is a configuration error', () => {
    const { problems } = parseConfigText('{ "profile": "utrecht" }');
    assert.ok(problems.length >= 1);
    assert.ok(problems.every((p) => p.key === 'profile'), JSON.stringify(problems));
  });
});

import { parseConfig } from '../../../server/src/service/index.js';
function parseConfigText(text: string) {
  return parseConfig(text);
}
