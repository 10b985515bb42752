/**
 * The catalogue of mandatory BBV indicators: the data file's shape, the bundled list, and lookups
 * by name (exact, by words, misspelled), taakveld, year and unit.
 */
import { distance } from 'fastest-levenshtein';
import catalogueData from '../../../schemas/bbv-indicators.json' with { type: 'json' };
import { type Candidate, compactName, containsInOrder, foldText, nameCandidates, withoutParentheses, wordsOf } from './bbv-names.js';
import { escapeRegExp } from './escape-regexp.js';

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
