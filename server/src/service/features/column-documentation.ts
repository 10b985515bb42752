/** What a column of an indicator table means: shown on hover over a header and with header completions. */
import type { ChapterDocument, ColumnRole, DocumentKind } from '../model.js';
import type { FeatureContext } from './context.js';
import { localize } from './shared.js';

/** One word for a role: realisatie / streefwaarde. */
export function roleSummary(role: ColumnRole, ctx: FeatureContext): string {
  return role === 'behaald' ? localize(ctx, 'realisatie', 'result') : localize(ctx, 'streefwaarde', 'target');
}

/**
 * Markdown explaining a value column (`Behaald 2017`), and whether it belongs in the layout of the
 * document's kind and year.
 * @param header the header as written
 */
export function columnDocumentation(
  doc: ChapterDocument,
  header: string,
  role: ColumnRole | undefined,
  year: number | undefined,
  ctx: FeatureContext,
): string {
  const vocabulary = ctx.settings.vocabulary;
  const parts: string[] = [];
  const trends = Object.keys(vocabulary.data.trendWords).join(', ');
  if (role === 'behaald' && year !== undefined) {
    parts.push(
      localize(
        ctx,
        `**${header}**: de gemeten waarde (realisatie) over ${year}. Vul een getal in, of \`-\` als er geen gegevens zijn; een trendwoord hoort hier niet.`,
        `**${header}**: the measured value (result) for ${year}. Write a number, or \`-\` when there is no data; a trend word does not belong here.`,
      ),
    );
  } else if (role === 'beoogd' && year !== undefined) {
    parts.push(
      localize(
        ctx,
        `**${header}**: de streefwaarde voor ${year}: een getal, eventueel met een vergelijking (\`> 70%\`), of een trendwoord (${trends}).`,
        `**${header}**: the target for ${year}: a number, optionally with a comparison (\`> 70%\`), or a trend word (${trends}).`,
      ),
    );
  } else {
    const words = [vocabulary.columnWord('behaald'), vocabulary.columnWord('beoogd')].join(localize(ctx, ' of ', ' or '));
    parts.push(
      localize(
        ctx,
        `**${header}**: geen bekende kolom; een kolomkop is ${words} met een jaartal.`,
        `**${header}**: not a known column; a column header is ${words} with a year.`,
      ),
    );
  }
  const layout = layoutText(doc, ctx);
  if (layout) {
    const fits =
      role !== undefined &&
      year !== undefined &&
      vocabulary.layout(layout.kind).some((c) => c.role === role && (doc.year as number) + c.offset === year);
    parts.push(
      fits
        ? localize(
            ctx,
            `Hoort in de indeling van een ${layout.kind} ${doc.year}: ${layout.text}.`,
            `Part of the layout of a ${layout.kind} ${doc.year}: ${layout.text}.`,
          )
        : localize(
            ctx,
            `Hoort niet in de indeling van een ${layout.kind} ${doc.year}: ${layout.text}.`,
            `Not part of the layout of a ${layout.kind} ${doc.year}: ${layout.text}.`,
          ),
    );
  }
  return parts.join('\n\n');
}

/** Markdown explaining the first header cell of an indicator table. */
export function labelDocumentation(label: string, doc: ChapterDocument, ctx: FeatureContext): string {
  const parts = [
    localize(
      ctx,
      `**${label}**: elke rij is één indicator; de kolommen erna geven per jaar de streefwaarde (${ctx.settings.vocabulary.columnWord('beoogd')}) en de realisatie (${ctx.settings.vocabulary.columnWord('behaald')}).`,
      `**${label}**: every row is one indicator; the columns after it give the target (${ctx.settings.vocabulary.columnWord('beoogd')}) and the result (${ctx.settings.vocabulary.columnWord('behaald')}) per year.`,
    ),
  ];
  const layout = layoutText(doc, ctx);
  if (layout) {
    parts.push(
      localize(
        ctx,
        `Indeling van een ${layout.kind} ${doc.year}: ${layout.text}.`,
        `Layout of a ${layout.kind} ${doc.year}: ${layout.text}.`,
      ),
    );
  }
  return parts.join('\n\n');
}

/** The column layout of the document's kind and year: `Behaald 2017 | Beoogd 2018 | Behaald 2018`. */
function layoutText(doc: ChapterDocument, ctx: FeatureContext): { kind: DocumentKind; text: string } | undefined {
  if (!doc.kind || doc.year === undefined) return undefined;
  const vocabulary = ctx.settings.vocabulary;
  const columns = vocabulary
    .layout(doc.kind)
    .map(
      (c) =>
        `${vocabulary.columnWord(c.role)} ${(doc.year as number) + c.offset}${c.optional ? localize(ctx, ' (optioneel)', ' (optional)') : ''}`,
    );
  return { kind: doc.kind, text: columns.join(' | ') };
}
