/**
 * The mandatory policy indicators of the BBV (verplichte beleidsindicatoren) as a catalogue, and
 * how a chapter's tables are read against it. The list is data in `schemas/bbv-indicators.json`.
 *
 * A table is a BBV table when its first header cell or the heading above it names the BBV (the
 * data's `tableLabels`), when it has a Taakveld column, or when at least two of its rows carry an
 * official name. Names are compared tolerantly: case, accents, hyphens and spaces are ignored, as are
 * parenthesised parts (`(22)`, `(fte per 1.000 inwoners)`, `(I)`), a leading `Aantal`/`%`/`BBV`, a
 * trailing unit (`per 1.000 inwoners`, `in fte`) and a prefix or suffix after ` - ` or `:`.
 */
import { distance } from 'fastest-levenshtein';
import catalogueData from '../../../schemas/bbv-indicators.json' with { type: 'json' };
import type { ChapterDocument, Column, Heading, IndicatorRow, IndicatorTable, TableCell, ValueCell } from './model.js';
import type { Span } from './positions.js';
import { maskBreaks } from './value.js';
import { cellText } from './cell-text.js';
import { escapeRegExp } from './vocabulary.js';

/** One mandatory indicator. */
export interface BbvIndicator {
  /** Its number on waarstaatjegemeente.nl (1 … 39). */
  number: number;
  /** The main taakveld, `0` … `8`. */
  taakveld: string;
  name: string;
  aliases?: string[];
  unit: string;
  /** Units accepted besides the official one, where the list is uncertain. */
  otherUnits?: string[];
  source: string;
  definition: string;
  /** First year the indicator applies to. */
  from: number;
  /** Last year it applies to; absent while it applies. */
  until?: number;
  note?: string;
}

/** A main taakveld of the BBV. */
export interface BbvTaakveld {
  code: string;
  name: string;
  aliases?: string[];
}

/** The data file's shape (see `schemas/bbv-indicators.schema.json`). */
export interface BbvData {
  description: string;
  sources: string[];
  tableLabels: string[];
  taakvelden: BbvTaakveld[];
  indicators: BbvIndicator[];
}

/** How a written name matched an indicator. */
export type BbvMatchKind =
  /** The official name or an accepted variant, after the tolerant normalisation. */
  | 'exact'
  /** The words of the name (or a variant) occur in order in a longer name: `Jongeren tot 18 jaar met jeugdhulp`. */
  | 'words'
  /** Close to a name: a probable misspelling (`Geweldmisdrijven`). */
  | 'misspelled';

/** A written name matched against the catalogue. */
export interface BbvNameMatch {
  indicator: BbvIndicator;
  how: BbvMatchKind;
  /** Edit distance of the compared forms (0 unless misspelled). */
  distance: number;
  /** The part of the text that was compared, as offsets into that text. */
  start: number;
  end: number;
  /** The compared part as shown (whitespace collapsed). */
  written: string;
  /** True when the compared part is contiguous source text (nothing masked inside), so it can be replaced. */
  clean: boolean;
  /** The official spelling to write instead: the name, without its parenthesised part when the text had none. */
  replacement: string;
}

interface Spelling {
  compact: string;
  words: string[];
  indicator: BbvIndicator;
  /** What to write for this spelling: the official name (without parentheses for the bare form). */
  replacement: string;
}

/** A name compared after normalisation: letters and digits only, lower case, no accents. */
export function compactName(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
}

function wordsOf(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function withoutParentheses(text: string): string {
  return text.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Fewest letters a name needs before it is compared for misspellings (`Baten` is no misspelling of `Banen`). */
const MIN_FUZZY = 7;

/** The largest edit distance that still counts as a misspelling of a name of `length` characters. */
function fuzzyLimit(length: number): number {
  return Math.max(1, Math.floor(length / 7));
}

/** A misspelling this close is fixed by `--fix`: one character in a name of at least this length. */
const SAFE_LENGTH = 8;

/** The catalogue: lookups by name, taakveld and year. */
export class BbvCatalogue {
  readonly indicators: readonly BbvIndicator[];
  readonly taakvelden: readonly BbvTaakveld[];
  private readonly exact = new Map<string, Spelling>();
  private readonly spellings: Spelling[] = [];
  private readonly labelPatterns: RegExp[];
  private readonly taakveldNames = new Map<string, string>();
  private readonly matches = new Map<string, BbvNameMatch | undefined>();

  constructor(readonly data: BbvData) {
    this.indicators = data.indicators;
    this.taakvelden = data.taakvelden;
    for (const indicator of data.indicators) {
      for (const [i, name] of [indicator.name, ...(indicator.aliases ?? [])].entries()) {
        const forms = [name, withoutParentheses(name)];
        for (const [j, form] of forms.entries()) {
          const compact = compactName(form);
          if (compact === '' || this.exact.has(compact)) continue;
          // An alias is replaced by the official name; the bare form of the name by the bare name.
          const replacement = i === 0 && j === 1 ? withoutParentheses(indicator.name) : indicator.name;
          const spelling = { compact, words: wordsOf(form), indicator, replacement };
          this.exact.set(compact, spelling);
          this.spellings.push(spelling);
        }
      }
    }
    this.labelPatterns = data.tableLabels.map(
      (label) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(label).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu'),
    );
    for (const taakveld of data.taakvelden) {
      for (const name of [taakveld.name, ...(taakveld.aliases ?? [])]) this.taakveldNames.set(compactName(name), taakveld.code);
    }
  }

  /** The indicator a name denotes exactly (official name or variant, tolerantly normalised). */
  byName(name: string): BbvIndicator | undefined {
    const match = this.match(name);
    return match?.how === 'exact' ? match.indicator : undefined;
  }

  /** The indicator closest to a name, if any is close enough to be a misspelling of it. */
  closest(name: string): { indicator: BbvIndicator; distance: number } | undefined {
    const match = this.match(name);
    return match ? { indicator: match.indicator, distance: match.distance } : undefined;
  }

  /**
   * Matches a written name (a table cell's source): exactly, by its words, or (with `fuzzy`) as a
   * misspelling. Offsets in the result are into `raw`.
   */
  match(raw: string, fuzzy = true): BbvNameMatch | undefined {
    // Every row name of every table is matched on every lint: remembered (the result is shared, not changed by callers).
    const key = `${fuzzy ? 1 : 0}${raw}`;
    if (this.matches.has(key)) return this.matches.get(key);
    const result = this.read(raw, fuzzy);
    if (this.matches.size >= 5000) this.matches.clear();
    this.matches.set(key, result);
    return result;
  }

  private read(raw: string, fuzzy: boolean): BbvNameMatch | undefined {
    const candidates = nameCandidates(raw);
    for (const c of candidates) {
      const spelling = this.exact.get(compactName(c.text));
      if (spelling) return this.result(spelling, 'exact', 0, c);
    }
    let best: { spelling: Spelling; candidate: Candidate; score: number } | undefined;
    for (const c of candidates) {
      const words = wordsOf(c.text);
      for (const spelling of this.spellings) {
        if (spelling.words.length < 2 || !containsInOrder(words, spelling.words)) continue;
        // The most specific spelling wins (Jongeren met jeugdhulp over a two-word variant).
        if (!best || spelling.words.length > best.score) best = { spelling, candidate: c, score: spelling.words.length };
      }
    }
    if (best) return this.result(best.spelling, 'words', 0, best.candidate);
    if (!fuzzy) return undefined;
    let near: { spelling: Spelling; candidate: Candidate; distance: number } | undefined;
    for (const c of candidates) {
      const compact = compactName(c.text);
      if (compact.length < MIN_FUZZY) continue;
      for (const spelling of this.spellings) {
        if (spelling.compact.length < MIN_FUZZY) continue;
        if (Math.abs(spelling.compact.length - compact.length) > fuzzyLimit(spelling.compact.length)) continue;
        const d = distance(compact, spelling.compact);
        if (d <= fuzzyLimit(spelling.compact.length) && (!near || d < near.distance)) near = { spelling, candidate: c, distance: d };
      }
    }
    return near ? this.result(near.spelling, 'misspelled', near.distance, near.candidate) : undefined;
  }

  /** Whether a misspelling is certain enough for `--fix`: one character off in a long name. */
  isSafeFix(match: BbvNameMatch): boolean {
    return match.clean && match.distance <= 1 && compactName(match.replacement).length >= SAFE_LENGTH;
  }

  private result(spelling: Spelling, how: BbvMatchKind, d: number, c: Candidate): BbvNameMatch {
    return {
      indicator: spelling.indicator,
      how,
      distance: d,
      start: c.start,
      end: c.end,
      written: c.text,
      clean: c.clean,
      replacement: spelling.replacement,
    };
  }

  /** Whether an indicator applies to a year; without a year, whether it still applies. */
  appliesIn(indicator: BbvIndicator, year: number | undefined): boolean {
    if (year === undefined) return indicator.until === undefined;
    return indicator.from <= year && (indicator.until === undefined || year <= indicator.until);
  }

  /** The indicators that apply to a year (without a year: those that still apply). */
  applicable(year: number | undefined): BbvIndicator[] {
    return this.indicators.filter((i) => this.appliesIn(i, year));
  }

  /** The indicators of a taakveld that apply to a year. */
  inTaakveld(code: string, year: number | undefined): BbvIndicator[] {
    return this.applicable(year).filter((i) => i.taakveld === code);
  }

  /** A taakveld by its code. */
  taakveld(code: string): BbvTaakveld | undefined {
    return this.taakvelden.find((t) => t.code === code);
  }

  /**
   * The main taakveld a Taakveld cell names: a code (`0`, `0.4`, `6.1`, `Taakveld 8. Volkshuisvesting`)
   * or a name (`Sociaal domein`, `Overhead`).
   */
  taakveldOf(text: string): string | undefined {
    const trimmed = text.replace(/^\s*taakveld\s*/iu, '').trim();
    const code = /^(\d)(?:[.,]\d+[a-z]?)*\.?(?![\d])/u.exec(trimmed)?.[1];
    if (code !== undefined) return this.taakveld(code) ? code : undefined;
    return this.taakveldNames.get(compactName(trimmed));
  }

  /** Whether a table label or heading names the BBV (`BBV-indicatoren`, `Verplichte beleidsindicatoren`). */
  isTableLabel(text: string): boolean {
    return this.labelPatterns.some((p) => p.test(text));
  }

  /** Whether a written unit fits an indicator's unit: same kind (%, fte, euro …) and the same `per` base. */
  unitMatches(indicator: BbvIndicator, written: string): boolean {
    const seen = unitSignature(written);
    return [indicator.unit, ...(indicator.otherUnits ?? [])].some((unit) => signaturesAgree(unitSignature(unit), seen));
  }
}

/** A part of a cell's text that may be the name. */
interface Candidate {
  start: number;
  end: number;
  text: string;
  clean: boolean;
}

const FILLER = /^(?:(?:het|de)\s+)?(?:aantal|percentage|%|bbv|indicator)(?![\p{L}\p{N}])\s*[:\-–]?\s*/iu;
const TRAILING_UNIT = [
  /\s+per\s+\S.*$/iu,
  /\s+(?:in|als|x|×)\s+(?:%|€|fte|euro|kg|procent|percentage|duizend|kosten)(?![\p{L}]).*$/iu,
  /\s+(?:fte|%|€)\s*$/iu,
];
const SEPARATORS = /\s[-–—]\s|[:;,]/gu;

/**
 * The parts of a cell's text that may be the indicator's name, longest first: the whole text and
 * its pieces between ` - `, `:`, `,` and `;`, each without parenthesised parts, markers, a leading
 * filler word and a trailing unit. Offsets are into `raw`.
 */
export function nameCandidates(raw: string): Candidate[] {
  // Blank out what is not part of a name, keeping offsets: <br>, (…), asterisks, escapes.
  let masked = maskBreaks(raw);
  for (let i = 0; i < 3; i++) masked = masked.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  masked = masked.replace(/[*\\]/g, ' ');
  const pieces: { start: number; end: number }[] = [{ start: 0, end: masked.length }];
  let at = 0;
  for (const m of masked.matchAll(SEPARATORS)) {
    pieces.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  if (at > 0) pieces.push({ start: at, end: masked.length });
  const out: Candidate[] = [];
  for (const piece of pieces) {
    let { start, end } = piece;
    let text = masked.slice(start, end);
    // Leading fillers, possibly several (`BBV % Niet-sporters`).
    for (;;) {
      const lead = /^\s*/u.exec(text)?.[0].length ?? 0;
      const filler = FILLER.exec(text.slice(lead));
      if (!filler || filler[0].length === 0 || lead + filler[0].length >= text.trimEnd().length) break;
      start += lead + filler[0].length;
      text = masked.slice(start, end);
    }
    for (const pattern of TRAILING_UNIT) {
      const m = pattern.exec(text);
      if (m && m.index > 0) {
        end = start + m.index;
        text = masked.slice(start, end);
      }
    }
    while (start < end && /\s/u.test(masked[start])) start++;
    while (end > start && /\s/u.test(masked[end - 1])) end--;
    if (end <= start) continue;
    const shown = masked.slice(start, end).replace(/\s+/g, ' ');
    if (!/\p{L}/u.test(shown) || out.some((c) => c.start === start && c.end === end)) continue;
    out.push({ start, end, text: shown, clean: raw.slice(start, end) === masked.slice(start, end) });
  }
  return out;
}

/**
 * Whether `needle` occurs in `words` in order, starting among the first three words, with at most
 * four other words between its words.
 */
function containsInOrder(words: string[], needle: string[]): boolean {
  // `niet` turns a name around (WOZ-waarde niet-woningen is not the WOZ-waarde of woningen).
  if (words.includes('niet') !== needle.includes('niet')) return false;
  let from = words.indexOf(needle[0]);
  if (from === -1 || from > 2) return false;
  let gaps = 0;
  for (const word of needle.slice(1)) {
    const next = words.indexOf(word, from + 1);
    if (next === -1) return false;
    gaps += next - from - 1;
    from = next;
  }
  return gaps <= 4;
}

type UnitKind = 'percent' | 'fte' | 'kg' | 'euro' | 'count';

interface UnitSignature {
  kind: UnitKind;
  /** The `per` base: 1 (per inwoner), 1000, 10000; absent when the unit has none. */
  base?: number;
}

/** What a unit text says: a percentage, fte, kilos, euros or a count, and per how many. */
function unitSignature(text: string): UnitSignature {
  const t = foldText(text);
  const kind: UnitKind = /%|procent|percentage|verhouding|index/u.test(t)
    ? 'percent'
    : /(?<!\p{L})fte(?!\p{L})/u.test(t)
      ? 'fte'
      : /(?<!\p{L})kg(?!\p{L})|kilo/u.test(t)
        ? 'kg'
        : /€|euro|kosten|bedrag/u.test(t)
          ? 'euro'
          : 'count';
  const signature: UnitSignature = { kind };
  const per = /(?<!\p{L})per\s+(\d{1,3}(?:[.\s]\d{3})+|\d+|duizend|\p{L}+)/u.exec(t);
  if (per) {
    const word = per[1];
    signature.base = /^\d/.test(word) ? Number(word.replace(/[.\s]/g, '')) : word === 'duizend' ? 1000 : 1;
  }
  return signature;
}

function signaturesAgree(official: UnitSignature, written: UnitSignature): boolean {
  if (official.kind !== written.kind) return false;
  return official.base === undefined || written.base === undefined || official.base === written.base;
}

/** The catalogue of the bundled list. */
export const bbvCatalogue = new BbvCatalogue(catalogueData as BbvData);

/** A row of a table whose name denotes a mandatory indicator. */
export interface BbvRowMatch {
  row: IndicatorRow;
  /** The cell with the name: the first cell, or the first text cell after a row number (`1.`, `0.1`). */
  nameCell: TableCell;
  match: BbvNameMatch;
  /** The span of the compared part of the name in the document. */
  span: Span;
  /** The row's cell in the Eenheid (unit) column, if the table has one. */
  unitCell?: ValueCell;
}

/** Why a table counts as a BBV table. */
export type BbvReason = 'label' | 'heading' | 'taakveld' | 'names';

/** A table read against the catalogue. */
export interface BbvTableReading {
  table: IndicatorTable;
  /** Why the table is a BBV table; absent for a table that is none. */
  reason?: BbvReason;
  /** The rows naming a mandatory indicator (misspellings only in a BBV table). */
  rows: BbvRowMatch[];
  /** Taakvelden named in a Taakveld column, with their cells. */
  taakveldCells: { code: string; cell: ValueCell }[];
  unitColumn?: Column;
  taakveldColumn?: Column;
  /** Index of the cell names are written in (0: the first cell; more after a row-number column). */
  nameIndex: number;
}

/** A row number in the name cell (`1`, `1.`, `0.1`, `13.01`, `I.17.`, `1a`, `A.`): the name is in a later cell. */
const ROW_ID = /^(?:[IVX]{1,4}\.)?\d+(?:[.\-]\d+)*[a-z]?\.?$|^[A-Z]\.$/u;

/** Roles whose cells never hold the name. */
const NOT_NAME_ROLES = new Set(['taakveld', 'unit', 'source', 'period', 'number', 'note']);

/** The cell that holds a row's indicator name, and its index among the row's cells. */
function nameCellOf(row: IndicatorRow): { cell: TableCell; index: number } {
  const plain = row.name.plain;
  if (plain !== '' && !ROW_ID.test(plain)) return { cell: row.name, index: 0 };
  for (const [i, cell] of row.cells.entries()) {
    const column = cell.column;
    if (column && (column.year !== undefined || (column.role !== undefined && NOT_NAME_ROLES.has(column.role)))) continue;
    if (/\p{L}/u.test(maskBreaks(cell.raw))) return { cell, index: column?.index ?? i + 1 };
  }
  return { cell: row.name, index: 0 };
}

/** The heading nearest above a table. */
function headingAbove(doc: ChapterDocument, table: IndicatorTable): Heading | undefined {
  let found: Heading | undefined;
  for (const heading of doc.headings) {
    if (heading.span.end > table.span.start) break;
    found = heading;
  }
  return found;
}

/**
 * Reads a table against the catalogue: which rows name a mandatory indicator and whether the table
 * is a BBV table. Misspellings are looked for only in a BBV table.
 */
export function readBbvTable(
  doc: ChapterDocument,
  table: IndicatorTable,
  catalogue: BbvCatalogue = bbvCatalogue,
): BbvTableReading {
  const unitColumn = table.columns.find((c) => c.role === 'unit');
  const taakveldColumn = table.columns.find((c) => c.role === 'taakveld');
  const taakveldCells: BbvTableReading['taakveldCells'] = [];
  if (taakveldColumn) {
    for (const row of table.rows) {
      const cell = row.cells.find((c) => c.column === taakveldColumn);
      const code = cell ? catalogue.taakveldOf(cellText(cell.raw)) : undefined;
      if (cell && code !== undefined) taakveldCells.push({ code, cell });
    }
  }
  const label = cellText(table.label.raw);
  const heading = headingAbove(doc, table);
  const matchRows = (fuzzy: boolean) => {
    const rows: BbvRowMatch[] = [];
    const indices: number[] = [];
    for (const row of table.rows) {
      const { cell, index } = nameCellOf(row);
      const match = catalogue.match(cell.raw, fuzzy);
      if (!match) continue;
      const entry: BbvRowMatch = {
        row,
        nameCell: cell,
        match,
        span: { start: cell.span.start + match.start, end: cell.span.start + match.end },
      };
      const unitCell = unitColumn ? row.cells.find((c) => c.column === unitColumn) : undefined;
      if (unitCell) entry.unitCell = unitCell;
      rows.push(entry);
      indices.push(index);
    }
    return { rows, indices };
  };
  const strict = matchRows(false);
  const reason: BbvReason | undefined = catalogue.isTableLabel(label)
    ? 'label'
    : heading && catalogue.isTableLabel(heading.text)
      ? 'heading'
      : taakveldColumn
        ? 'taakveld'
        : new Set(strict.rows.filter((r) => r.match.how === 'exact').map((r) => r.match.indicator)).size >= 2
          ? 'names'
          : undefined;
  const { rows, indices } = reason ? matchRows(true) : strict;
  const reading: BbvTableReading = { table, rows, taakveldCells, nameIndex: mostCommon(indices) ?? 0 };
  if (reason) reading.reason = reason;
  if (unitColumn) reading.unitColumn = unitColumn;
  if (taakveldColumn) reading.taakveldColumn = taakveldColumn;
  return reading;
}

/** Every table of a chapter read against the catalogue, in order. */
export function readBbvTables(doc: ChapterDocument, catalogue: BbvCatalogue = bbvCatalogue): BbvTableReading[] {
  return doc.tables.map((t) => readBbvTable(doc, t, catalogue));
}

function mostCommon(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** The years an indicator applies to, for messages and hovers: `vanaf 2017`, `2017 t/m 2019`. */
export function bbvYears(indicator: BbvIndicator): { nl: string; en: string } {
  return indicator.until === undefined
    ? { nl: `vanaf ${indicator.from}`, en: `from ${indicator.from}` }
    : { nl: `${indicator.from} t/m ${indicator.until}`, en: `${indicator.from} to ${indicator.until}` };
}
