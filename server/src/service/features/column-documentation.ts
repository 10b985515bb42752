/** What a column of an indicator table means: shown on hover over a header and with header completions. */
import type { ChapterDocument, ColumnRole, DocumentKind } from '../model.js';
import type { FeatureContext } from './context.js';
import { roleHolds, roleSummary as summaryOf, TARGET_ROLES } from '../roles.js';
import { localize, localizeMessage } from './shared.js';

/** One word for a role: realisatie / streefwaarde. */
export function roleSummary(role: ColumnRole, ctx: FeatureContext): string {
  return localizeMessage(ctx, summaryOf(role));
}

/**
 * Markdown explaining a column (`Realisatie 2019`, `Doel 2022`, `Bron`), and whether it belongs in
 * the layout of the document's kind and year.
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
  if (role !== undefined) {
    parts.push(`**${header}**: ${localizeMessage(ctx, roleHolds(role, year, trends))}.`);
  } else {
    const words = vocabulary.allColumnWords().join(', ');
    parts.push(
      localize(
        ctx,
        `**${header}**: geen bekende kolom; een kolomkop is een kolomwoord (${words}) met een jaartal.`,
        `**${header}**: not a known column; a column header is a column word (${words}) with a year.`,
      ),
    );
  }
  const layout = layoutText(doc, ctx);
  if (layout && !vocabulary.isDescriptive(role)) {
    const fits =
      role !== undefined &&
      vocabulary
        .layout(layout.kind)
        .some((c) => c.role === role && (typeof c.offset === 'number' ? (doc.year as number) + c.offset === year : true));
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
  const vocabulary = ctx.settings.vocabulary;
  // The layout's own target: a budgeted value (Begroting Y) where the profile has no target column.
  const slots = doc.kind ? vocabulary.layout(doc.kind) : [...vocabulary.layout('rekening'), ...vocabulary.layout('begroting')];
  const held = TARGET_ROLES.find((role) => slots.some((s) => s.role === role)) ?? 'target';
  const target = held === 'budget' ? { nl: 'de begrote waarde', en: 'the budgeted value' } : { nl: 'de streefwaarde', en: 'the target' };
  const parts = [
    localize(
      ctx,
      `**${label}**: elke rij is één indicator; de kolommen erna geven per jaar ${target.nl} (${vocabulary.columnWord(held)}) en de realisatie (${vocabulary.columnWord('realised')}).`,
      `**${label}**: every row is one indicator; the columns after it give ${target.en} (${vocabulary.columnWord(held)}) and the result (${vocabulary.columnWord('realised')}) per year.`,
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
    .map((c) => `${vocabulary.slotHeader(c, doc.year)}${c.optional ? localize(ctx, ' (optioneel)', ' (optional)') : ''}`);
  return { kind: doc.kind, text: columns.join(' | ') };
}
