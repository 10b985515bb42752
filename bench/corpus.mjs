// A deterministic corpus of programme chapters for the benchmarks: begroting/rekening pairs over
// the years, one folder per built-in profile (with the configuration it lints clean under), from
// 5 KB chapters (one beleidsveld) to programme documents of 500 KB (a whole programma).
//
// Every figure comes from one seeded data set per municipality, so the documents agree with each
// other the way real ones do: a rekening repeats the targets of its begroting (cross-beoogd) and
// last year's results as last year's rekening reported them (cross-behaald), and lists every
// indicator of its begroting (cross-indicators). The same options always give the same bytes.
//
//   node bench/corpus.mjs DIR [--chapters N] [--quick]      writes a corpus and prints its size
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: a small, fast seeded generator (the storm test uses it too). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from a string and the corpus seed (FNV-1a), so each figure is independent of generation order. */
function seedOf(seed, ...parts) {
  let h = 0x811c9dc5 ^ seed;
  for (const ch of parts.join('|')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const pick = (next, list) => list[Math.floor(next() * list.length)];

/** Dutch number formatting: 1.234 and 6,4. */
function nl(value, decimals = 0) {
  const [whole, fraction] = value.toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

// --- the profiles ---------------------------------------------------------------------------------

const STANDARD_SECTIONS = {
  begroting: { reach: 'Wat willen we bereiken?', do: 'Wat gaan we daarvoor doen?', cost: 'Wat mag het kosten?' },
  rekening: { reach: 'Wat wilden we bereiken?', do: 'Wat hebben we daarvoor gedaan?', cost: 'Wat heeft het gekost?' },
};

/**
 * The built-in profiles as the corpus writes them: a fictional municipality in each house style
 * (after the init fixtures in test/fixtures/init/), its configuration, column headers per kind and
 * year, footnote style and section headings.
 */
export const PROFILES = [
  {
    profile: 'groningen',
    municipality: 'Wierdestad',
    config: undefined,
    label: 'Prestatie-indicatoren',
    columns: {
      begroting: (y) => [['realised', y - 2, `Behaald ${y - 2}`], ['target', y - 1, `Beoogd ${y - 1}`], ['target', y, `Beoogd ${y}`]],
      rekening: (y) => [['realised', y - 1, `Behaald ${y - 1}`], ['target', y, `Beoogd ${y}`], ['realised', y, `Behaald ${y}`]],
    },
    footnotes: 'roman',
    trend: ['Toename', 'Afname'],
    sections: {
      begroting: (y) => ({ reach: `Wat willen we bereiken in ${y}?`, do: 'Wat gaan we hiervoor doen?', cost: 'Wat mag het kosten?' }),
      rekening: (y) => ({ reach: `Wat wilden we bereiken in ${y}?`, do: 'Wat hebben we hiervoor gedaan?', cost: 'Wat heeft het gekost?' }),
    },
    dash: 'Als er geen gegevens beschikbaar zijn/of één maal per twee jaar gemeten worden staat er een streepje.',
  },
  {
    profile: 'realisatie-doel',
    municipality: 'Beekveld',
    config: { profile: 'realisatie-doel' },
    label: 'Effectindicatoren',
    columns: {
      begroting: (y) => [['realised', y - 2, `Realisatie ${y - 2}`], ['forecast', y - 1, `Verwacht ${y - 1}`], ['target', y, `Doel ${y}`], ['target', y + 2, `Doel ${y + 2}`]],
      rekening: (y) => [['realised', y - 1, `Realisatie ${y - 1}`], ['target', y, `Doel ${y}`], ['realised', y, `Realisatie ${y}`]],
    },
    footnotes: 'asterisk',
    trend: ['toename', 'afname'],
    sections: { begroting: () => STANDARD_SECTIONS.begroting, rekening: () => STANDARD_SECTIONS.rekening },
    dash: 'Een streepje betekent dat er (nog) geen gegevens zijn.',
  },
  {
    profile: 'nulmeting-streefwaarde',
    municipality: 'Zuiderwaard',
    config: { profile: 'nulmeting-streefwaarde', vocabulary: { dashExplanations: ['staat in de tabel een\\s+streepje'] } },
    label: 'Aanvullende indicatoren',
    columns: {
      begroting: (y) => [['baseline', undefined, '0-Waarde'], ['current', y - 1, 'Actuele waarde'], ['target', y, `Streefwaarde ${y}`]],
      rekening: (y) => [['baseline', undefined, '0-Waarde'], ['target', y, `Streefwaarde ${y}`], ['realised', y, `Realisatie ${y}`]],
    },
    footnotes: 'asterisk',
    measuredYear: true,
    trend: ['toename', 'afname'],
    sections: { begroting: () => STANDARD_SECTIONS.begroting, rekening: () => ({ ...STANDARD_SECTIONS.rekening, reach: 'Wat hebben we bereikt?' }) },
    dash: 'Tussen haakjes staat het jaar van de meting. Waar nog geen meting is, staat in de tabel een streepje.',
  },
  {
    profile: 'werkelijk-begroting',
    municipality: 'Brugwaard',
    config: {
      profile: 'werkelijk-begroting',
      vocabulary: {
        sections: {
          begroting: [{ id: 'doen', required: true, headings: ['Wat gaan we daarvoor specifiek doen'] }],
          rekening: [{ id: 'gedaan', required: true, headings: ['Wat hebben we gedaan'] }],
        },
      },
    },
    label: 'Beleidsindicatoren',
    columns: {
      begroting: (y) => [['realised', y - 2, `Werkelijk ${y - 2}`], ['budget', y - 1, `Begroting ${y - 1}`], ['budget', y, `Begroting ${y}`]],
      rekening: (y) => [['realised', y - 1, `Werkelijk ${y - 1}`], ['budget', y, `Begroting ${y}`], ['realised', y, `Werkelijk ${y}`]],
    },
    footnotes: 'roman',
    trend: undefined, // budgets are figures
    sections: {
      begroting: () => ({ reach: 'Wat willen we bereiken?', do: 'Wat gaan we daarvoor specifiek doen?', cost: 'Wat mag het kosten?' }),
      rekening: () => ({ reach: 'Wat wilden we bereiken?', do: 'Wat hebben we gedaan?', cost: 'Wat heeft het gekost?' }),
    },
    dash: 'Staat er een streepje, dan is het cijfer nog niet bekend.',
  },
  {
    profile: 'bbv',
    municipality: 'Vrijenhoeve',
    config: { profile: ['realisatie-doel', 'bbv'] },
    label: 'Effectindicatoren',
    columns: {
      begroting: (y) => [['realised', y - 2, `Realisatie ${y - 2}`], ['target', y - 1, `Streefwaarde ${y - 1}`], ['target', y, `Streefwaarde ${y}`]],
      rekening: (y) => [['realised', y - 1, `Realisatie ${y - 1}`], ['target', y, `Streefwaarde ${y}`], ['realised', y, `Realisatie ${y}`]],
    },
    footnotes: 'asterisk',
    trend: ['toename', 'afname'],
    bbvSeries: true,
    sections: { begroting: () => STANDARD_SECTIONS.begroting, rekening: () => STANDARD_SECTIONS.rekening },
    dash: 'Een streepje geeft aan dat het cijfer nog niet beschikbaar is.',
  },
];

// The mandatory BBV indicators per taakveld, as the catalogue names them (schemas/bbv-indicators.json),
// for the years the corpus covers (indicators dropped before 2019 are left out).
const BBV = {
  1: [['Verwijzingen Halt', 'Aantal per 10.000 jongeren', 'Bureau Halt'], ['Winkeldiefstallen', 'Aantal per 1.000 inwoners', 'CBS'], ['Geweldsmisdrijven', 'Aantal per 1.000 inwoners', 'CBS'], ['Diefstallen uit woning', 'Aantal per 1.000 inwoners', 'CBS'], ['Vernielingen en beschadigingen (in de openbare ruimte)', 'Aantal per 1.000 inwoners', 'CBS']],
  3: [['Functiemenging', '%', 'LISA'], ['Vestigingen (van bedrijven)', 'Aantal per 1.000 inwoners in de leeftijd van 15-64 jaar', 'LISA']],
  4: [['Absoluut verzuim', 'Aantal per 1.000 leerlingen', 'DUO'], ['Relatief verzuim', 'Aantal per 1.000 leerlingen', 'DUO'], ['Vroegtijdig schoolverlaters zonder startkwalificatie (vsv-ers)', '% deelnemers aan het VO en MBO onderwijs', 'DUO']],
  5: [['Niet-sporters', '%', 'Gezondheidsenquête (CBS, RIVM)']],
  7: [['Omvang huishoudelijk restafval', 'Kg per inwoner', 'CBS'], ['Hernieuwbare elektriciteit', '%', 'Rijkswaterstaat Klimaatmonitor']],
  8: [['Gemiddelde WOZ-waarde', 'Duizend euro', 'CBS'], ['Nieuw gebouwde woningen', 'Aantal per 1.000 woningen', 'Basisregistratie adressen en gebouwen'], ['Demografische druk', '%', 'CBS'], ['Gemeentelijke woonlasten eenpersoonshuishouden', "In euro's", 'COELO'], ['Gemeentelijke woonlasten meerpersoonshuishouden', "In euro's", 'COELO']],
};
const BBV_TAAKVELDEN = Object.keys(BBV);

// --- words ---------------------------------------------------------------------------------------

const THEMES = [
  ['Groen en water', 'bomen', 'het groen in de buurt', 'de beken en sloten'],
  ['Sport en bewegen', 'sportverenigingen', 'de sportaccommodaties', 'de buurtsportcoaches'],
  ['Werk en inkomen', 'werkzoekenden', 'het Werkplein', 'de leerwerkplekken'],
  ['Wonen', 'starters', 'de woningcorporaties', 'de nieuwbouwwijken'],
  ['Cultuur en evenementen', 'bezoekers', 'de bibliotheek', 'de schouwburg'],
  ['Energie en klimaat', 'huishoudens', 'het energieloket', 'de zonnedaken'],
  ['Openbare orde en veiligheid', 'wijkagenten', 'de buurtbemiddeling', 'de winkelcentra'],
  ['Onderwijs en jeugd', 'leerlingen', 'de basisscholen', 'het jongerenwerk'],
  ['Verkeer en vervoer', 'fietsers', 'de fietsroutes', 'de bushaltes'],
  ['Economie en werk', 'ondernemers', 'het ondernemersloket', 'de bedrijventerreinen'],
  ['Zorg en ondersteuning', 'mantelzorgers', 'de wijkteams', 'de dagbesteding'],
  ['Afval en grondstoffen', 'inwoners', 'de milieustraat', 'de ondergrondse containers'],
];

const OPENINGS = [
  (t) => `${t.town} wil dat ${t.who} kunnen rekenen op ${t.place}.`,
  (t) => `In ${t.year} lag de nadruk op ${t.place} en ${t.other}.`,
  (t) => `Samen met ${t.other} werken we aan een gemeente waar ${t.who} zich thuis voelen.`,
  (t) => `De vraag naar ${t.place} groeit, vooral in de kernen aan de rand van ${t.town}.`,
];
const SENTENCES = [
  (t) => `De kosten van energie en personeel zijn de afgelopen jaren gestegen, en dat merken ook ${t.who}.`,
  (t) => `We volgen de ontwikkelingen met de cijfers van ${t.other} en met een peiling onder ${t.who}.`,
  (t) => `Een deel van de plannen is een jaar later begonnen dan gedacht, omdat de aanbesteding langer duurde.`,
  (t) => `Bij de uitvoering letten we er vooral op dat ${t.who} met een laag inkomen mee kunnen doen.`,
  (t) => `De raad heeft in ${t.year - 1} een nieuwe visie vastgesteld, met doelen tot en met ${t.year + 4}.`,
  (t) => `Met ${t.other} maken we elk jaar afspraken over wat er in de wijken gebeurt.`,
  (t) => `Tegelijk neemt de belangstelling voor ${t.place} toe, ook van buiten de gemeente.`,
  (t) => `Wat goed werkt, zetten we voort; wat niet werkt, passen we samen met ${t.who} aan.`,
  (t) => `De cijfers lopen een tot twee jaar achter, zodat het effect van nieuw beleid pas later zichtbaar is.`,
];
const GOALS = [
  (t) => `Meer ${t.who} maken gebruik van ${t.place}.`,
  (t) => `${t.Place} zijn goed bereikbaar en veilig.`,
  (t) => `De samenwerking met ${t.other} is stevig en duidelijk.`,
  (t) => `Inwoners zijn tevreden over ${t.place}.`,
  (t) => `Niemand valt buiten de boot, ook niet wie extra steun nodig heeft.`,
];
const ACTIONS = [
  (t) => `We maken met ${t.other} nieuwe afspraken voor ${t.year}-${t.year + 3}.`,
  (t) => `We openen een tweede loket in het wijkcentrum, speciaal voor ${t.who}.`,
  (t) => `Het budget voor ${t.place} verhogen we met een eenmalige bijdrage.`,
  (t) => `We evalueren de aanpak van ${t.year - 1} en passen die waar nodig aan.`,
  (t) => `Samen met ${t.who} zoeken we naar ruimte voor nieuwe initiatieven.`,
];
const DONE = [
  (t) => `Met ${t.other} zijn nieuwe afspraken gemaakt voor ${t.year}-${t.year + 3}.`,
  (t) => `In het wijkcentrum is een tweede loket geopend, waar ${t.who} terecht konden.`,
  (t) => `De aanpak van ${t.year - 1} is geëvalueerd; de aanbevelingen zijn overgenomen.`,
  (t) => `Voor ${t.place} is een eenmalige bijdrage beschikbaar gesteld.`,
];
const NOTES = [
  'Stand op 1 september; de regeling loopt tot het einde van het jaar.',
  'Eigen registratie; het landelijke cijfer komt later beschikbaar.',
  'Inclusief de deelnemers aan de zomeractiviteiten in de kernen.',
  'De meting is in het najaar gehouden, toen een deel van de voorzieningen dicht was.',
];

/** Indicators: a name, how its values look, and a level to vary around. */
const INDICATORS = [
  ['Percentage inwoners dat tevreden is over {place}', 'pct', 70],
  ['Percentage {who} dat de weg naar {other} weet', 'pct', 45],
  ['Aantal {who} dat gebruikmaakt van {place}', 'count', 1800],
  ['Aantal meldingen over {place}', 'count', 240],
  ['Rapportcijfer van inwoners voor {place}', 'grade', 7],
  ['Aantal activiteiten van {other}', 'count', 95],
  ['Percentage {who} met een plan van aanpak', 'pct', 60],
  ['Gemiddelde wachttijd in weken voor {place}', 'decimal', 6],
  ['Aantal vrijwilligers bij {other}', 'count', 420],
  ['Percentage aanvragen binnen de termijn afgehandeld', 'pct', 88],
];

// --- the data set ----------------------------------------------------------------------------------

/** One beleidsveld of a municipality: its number, title, words and indicators. */
function fieldOf(seed, profile, number, index) {
  const next = random(seedOf(seed, profile.profile, number));
  const theme = THEMES[index % THEMES.length];
  const words = { who: theme[1], place: theme[2], other: theme[3] };
  const count = 5 + Math.floor(next() * 4);
  const start = Math.floor(next() * INDICATORS.length);
  const indicators = [];
  for (let i = 0; i < count; i++) {
    const [name, type, level] = INDICATORS[(start + i) % INDICATORS.length];
    const fill = (s) => s.replace(/\{(\w+)\}/g, (_, k) => words[k]);
    indicators.push({ name: fill(name), type, level: level * (0.6 + next() * 0.8), key: `${number}|${i}` });
  }
  const taakveld = profile.bbvSeries ? BBV_TAAKVELDEN[index % BBV_TAAKVELDEN.length] : undefined;
  return { number, title: index < THEMES.length ? theme[0] : `${theme[0]} ${Math.floor(index / THEMES.length) + 1}`, words, indicators, taakveld };
}

/** A figure of an indicator for a role and year: the same everywhere it is written. */
function figure(seed, profile, indicator, role, year) {
  const next = random(seedOf(seed, profile.profile, indicator.key, role, year ?? 'none'));
  // Now and then no figure yet: a dash (explained by the dash sentence).
  if (role !== 'target' && role !== 'budget' && next() < 0.06) return '-';
  const drift = 1 + ((year ?? 2015) - 2020) * 0.02 + (next() - 0.5) * 0.1;
  const level = indicator.level * drift;
  if ((role === 'target' || role === 'forecast') && profile.trend && next() < 0.12) {
    return next() < 0.5 ? profile.trend[0] : profile.trend[1];
  }
  const comparator = role === 'target' && next() < 0.2 ? (indicator.type === 'count' ? '≥ ' : '> ') : '';
  switch (indicator.type) {
    case 'pct':
      return `${comparator}${Math.min(99, Math.max(1, Math.round(level)))}%`;
    case 'grade':
      return `${comparator}${nl(Math.min(9.5, level), 1)}`;
    case 'decimal':
      return `${comparator}${nl(level, 1)}`;
    default:
      return `${comparator}${nl(Math.round(level))}`;
  }
}

// --- writing ---------------------------------------------------------------------------------------

function escapeCell(text) {
  return text.replace(/\|/g, '\\|');
}

/** One beleidsveld of a document: heading, prose, sections, the indicator table(s) and footnotes. */
function beleidsveldText(seed, profile, kind, year, field, headingLevel) {
  const next = random(seedOf(seed, profile.profile, field.number, kind, year, 'text'));
  const t = { ...field.words, Place: field.words.place[0].toUpperCase() + field.words.place.slice(1), town: profile.municipality, year };
  const h = (n) => '#'.repeat(headingLevel + n);
  const sentences = (list, n) => Array.from({ length: n }, () => pick(next, list)(t)).join(' ');
  const bullets = (list, n) => [...new Set(Array.from({ length: n }, () => pick(next, list)(t)))].map((s) => `- ${s}`).join('\n');
  const sections = profile.sections[kind](year);
  const out = [];
  out.push(`${h(0)} ${field.number} ${field.title}`, '');
  out.push(`${pick(next, OPENINGS)(t)} ${sentences(SENTENCES, 5)}`, '');
  out.push(sentences(SENTENCES, 4), '');
  out.push(`${h(1)} Wat zijn de belangrijkste ontwikkelingen?`, '', sentences(SENTENCES, 5), '', sentences(SENTENCES, 4), '');
  out.push(`${h(1)} ${sections.reach}`, '', bullets(GOALS, 4), '', sentences(SENTENCES, 3), '');
  if (kind === 'begroting') out.push(`${h(1)} ${sections.do}`, '', bullets(ACTIONS, 5), '', sentences(SENTENCES, 3), '');

  // The indicator table, with footnotes in the profile's style.
  out.push(`${h(1)} Wat zijn de indicatoren?`, '', `Met de volgende indicatoren volgen we de voortgang. ${profile.dash}`, '');
  const columns = profile.columns[kind](year);
  const rows = [`| ${profile.label} | ${columns.map((c) => c[2]).join(' | ')} |`, `| --- | ${columns.map(() => '---').join(' | ')} |`];
  const notes = [];
  field.indicators.forEach((indicator, i) => {
    let name = indicator.name;
    const cells = columns.map(([role, colYear]) => {
      let value = figure(seed, profile, indicator, role, colYear);
      if (profile.measuredYear && (role === 'baseline' || role === 'current' || role === 'realised') && value !== '-') {
        value += ` (${role === 'baseline' ? 2018 : (colYear ?? year)})`;
      }
      return value;
    });
    // One or two footnotes per table: Roman after the name, an asterisk glued to a value.
    if (i === 1 || (i === 3 && next() < 0.5)) {
      const text = pick(next, NOTES);
      if (profile.footnotes === 'roman') {
        const numeral = ['I', 'II'][notes.length];
        name += ` (${numeral})`;
        notes.push(`${numeral}${' '.repeat(4 - numeral.length)}${text}`);
      } else if (notes.length === 0) {
        const last = cells.length - 1;
        if (cells[last] !== '-' && !/^[a-z]/i.test(cells[last])) {
          cells[last] += '*';
          notes.push(`\\* ${text}`);
        }
      }
    }
    rows.push(`| ${escapeCell(name)} | ${cells.join(' | ')} |`);
  });
  out.push(rows.join('\n'), '');
  for (const note of notes) out.push(note, '');
  out.push(sentences(SENTENCES, 3), '');

  if (profile.bbvSeries) {
    const first = kind === 'begroting' ? year - 5 : year - 4;
    const years = [first, first + 1, first + 2, first + 3];
    out.push(`${h(2)} De basis: BBV-indicatoren`, '');
    out.push('De BBV-indicatoren zijn voor alle gemeenten gelijk en hebben geen streefwaarde. Vergelijkingen met andere gemeenten staan op waarstaatjegemeente.nl.', '');
    const series = [`| Indicator | Eenheid | Bron | ${years.join(' | ')} |`, `| --- | --- | --- | ${years.map(() => '---').join(' | ')} |`];
    BBV[field.taakveld].forEach(([name, unit, source], i) => {
      const base = 20 + random(seedOf(seed, field.taakveld, name))() * 200;
      const values = years.map((y) => {
        const v = base * (1 + (y - 2018) * 0.03);
        return unit.startsWith('%') ? `${nl(Math.min(v / 3, 99), 1)}%` : nl(v, 1);
      });
      series.push(`| ${escapeCell(name)} | ${unit} | ${source} | ${values.join(' | ')} |`);
      void i;
    });
    out.push(series.join('\n'), '');
  }

  if (kind === 'rekening') out.push(`${h(1)} ${sections.do}`, '', bullets(DONE, 3), '', sentences(SENTENCES, 2), '');
  out.push(`${h(1)} ${sections.cost}`, '', `De lasten en baten van dit beleidsveld staan in het financiële overzicht van programma ${field.number.split('.')[0]}.`, '');
  return out.join('\n');
}

/** A document: front matter, the programma heading and its beleidsvelden (deelprogramma headings between them in a programme document). */
export function documentText(seed, profile, kind, year, programma, fields, title) {
  const out = [
    '---',
    `document: ${kind}`,
    `jaar: ${year}`,
    `programma: ${programma}`,
    `gemeente: ${profile.municipality}`,
    `titel: ${title}`,
    '---',
    '',
    `# Programma ${programma}: ${title}`,
    '',
  ];
  let deel;
  for (const field of fields) {
    const d = field.number.split('.').slice(0, 2).join('.');
    if (fields.length > 1 && d !== deel) {
      deel = d;
      out.push(`## Deelprogramma ${d}`, '', `Dit deelprogramma bundelt de beleidsvelden rond ${field.words.place}.`, '');
    }
    out.push(beleidsveldText(seed, profile, kind, year, field, fields.length > 1 ? 3 : 2));
  }
  return out.join('\n');
}

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The files of a corpus (paths relative to its root, `/` separated), in a stable order.
 * @param {object} options
 * @param {number} [options.seed] the corpus seed (default 1)
 * @param {number[]} [options.years] the years of the begroting/rekening pairs (default 2019-2024)
 * @param {number} [options.fields] beleidsvelden per profile, each a chapter file per kind and year (default 6)
 * @param {{ year: number, bytes: number }[]} [options.programmes] programme documents per profile: one begroting and one rekening of about `bytes` each
 * @param {string[]} [options.profiles] the profiles to write (default all)
 * @returns {{ path: string, text: string }[]}
 */
export function generateCorpus(options = {}) {
  const seed = options.seed ?? 1;
  const years = options.years ?? [2019, 2020, 2021, 2022, 2023, 2024];
  const fieldCount = options.fields ?? 6;
  const programmes = options.programmes ?? [];
  const files = [];
  PROFILES.filter((p) => !options.profiles || options.profiles.includes(p.profile)).forEach((profile, p) => {
    const folder = `${profile.profile}-${slug(profile.municipality)}`;
    if (profile.config) files.push({ path: `${folder}/.programmalintrc.json`, text: `${JSON.stringify(profile.config, null, 2)}\n` });
    // Programme numbers per municipality do not overlap: the workspace compares by number.
    const chapterProgramma = 10 * p + 1;
    const fields = Array.from({ length: fieldCount }, (_, i) => fieldOf(seed, profile, `${chapterProgramma}.${1 + Math.floor(i / 9)}.${1 + (i % 9)}`, i));
    for (const field of fields) {
      for (const year of years) {
        for (const kind of ['begroting', 'rekening']) {
          files.push({
            path: `${folder}/${kind}-${year}-${field.number}-${slug(field.title)}.md`,
            text: documentText(seed, profile, kind, year, chapterProgramma, [field], field.title),
          });
        }
      }
    }
    programmes.forEach(({ year, bytes }, i) => {
      const programma = 10 * p + 2 + i;
      // As many beleidsvelden as fill `bytes` in the begroting; the rekening has the same ones.
      const title = `Programma ${programma} van ${profile.municipality}`;
      const many = [];
      for (let k = 0, size = 0; size < bytes; k++) {
        const field = fieldOf(seed, profile, `${programma}.${1 + Math.floor(k / 12)}.${1 + (k % 12)}`, k);
        many.push(field);
        size += beleidsveldText(seed, profile, 'begroting', year, field, 3).length + 64;
      }
      for (const kind of ['begroting', 'rekening']) {
        files.push({
          path: `${folder}/programma-${programma}/${kind}-${year}-programma-${programma}.md`,
          text: documentText(seed, profile, kind, year, programma, many, title),
        });
      }
    });
  });
  return files;
}

/** The bench's corpus: about 400 files and 9 MB (quick: a handful of small files). */
export function benchCorpusOptions(quick) {
  return quick
    ? { fields: 1, years: [2022], programmes: [{ year: 2022, bytes: 10_000 }] }
    : {
        fields: 6,
        years: [2019, 2020, 2021, 2022, 2023, 2024],
        programmes: [
          { year: 2022, bytes: 500_000 },
          { year: 2023, bytes: 250_000 },
          { year: 2024, bytes: 100_000 },
          { year: 2021, bytes: 40_000 },
        ],
      };
}

/** Writes a corpus into `dir` (emptied first). Returns the files written and their total size. */
export function writeCorpus(dir, options) {
  rmSync(dir, { recursive: true, force: true });
  const files = generateCorpus(options);
  let bytes = 0;
  for (const file of files) {
    const full = join(dir, file.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, file.text);
    bytes += Buffer.byteLength(file.text);
  }
  return { files, chapters: files.filter((f) => f.path.endsWith('.md')).length, bytes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dir, ...rest] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node bench/corpus.mjs DIR [--quick]');
    process.exit(2);
  }
  const { chapters, bytes } = writeCorpus(dir, benchCorpusOptions(rest.includes('--quick')));
  console.log(`${chapters} chapters, ${(bytes / 1e6).toFixed(1)} MB in ${dir}`);
}
