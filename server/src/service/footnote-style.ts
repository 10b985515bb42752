/**
 * The footnote styles a configuration allows (Roman numerals, asterisks, numbers, superscript
 * digits, letters) and where definitions stand, compiled once per vocabulary. Defaults are data in
 * `schemas/programmatekst.schema.json#/$defs/footnoteStyle`; the readers that apply the compiled
 * patterns are `footnote-syntax.ts` (names, definitions) and `cell-value.ts` (value cells).
 *
 * The numerals are in `footnote-numerals.ts`, the catalogue of styles in
 * `footnote-style-catalogue.ts`; what other modules use of them is re-exported here.
 */
import modelSchema from '../../../schemas/programmatekst.schema.json' with { type: 'json' };
import { escapeRegExp } from './escape-regexp.js';
import type { FootnoteDefinition, FootnoteKind, FootnoteMarker, FootnoteStyleName } from './footnote-model.js';
import { formatNumeral, maxNumeral, NUMERAL_SOURCE, numeralValue, plainNumeral } from './footnote-numerals.js';
import {
  type DefinitionForm,
  type DefinitionPattern,
  definitionPatterns,
  footnoteStyleNames,
  KIND_ORDER,
  STYLES,
  type StyleSpec,
} from './footnote-style-catalogue.js';

export {
  formatNumeral,
  isMarkerNumeral,
  maxNumeral,
  numeralValue,
  plainNumeral,
  ROMAN_SOURCE,
  romanValue,
  toRoman,
} from './footnote-numerals.js';
export { type DefinitionForm, footnoteStyleNames } from './footnote-style-catalogue.js';

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
    return next <= maxNumeral(kind) ? formatNumeral(kind, next) : undefined;
  }
}

/** The footnote style of the default vocabulary (Roman numerals and asterisks). */
export const defaultFootnotes = new FootnoteStyle(defaultFootnoteStyle);
