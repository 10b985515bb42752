/** The chapter skeleton of *New chapter from template* and the snippets: they lint clean. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { belongsTo, chapterTemplate, splitBeleidsveld, splitProgramme } from '../../client/src/template.js';
import { brief, lint } from '../helpers/service.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('client: chapter template', () => {
  const answers = {
    programme: '4',
    programmeTitle: 'Welzijn, gezondheid en zorg',
    beleidsveld: '4.2.1',
    beleidsveldTitle: 'Ondersteunende voorzieningen',
  };

  it('writes a rekening with the layout Behaald Y-1 | Beoogd Y | Behaald Y and its required sections', () => {
    const { text } = chapterTemplate({ ...answers, kind: 'rekening', year: 2018 });
    assert.equal(
      text,
      [
        '---',
        'document: rekening',
        'jaar: 2018',
        'programma: 4',
        '---',
        '',
        '# Programma 4: Welzijn, gezondheid en zorg',
        '',
        '## 4.2.1 Ondersteunende voorzieningen',
        '',
        'Beschrijf hier het beleidsveld. Als er geen gegevens beschikbaar zijn staat er een streepje.',
        '',
        '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
        '| --- | --- | --- | --- |',
        '| Naam van de indicator | - | - | - |',
        '',
        '### Wat wilden we bereiken in 2018?',
        '',
        'Tekst.',
        '',
        '### Wat hebben we hiervoor gedaan?',
        '',
        'Tekst.',
        '',
      ].join('\n'),
    );
  });

  it('writes a begroting with Beoogd Y and its required sections', () => {
    const { text } = chapterTemplate({ ...answers, kind: 'begroting', year: 2019 });
    const lines = text.split('\n');
    assert.ok(lines.includes('| Prestatie-indicatoren | Beoogd 2019 |'));
    assert.deepEqual(
      lines.filter((l) => l.startsWith('### ')),
      ['### Wat willen we bereiken in 2019?', '### Wat gaan we hiervoor doen?'],
    );
  });

  for (const kind of ['rekening', 'begroting'] as const) {
    it(`a new ${kind} has no findings`, () => {
      const { text } = chapterTemplate({ ...answers, kind, year: 2019 });
      assert.deepEqual(lint(text).map((f) => brief(f)), []);
    });
  }

  it('without titles, puts placeholders that still lint clean', () => {
    const { text } = chapterTemplate({ ...answers, programmeTitle: '', beleidsveldTitle: ' ', kind: 'rekening', year: 2020 });
    assert.ok(text.includes('# Programma 4: Titel van het programma\n'));
    assert.ok(text.includes('## 4.2.1 Titel van het beleidsveld\n'));
    assert.deepEqual(lint(text).map((f) => brief(f)), []);
  });

  it('the snippet has the same text, with tab stops on the placeholders and the final cursor at the end', () => {
    const { text, snippet } = chapterTemplate({ ...answers, programmeTitle: '', kind: 'rekening', year: 2018 });
    assert.ok(snippet.includes('# Programma 4: ${1:Titel van het programma}\n'));
    assert.ok(snippet.includes('${2:Beschrijf hier het beleidsveld.} Als er'));
    assert.ok(snippet.includes('| ${3:Naam van de indicator} | - | - | - |'));
    assert.ok(snippet.endsWith('${5:Tekst.}\n$0'));
    assert.equal(expandSnippet(snippet), text);
  });

  it('escapes $ and } of the answers in the snippet', () => {
    const { snippet } = chapterTemplate({ ...answers, programmeTitle: 'Kosten $ {x}', kind: 'begroting', year: 2019 });
    assert.ok(snippet.includes('# Programma 4: Kosten \\$ {x}\n'));
  });

  it('reads the programme and beleidsveld answers', () => {
    assert.deepEqual(splitProgramme('4 Welzijn, gezondheid en zorg'), { number: '4', title: 'Welzijn, gezondheid en zorg' });
    assert.deepEqual(splitProgramme('Programma 12: Wonen'), { number: '12', title: 'Wonen' });
    assert.deepEqual(splitProgramme('7'), { number: '7', title: '' });
    assert.equal(splitProgramme('Welzijn'), undefined);
    assert.deepEqual(splitBeleidsveld('4.2.1 Ondersteunende voorzieningen'), { number: '4.2.1', title: 'Ondersteunende voorzieningen' });
    assert.deepEqual(splitBeleidsveld('4.2.'), { number: '4.2', title: '' });
    assert.equal(splitBeleidsveld('4 Welzijn'), undefined);
    assert.equal(belongsTo('4.2.1', '4'), true);
    assert.equal(belongsTo('4.2.1', '04'), true);
    assert.equal(belongsTo('5.2.1', '4'), false);
  });
});

describe('client: snippets', () => {
  const snippets = JSON.parse(readFileSync(`${ROOT}snippets/programmalint.code-snippets`, 'utf8')) as Record<
    string,
    { prefix: string[]; body: string[]; description: string }
  >;

  it('has a chapter skeleton and an indicator table for each kind', () => {
    assert.deepEqual(Object.keys(snippets).sort(), [
      'Hoofdstuk begroting',
      'Hoofdstuk rekening',
      'Indicatorentabel begroting',
      'Indicatorentabel rekening',
    ]);
  });

  for (const name of ['Hoofdstuk rekening', 'Hoofdstuk begroting']) {
    it(`${name}, expanded with its defaults, has no findings`, () => {
      const text = expandSnippet(snippets[name].body.join('\n')) + '\n';
      assert.deepEqual(lint(text).map((f) => brief(f)), []);
    });
  }

  for (const [name, kind, year] of [
    ['Indicatorentabel rekening', 'rekening', 2018],
    ['Indicatorentabel begroting', 'begroting', 2019],
  ] as const) {
    it(`${name}, expanded with its defaults into a ${kind} ${year}, has no findings`, () => {
      const skeleton = chapterTemplate({
        programme: '4',
        programmeTitle: 'Welzijn',
        beleidsveld: '4.2.1',
        beleidsveldTitle: 'Ondersteuning',
        kind,
        year,
      }).text;
      const lines = skeleton.split('\n');
      const start = lines.findIndex((l) => l.startsWith('| Prestatie-indicatoren'));
      lines.splice(start, 3, ...expandSnippet(snippets[name].body.join('\n')).trimEnd().split('\n'));
      assert.deepEqual(lint(lines.join('\n')).map((f) => brief(f)), []);
    });
  }
});

/**
 * Expands the snippet syntax these files use — `${n:default}`, `${n|a,b|}`, `${n}`, `$0` and the
 * escapes `\$`, `\}` — with the defaults (the first choice), as the editor does before any typing.
 */
function expandSnippet(snippet: string): string {
  const values = new Map<string, string>();
  const unescape = (s: string) => s.replace(/\\([$}\\])/g, '$1');
  for (const m of snippet.matchAll(/\$\{(\d+):((?:\\.|[^}\\])*)\}/g)) values.set(m[1], unescape(m[2]));
  for (const m of snippet.matchAll(/\$\{(\d+)\|([^,|]*)[^}]*\|\}/g)) values.set(m[1], m[2]);
  const expanded = snippet
    .replace(/\$\{(\d+):((?:\\.|[^}\\])*)\}/g, (_, _n: string, d: string) => `\u0000${unescape(d)}\u0001`)
    .replace(/\$\{(\d+)\|([^,|]*)[^}]*\|\}/g, (_, _n: string, first: string) => first)
    .replace(/\$\{(\d+)\}/g, (_, n: string) => values.get(n) ?? '')
    .replace(/\$0/g, '')
    .replace(/\\([$}\\])/g, '$1')
    .replace(/[\u0000\u0001]/g, '');
  assert.doesNotMatch(expanded, /\$\{|\$\d/, 'every tab stop is expanded');
  return expanded;
}
