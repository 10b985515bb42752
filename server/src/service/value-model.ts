/** The model of a cell value (see `cell-value.ts` and `value.ts`). */
import type { FootnoteMarker } from './footnote-model.js';
import type { Span } from './positions.js';

/** A cell value: main value, annotations in parentheses, footnote markers. */
export interface CellValue {
  main: MainValue;
  annotations: { text: string; span: Span }[];
  markers: FootnoteMarker[];
  /** Text after the annotations that is neither an annotation nor a marker. */
  trailing?: { text: string; span: Span };
}

export type Comparator = '>' | '<' | '≥' | '≤';

/**
 * What a word that stands for "no value" says (`n.v.t.`, `n.b.`, `p.m.` …). The dash `-` is a
 * kind of its own (`dash`), as the dialect has always written it.
 */
export type NoValueMeaning =
  | 'not-applicable'
  | 'unknown'
  | 'not-available'
  | 'pending'
  | 'pro-memorie'
  | 'see-note'
  | 'to-be-determined'
  | 'no-measurement';

/** The value forms that a configuration can switch off (see `$defs.valueForms`). */
export type ValueForm = 'range' | 'ratio' | 'date' | 'currency' | 'measurement-year';

/** The currency of an amount (`€ 559`). */
export type Currency = 'EUR';

export type MainValue =
  | { type: 'empty'; span: Span }
  | { type: 'dash'; span: Span }
  | { type: 'trend'; span: Span; word: string; canonical: string }
  | {
      type: 'quantity';
      span: Span;
      comparator?: Comparator;
      number: number;
      numberText: string;
      unit?: string;
      /** An amount: `€ 559`, `€ 1,2 mln`. */
      currency?: Currency;
      /** The factor of a scale word after the number: 1000000 for `mln`. */
      scale?: number;
      /** The measurement year written before the value: `2016: 7,2`. */
      measuredIn?: number;
    }
  | {
      type: 'range';
      span: Span;
      low: number;
      high: number;
      lowText: string;
      highText: string;
      /** One unit for both bounds (`60-70%`, `60%-70%`). */
      unit?: string;
      currency?: Currency;
      scale?: number;
      measuredIn?: number;
    }
  | {
      /** `1 op 5`: numerator out of denominator. */
      type: 'ratio';
      span: Span;
      comparator?: Comparator;
      numerator: number;
      denominator: number;
      measuredIn?: number;
    }
  | {
      /** A date (`1-1-2020`, `1 januari 2020`) or, when configured, a year alone (`2019`). */
      type: 'date';
      span: Span;
      year: number;
      month?: number;
      day?: number;
    }
  | { type: 'none'; span: Span; word: string; meaning: NoValueMeaning }
  | { type: 'boolean'; span: Span; word: string; value: boolean }
  | {
      type: 'invalid';
      span: Span;
      text: string;
      reason: InvalidReason;
      suggestion?: string;
      /** For `not-allowed`: the form the value has, which the configuration does not allow. */
      form?: ValueForm;
    };

/** Why a main value is not valid; each reason has its own message in value-format. */
export type InvalidReason =
  | 'space-before-percent'
  | 'decimal-point'
  | 'word-unit'
  | 'comparator-form'
  | 'dash-form'
  | 'unknown-unit'
  | 'unknown-per-unit'
  | 'range-order'
  | 'range-units'
  | 'impossible-date'
  | 'not-allowed'
  | 'unrecognised';
