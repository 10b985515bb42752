import assert from 'node:assert/strict';
import { fixChapter, parseChapter, settingsFromConfig } from '../../../server/src/service/index.js';
import { brief, chapter, findingsOf, lint, ruleFindings } from '../../helpers/service.js';

const RULE = 'kind-inferred';

const REKENING_TABLE = [
  '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
  '| --- | --- | --- | --- |',
  '| Aantal voorzieningen | 10 | 12 | 13 |',
  '',
];
const BEGROTING_TABLE = ['| Prestatie-indicatoren | Beoogd 2019 |', '| --- | --- |', '| Aantal voorzieningen | 12 |', ''];

const only = (text: string, options: Parameters<typeof lint>[1] = {}) => ruleFindings(RULE, text, options);

function point(line: number, character: number) {
  return { start: { line, character }, end: { line, character } };
}

describe('kind-inferred', () => {
  describe('inference', () => {
    it('reports the inferred kind and year on line 1, with a fix that adds front matter', () => {
      const text = chapter('# Programma 4: Welzijn', '', '## 4.2.1 Ondersteunende voorzieningen', '', ...REKENING_TABLE, '### Wat wilden we bereiken in 2018?');
      const findings = only(text);
      assert.deepEqual(findings.map((f) => brief(f, true)), [
        {
          rule: RULE,
          range: '1:1-1:23',
          message:
            'Geen front matter: dit hoofdstuk is gelezen als rekening 2018 (afgeleid uit de kolomkoppen en de standaardvragen). Voeg front matter toe om dat vast te leggen.',
          severity: 'info',
        },
      ]);
      assert.deepEqual(findings[0].fixes, [
        {
          title: 'Voeg front matter toe',
          safe: false,
          edits: [{ range: point(0, 0), newText: '---\ndocument: rekening\njaar: 2018\nprogramma: 4\n---\n\n' }],
        },
      ]);
    });

    it('names only the sources that gave the inference, and takes the programme from a beleidsveld number', () => {
      const text = chapter('## 4.2.1 Ondersteunende voorzieningen', '', ...BEGROTING_TABLE);
      const findings = only(text);
      assert.deepEqual(findings.map((f) => f.message), [
        'Geen front matter: dit hoofdstuk is gelezen als begroting 2019 (afgeleid uit de kolomkoppen). Voeg front matter toe om dat vast te leggen.',
      ]);
      assert.equal(findings[0].fixes[0].edits[0].newText, '---\ndocument: begroting\njaar: 2019\nprogramma: 4\n---\n\n');
    });

    it('leaves out the programme when no heading gives it, and keeps CRLF line ends', () => {
      const text = ['### Wat willen we bereiken in 2020?', '', '### Wat gaan we daarvoor doen?', ''].join('\r\n');
      const findings = only(text);
      assert.deepEqual(findings.map((f) => [brief(f).range, f.message]), [
        [
          '1:1-1:36',
          'Geen front matter: dit hoofdstuk is gelezen als begroting 2020 (afgeleid uit de standaardvragen). Voeg front matter toe om dat vast te leggen.',
        ],
      ]);
      assert.equal(findings[0].fixes[0].edits[0].newText, '---\r\ndocument: begroting\r\njaar: 2020\r\n---\r\n\r\n');
    });

    it('offers no fix when only the kind is known', () => {
      const text = chapter('## 4.2.1 Iets', '', '### Wat hebben we daarvoor gedaan?', '', '### Conclusie');
      const findings = only(text);
      assert.deepEqual(findings.map((f) => f.message), [
        'Geen front matter: dit hoofdstuk is gelezen als rekening (afgeleid uit de standaardvragen). Voeg front matter toe om dat vast te leggen.',
      ]);
      assert.deepEqual(findings[0].fixes, []);
    });

    it('says nothing about a text that gives no kind or year (a README)', () => {
      assert.deepEqual(findingsOf(RULE, chapter('# Over deze map', '', 'Hier staan de hoofdstukken.')), []);
    });

    it('reports what a partial front matter lacks, with a fix that fills it in', () => {
      const text = chapter('---', 'document: rekening', 'programma: 4', '---', '', ...REKENING_TABLE);
      const findings = only(text);
      assert.deepEqual(findings.map((f) => brief(f)), [
        {
          rule: RULE,
          range: '1:1-1:4',
          message: 'De front matter geeft geen jaar; afgeleid uit de kolomkoppen: 2018. Zet het in de front matter om het vast te leggen.',
        },
      ]);
      assert.deepEqual(findings[0].fixes, [
        { title: 'Vul jaar: 2018 in', safe: false, edits: [{ range: point(1, 0), newText: 'jaar: 2018\n' }] },
      ]);
    });

    it('infers a kind the front matter gives wrongly, but leaves the wrong value to frontmatter-schema', () => {
      const text = chapter('---', 'document: jaarrekening', 'jaar: 2018', 'programma: 4', '---', '', ...REKENING_TABLE);
      const findings = only(text, { locale: 'en' });
      assert.deepEqual(findings.map((f) => [brief(f).range, f.message, f.fixes]), [
        [
          '1:1-1:4',
          'The front matter gives no kind (document); inferred from the column headers: rekening. Put it in the front matter to make it explicit.',
          [],
        ],
      ]);
    });

    it('is never applied by fix-all', () => {
      const text = chapter('## 4.2.1 Iets', '', ...REKENING_TABLE);
      const settings = settingsFromConfig(undefined);
      assert.equal(fixChapter(parseChapter(text), settings).text, text);
    });

    it('says it in English when asked', () => {
      const text = chapter('## 4.2.1 Iets', '', ...REKENING_TABLE);
      assert.deepEqual(findingsOf(RULE, text, { locale: 'en' }).map((f) => f.message), [
        'No front matter: this chapter was read as rekening 2018 (inferred from the column headers). Add front matter to make it explicit.',
      ]);
    });
  });

  describe('conflicts', () => {
    const front = (kind: string, year: number) => ['---', `document: ${kind}`, `jaar: ${year}`, 'programma: 4', '---', ''];

    it('reports a rekening table in a begroting, at its Behaald column, as an error', () => {
      const text = chapter(...front('begroting', 2018), ...REKENING_TABLE);
      const findings = only(text);
      assert.deepEqual(findings.map((f) => brief(f, true)), [
        {
          rule: RULE,
          range: '7:56-7:68',
          message: 'Deze tabel heeft de kolommen van een rekening (‘Behaald 2018’ naast Beoogd 2018), maar de front matter zegt begroting.',
          severity: 'error',
        },
      ]);
      assert.deepEqual(
        findings[0].related.map((r) => [r.range, r.message]),
        [[{ start: { line: 1, character: 10 }, end: { line: 1, character: 19 } }, 'De soort in de front matter']],
      );
    });

    it('reports a begroting table in a rekening, at its newest Beoogd column', () => {
      const text = chapter(...front('rekening', 2019), ...BEGROTING_TABLE);
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '7:27-7:38',
          message: 'Deze tabel heeft de kolommen van een begroting (‘Beoogd 2019’ zonder Behaald 2019), maar de front matter zegt rekening.',
        },
      ]);
    });

    it('does not call an unfinished rekening table a begroting, nor report column years', () => {
      const unfinished = chapter(...front('rekening', 2018), '| Indicatoren | Behaald 2017 | Beoogd 2018 |', '| --- | --- | --- |', '| Aantal | 1 | 2 |');
      assert.deepEqual(findingsOf(RULE, unfinished), []);
      const wrongYear = chapter(...front('rekening', 2019), ...REKENING_TABLE);
      assert.deepEqual(findingsOf(RULE, wrongYear), []);
    });

    it('reports a required question of the other kind, at the heading', () => {
      const text = chapter(...front('begroting', 2018), '## 4.2.1 Iets', '', '### Wat wilden we bereiken in 2018?', '', '### Conclusie');
      assert.deepEqual(findingsOf(RULE, text), [
        {
          rule: RULE,
          range: '9:5-9:36',
          message: '‘Wat wilden we bereiken in 2018?’ is een vraag uit een rekening, maar de front matter zegt begroting.',
        },
      ]);
    });

    it('without front matter, reports what contradicts the rest of the chapter', () => {
      const text = chapter('## 4.2.1 Iets', '', ...REKENING_TABLE, '### Wat willen we bereiken in 2018?');
      assert.deepEqual(findingsOf(RULE, text).map((f) => [f.range, f.message]), [
        [
          '1:1-1:14',
          'Geen front matter: dit hoofdstuk is gelezen als rekening 2018 (afgeleid uit de kolomkoppen en de standaardvragen). Voeg front matter toe om dat vast te leggen.',
        ],
        ['7:5-7:36', '‘Wat willen we bereiken in 2018?’ is een vraag uit een begroting, maar de rest van het hoofdstuk wijst op een rekening.'],
      ]);
      assert.equal(only(text)[1].severity, 'error');
    });

    it('says it in English when asked', () => {
      const text = chapter(...front('begroting', 2018), ...REKENING_TABLE, '### Wat hebben we hiervoor gedaan?');
      assert.deepEqual(findingsOf(RULE, text, { locale: 'en' }).map((f) => f.message), [
        'This table has the columns of a rekening (‘Behaald 2018’ next to Beoogd 2018), but the front matter says begroting.',
        '‘Wat hebben we hiervoor gedaan?’ is a heading of a rekening, but the front matter says begroting.',
      ]);
    });
  });
});
