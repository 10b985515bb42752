/** The report model: indicators over the years, statuses as target-attainment decides them, sources. */
import assert from 'node:assert/strict';
import { chapter } from '../../helpers/service.js';
import { base, fixtureIndex } from '../workspace/workspace-helpers.js';
import { indicator, indicators, reportOf, statuses, workspaceReport, yearOf } from './report-helpers.js';

/** A chapter of beleidsveld 3.1.1 with one table (`header` and `rows` as cells). */
function tableChapter(kind: 'begroting' | 'rekening', year: number, header: string[], rows: string[][], extra: string[] = []): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return chapter(
    '---',
    `document: ${kind}`,
    `jaar: ${year}`,
    'programma: 3',
    '---',
    '',
    '# Programma 3: Duurzaamheid',
    '',
    '## 3.1.1 Groen en water',
    '',
    'Met deze indicatoren volgen we de voortgang. Als er geen gegevens beschikbaar zijn staat er een streepje.',
    '',
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
    '',
    ...extra,
  );
}

describe('report: the model', () => {
  describe('the cross-document test workspace', () => {
    const model = workspaceReport();

    it('groups the indicators per programme and beleidsveld, in the order of the most recent chapter', () => {
      assert.deepEqual(
        model.programmes.map((p) => ({ number: p.number, title: p.title, fields: p.beleidsvelden.map((b) => `${b.number} ${b.title}`) })),
        [{ number: '4', title: 'Welzijn, gezondheid en zorg', fields: ['4.2.1 Ondersteunende voorzieningen', '4.2.2 Specialistische zorgvoorzieningen'] }],
      );
      assert.deepEqual(
        model.programmes[0].beleidsvelden[0].indicators.map((i) => i.name),
        [
          '% bewoners dat zegt dat de geboden ondersteuning past bij de hulpvraag',
          'Aantal geïndiceerde vervoer- en woonvoorzieningen (Wmo)',
          '% bewoners dat zegt dat de kwaliteit van de geboden ondersteuning goed is',
          '% hulpvragen dat is verwezen naar sociale basisvoorzieningen',
          '% inwoners dat het ondersteuningsplan zelf of met informele ondersteuning uitvoert',
          'Aantal meldingen bij het WIJ-team',
          'Aantal geïndiceerde vervoer- en woonvoorzieningen',
        ],
      );
    });

    it('has a row per year with the values as written and where they stand', () => {
      const ind = indicator(model, '% bewoners dat zegt dat de geboden');
      assert.deepEqual(ind.columns, [
        { role: 'target', word: 'Beoogd' },
        { role: 'realised', word: 'Behaald' },
      ]);
      assert.deepEqual(
        ind.years.map((y) => [y.year, y.values.target?.text ?? '', y.values.realised?.text ?? '']),
        [
          [2016, '', '66%'],
          [2017, 'Toename', '68%'],
          [2018, '>70%', '71%'],
          [2019, '> 70%', '72%'],
          [2020, '', '69%'],
          [2021, 'Toename', '74%'],
        ],
      );
      const realised2018 = yearOf(ind, 2018).values.realised;
      assert.equal(realised2018.header, 'Behaald 2018');
      assert.deepEqual({ file: realised2018.source.file, line: realised2018.source.line }, { file: 'rekening-2018-4.2.1.md', line: 17 });
      // The rekening of 2017 speaks for 2017; the rekening 2018 repeats 68% with an annotation.
      assert.equal(yearOf(ind, 2017).values.realised.source.file, 'rekening-2017-4.2.1.md');
      assert.equal(ind.percent, true);
      assert.deepEqual({ file: ind.source.file, line: ind.source.line }, { file: 'rekening-2021-4.2.1.md', line: 17 });
    });

    it('keeps what other chapters say differently about the same year', () => {
      const quality = indicator(model, '% bewoners dat zegt dat de kwaliteit');
      const realised2017 = yearOf(quality, 2017).values.realised;
      assert.equal(realised2017.text, '64%');
      assert.deepEqual(realised2017.others?.map((o) => [o.text, o.source.file, o.source.line]), [['61%', 'rekening-2018-4.2.1.md', 18]]);
      const referrals = indicator(model, '% hulpvragen');
      assert.equal(yearOf(referrals, 2018).values.target.text, 'Gelijk');
      assert.deepEqual(yearOf(referrals, 2018).values.target.others?.map((o) => [o.text, o.source.file]), [['toename', 'begroting-2018-4.2.1.md']]);
      // The same value in two chapters is not a difference.
      assert.equal(yearOf(quality, 2018).values.realised.others, undefined);
    });

    it('decides each year as target-attainment does, and counts the statuses per programme', () => {
      assert.deepEqual(statuses(indicator(model, '% bewoners dat zegt dat de geboden')), [
        '2016: -',
        '2017: met',
        '2018: met',
        '2019: met',
        '2020: -',
        '2021: met',
      ]);
      const referrals = indicator(model, '% hulpvragen');
      assert.deepEqual(statuses(referrals), ['2016: -', '2017: -', '2018: not-met', '2019: met']);
      assert.equal(yearOf(referrals, 2018).message, 'Doel niet gehaald: Beoogd 2018 is Gelijk ten opzichte van 57% (Behaald 2017), Behaald 2018 is 58%.');
      assert.deepEqual(
        { file: yearOf(referrals, 2018).statusSource?.file, line: yearOf(referrals, 2018).statusSource?.line },
        { file: 'rekening-2018-4.2.1.md', line: 19 },
      );
      assert.deepEqual(model.programmes[0].counts, { met: 11, 'not-met': 1, 'not-measurable': 1, 'no-data': 0 });
      assert.deepEqual(model.counts, model.programmes[0].counts);
    });

    it('agrees with every target-attainment finding of the rekeningen', () => {
      const index = fixtureIndex();
      const rows = indicators(model).flatMap((i) => i.years);
      let compared = 0;
      for (const uri of index.uris()) {
        const doc = index.get(uri)!;
        if (doc.kind !== 'rekening') continue;
        const findings = index.lint(uri).filter((f) => f.rule === 'target-attainment');
        for (const row of rows.filter((r) => r.statusSource?.file === base(uri) && r.year === doc.year)) {
          const finding = findings.find((f) => f.range.start.line + 1 === row.statusSource!.line);
          // No finding: met; otherwise the finding's verdict, the first words of its message.
          const status = !finding ? 'met' : finding.message.startsWith('Doel niet gehaald') ? 'not-met' : 'not-measurable';
          assert.equal(status, row.status, `${base(uri)}:${row.statusSource!.line}`);
          if (finding) assert.equal(row.message, finding.message);
          compared++;
        }
        // And no finding is left without its row.
        for (const f of findings) assert.ok(rows.some((r) => r.statusSource?.file === base(uri) && r.statusSource.line === f.range.start.line + 1));
      }
      assert.equal(compared, 12);
    });

    it('assesses a year without its rekening from the other chapters', () => {
      // Toename in the begroting 2018, 35% in the rekening 2019 (Behaald 2018), nothing for 2017.
      const plan = indicator(model, '% inwoners dat het ondersteuningsplan');
      assert.deepEqual(statuses(plan), ['2018: not-measurable', '2019: met']);
      assert.equal(
        yearOf(plan, 2018).message,
        'Doel niet meetbaar: Beoogd 2018 is toename, Behaald 2018 is 35%, maar de tabel heeft geen kolom Behaald 2017 om mee te vergelijken.',
      );
      assert.equal(yearOf(plan, 2018).statusSource?.file, 'rekening-2019-4.2.md');
    });

    it('lists the cross-document findings, and attaches each to its indicator', () => {
      assert.deepEqual(
        model.crossFindings.map((f) => `${f.source.file}:${f.source.line} ${f.rule}`),
        [
          'rekening-2018-4.2.1.md:15 cross-indicators',
          'rekening-2018-4.2.1.md:18 cross-behaald',
          'rekening-2018-4.2.1.md:19 cross-behaald',
          'rekening-2018-4.2.1.md:19 cross-beoogd',
          'rekening-2018-4.2.1.md:20 cross-indicators',
        ],
      );
      assert.deepEqual(
        model.crossFindings[3].related.map((r) => `${r.source.file}:${r.source.line} ${r.message}`),
        ['begroting-2018-4.2.1.md:19 Beoogd 2018 in de begroting 2018'],
      );
      assert.deepEqual(indicator(model, '% hulpvragen').findings.map((f) => f.rule), ['cross-behaald', 'cross-beoogd']);
      assert.deepEqual(indicator(model, '% bewoners dat zegt dat de geboden').findings, []);
    });

    it('gives the footnotes of the name and the cells with their texts', () => {
      assert.deepEqual(
        indicator(model, '% bewoners dat zegt dat de geboden').footnotes.map((f) => [f.numeral, f.text, f.source.line]),
        [
          ['I', 'In de voorgaande Rekening is deze uitkomstmaat anders gedefinieerd.', 23],
          ['II', 'Gemeten over het hele jaar; over het tweede halfjaar was het 67%.', 25],
        ],
      );
    });

    it('charts the realised numbers with the targets, percentages on a 0–100 axis', () => {
      const chart = indicator(model, '% bewoners dat zegt dat de geboden').chart;
      assert.deepEqual(
        { unit: chart.unit, min: chart.min, max: chart.max, from: chart.fromYear, to: chart.toYear },
        { unit: '%', min: 0, max: 100, from: 2016, to: 2021 },
      );
      assert.deepEqual(chart.points.map((p) => [p.year, p.value]), [
        [2016, 66],
        [2017, 68],
        [2018, 71],
        [2019, 72],
        [2020, 69],
        [2021, 74],
      ]);
      assert.deepEqual(chart.targets, [
        { year: 2017, direction: 'up' },
        { year: 2018, value: 70, comparator: '>' },
        { year: 2019, value: 70, comparator: '>' },
        { year: 2021, direction: 'up' },
      ]);
      // Numbers without a unit get a rounded axis above the largest value.
      const provisions = indicator(model, 'Aantal geïndiceerde vervoer- en woonvoorzieningen (Wmo)').chart;
      assert.deepEqual([provisions.min, provisions.max, provisions.unit], [0, 20000, undefined]);
      assert.deepEqual(provisions.points.map((p) => p.value), [14823, 14134, 13900, 13400, 13100]);
    });

    it('names the chapters it read, with their errors and warnings', () => {
      assert.deepEqual(
        model.documents.map((d) => `${d.file} ${d.kind} ${d.year} ${d.errors}/${d.warnings}`),
        [
          'begroting-2018-4.2.1.md begroting 2018 0/0',
          'begroting-2019-4.2.1.md begroting 2019 0/0',
          'rekening-2017-4.2.1.md rekening 2017 0/0',
          'rekening-2018-4.2.1.md rekening 2018 0/4',
          'rekening-2019-4.2.md rekening 2019 0/0',
          'rekening-2021-4.2.1.md rekening 2021 0/0',
        ],
      );
    });

    it('writes its own texts in English with --lang en', () => {
      const en = workspaceReport('en');
      assert.equal(en.locale, 'en');
      assert.equal(
        yearOf(indicator(en, '% hulpvragen'), 2018).message,
        'Target not met: Beoogd 2018 is Gelijk compared with 57% (Behaald 2017), Behaald 2018 is 58%.',
      );
    });
  });

  describe('statuses beyond the workspace', () => {
    it('a target without any realised value is no data', () => {
      const model = reportOf({
        'begroting-2022.md': tableChapter('begroting', 2022, ['Indicator', 'Beoogd 2022'], [['Aantal bomen', '1.200'], ['Aantal vijvers', '-']]),
      });
      assert.deepEqual(statuses(indicator(model, 'Aantal bomen')), ['2022: no-data']);
      assert.equal(yearOf(indicator(model, 'Aantal bomen'), 2022).message, 'Geen gegevens: er is geen realisatie over 2022.');
      // No target: nothing to attain, no status.
      assert.deepEqual(statuses(indicator(model, 'Aantal vijvers')), ['2022: -']);
      assert.deepEqual(model.counts, { met: 0, 'not-met': 0, 'not-measurable': 0, 'no-data': 1 });
    });

    it('a trend word or an invalid value as the result is not measurable', () => {
      const model = reportOf({
        'rekening-2021.md': tableChapter(
          'rekening',
          2021,
          ['Indicator', 'Behaald 2020', 'Beoogd 2021', 'Behaald 2021'],
          [
            ['Aantal bomen', '1.000', '1.200', 'Toename'],
            ['% groen dak', '10%', '12%', '12.5%'],
            ['Aantal vijvers', '3', '4', '5'],
            ['Aantal paden', 'veel', 'Toename', '5'],
          ],
        ),
      });
      assert.deepEqual(statuses(indicator(model, 'Aantal bomen')), ['2020: -', '2021: not-measurable']);
      assert.equal(yearOf(indicator(model, 'Aantal bomen'), 2021).message, 'Doel niet meetbaar: Beoogd 2021 is 1.200, maar "Toename" is geen geldige meting.');
      assert.deepEqual(statuses(indicator(model, '% groen dak')), ['2020: -', '2021: not-measurable']);
      assert.deepEqual(statuses(indicator(model, 'Aantal vijvers')), ['2020: -', '2021: met']);
      assert.equal(
        yearOf(indicator(model, 'Aantal paden'), 2021).message,
        'Doel niet meetbaar: Beoogd 2021 is Toename, maar Behaald 2020 is geen geldige meting om mee te vergelijken.',
      );
    });
  });

  describe('other layouts', () => {
    it('shows every value column of the configured layout, and the columns without a year once', () => {
      const model = reportOf(
        {
          'begroting-2020.md': tableChapter(
            'begroting',
            2020,
            ['Indicator', 'Bron', 'Nulmeting', 'Realisatie 2018', 'Verwacht 2019', 'Doel 2020', 'Doel 2022'],
            [['Aantal bezoekers milieustraat', 'Eigen registratie', '11.000', '12.400', '12.000', '12.500', '13.000']],
          ),
        },
        { config: { profile: 'realisatie-doel' } },
      );
      const ind = indicator(model, 'Aantal bezoekers');
      assert.deepEqual(ind.columns, [
        { role: 'target', word: 'Doel' },
        { role: 'forecast', word: 'Verwacht' },
        { role: 'realised', word: 'Realisatie' },
      ]);
      assert.deepEqual(
        ind.years.map((y) => [y.year, ...ind.columns.map((c) => y.values[c.role]?.text ?? '')]),
        [
          [2018, '', '', '12.400'],
          [2019, '', '12.000', ''],
          [2020, '12.500', '', ''],
          [2022, '13.000', '', ''],
        ],
      );
      assert.deepEqual(ind.details.map((d) => [d.role, d.header, d.text]), [
        ['source', 'Bron', 'Eigen registratie'],
        ['baseline', 'Nulmeting', '11.000'],
      ]);
      assert.deepEqual(statuses(ind), ['2018: -', '2019: -', '2020: no-data', '2022: no-data']);
    });
  });

  describe('robustness', () => {
    it('never throws on chapters without numbers, tables or front matter', () => {
      const model = reportOf({
        'leeg.md': '',
        'tekst.md': '# Alleen tekst\n\nGeen tabel.\n',
        'los.md': chapter('| Indicator | Beoogd 2020 |', '| --- | --- |', '| Aantal | 5 |', '| | |', '| Nog een | > 3 |'),
      });
      assert.deepEqual(model.documents.map((d) => d.file), ['los.md']);
      assert.deepEqual(
        model.programmes.map((p) => [p.id, p.number, p.beleidsvelden.map((b) => b.number)]),
        [['p-', undefined, [undefined]]],
      );
      assert.deepEqual(indicators(model).map((i) => i.name), ['Aantal', 'Nog een']);
    });
  });
});
