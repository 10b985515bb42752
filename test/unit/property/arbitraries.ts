/**
 * fast-check arbitraries for the property tests: free text, chapter-shaped text (fragments of
 * the dialect, broken and whole, in every profile's layout) and valid chapters rendered from a
 * model that remembers where each row, cell and footnote stands, so that a mutation knows the
 * place where its finding must appear.
 */
import fc from 'fast-check';
import type { Config, Finding } from '../../../server/src/service/index.js';

/** Runs per property: bounded in `npm test`, raised by `FUZZ_RUNS` (`npm run fuzz`). */
export function runs(normal: number): number {
  const fuzz = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(fuzz) && fuzz > 0 ? Math.max(normal, Math.floor(fuzz)) : normal;
}

/** A fixed seed keeps `npm test` reproducible; `FUZZ_SEED` picks another (the fuzz script varies it). */
export function seed(): number {
  const s = Number(process.env.FUZZ_SEED);
  return Number.isInteger(s) ? s : 20260314;
}

/** fast-check parameters for one property. */
export function params(normal: number): fc.Parameters<unknown> {
  return { numRuns: runs(normal), seed: seed(), endOnFailure: true };
}

export type Kind = 'rekening' | 'begroting';

/** One table layout of a profile: the words of the value columns, given the chapter's year. */
export interface Layout {
  profile: string | undefined;
  kind: Kind;
  label: string;
  /** Value column headers for year `y`. */
  columns: (y: number) => string[];
}

/** The layouts of the built-in profiles (schemas/profiles.json) that a valid chapter may use. */
export const LAYOUTS: Layout[] = [
  { profile: undefined, kind: 'rekening', label: 'Prestatie-indicatoren', columns: (y) => [`Behaald ${y - 1}`, `Beoogd ${y}`, `Behaald ${y}`] },
  { profile: undefined, kind: 'begroting', label: 'Prestatie-indicatoren', columns: (y) => [`Behaald ${y - 2}`, `Beoogd ${y - 1}`, `Beoogd ${y}`] },
  { profile: undefined, kind: 'begroting', label: 'Effectindicatoren', columns: (y) => [`Beoogd ${y}`] },
  { profile: 'realisatie-doel', kind: 'rekening', label: 'Indicator', columns: (y) => [`Realisatie ${y - 1}`, `Doel ${y}`, `Realisatie ${y}`] },
  { profile: 'realisatie-doel', kind: 'begroting', label: 'Indicator', columns: (y) => [`Realisatie ${y - 2}`, `Verwacht ${y - 1}`, `Doel ${y}`] },
  { profile: 'nulmeting-streefwaarde', kind: 'rekening', label: 'Indicator', columns: (y) => ['Nulmeting', `Streefwaarde ${y}`, `Realisatie ${y}`] },
  { profile: 'nulmeting-streefwaarde', kind: 'begroting', label: 'Indicator', columns: (y) => ['Nulmeting', 'Actuele waarde', `Streefwaarde ${y}`] },
  { profile: 'werkelijk-begroting', kind: 'rekening', label: 'Indicator', columns: (y) => [`Werkelijk ${y - 1}`, `Begroting ${y}`, `Werkelijk ${y}`] },
  { profile: 'werkelijk-begroting', kind: 'begroting', label: 'Indicator', columns: (y) => [`Werkelijk ${y - 2}`, `Begroting ${y - 1}`, `Begroting ${y}`] },
];

/** The configuration that selects a layout's profile. */
export function configOf(layout: Layout): Config | undefined {
  return layout.profile ? { profile: layout.profile } : undefined;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

const SUBJECTS = [
  'bewoners dat tevreden is over de ondersteuning',
  'cliënten met een maatwerkvoorziening',
  'hulpvragen die in de wijk zijn afgehandeld',
  'jongeren met jeugdhulp',
  'mantelzorgers dat zich gesteund voelt',
  'inwoners dat vrijwilligerswerk doet',
  'huishoudens met een schuldhulptraject',
  'meldingen over overlast',
  'deelnemers aan het beweegprogramma',
  'woningen met een energielabel A',
  'bezoekers van de bibliotheek',
  'leerlingen met een startkwalificatie',
];

const FIELDS = ['Ondersteunende voorzieningen', 'Specialistische zorg', 'Gezondheid', 'Sport en bewegen', 'Wonen', 'Onderwijs'];

/** Dutch thousands separators: 14823 → `14.823`. */
export function dutchInteger(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A row of a valid chapter. */
export interface RowModel {
  unit: 'percent' | 'count';
  subject: number;
  values: number[];
  /** Cells shown as a dash (no data), by column. */
  dashes: boolean[];
  /** Whether the row's name carries a Roman footnote marker. */
  roman: boolean;
}

export interface FieldModel {
  rows: RowModel[];
  /** Whether the first row's name carries an asterisk marker (with its `\*` definition). */
  asterisk: boolean;
}

export interface ChapterModel {
  layout: Layout;
  year: number;
  programme: number;
  fields: FieldModel[];
  /** Line endings of the rendered text. */
  eol: '\n' | '\r\n';
}

const rowArb = (columns: number): fc.Arbitrary<RowModel> =>
  fc.record({
    unit: fc.constantFrom<'percent' | 'count'>('percent', 'count'),
    subject: fc.nat(SUBJECTS.length - 1),
    values: fc.array(fc.nat(100), { minLength: columns, maxLength: columns }),
    dashes: fc.array(fc.nat(5).map((n) => n === 0), { minLength: columns, maxLength: columns }),
    roman: fc.boolean(),
  });

/** A valid chapter's model, in any of the {@link LAYOUTS}. */
export const chapterModel: fc.Arbitrary<ChapterModel> = fc
  .record({ layout: fc.constantFrom(...LAYOUTS), year: fc.integer({ min: 2016, max: 2030 }), programme: fc.integer({ min: 1, max: 9 }), eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\n', '\r\n') })
  .chain(({ layout, year, programme, eol }) =>
    fc
      .array(
        fc.record({ rows: fc.array(rowArb(layout.columns(year).length), { minLength: 1, maxLength: 5 }), asterisk: fc.boolean() }),
        { minLength: 1, maxLength: 3 },
      )
      .map((fields) => ({ layout, year, programme, eol, fields })),
  );

/** Where things stand in a rendered chapter (0-based lines). */
export interface RowPlace {
  line: number;
  /** Start and end character of each value cell's trimmed text, by column. */
  cells: { start: number; end: number; text: string }[];
}

export interface FootnotePlace {
  marker: string;
  /** Lines that hold the marker. */
  markerLines: number[];
  /** The definition's line (its paragraph is one line followed by a blank one). */
  definitionLine: number;
}

export interface TablePlace {
  headerLine: number;
  /** The value column headers' places on the header line. */
  headers: { start: number; end: number; text: string }[];
  rows: RowPlace[];
}

export interface Rendered {
  text: string;
  lines: string[];
  eol: string;
  tables: TablePlace[];
  footnotes: FootnotePlace[];
  config: Config | undefined;
}

/** Places of the trimmed cells of a table line `| a | b |`. */
function cellPlaces(line: string): { start: number; end: number; text: string }[] {
  const places: { start: number; end: number; text: string }[] = [];
  let at = line.indexOf('|') + 1;
  while (at < line.length) {
    const next = line.indexOf('|', at);
    if (next < 0) break;
    const raw = line.slice(at, next);
    const start = at + (raw.length - raw.trimStart().length);
    const text = raw.trim();
    places.push({ start, end: start + text.length, text });
    at = next + 1;
  }
  return places;
}

/** Renders a chapter model into Markdown in the dialect, remembering the places of its parts. */
export function render(model: ChapterModel): Rendered {
  const { layout, year, programme } = model;
  const lines: string[] = [];
  const tables: TablePlace[] = [];
  const footnotes: FootnotePlace[] = [];
  const push = (...ls: string[]) => lines.push(...ls);
  push('---', `document: ${layout.kind}`, `jaar: ${year}`, `programma: ${programme}`, '---', '');
  push(`# Programma ${programme}: Welzijn, gezondheid en zorg`, '');
  let used = 0;
  model.fields.forEach((field, f) => {
    // Roman footnotes are numbered per beleidsveld, from I.
    let roman = 0;
    push(`## ${programme}.2.${f + 1} ${FIELDS[f % FIELDS.length]}`, '');
    push(`Met de onderstaande indicatoren volgen we de voortgang van dit beleidsveld. Als er geen gegevens beschikbaar zijn staat er een streepje.`, '');
    const headers = layout.columns(year);
    const headerLine = `| ${layout.label} | ${headers.join(' | ')} |`;
    const table: TablePlace = { headerLine: lines.length, headers: cellPlaces(headerLine).slice(1), rows: [] };
    push(headerLine, '|' + ' --- |'.repeat(headers.length + 1));
    const notes: { marker: string; line: number; definition: string }[] = [];
    field.rows.forEach((row, r) => {
      // Names are unique in the document: a subject and a running number.
      const subject = SUBJECTS[(row.subject + used) % SUBJECTS.length];
      used++;
      let name = row.unit === 'percent' ? `% ${subject} (meting ${used})` : `Aantal ${subject} (meting ${used})`;
      const line = lines.length;
      if (row.roman) {
        const marker = ROMAN[roman++ % ROMAN.length];
        name += ` (${marker})`;
        notes.push({ marker, line, definition: `${marker}   Gemeten in de bewonerspeiling van ${year}; de vraagstelling is ongewijzigd.` });
      }
      if (r === 0 && field.asterisk) {
        name += ' *';
        notes.push({ marker: '*', line, definition: `\\* Voorlopig cijfer; de definitieve cijfers volgen in de volgende rapportage.` });
      }
      const cells = row.values.map((v, c) => (row.dashes[c] ? '-' : row.unit === 'percent' ? `${v}%` : dutchInteger(v * 137)));
      const rowLine = `| ${name} | ${cells.join(' | ')} |`;
      table.rows.push({ line, cells: cellPlaces(rowLine).slice(1) });
      push(rowLine);
    });
    push('');
    // Roman definitions first, in order, then the asterisk one (as the Groningen chapters do).
    const ordered = [...notes.filter((n) => n.marker !== '*'), ...notes.filter((n) => n.marker === '*')];
    for (const note of ordered) {
      footnotes.push({ marker: note.marker, markerLines: [note.line], definitionLine: lines.length });
      push(note.definition, '');
    }
    tables.push(table);
    if (layout.kind === 'rekening') {
      push(`### Wat wilden we bereiken in ${year}?`, '', 'We wilden dat inwoners passende ondersteuning krijgen.', '');
      push('### Wat hebben we hiervoor gedaan?', '', 'We hebben de wijkteams versterkt.', '');
      push('### Conclusie', '', 'De ondersteuning is verbeterd.', '');
    } else {
      push(`### Wat willen we bereiken in ${year}?`, '', 'We willen dat inwoners passende ondersteuning krijgen.', '');
      push('### Wat gaan we hiervoor doen?', '', 'We versterken de wijkteams.', '');
    }
  });
  return { text: lines.join(model.eol), lines, eol: model.eol, tables, footnotes, config: configOf(layout) };
}

/** Joins lines back into a chapter text with the rendered line endings. */
export function join(rendered: Rendered, lines: string[]): string {
  return lines.join(rendered.eol);
}

// ---------------------------------------------------------------------------------------------
// Chapter-shaped text: fragments of the dialect, whole and broken, in any order.

const anyYear = fc.oneof(fc.integer({ min: 1990, max: 2040 }), fc.constantFrom(0, 99999, -1, 20180));
const columnWord = fc.constantFrom(
  'Behaald', 'Beoogd', 'Realisatie', 'Doel', 'Verwacht', 'Streefwaarde', 'Werkelijk', 'Begroting', 'Prognose',
  'Nulmeting', 'Actuele waarde', 'Bron', 'Eenheid', 'Periode', 'Peildatum', 'Nr.', 'Taakveld', 'Nederland', 'Rekening',
);
const headerCell = fc.oneof(
  fc.tuple(columnWord, anyYear).map(([w, y]) => `${w} ${y}`),
  columnWord,
  anyYear.map(String),
  fc.tuple(anyYear, anyYear).map(([a, b]) => `${a}-${b}`),
  fc.string({ maxLength: 8 }),
);
const labelCell = fc.constantFrom('Prestatie-indicatoren', 'Indicator', 'Effectindicatoren', 'Indicatoren', 'Omschrijving indicator/ kengetal', '', 'Kengetallen');
const marker = fc.oneof(
  fc.constantFrom(...ROMAN).map((r) => `(${r})`),
  fc.constantFrom('*', '**', '\\*', '***', '(1)', '1)', ')1', '[^1]', '(I', 'I)'),
);
const valueCell = fc.oneof(
  fc.nat(100).map((v) => `${v}%`),
  fc.nat(100).map((v) => `${v} %`),
  fc.nat(10_000_000).map(dutchInteger),
  fc.tuple(fc.nat(999), fc.nat(99)).map(([a, b]) => `${a},${b}`),
  fc.tuple(fc.nat(999), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
  fc.constantFrom('-', '–', '—', '- *', '-*', 'n.v.t.', 'n.b.', 'nb', 'Toename', 'Afname', 'Stijging', 'Ja', 'Nee', '> 70%', '≥ 7,5', '€ 1.200', '€ 1,2 mln', 'p.m.', '6-6,5*', '<br>', '\\|', '`x`', '**vet**', '[link](http://x)', ''),
  fc.tuple(fc.nat(100), marker).map(([v, m]) => `${v}% ${m}`),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const nameCell = fc.oneof(
  fc.tuple(fc.constantFrom('% ', 'Aantal ', 'Percentage ', ''), fc.constantFrom(...SUBJECTS), fc.option(marker)).map(([p, s, m]) => `${p}${s}${m ? ' ' + m : ''}`),
  fc.string({ maxLength: 20 }),
);
const row = (cells: fc.Arbitrary<string>) => fc.array(cells, { minLength: 0, maxLength: 7 }).map((cs) => `| ${cs.join(' | ')} |`);
const tableBlock = fc
  .tuple(labelCell, fc.array(headerCell, { minLength: 0, maxLength: 6 }), fc.array(fc.tuple(nameCell, fc.array(valueCell, { maxLength: 7 })), { maxLength: 6 }), fc.boolean())
  .map(([label, headers, rows, aligned]) => [
    `| ${[label, ...headers].join(' | ')} |`,
    '|' + (aligned ? ' :--- |' : ' --- |').repeat(headers.length + 1),
    ...rows.map(([n, vs]) => `| ${[n, ...vs].join(' | ')} |`),
  ].join('\n'));
const frontMatter = fc.oneof(
  fc.tuple(fc.constantFrom('rekening', 'begroting', 'jaarrekening', 'x', ''), anyYear, fc.integer({ min: -1, max: 20 })).map(
    ([d, y, p]) => `---\ndocument: ${d}\njaar: ${y}\nprogramma: ${p}\n---`,
  ),
  fc.constantFrom('---\n---', '---\njaar: [\n---', '---\ndocument: rekening', '---\n: :\n---', '---\n__proto__: 1\nconstructor: 2\n---', '---\njaar: 2018\njaar: 2019\n---', '+++\n+++'),
);
const heading = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 20 }), fc.constantFrom(':', '', ' -')).map(([p, sep]) => `# Programma ${p}${sep} Welzijn`),
  fc.tuple(fc.nat(12), fc.nat(12), fc.nat(12)).map(([a, b, c]) => `## ${a}.${b}.${c} Beleidsveld`),
  fc.tuple(fc.constantFrom('Wat wilden we bereiken', 'Wat willen we bereiken', 'Wat hebben we hiervoor gedaan', 'Wat gaan we hiervoor doen', 'Conclusie', 'Hoe staan we ervoor', 'Wat heeft het gekost'), fc.option(anyYear)).map(
    ([h, y]) => `### ${h}${y === null ? '' : ` in ${y}`}?`,
  ),
  fc.tuple(fc.integer({ min: 1, max: 7 }), fc.string({ maxLength: 10 })).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
);
const definition = fc.oneof(
  fc.tuple(fc.constantFrom(...ROMAN), fc.constantFrom('   ', ' ', '\t', '. ', ': ')).map(([r, s]) => `${r}${s}Toelichting bij de indicator.`),
  fc.constantFrom('\\* Voorlopig cijfer.', '\\*\\* Tweede toelichting.', '* Geen escape: een lijst.', '(II) Toelichting.', '[^1]: Noot.', '1) Noot.'),
);
const prose = fc.oneof(
  fc.constantFrom('Als er geen gegevens beschikbaar zijn staat er een streepje.', 'Met de onderstaande indicatoren is de voortgang gemeten.', '- punt', '> citaat', '```', '<!-- programmalint-disable -->', '<!-- programmalint-disable-next-line value-format -->', '<div>', '    ingesprongen code'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

/** A chapter-shaped text: front matter, headings, tables, definitions and prose in random order. */
export const chapterShaped: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(frontMatter, { freq: 3 }),
    fc.array(fc.oneof({ arbitrary: tableBlock, weight: 3 }, heading, definition, prose, row(valueCell), fc.constant('')), { maxLength: 25 }),
    fc.constantFrom('\n', '\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(([fm, blocks, eol, bom]) => (bom ? '\ufeff' : '') + [...(fm ? [fm] : []), ...blocks].join('\n\n').replace(/\n/g, eol));

/** Free text: arbitrary code units (lone surrogates, controls), graphemes, and Markdown punctuation. */
export const freeText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('|', '-', '*', '\\', '#', '\n', '\r', ' ', '\t', ':', '(', ')', 'I', 'V', '%', '1', '`', '>', '[', ']', '^', '<', '!', 'a'), maxLength: 400 }),
);

// ---------------------------------------------------------------------------------------------

/** Whether a position lies in a text of the given line lengths. */
function inside(lengths: number[], p: { line: number; character: number }): boolean {
  return Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line];
}

/** Line lengths as LSP counts them: lines end at `\r\n`, `\n` or `\r`. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

/** The findings' ranges, fix edits and related ranges (same document) that fall outside the text, as messages. */
export function outOfDocument(text: string, findings: Finding[], uri: string): string[] {
  const lengths = lineLengths(text);
  const bad: string[] = [];
  const check = (what: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
    const ordered = r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character);
    if (!inside(lengths, r.start) || !inside(lengths, r.end) || !ordered) bad.push(`${what} ${JSON.stringify(r)}`);
  };
  for (const f of findings) {
    check(`${f.rule} range`, f.range);
    for (const fix of f.fixes) for (const e of fix.edits) check(`${f.rule} edit`, e.range);
    for (const rel of f.related) if (rel.uri === uri) check(`${f.rule} related`, rel.range);
    if (typeof f.message !== 'string' || f.message.length === 0) bad.push(`${f.rule} empty message`);
  }
  return bad;
}
