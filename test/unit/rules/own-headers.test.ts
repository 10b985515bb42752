/**
 * Messages quote the chapter's own headers (issue 10): under a profile other than Groningen's,
 * target-attainment, cross-beoogd, cross-behaald and trend-in-behaald name the columns as the
 * chapter writes them (`Doel 2020`, `Realisatie 2019`, `Begroting 2022`), never Beoogd/Behaald.
 */
import assert from 'node:assert/strict';
import type { Config, Finding, Locale } from '../../../server/src/service/index.js';
import { defaultVocabulary, parseChapter, settingsFromConfig } from '../../../server/src/service/index.js';
import { assessTarget } from '../../../server/src/rules/target-attainment.js';
import { WorkspaceIndex } from '../../../server/src/service/workspace.js';
import { brief, chapter, findingsOf } from '../../helpers/service.js';

/** A chapter of beleidsveld 3.1.1 with one table; its header is on line 11, its rows from line 13. */
function withTable(kind: 'begroting' | 'rekening', year: number, header: string[], rows: string[][]): string {
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
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
  );
}

/** The cross findings of the first chapter, in a workspace of all of them under one configuration. */
function crossFindings(config: Config, chapters: Record<string, string>, locale: Locale = 'nl'): Finding[] {
  const settings = settingsFromConfig(config, locale);
  const index = new WorkspaceIndex({ settingsFor: () => settings });
  const uris = Object.keys(chapters).map((name) => `file:///ws/${name}`);
  Object.values(chapters).forEach((text, i) => index.set(uris[i], text));
  return index.lint(uris[0]).filter((f) => f.rule.startsWith('cross-'));
}

const NEVER = /beoogd|behaald/i;

describe('messages quote the chapter’s own headers', () => {
  describe('realisatie-doel: Realisatie 2018 | Verwacht 2019 | Doel 2020 | Doel 2022', () => {
    const config: Config = { profile: 'realisatie-doel' };
    const LABEL = 'Omschrijving indicator/ kengetal';
    const begroting2020 = withTable('begroting', 2020, [LABEL, 'Realisatie 2018', 'Verwacht 2019', 'Doel 2020', 'Doel 2022'], [
      ['Aantal bezoekers milieustraat', '12.400', '12.000', '≥ 12.500', '13.000'],
      ['Rapportcijfer openbaar groen', '6,8', '6,9', '7-7,5', '7,5'],
    ]);
    const rekening2019 = withTable('rekening', 2019, [LABEL, 'Realisatie 2018', 'Doel 2019', 'Realisatie 2019'], [
      ['Aantal bezoekers milieustraat', '12.400', '12.000', '12.100'],
      ['Rapportcijfer openbaar groen', '6,8', '6,8', '6,9'],
    ]);
    const rekening2020 = (rows: string[][]) => withTable('rekening', 2020, [LABEL, 'Realisatie 2019', 'Doel 2020', 'Realisatie 2020'], rows);

    it('target-attainment: Doel 2020 against Realisatie 2020, a range target too', () => {
      const text = rekening2020([
        ['Aantal bezoekers milieustraat', '12.100', '≥ 12.500', '12.300'],
        ['Rapportcijfer openbaar groen', '6,9', '7-7,5', '6,6'],
        ['Aandeel gescheiden afval', '55%', 'Toename', '54%'],
      ]);
      assert.deepEqual(findingsOf('target-attainment', text, { config }), [
        { rule: 'target-attainment', range: '13:55-13:61', message: 'Doel niet gehaald: Doel 2020 is ≥ 12.500, Realisatie 2020 is 12.300.' },
        { rule: 'target-attainment', range: '14:48-14:51', message: 'Doel niet gehaald: Doel 2020 is 7-7,5, Realisatie 2020 is 6,6.' },
        {
          rule: 'target-attainment',
          range: '15:46-15:49',
          message: 'Doel niet gehaald: Doel 2020 is Toename ten opzichte van 55% (Realisatie 2019), Realisatie 2020 is 54%.',
        },
      ]);
      assert.deepEqual(findingsOf('target-attainment', text, { config, locale: 'en' }).map((f) => f.message), [
        'Target not met: Doel 2020 is ≥ 12.500, Realisatie 2020 is 12.300.',
        'Target not met: Doel 2020 is 7-7,5, Realisatie 2020 is 6,6.',
        'Target not met: Doel 2020 is Toename compared with 55% (Realisatie 2019), Realisatie 2020 is 54%.',
      ]);
    });

    it('target-attainment: a missing previous column is named in the chapter’s word', () => {
      const text = withTable('rekening', 2020, [LABEL, 'Doel 2020', 'Realisatie 2020'], [['Aandeel gescheiden afval', 'Toename', '54%']]);
      assert.deepEqual(findingsOf('target-attainment', text, { config }).map((f) => f.message), [
        'Doel niet meetbaar: Doel 2020 is Toename, Realisatie 2020 is 54%, maar de tabel heeft geen kolom Realisatie 2019 om mee te vergelijken.',
      ]);
    });

    it('cross-beoogd: Doel 2020 here against Doel 2020 in the begroting', () => {
      const text = rekening2020([
        ['Aantal bezoekers milieustraat', '12.100', '≥ 12.000', '12.300'],
        ['Rapportcijfer openbaar groen', '6,9', '7-7,5', '7,1'],
      ]);
      const findings = crossFindings(config, { 'rekening-2020.md': text, 'begroting-2020.md': begroting2020, 'rekening-2019.md': rekening2019 });
      assert.deepEqual(
        findings.map((f) => ({ ...brief(f), related: f.related.map((r) => r.message) })),
        [
          {
            rule: 'cross-beoogd',
            range: '13:44-13:52',
            message: 'Doel 2020 is hier "≥ 12.000", maar in de begroting 2020 (begroting-2020.md) "≥ 12.500".',
            related: ['Doel 2020 in de begroting 2020'],
          },
        ],
      );
      assert.ok(!findings.some((f) => NEVER.test(f.message)));
    });

    it('cross-behaald: Realisatie 2019 here against Realisatie 2019 in the rekening 2019', () => {
      const text = rekening2020([
        ['Aantal bezoekers milieustraat', '12.150', '≥ 12.500', '12.600'],
        ['Rapportcijfer openbaar groen', '6,9', '7-7,5', '7,1'],
      ]);
      const findings = crossFindings(config, { 'rekening-2020.md': text, 'begroting-2020.md': begroting2020, 'rekening-2019.md': rekening2019 });
      assert.deepEqual(
        findings.map((f) => ({ ...brief(f), related: f.related.map((r) => r.message) })),
        [
          {
            rule: 'cross-behaald',
            range: '13:35-13:41',
            message:
              'Realisatie 2019 is hier "12.150", maar in de rekening 2019 (rekening-2019.md) "12.100". ' +
              'Licht de correctie toe met een voetnoot of neem de eerdere waarde over.',
            related: ['Realisatie 2019 in de rekening 2019'],
          },
        ],
      );
      const en = crossFindings(config, { 'rekening-2020.md': text, 'begroting-2020.md': begroting2020, 'rekening-2019.md': rekening2019 }, 'en');
      assert.deepEqual(en.map((f) => f.message), [
        'Realisatie 2019 is "12.150" here, but "12.100" in the rekening 2019 (rekening-2019.md). Explain the correction in a footnote or use the earlier value.',
      ]);
    });

    it('cross-behaald: a correction explained by a footnote in the chapter’s own style names its marker as written', () => {
      const styled: Config = { ...config, vocabulary: { footnotes: { styles: ['close-number'] } } } as Config;
      const text =
        rekening2020([['Aantal bezoekers milieustraat', '12.150 )1', '≥ 12.500', '12.600']]) + '\n)1 = Opnieuw geteld met de nieuwe weegbrug.\n';
      const findings = crossFindings(styled, { 'rekening-2020.md': text, 'rekening-2019.md': rekening2019 });
      assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.message]), [
        [
          'cross-behaald',
          'info',
          'Realisatie 2019 is hier "12.150", in de rekening 2019 (rekening-2019.md) "12.100"; de correctie wordt toegelicht in voetnoot )1.',
        ],
      ]);
    });

    it('trend-in-behaald: the column is named by its header', () => {
      const text = rekening2020([['Aandeel gescheiden afval', '55%', 'Toename', 'Toename']]);
      assert.deepEqual(findingsOf('trend-in-behaald', text, { config }).map((f) => f.message), [
        "'Toename' is een streefwaarde, geen resultaat. In de kolom 'Realisatie 2020' hoort de gemeten waarde, of '-' als die er niet is.",
      ]);
    });
  });

  describe('werkelijk-begroting: Werkelijk 2021 | Begroting 2022 | Werkelijk 2022', () => {
    const config: Config = { profile: 'werkelijk-begroting' };
    const header = ['Indicator', 'Werkelijk 2021', 'Begroting 2022', 'Werkelijk 2022'];

    it('target-attainment holds Werkelijk 2022 to Begroting 2022, in those words', () => {
      const text = withTable('rekening', 2022, header, [
        ['Banen per 1.000 inwoners', '702,1', '≥ 705', '701,4'],
        ['Demografische druk', '71%', '≤ 70%', '-'],
        ['Bijstandsuitkeringen', '310', '300', '290 pers'],
      ]);
      assert.deepEqual(findingsOf('target-attainment', text, { config }), [
        { rule: 'target-attainment', range: '13:46-13:51', message: 'Doel niet gehaald: Begroting 2022 is ≥ 705, Werkelijk 2022 is 701,4.' },
        { rule: 'target-attainment', range: '14:38-14:39', message: 'Doel niet meetbaar: Begroting 2022 is ≤ 70%, Werkelijk 2022 is -.' },
        {
          rule: 'target-attainment',
          range: '15:38-15:46',
          message: 'Doel niet meetbaar: Begroting 2022 is 300, Werkelijk 2022 is 290 pers; de eenheden verschillen.',
        },
      ]);
    });

    it('cross-beoogd compares Begroting 2022 with the begroting’s Begroting 2022', () => {
      const rekening = withTable('rekening', 2022, header, [['Banen per 1.000 inwoners', '702,1', '≥ 700', '705']]);
      const begroting = withTable('begroting', 2022, ['Indicator', 'Werkelijk 2020', 'Begroting 2021', 'Begroting 2022'], [
        ['Banen per 1.000 inwoners', '698', '700', '≥ 705'],
      ]);
      assert.deepEqual(crossFindings(config, { 'rekening-2022.md': rekening, 'begroting-2022.md': begroting }).map((f) => brief(f)), [
        {
          rule: 'cross-beoogd',
          range: '13:38-13:43',
          message: 'Begroting 2022 is hier "≥ 700", maar in de begroting 2022 (begroting-2022.md) "≥ 705".',
        },
      ]);
    });

    it('cross-behaald compares Werkelijk 2021 with the rekening 2021', () => {
      const rekening = withTable('rekening', 2022, header, [['Banen per 1.000 inwoners', '702,4', '≥ 700', '705']]);
      const previous = withTable('rekening', 2021, ['Indicator', 'Werkelijk 2020', 'Begroting 2021', 'Werkelijk 2021'], [
        ['Banen per 1.000 inwoners', '698', '700', '702,1'],
      ]);
      assert.deepEqual(crossFindings(config, { 'rekening-2022.md': rekening, 'rekening-2021.md': previous }).map((f) => f.message), [
        'Werkelijk 2021 is hier "702,4", maar in de rekening 2021 (rekening-2021.md) "702,1". ' +
          'Licht de correctie toe met een voetnoot of neem de eerdere waarde over.',
      ]);
    });
  });

  describe('nulmeting-streefwaarde: Nulmeting | Streefwaarde 2023 | Realisatie 2023', () => {
    it('target-attainment names Streefwaarde 2023 and Realisatie 2023', () => {
      const text = withTable('rekening', 2023, ['Indicator', 'Nulmeting', 'Streefwaarde 2023', 'Realisatie 2023'], [
        ['Rapportcijfer voor het groen', '6,8', '≥ 7,0', '6,9'],
      ]);
      assert.deepEqual(findingsOf('target-attainment', text, { config: { profile: 'nulmeting-streefwaarde' } }).map((f) => f.message), [
        'Doel niet gehaald: Streefwaarde 2023 is ≥ 7,0, Realisatie 2023 is 6,9.',
      ]);
    });
  });

  it('the Groningen headers are quoted as written: Beoogd 2018 and Behaald 2018', () => {
    const text = withTable('rekening', 2018, ['Prestatie-indicatoren', 'Behaald 2017', 'Beoogd 2018', 'Behaald 2018'], [['Aantal', '60%', '> 70%', '64%']]);
    assert.deepEqual(findingsOf('target-attainment', text).map((f) => f.message), ['Doel niet gehaald: Beoogd 2018 is > 70%, Behaald 2018 is 64%.']);
  });

  it('a header written with a line break is quoted as one line', () => {
    const text = withTable('rekening', 2020, ['Indicator', 'Realisatie<br>2019', 'Doel<br>2020', 'Realisatie<br>2020'], [['Aantal', '10', '> 12', '11']]);
    assert.deepEqual(findingsOf('target-attainment', text, { config: { profile: 'realisatie-doel' } }).map((f) => f.message), [
      'Doel niet gehaald: Doel 2020 is > 12, Realisatie 2020 is 11.',
    ]);
  });

  it('assessTarget without headers says "de streefwaarde" and "de realisatie"', () => {
    const doc = parseChapter(withTable('rekening', 2018, ['Indicatoren', 'Beoogd 2018', 'Behaald 2018'], [['Aantal', '> 70%', '64%']]));
    const [t, a] = doc.tables[0].rows[0].cells;
    const result = assessTarget(t.value.main, a.value.main, undefined, 'Behaald 2017', doc.text, defaultVocabulary);
    assert.deepEqual(result && [result.message.nl, result.message.en], [
      'Doel niet gehaald: de streefwaarde is > 70%, de realisatie is 64%.',
      'Target not met: the target is > 70%, the result is 64%.',
    ]);
  });
});
