/**
 * Footnote styles are configuration: each style, written as other municipalities publish it, works
 * through the footnote rules, their fixes, `--fix`, renumbering, go to definition and rename.
 */
import assert from 'node:assert/strict';
import { parseCellValue } from '../../server/src/service/cell-value.js';
import {
  type FeatureContext,
  getDefinition,
  getReferences,
  getRenameEdits,
  prepareRename,
  renumberFootnotesEdit,
} from '../../server/src/service/features/index.js';
import {
  applyEdits,
  type ChapterDocument,
  type Config,
  fixChapter,
  parseChapter,
  parseConfig,
  settingsFromConfig,
  toModelJson,
} from '../../server/src/service/index.js';
import { validateModel } from '../../server/src/service/schemas.js';
import { WorkspaceIndex } from '../../server/src/service/workspace.js';
import { applyFix, brief, type Brief, chapter, editsOf, lint } from '../helpers/service.js';

const HEAD = [
  '## 4.2.1 Bestuur en dienstverlening',
  '',
  '| Prestatie-indicatoren | Behaald 2017 | Beoogd 2018 | Behaald 2018 |',
  '| --- | --- | --- | --- |',
];

/** A configuration with these footnote styles (and more footnote settings). */
function styles(names: string[], more: Record<string, unknown> = {}): Config {
  return { vocabulary: { footnotes: { styles: names, ...more } } } as Config;
}

/** The findings of the footnote rules, in brief form. */
function footnotes(text: string, config?: Config): Brief[] {
  return lint(text, { config })
    .filter((f) => f.rule.startsWith('footnote-'))
    .map((f) => brief(f));
}

/** The finding of one rule, whole. */
function finding(rule: string, text: string, config: Config) {
  const found = lint(text, { config }).filter((f) => f.rule === rule);
  assert.equal(found.length, 1, `one ${rule} finding`);
  return found[0];
}

/** What `--fix` makes of a text under a configuration. */
function fixAll(text: string, config?: Config): string {
  const settings = settingsFromConfig(config);
  return fixChapter(parseChapter(text, { vocabulary: settings.vocabulary }), settings).text;
}

/** The document and the feature context of a text under a configuration. */
function features(text: string, config?: Config): { doc: ChapterDocument; ctx: FeatureContext } {
  const settings = settingsFromConfig(config);
  const workspace = new WorkspaceIndex({ settingsFor: () => settings });
  const doc = workspace.set('file:///ws/chapter.md', text);
  return { doc, ctx: { workspace, settings } };
}

/** The text after a workspace edit. */
function applied(doc: ChapterDocument, edit: ReturnType<typeof renumberFootnotesEdit>): string {
  const edits = edit?.changes?.[doc.uri] ?? [];
  return applyEdits(doc.text, edits.map((e) => ({ span: doc.lines.span(e.range), newText: e.newText }))).text;
}

/** A zero-based range written compactly. */
function r(range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** The main value and markers of a cell under a configuration: `[main as written, [style, numeral, label]…]`. */
function cell(raw: string, config?: Config): [string, string, string[][]] {
  const value = parseCellValue(raw, 0, settingsFromConfig(config).vocabulary);
  const main = raw.slice(value.main.span.start, value.main.span.end);
  return [value.main.type, main, value.markers.map((m) => [m.style, m.numeral, m.label])];
}

/** The markers of the indicator names and the plain names, parsed under a configuration. */
function names(text: string, config?: Config): [string, string[]][] {
  const doc = parseChapter(text, { vocabulary: settingsFromConfig(config).vocabulary });
  return doc.tables.flatMap((t) => t.rows.map((row): [string, string[]] => [row.name.plain, row.name.markers.map((m) => m.label)]));
}

describe('footnote styles', () => {
  describe('the default: Roman numerals and asterisks, as in Groningen', () => {
    it('reads no other style: (3) is an annotation, )1 and ¹ are text, 1. is no definition', () => {
      assert.deepEqual(cell('3,7 (3)'), ['quantity', '3,7', []]);
      assert.deepEqual(cell('68% (II)'), ['quantity', '68%', [['roman', 'II', '(II)']]]);
      assert.deepEqual(cell('33 )1')[2], []);
      assert.deepEqual(cell('68%¹')[2], []);
      const text = chapter(...HEAD, '| Banen (22) | 48% | 50% | 49% (1) |', '', '1. Een genummerde zin.');
      assert.deepEqual(names(text), [['Banen (22)', []]]);
      assert.deepEqual(footnotes(text), []);
    });

    it('a list of styles replaces the default: with numbers, (II) is an annotation', () => {
      assert.deepEqual(cell('68% (II)', styles(['number-paren'])), ['quantity', '68%', []]);
      assert.deepEqual(cell('-*', styles(['number-paren'])), ['invalid', '-*', []]);
    });
  });

  describe('number-paren: (1) after names and values, definitions 1. … (Nieuwegein)', () => {
    const config = styles(['number-paren']);
    const clean = chapter(
      ...HEAD,
      '| Waardering van burgers voor het bestuur (1) | 48% | 50% | 49% |',
      '| Waardering van bedrijven (2) | 3,1 | 3,4 | 3,7 (3) |',
      '| Waardering van de dienstverlening | 70%(3) (4) | 75% | 78% |',
      '',
      '1. Percentage dat veel vertrouwen heeft.',
      '2. Gemeten op een schaal van 1 (laag) tot 5 (hoog).',
      '3. Eigen onderzoek.',
      '4. Positief oordeel over de dienstverlening.',
    );

    it('reads the markers, glued or spaced, and the numbered list as definitions', () => {
      assert.deepEqual(cell('70%(3) (4)', config), ['quantity', '70%', [['number-paren', '3', '(3)'], ['number-paren', '4', '(4)']]]);
      assert.deepEqual(names(clean, config).map(([plain, labels]) => [plain, labels.join(' ')]), [
        ['Waardering van burgers voor het bestuur', '(1)'],
        ['Waardering van bedrijven', '(2)'],
        ['Waardering van de dienstverlening', ''],
      ]);
      assert.deepEqual(footnotes(clean, config), []);
      assert.deepEqual(
        footnotes(clean).map((f) => f.rule),
        [],
        'the default does not read (1) as a footnote, so nothing is missing either',
      );
    });

    it('footnote-undefined: reports (2) and adds a stub 2. … that is read as its definition', () => {
      const text = chapter(...HEAD, '| Waardering (1) | 48% (2) | 50% | 49% |', '', '1. Percentage met vertrouwen.');
      const found = finding('footnote-undefined', text, config);
      assert.deepEqual(brief(found), {
        rule: 'footnote-undefined',
        range: '5:24-5:27',
        message: 'De voetnoot (2) heeft geen toelichting in beleidsveld 4.2.1.',
      });
      assert.deepEqual(editsOf(found), [{ range: '7:30-7:30', newText: '\n\n2. …' }]);
      assert.deepEqual(footnotes(applyFix(text, found), config), []);
    });

    it('footnote-unused and footnote-duplicate: at the number of the list item', () => {
      const text = chapter(...HEAD, '| Waardering (1) | 48% | 50% | 49% |', '', '1. Een.', '1. Nog eens een.', '2. Niet gebruikt.');
      assert.deepEqual(footnotes(text, config), [
        {
          rule: 'footnote-duplicate',
          range: '8:1-8:2',
          message: 'De toelichting 1 staat al eerder in beleidsveld 4.2.1, op regel 7.',
        },
        { rule: 'footnote-unused', range: '9:1-9:2', message: 'De toelichting 2 wordt door geen voetnoot in beleidsveld 4.2.1 gebruikt.' },
      ]);
    });

    const disordered = chapter(
      ...HEAD,
      '| Waardering van burgers (2) | 48% | 50% | 49% (1) |',
      '',
      '1. Eerste toelichting.',
      '',
      'Een alinea tussen de toelichtingen.',
      '',
      '2. Tweede toelichting.',
    );
    const ordered = chapter(
      ...HEAD,
      '| Waardering van burgers (1) | 48% | 50% | 49% (2) |',
      '',
      '1. Tweede toelichting.',
      '',
      'Een alinea tussen de toelichtingen.',
      '',
      '2. Eerste toelichting.',
    );

    it('footnote-order: numbers 1, 2, 3… in order of use; the fix, --fix and the command agree', () => {
      const found = finding('footnote-order', disordered, config);
      assert.equal(brief(found).message, 'De voetnoten zijn niet genummerd in volgorde van gebruik: hier hoort (1) te staan, niet (2).');
      assert.equal(applyFix(disordered, found), ordered);
      assert.equal(fixAll(disordered, config), ordered);
      const { doc, ctx } = features(disordered, config);
      assert.equal(applied(doc, renumberFootnotesEdit(doc, null, ctx)), ordered);
      assert.deepEqual(footnotes(ordered, config), []);
      assert.equal(fixAll(disordered), disordered, 'the default style leaves the numbers alone');
    });

    it('footnote-order: definitions out of order are reported with the numbering 1, 2, 3…', () => {
      const text = chapter(...HEAD, '| Waardering (1) | 48% (2) | 50% | 49% |', '', '(2) Twee.', '', '(1) Een.');
      assert.deepEqual(brief(finding('footnote-order', text, config)), {
        rule: 'footnote-order',
        range: '7:2-7:3',
        message: 'De toelichtingen volgen de nummering 1, 2, 3… niet: hier hoort 1 te staan, niet 2.',
      });
      assert.equal(fixAll(text, config), chapter(...HEAD, '| Waardering (1) | 48% (2) | 50% | 49% |', '', '(1) Een.', '', '(2) Twee.'));
    });

    it('go to definition, references and rename follow the numbers', () => {
      const { doc, ctx } = features(clean, config);
      // Line 5 (0-based): `| Waardering van bedrijven (2) | 3,1 | 3,4 | 3,7 (3) |`, (3) at 49-52.
      assert.deepEqual(getDefinition(doc, { line: 5, character: 50 }, ctx).map((l) => r(l.range)), ['10:0-10:19']);
      assert.deepEqual(getReferences(doc, { line: 10, character: 0 }, ctx, true).map((l) => r(l.range)), [
        '5:50-5:51',
        '6:42-6:43',
        '10:0-10:1',
      ]);
      const prepared = prepareRename(doc, { line: 4, character: 43 }, ctx);
      assert.deepEqual(prepared && [r(prepared.range), prepared.placeholder], ['4:43-4:44', '1']);
      assert.equal(getRenameEdits(doc, { line: 4, character: 43 }, 'II', ctx), null, 'a Roman numeral is no number');
      const renamed = applied(doc, getRenameEdits(doc, { line: 4, character: 43 }, '2', ctx));
      assert.equal(
        renamed,
        clean
          .replace('bestuur (1)', 'bestuur (2)')
          .replace('bedrijven (2)', 'bedrijven (1)')
          .replace('1. Percentage dat veel vertrouwen heeft.\n2. Gemeten op een schaal van 1 (laag) tot 5 (hoog).', '1. Gemeten op een schaal van 1 (laag) tot 5 (hoog).\n2. Percentage dat veel vertrouwen heeft.'),
      );
    });

    it('the document model of such a chapter validates against its schema', () => {
      const doc = parseChapter(clean, { vocabulary: settingsFromConfig(config).vocabulary });
      assert.deepEqual(validateModel(toModelJson(doc)), []);
    });
  });

  describe('close-number: )1 after a value, definitions )1 = … (Nieuwegein)', () => {
    const config = styles(['close-number']);
    const text = chapter(
      ...HEAD,
      '| Statushouders gehuisvest | 33 )1 | 38 )2 | Nog niet bekend )3 |',
      '| Tevredenheid (schaal 1-5) | 4,0 | 4 | 3,9 )2 |',
      '',
      ')1 = stand van zaken op 1 september.',
      '',
      ')2 = in verband met de gefaseerde oplevering.',
    );

    it('strips the marker and its space from the main value', () => {
      assert.deepEqual(cell('33 )1', config), ['quantity', '33', [['close-number', '1', ')1']]]);
      assert.deepEqual(cell('Nog niet bekend )3', config)[1], 'Nog niet bekend');
      assert.deepEqual(names(text, config)[1], ['Tevredenheid (schaal 1-5)', []]);
    });

    it('footnote-undefined reports )3 and adds a definition in the form of the others', () => {
      const found = finding('footnote-undefined', text, config);
      assert.deepEqual(brief(found), {
        rule: 'footnote-undefined',
        range: '5:62-5:64',
        message: 'De voetnoot )3 heeft geen toelichting in beleidsveld 4.2.1.',
      });
      assert.deepEqual(editsOf(found), [{ range: '10:46-10:46', newText: '\n\n)3 = …' }]);
      assert.deepEqual(footnotes(applyFix(text, found), config), []);
    });

    it('footnote-order renumbers )2 )1 into )1 )2, definitions with their text', () => {
      const swapped = chapter(...HEAD, '| Statushouders | 33 )2 | 38 )1 | 40 |', '', ')1 = eerste.', ')2 = tweede.');
      assert.equal(
        finding('footnote-order', swapped, config).message,
        'De voetnoten zijn niet genummerd in volgorde van gebruik: hier hoort )1 te staan, niet )2.',
      );
      assert.equal(fixAll(swapped, config), chapter(...HEAD, '| Statushouders | 33 )1 | 38 )2 | 40 |', '', ')1 = tweede.', ')2 = eerste.'));
    });
  });

  describe('number-close: 1) after a value or a name', () => {
    const config = styles(['number-close']);

    it('takes 1) at the end of a name, but not the parenthesis that closes (schaal 1-5)', () => {
      const text = chapter(
        ...HEAD,
        '| Tevredenheid (schaal 1-5) 1) | 3,2 2) | 3,5 | 3,4 |',
        '| Aantal (per 1.000 inwoners) | 6,6 | 6 | 6,1 1) |',
        '',
        '1) Gemeten op een schaal van 1 tot 5.',
        '2) Voorlopig cijfer.',
      );
      assert.deepEqual(names(text, config), [
        ['Tevredenheid (schaal 1-5)', ['1)']],
        ['Aantal (per 1.000 inwoners)', []],
      ]);
      assert.deepEqual(cell('3,2 2)', config), ['quantity', '3,2', [['number-close', '2', '2)']]]);
      assert.deepEqual(footnotes(text, config), []);
      assert.deepEqual(
        footnotes(text.replace('2) Voorlopig cijfer.\n', '')),
        [],
        'without the style nothing is a marker',
      );
    });

    it('footnote-unused removes an unused 3) with its line', () => {
      const text = chapter(...HEAD, '| Tevredenheid 1) | 3,2 | 3,5 | 3,4 |', '', '1) Gemeten.', '3) Niet gebruikt.');
      const found = finding('footnote-unused', text, config);
      assert.equal(found.message, 'De toelichting 3 wordt door geen voetnoot in beleidsveld 4.2.1 gebruikt.');
      assert.equal(applyFix(text, found), chapter(...HEAD, '| Tevredenheid 1) | 3,2 | 3,5 | 3,4 |', '', '1) Gemeten.'));
    });
  });

  describe('number-glued: a number glued to the end of a name (Etten-Leur)', () => {
    const config = styles(['number-glued']);
    const text = chapter(
      ...HEAD,
      '| Inwoners met zorgvoorzieningen.1 | 92 | 90 | 91 |',
      '| Jongeren met jeugdhulp (per 1.000 inwoners)2 | 6,6 | 6 | 6,1 |',
      '| Uitstoot CO2 | 5 | 4 | 4 |',
      '',
      '1. Bron: Waarstaatjegemeente.nl',
      '',
      '2. Bron: CBS.',
    );

    it('reads .1 and )2, not the 2 of CO2, and keeps the full stop in the name', () => {
      assert.deepEqual(names(text, config), [
        ['Inwoners met zorgvoorzieningen.', ['1']],
        ['Jongeren met jeugdhulp (per 1.000 inwoners)', ['2']],
        ['Uitstoot CO2', []],
      ]);
      assert.deepEqual(footnotes(text, config), []);
    });

    it('footnote-undefined when the legend misses a number', () => {
      assert.deepEqual(footnotes(text.replace('\n2. Bron: CBS.\n', ''), config), [
        { rule: 'footnote-undefined', range: '6:46-6:47', message: 'De voetnoot 2 heeft geen toelichting in beleidsveld 4.2.1.' },
      ]);
    });
  });

  describe('superscript: ¹ ² after values and in names', () => {
    const config = styles(['superscript']);
    const text = chapter(
      ...HEAD,
      '| Woningen per km² | 120¹ | 125 | 130 ² |',
      '| Nieuwbouw¹ | 40 | 45 | 50 |',
      '',
      '¹ Bron: CBS.',
      '',
      '²Voorlopig cijfer.',
    );

    it('reads glued and spaced superscripts, not the ² of km², and definitions with or without a space', () => {
      assert.deepEqual(cell('120¹', config), ['quantity', '120', [['superscript', '¹', '¹']]]);
      assert.deepEqual(cell('12 m²', config).slice(1), ['12 m²', []]);
      assert.deepEqual(names(text, config), [
        ['Woningen per km²', []],
        ['Nieuwbouw', ['¹']],
      ]);
      assert.deepEqual(footnotes(text, config), []);
    });

    it('renames ¹ to ² (typed as 2 or ²) and swaps the definitions, each keeping its own gap', () => {
      const { doc, ctx } = features(text, config);
      const expected = chapter(
        ...HEAD,
        '| Woningen per km² | 120² | 125 | 130 ¹ |',
        '| Nieuwbouw² | 40 | 45 | 50 |',
        '',
        '¹Voorlopig cijfer.',
        '',
        '² Bron: CBS.',
      );
      assert.equal(applied(doc, getRenameEdits(doc, { line: 4, character: 24 }, '2', ctx)), expected);
      assert.equal(applied(doc, getRenameEdits(doc, { line: 4, character: 24 }, '²', ctx)), expected);
    });
  });

  describe('letter: (a) and a) after values and names', () => {
    const config = styles(['letter']);
    const text = chapter(
      ...HEAD,
      '| Woningen (b) | 120 a) | 125 | 130 (a) |',
      '| Nieuwbouw c) | 40 | 45 | 50 |',
      '',
      'a) Bron: CBS.',
      '',
      '(b) Voorlopig cijfer.',
    );

    it('reports the order and the missing letter, in the letters\' own words', () => {
      assert.deepEqual(footnotes(text, config), [
        {
          rule: 'footnote-order',
          range: '5:12-5:15',
          message: 'De voetnoten zijn niet genummerd in volgorde van gebruik: hier hoort (a) te staan, niet (b).',
        },
        { rule: 'footnote-undefined', range: '6:13-6:15', message: 'De voetnoot c) heeft geen toelichting in beleidsveld 4.2.1.' },
      ]);
    });

    it('--fix renumbers the letters; definitions move with their text and keep their own parentheses', () => {
      assert.equal(
        fixAll(text, config),
        chapter(
          ...HEAD,
          '| Woningen (a) | 120 b) | 125 | 130 (b) |',
          '| Nieuwbouw c) | 40 | 45 | 50 |',
          '',
          '(a) Voorlopig cijfer.',
          '',
          'b) Bron: CBS.',
        ),
      );
    });

    it('the definitions follow the numbering a, b, c…', () => {
      const swapped = chapter(...HEAD, '| Woningen (a) | 120 b) | 125 | 130 |', '', 'b) Twee.', 'a) Een.');
      assert.equal(
        finding('footnote-order', swapped, config).message,
        'De toelichtingen volgen de nummering a, b, c… niet: hier hoort a te staan, niet b.',
      );
    });
  });

  describe('asterisk alone: *, **, *** as a numbering (Sint-Michielsgestel, Goirle)', () => {
    const config = styles(['asterisk']);
    const text = chapter(
      ...HEAD,
      '| Beeldkwaliteit groen | 6-6,5** | 6,5 | 7* |',
      '| Aantal bomen | n.b.** | 100 | 120 |',
      '',
      '\\* Cijfermatige indicator volgens beeldmeetlat.',
      '',
      '\\*\\* Niet beschikbaar.',
    );

    it('orders asterisks in order of first use, keeping the escapes', () => {
      assert.equal(
        finding('footnote-order', text, config).message,
        'De voetnoten zijn niet genummerd in volgorde van gebruik: hier hoort * te staan, niet **.',
      );
      const fixed = chapter(
        ...HEAD,
        '| Beeldkwaliteit groen | 6-6,5* | 6,5 | 7** |',
        '| Aantal bomen | n.b.* | 100 | 120 |',
        '',
        '\\* Niet beschikbaar.',
        '',
        '\\*\\* Cijfermatige indicator volgens beeldmeetlat.',
      );
      assert.equal(fixAll(text, config), fixed);
      assert.deepEqual(footnotes(fixed, config), []);
      assert.equal(fixAll(text), text, 'next to Roman numerals an asterisk is a mark of its own');
    });

    it('renames * to ***, the definitions staying in order, and is refused next to Roman numerals', () => {
      const { doc, ctx } = features(text, config);
      // `7*` on line 4 (0-based): the asterisk at 42.
      const prepared = prepareRename(doc, { line: 4, character: 42 }, ctx);
      assert.deepEqual(prepared && prepared.placeholder, '*');
      assert.equal(
        applied(doc, getRenameEdits(doc, { line: 4, character: 42 }, '***', ctx)),
        chapter(
          ...HEAD,
          '| Beeldkwaliteit groen | 6-6,5** | 6,5 | 7*** |',
          '| Aantal bomen | n.b.** | 100 | 120 |',
          '',
          '\\*\\* Niet beschikbaar.',
          '',
          '\\*\\*\\* Cijfermatige indicator volgens beeldmeetlat.',
        ),
      );
      const roman = features(text);
      assert.equal(prepareRename(roman.doc, { line: 4, character: 42 }, roman.ctx), null);
    });

    it('orderAsterisks: false keeps them marks even when they are the only style', () => {
      assert.deepEqual(footnotes(text, styles(['asterisk'], { orderAsterisks: false })), []);
    });
  });

  describe('definitions under a label line (Toelichting:, Bron:)', () => {
    it('under a label a bullet * is the asterisk definition; without labels it is a bullet', () => {
      const text = chapter(
        ...HEAD,
        '| Beeldkwaliteit groen | 6,5 | 6,5 | 7* |',
        '',
        'Toelichting:',
        '',
        '* Cijfermatige indicator volgens beeldmeetlat.',
      );
      assert.deepEqual(footnotes(text, styles(['roman', 'asterisk'], { labels: ['Toelichting', 'Bron'] })), []);
      const doc = parseChapter(text, { vocabulary: settingsFromConfig(styles(['asterisk'], { labels: ['Toelichting'] })).vocabulary });
      assert.deepEqual(
        doc.beleidsvelden[1].definitions.map((d) => [d.numeral, d.label, d.text, r(doc.lines.range(d.span))]),
        [['*', 'Toelichting', 'Cijfermatige indicator volgens beeldmeetlat.', '8:0-8:46']],
      );
      assert.deepEqual(footnotes(text).map((f) => f.rule), ['footnote-undefined']);
    });

    it('reads the label and a definition on one line, and bold labels', () => {
      const config = styles(['asterisk', 'number-paren'], { labels: ['Toelichting', 'Bron'] });
      const text = chapter(...HEAD, '| Waardering (1) | 48% | 50% | 49%* |', '', 'Toelichting: \\* Voorlopig.', '', '**Bron:**', '1. Burgerpeiling.');
      assert.deepEqual(footnotes(text, config), []);
    });

    it('requireLabel: a numbered list elsewhere is text; the one under the label holds the definitions', () => {
      const text = chapter(
        ...HEAD,
        '| Waardering (1) | 48% | 50% | 49% (2) |',
        '',
        'Wat we gaan doen:',
        '',
        '1. Een enquête houden.',
        '2. De cijfers publiceren.',
        '',
        '**Bron:**',
        '',
        '1. Burgerpeiling.',
        '',
        '2. Eigen registratie.',
        '',
        'Een alinea.',
        '',
        '3. Een losse lijst.',
      );
      const required = styles(['number-paren'], { labels: ['Bron', 'Toelichting'], requireLabel: true });
      assert.deepEqual(footnotes(text, required), []);
      const doc = parseChapter(text, { vocabulary: settingsFromConfig(required).vocabulary });
      assert.deepEqual(doc.beleidsvelden[1].definitions.map((d) => [d.numeral, d.text]), [
        ['1', 'Burgerpeiling.'],
        ['2', 'Eigen registratie.'],
      ]);
      assert.deepEqual(
        footnotes(text, styles(['number-paren'])).map((f) => `${f.rule} ${f.range}`),
        ['footnote-duplicate 14:1-14:2', 'footnote-duplicate 16:1-16:2', 'footnote-unused 20:1-20:2'],
        'without requireLabel every numbered list after the table is read',
      );
    });
  });

  describe('ignore: look-alikes that are no marker (Beverwijk BBV numbers)', () => {
    const text = chapter(
      ...HEAD,
      '| Banen (22) | 667,3 (1) | 670 | 671 |',
      '| Jongeren met een delict (33) | 1,0 | 1 | 1 (33) |',
      '',
      'BBV nummer tussen haakjes.',
      '',
      '1. Voorlopig cijfer.',
    );

    it('(22) and (33) are reported as undefined footnotes when numbers in parentheses are footnotes', () => {
      assert.deepEqual(
        footnotes(text, styles(['number-paren'])).map((f) => f.message),
        [
          'De voetnoot (22) heeft geen toelichting in beleidsveld 4.2.1.',
          'De voetnoten zijn niet genummerd in volgorde van gebruik: hier hoort (1) te staan, niet (22).',
          'De voetnoot (33) heeft geen toelichting in beleidsveld 4.2.1.',
        ],
      );
    });

    it('an ignore pattern keeps them in the name and the cell; (1) stays a footnote', () => {
      const config = styles(['number-paren'], { ignore: ['^\\(\\d{2}\\)$'] });
      assert.deepEqual(footnotes(text, config), []);
      assert.deepEqual(names(text, config), [
        ['Banen (22)', []],
        ['Jongeren met een delict (33)', []],
      ]);
      const value = parseCellValue('1 (33)', 0, settingsFromConfig(config).vocabulary);
      assert.deepEqual([value.annotations.map((a) => a.text), value.markers], [['33'], []]);
    });

    it('an invalid pattern ignores nothing and breaks nothing', () => {
      assert.equal(footnotes(text, styles(['number-paren'], { ignore: ['(('] })).length, 3);
    });
  });

  describe('configuration', () => {
    it('accepts the footnote settings and rejects an unknown style or key', () => {
      assert.deepEqual(parseConfig('{"vocabulary":{"footnotes":{"styles":["number-paren","asterisk"],"labels":["Bron"],"requireLabel":true}}}').problems, []);
      assert.deepEqual(
        parseConfig('{"vocabulary":{"footnotes":{"styles":["cijfers"]}}}').problems.map((p) => p.key),
        ['vocabulary.footnotes.styles.0'],
      );
      assert.deepEqual(
        parseConfig('{"vocabulary":{"footnotes":{"stijlen":["roman"]}}}').problems.map((p) => p.key),
        ['vocabulary.footnotes.stijlen'],
      );
    });

    it('the next free numeral for completion follows the style written in parentheses', () => {
      const text = chapter(...HEAD, '| Waardering (1) | 48% (2) | 50% | 49% (IV) |', '', '1. Een.');
      const next = (config?: Config) => {
        const vocabulary = settingsFromConfig(config).vocabulary;
        return vocabulary.footnotes.nextNumeral(parseChapter(text, { vocabulary }).beleidsvelden[1]);
      };
      assert.equal(next(), 'V');
      assert.equal(next(styles(['number-paren'])), '3');
      assert.equal(next(styles(['letter'])), 'a');
      assert.equal(next(styles(['close-number'])), undefined, 'no style writes a numeral in parentheses');
    });

    it('with extendVocabulary false, keys not given take the defaults', () => {
      const config = { extendVocabulary: false, vocabulary: { ...settingsFromConfig(undefined).vocabulary.data, footnotes: { styles: ['letter'] } } } as Config;
      assert.deepEqual(cell('68% (a)', config)[2], [['letter', 'a', '(a)']]);
    });
  });
});
