/**
 * The footnote styles a configuration allows (Roman numerals, asterisks, numbers, superscript
 * digits, letters) and where definitions stand, compiled once per vocabulary. Defaults are data in
 * `schemas/programmatekst.schema.json#/$defs/footnoteStyle`; the readers that apply the compiled
 * patterns are `footnote-syntax.ts` (names, definitions) and `cell-value.ts` (value cells).
 */
import modelSchema from '../../../schemas/programmatekst.schema.json' with { type: 'json' };
import type { FootnoteDefinition, FootnoteKind, FootnoteMarker, FootnoteStyleName } from './footnote-model.js';

/** Footnote style as written in the schema defaults and in configuration files. */
export interface FootnoteStyleData {
  /** The marker styles in use (see {@link FootnoteStyleName}). */
  styles?: string[];
  /** Words of a line that introduces the definitions (`Toelichting`, `Bron`). */
  labels?: string[];
  /** Definitions are only read under a label line. */
  requireLabel?: boolean;
  /** Regular expressions for marker look-alikes that are no marker (`^\(\d{2}\)$`). */
  ignore?: string[];
  /** Asterisks as a numbering; by default only when asterisk is the only style. */
  orderAsterisks?: boolean;
}

/** The default footnote style, read from the schema. */
export const defaultFootnoteStyle: FootnoteStyleData = (
  modelSchema as unknown as { $defs: { footnoteStyle: { default: FootnoteStyleData } } }
).$defs.footnoteStyle.default;

/**
 * Merges a configuration's footnote style into a base: every key the configuration gives replaces
 * the base's (a list of styles is a choice, not an addition), unless `extend` is false, in which
 * case the configuration alone counts and missing keys take the schema defaults.
 */
export function mergeFootnoteStyle(
  base: FootnoteStyleData,
  override: FootnoteStyleData | undefined,
  extend: boolean,
): FootnoteStyleData {
  if (!override) return base;
  return extend ? { ...base, ...override } : { ...override };
}

// ---------------------------------------------------------------------------------------------
// Numerals

/** A roman numeral I … XXXIX as a regular expression source, without anchors (`X{0,3}` is the limit of {@link maxNumeral}). */
export const ROMAN_SOURCE = '(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})';
const ROMAN = new RegExp(`^${ROMAN_SOURCE}$`);
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_SOURCE = '[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?';

/** The numeral of each kind as a regular expression source, without anchors. */
const NUMERAL_SOURCE: Record<FootnoteKind, string> = {
  roman: ROMAN_SOURCE,
  asterisk: '(?:\\\\?\\*)+',
  number: '[1-9]\\d?',
  superscript: SUPERSCRIPT_SOURCE,
  letter: '[a-z]',
};

/** The highest value a numeral of each kind can have: XXXIX, 99, ⁹⁹, z. */
const MAX_VALUE: Record<FootnoteKind, number> = { roman: 39, asterisk: 9, number: 99, superscript: 99, letter: 26 };

/** True for a roman numeral that can be a footnote marker (I … XXXIX). */
export function isMarkerNumeral(text: string): boolean {
  return ROMAN.test(text);
}

/** The value of a roman numeral (I … XXXIX). */
export function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN_VALUES[numeral[i]] ?? 0;
    const next = ROMAN_VALUES[numeral[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The roman numeral for 1 … 39. */
export function toRoman(value: number): string {
  const out = 'X'.repeat(Math.floor(value / 10));
  const ones = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
  return out + ones[value % 10];
}

/**
 * A numeral of a kind written out: `IV`, `**`, `4`, `⁴`, `d`. `like` is the numeral it replaces:
 * asterisks written escaped there (`\*`) stay escaped.
 */
export function formatNumeral(kind: FootnoteKind, value: number, like?: string): string {
  switch (kind) {
    case 'roman':
      return toRoman(value);
    case 'asterisk':
      return (like?.includes('\\') ? '\\*' : '*').repeat(value);
    case 'number':
      return String(value);
    case 'superscript':
      return [...String(value)].map((d) => SUPERSCRIPT[Number(d)]).join('');
    case 'letter':
      return String.fromCharCode(96 + value);
  }
}

/**
 * The value of a numeral as written (`IV`, `\*\*`, `4`, `⁴`, `d`), or undefined when it is no
 * numeral of that kind. Superscript numerals may be typed as plain digits.
 */
export function numeralValue(kind: FootnoteKind, text: string): number | undefined {
  switch (kind) {
    case 'roman':
      return ROMAN.test(text) ? romanValue(text) : undefined;
    case 'asterisk':
      return /^(?:\\?\*)+$/.test(text) && count(text, '*') <= MAX_VALUE.asterisk ? count(text, '*') : undefined;
    case 'number':
      return /^[1-9]\d?$/.test(text) ? Number(text) : undefined;
    case 'superscript': {
      if (/^[1-9]\d?$/.test(text)) return Number(text);
      if (!new RegExp(`^${SUPERSCRIPT_SOURCE}$`, 'u').test(text)) return undefined;
      return Number([...text].map((c) => SUPERSCRIPT.indexOf(c)).join(''));
    }
    case 'letter':
      return /^[a-z]$/.test(text) ? text.charCodeAt(0) - 96 : undefined;
  }
}

/** The numeral as the model keeps it: asterisks without their escapes, others as written. */
export function plainNumeral(kind: FootnoteKind, written: string): string {
  return kind === 'asterisk' ? '*'.repeat(count(written, '*')) : written;
}

/** The highest value a numeral of a kind can have (39 for Roman numerals). */
export function maxNumeral(kind: FootnoteKind): number {
  return MAX_VALUE[kind];
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

// ---------------------------------------------------------------------------------------------
// The styles

interface NamePattern {
  pattern: RegExp;
  /** The marker's parenthesis must not close one opened before it: `(schaal 1-5)` holds no `5)`. */
  unmatched?: boolean;
}

interface StyleSpec {
  kind: FootnoteKind;
  /** Markers in an indicator name; group 1 is the numeral. */
  name: NamePattern[];
  /** A marker at the start of a cell's main value. */
  lead?: RegExp;
  /** A marker at the end of a cell's main value; group 1 is the numeral. */
  trail?: RegExp;
  /** A marker where the reading of a cell stands after its main value (sticky); group 1 is the numeral. */
  free?: RegExp;
  /** The numeral alone in parentheses after a value is a marker: `(4)`. */
  paren?: boolean;
  /** How a definition is written when the beleidsveld has none of its kind yet. */
  definition: DefinitionForm;
}

/** The text around the numeral of a definition: `(` `IV` `)`, `` `4` `.`, `)` `1` ` =`. */
export interface DefinitionForm {
  open: string;
  close: string;
  /** The column the text starts at (`I   `, `II  `); else one space after the form. */
  column?: number;
}

const S = SUPERSCRIPT_SOURCE;
const NOT_SUPERSCRIPT = '[⁰¹²³⁴⁵⁶⁷⁸⁹]';

/** The catalogue of styles: the forms of each, in names, in value cells and in new definitions. */
const STYLES: Record<FootnoteStyleName, StyleSpec> = {
  roman: {
    kind: 'roman',
    name: [{ pattern: new RegExp(`\\(\\s*(${ROMAN_SOURCE})\\s*\\)`, 'gu') }],
    paren: true,
    definition: { open: '', close: '', column: 4 },
  },
  asterisk: {
    kind: 'asterisk',
    // Only at the end of a name: an asterisk inside a name is emphasis or text.
    name: [{ pattern: /((?:\\?\*)+)(?=\s*$)/gu }],
    lead: /^(?:\\?\*)+/u,
    trail: /((?:\\?\*)+)$/u,
    free: /((?:\\?\*)+)/uy,
    definition: { open: '', close: '' },
  },
  'number-paren': {
    kind: 'number',
    name: [{ pattern: /\(\s*([1-9]\d?)\s*\)/gu }],
    paren: true,
    definition: { open: '', close: '.' },
  },
  'number-close': {
    kind: 'number',
    name: [{ pattern: /(?<!\S)([1-9]\d?)\)(?=\s*$)/gu, unmatched: true }],
    trail: /(?<![\p{L}\p{N}.,])([1-9]\d?)\)$/u,
    free: /([1-9]\d?)\)/uy,
    definition: { open: '', close: ')' },
  },
  'close-number': {
    kind: 'number',
    name: [{ pattern: /\)\s*([1-9]\d?)(?=\s*$)/gu, unmatched: true }],
    trail: /\)\s*([1-9]\d?)$/u,
    free: /\)\s*([1-9]\d?)(?!\d)/uy,
    definition: { open: ')', close: ' =' },
  },
  'number-glued': {
    kind: 'number',
    // `zorgvoorzieningen.1`, `(per 1.000 inwoners)1`: not after a digit, so `6.1` and `CO2` stay text.
    name: [{ pattern: /(?<=\p{L}\.|\))([1-9]\d?)(?=\s*$)/gu }],
    definition: { open: '', close: '.' },
  },
  superscript: {
    kind: 'superscript',
    // Not after `m`: `m²`, `km²` and `m³` are units.
    name: [{ pattern: new RegExp(`(?<![m${SUPERSCRIPT}])(${S})(?!${NOT_SUPERSCRIPT})`, 'gu') }],
    trail: new RegExp(`(?<![m${SUPERSCRIPT}])(${S})$`, 'u'),
    free: new RegExp(`(${S})(?!${NOT_SUPERSCRIPT})`, 'uy'),
    definition: { open: '', close: '' },
  },
  letter: {
    kind: 'letter',
    name: [{ pattern: /\(\s*([a-z])\s*\)/gu }, { pattern: /(?<!\S)([a-z])\)(?=\s*$)/gu, unmatched: true }],
    trail: /(?<![\p{L}\p{N}])([a-z])\)$/u,
    free: /([a-z])\)/uy,
    paren: true,
    definition: { open: '', close: ')' },
  },
};

/** The names of the styles, as configuration writes them. */
export const footnoteStyleNames = Object.keys(STYLES) as FootnoteStyleName[];

/** The order kinds are tried in where a text could be more than one (a definition line). */
const KIND_ORDER: FootnoteKind[] = ['roman', 'asterisk', 'number', 'superscript', 'letter'];

/** Separator between numeral and text; pages copied from the web use no-break spaces. */
const GAP = '[ \\t\\u00a0]+';

interface DefinitionPattern {
  kind: FootnoteKind;
  pattern: RegExp;
  /** Only under a label: unescaped asterisks (`* text`, a bullet once Markdown has read it). */
  labelled?: boolean;
}

/** Definition lines per kind: indent, text before the numeral, numeral, text after it, gap, text. */
function definitionPatterns(kind: FootnoteKind): DefinitionPattern[] {
  const n = NUMERAL_SOURCE[kind];
  const line = (open: string, numeral: string, close: string, gap = GAP) =>
    new RegExp(`^([ \\t]*)(${open})(${numeral})(${close})(${gap})(\\S.*)$`, 'u');
  switch (kind) {
    case 'roman':
      return [
        { kind, pattern: line('\\(', n, '\\)[.:]?') },
        { kind, pattern: line('', n, '[.:]?') },
      ];
    case 'asterisk':
      return [
        { kind, pattern: line('', '(?:\\\\\\*)+', '') },
        { kind, pattern: line('', '(?:\\\\?\\*)+', ''), labelled: true },
      ];
    case 'number':
      // A bare `4 text` is no definition: too many sentences start with a number.
      return [
        { kind, pattern: line('\\(', n, '\\)[.:]?') },
        { kind, pattern: line('', n, '\\\\?[.):]') },
        { kind, pattern: line('', n, '[ \\t]*=') },
        { kind, pattern: line('\\)[ \\t]?', n, '(?:[ \\t]*[=:])?') },
      ];
    case 'superscript':
      return [{ kind, pattern: line('', n, '[.:)]?', '[ \\t\\u00a0]*') }];
    case 'letter':
      return [
        { kind, pattern: line('\\(', n, '\\)[.:]?') },
        { kind, pattern: line('', n, '[.)]') },
      ];
  }
}

/** A style's pattern together with the style it belongs to. */
export interface StylePattern {
  style: FootnoteStyleName;
  kind: FootnoteKind;
  pattern: RegExp;
  unmatched?: boolean;
}

/** A definition line as read by {@link FootnoteStyle.readDefinitionLine}, offsets within the line. */
export interface DefinitionLine {
  kind: FootnoteKind;
  numeral: string;
  value: number;
  /** Where the definition starts (after the indent). */
  start: number;
  numeralStart: number;
  numeralEnd: number;
  gapStart: number;
  gapEnd: number;
  text: string;
}

/** Compiled footnote style: which forms are markers and definitions, and how numerals are written. */
export class FootnoteStyle {
  /** The styles in use. */
  readonly styles: ReadonlySet<FootnoteStyleName>;
  /** The kinds of numbering in use. */
  readonly kinds: ReadonlySet<FootnoteKind>;
  /** Words of a line that introduces the definitions. */
  readonly labels: readonly string[];
  /** Definitions are only read under a label line. */
  readonly requireLabel: boolean;
  /** Patterns of markers in indicator names. */
  readonly namePatterns: readonly StylePattern[];
  /** Markers at the start of a cell's main value. */
  readonly leadPatterns: readonly StylePattern[];
  /** Markers at the end of a cell's main value. */
  readonly trailPatterns: readonly StylePattern[];
  /** Markers after a cell's main value (sticky). */
  readonly freePatterns: readonly StylePattern[];
  private readonly parenStyles: { style: FootnoteStyleName; kind: FootnoteKind; numeral: RegExp }[];
  private readonly definitions: DefinitionPattern[];
  private readonly ignorePatterns: RegExp[];
  private readonly ordered: ReadonlySet<FootnoteKind>;
  private readonly labelPattern?: RegExp;

  constructor(readonly data: FootnoteStyleData) {
    const given = data.styles ?? defaultFootnoteStyle.styles ?? [];
    const styles = footnoteStyleNames.filter((name) => given.includes(name));
    this.styles = new Set(styles);
    this.kinds = new Set(styles.map((name) => STYLES[name].kind));
    this.labels = (data.labels ?? defaultFootnoteStyle.labels ?? []).filter((l) => typeof l === 'string' && l.trim() !== '');
    this.requireLabel = (data.requireLabel ?? defaultFootnoteStyle.requireLabel ?? false) && this.labels.length > 0;
    this.ignorePatterns = (data.ignore ?? defaultFootnoteStyle.ignore ?? []).flatMap((source) => {
      try {
        return [new RegExp(source, 'u')];
      } catch {
        return []; // An invalid pattern ignores nothing rather than breaking every chapter.
      }
    });
    const asteriskOnly = this.kinds.size === 1 && this.kinds.has('asterisk');
    const orderAsterisks = data.orderAsterisks ?? asteriskOnly;
    this.ordered = new Set([...this.kinds].filter((kind) => kind !== 'asterisk' || orderAsterisks));

    const each = (pick: (spec: StyleSpec) => RegExp | undefined): StylePattern[] =>
      styles.flatMap((style) => {
        const pattern = pick(STYLES[style]);
        return pattern ? [{ style, kind: STYLES[style].kind, pattern }] : [];
      });
    this.namePatterns = styles.flatMap((style) =>
      STYLES[style].name.map((p) => ({ style, kind: STYLES[style].kind, pattern: p.pattern, unmatched: p.unmatched })),
    );
    this.leadPatterns = each((spec) => spec.lead);
    this.trailPatterns = each((spec) => spec.trail);
    this.freePatterns = each((spec) => spec.free);
    this.parenStyles = styles
      .filter((style) => STYLES[style].paren)
      .map((style) => ({ style, kind: STYLES[style].kind, numeral: new RegExp(`^${NUMERAL_SOURCE[STYLES[style].kind]}$`, 'u') }));
    this.definitions = KIND_ORDER.filter((kind) => this.kinds.has(kind)).flatMap(definitionPatterns);
    if (this.labels.length > 0) {
      const words = [...this.labels].sort((a, b) => b.length - a.length).map((l) => escapeRegExp(l.trim())).join('|');
      const emphasis = '(?:\\*\\*|__|\\*|_)?';
      this.labelPattern = new RegExp(
        `^[ \\t]*(?:#{1,6}[ \\t]+)?${emphasis}(${words})[ \\t]*(?::[ \\t]*)?${emphasis}[ \\t]*(?::[ \\t]*)?(.*?)[ \\t]*$`,
        'iu',
      );
    }
  }

  /** True when a style is in use. */
  has(style: FootnoteStyleName): boolean {
    return this.styles.has(style);
  }

  /**
   * True for a numbering that is kept in order of first use (footnote-order, renumbering, rename):
   * every kind in use, asterisks only when they are the only style or `orderAsterisks` says so.
   */
  isOrdered(kind: FootnoteKind): boolean {
    return this.ordered.has(kind);
  }

  /** The ordered kinds, in a fixed order. */
  orderedKinds(): FootnoteKind[] {
    return KIND_ORDER.filter((kind) => this.ordered.has(kind));
  }

  /** True when a marker as written (`(22)`) matches an `ignore` pattern: then it is no marker. */
  isIgnored(written: string): boolean {
    return this.ignorePatterns.some((p) => p.test(written));
  }

  /** The style of a numeral alone in parentheses after a value (`(IV)`, `(4)`, `(d)`), if any. */
  parenMarker(inner: string): { style: FootnoteStyleName; kind: FootnoteKind } | undefined {
    const found = this.parenStyles.find((p) => p.numeral.test(inner));
    return found && { style: found.style, kind: found.kind };
  }

  /** How a definition of a marker's style is written when its beleidsveld has none of its kind. */
  definitionForm(style: FootnoteStyleName): DefinitionForm {
    return STYLES[style].definition;
  }

  /** Reads a line as a definition (`IV  text`, `\* text`, `4. text`, `)4 = text`, `d) text`), if it is one. */
  readDefinitionLine(line: string, underLabel: boolean): DefinitionLine | undefined {
    for (const { kind, pattern, labelled } of this.definitions) {
      if (labelled && !underLabel) continue;
      const m = pattern.exec(line);
      if (!m) continue;
      const [, indent, open, written, close, gap, text] = m;
      const value = numeralValue(kind, written);
      if (value === undefined) continue;
      const start = indent.length;
      const numeralStart = start + open.length;
      const numeralEnd = numeralStart + written.length;
      const gapStart = numeralEnd + close.length;
      if (this.isIgnored(line.slice(start, gapStart))) continue;
      return {
        kind,
        numeral: plainNumeral(kind, written),
        value,
        start,
        numeralStart,
        numeralEnd,
        gapStart,
        gapEnd: gapStart + gap.length,
        text: text.trim(),
      };
    }
    return undefined;
  }

  /**
   * Reads a line as a label line: the label word (`Toelichting`, `**Bron:**`, `### Toelichting`)
   * and what follows it on the line. Undefined when the style has no labels or the line is none.
   */
  readLabelLine(line: string): { label: string; rest: string; restIndex: number } | undefined {
    const m = this.labelPattern?.exec(line);
    if (!m) return undefined;
    const rest = m[2];
    return { label: m[1], rest, restIndex: line.replace(/[ \t]*$/, '').length - rest.length };
  }

  /** A numeral of a kind written out (see {@link formatNumeral}). */
  format(kind: FootnoteKind, value: number, like?: string): string {
    return formatNumeral(kind, value, like);
  }

  /** The value of a numeral of a kind as typed, or undefined (see {@link numeralValue}). */
  parse(kind: FootnoteKind, text: string): number | undefined {
    return numeralValue(kind, text);
  }

  /** The numbering of a kind as shown in messages: `I, II, III…`, `1, 2, 3…`, `*, **, ***…`. */
  sequence(kind: FootnoteKind): string {
    return `${formatNumeral(kind, 1)}, ${formatNumeral(kind, 2)}, ${formatNumeral(kind, 3)}…`;
  }

  /**
   * The numeral of a new footnote in a beleidsveld: one past the highest used or defined, in the
   * kind written in parentheses (Roman numerals, else numbers, else letters). Undefined when no
   * style writes numerals in parentheses or the next one is past the highest.
   */
  nextNumeral(field: { markers: readonly FootnoteMarker[]; definitions: readonly FootnoteDefinition[] }): string | undefined {
    const kind = this.parenStyles[0]?.kind;
    if (!kind) return undefined;
    const values = [...field.markers, ...field.definitions].filter((f) => f.kind === kind).map((f) => f.value);
    const next = Math.max(0, ...values) + 1;
    return next <= MAX_VALUE[kind] ? formatNumeral(kind, next) : undefined;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The footnote style of the default vocabulary (Roman numerals and asterisks). */
export const defaultFootnotes = new FootnoteStyle(defaultFootnoteStyle);
