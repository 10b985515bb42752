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
    }
  | { type: 'invalid'; span: Span; text: string; reason: InvalidReason; suggestion?: string };

/** Why a main value is not valid; each reason has its own message in value-format. */
export type InvalidReason =
  | 'space-before-percent'
  | 'decimal-point'
  | 'word-unit'
  | 'comparator-form'
  | 'dash-form'
  | 'unknown-unit'
  | 'unrecognised';

