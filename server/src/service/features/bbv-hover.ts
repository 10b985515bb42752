/**
 * Hover over the name of a mandatory policy indicator in a BBV table: the official name, what it
 * measures, its taakveld, unit, source and the years it applies to (from `schemas/bbv-indicators.json`).
 */
import { type BbvIndicator, bbvCatalogue, bbvYears, readBbvTable } from '../bbv.js';
import type { ChapterDocument, IndicatorTable } from '../model.js';
import type { Span } from '../positions.js';
import type { FeatureContext } from './context.js';
import { localize, localizeMessage, markdownCell } from './shared.js';

/**
 * Markdown describing an indicator: title line, definition, a small table of taakveld, unit, source
 * and years, and the list's note on what is uncertain.
 */
export function bbvDocumentation(indicator: BbvIndicator, ctx: FeatureContext): string {
  const taakveld = bbvCatalogue.taakveld(indicator.taakveld);
  const rows: [string, string][] = [
    [localize(ctx, 'Taakveld', 'Taakveld'), `${indicator.taakveld}${taakveld ? ` ${taakveld.name}` : ''}`],
    [localize(ctx, 'Eenheid', 'Unit'), indicator.unit],
    [localize(ctx, 'Bron', 'Source'), indicator.source],
    [localize(ctx, 'Geldt', 'Applies'), localizeMessage(ctx, bbvYears(indicator))],
  ];
  const parts = [
    localize(
      ctx,
      `**${markdownCell(indicator.name)}**: verplichte beleidsindicator (BBV, nr. ${indicator.number})`,
      `**${markdownCell(indicator.name)}**: mandatory policy indicator (BBV, no. ${indicator.number})`,
    ),
    indicator.definition,
    ['| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${markdownCell(v)} |`)].join('\n'),
  ];
  if (indicator.note) parts.push(`_${localize(ctx, 'Let op', 'Note')}: ${indicator.note}_`);
  return parts.join('\n\n');
}

/**
 * The hover for an offset in a BBV table's name cell, or undefined when the offset is not on the
 * name of a mandatory indicator (or the table is no BBV table).
 */
export function bbvHover(
  doc: ChapterDocument,
  table: IndicatorTable,
  offset: number,
  ctx: FeatureContext,
): { value: string; span: Span } | undefined {
  const reading = readBbvTable(doc, table);
  if (!reading.reason) return undefined;
  const entry = reading.rows.find((r) => offset > r.nameCell.outerSpan.start && offset <= r.nameCell.outerSpan.end);
  if (!entry) return undefined;
  const { match } = entry;
  let value = bbvDocumentation(match.indicator, ctx);
  if (match.how === 'misspelled') {
    value += localize(
      ctx,
      `\n\n_Hier geschreven als '${markdownCell(match.written)}'._`,
      `\n\n_Written here as '${markdownCell(match.written)}'._`,
    );
  }
  return { value, span: entry.nameCell.span };
}
