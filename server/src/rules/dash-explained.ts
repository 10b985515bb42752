/**
 * dash-explained: a chapter that writes `-` in a table cell also says what the dash means
 * (*Als er geen gegevens beschikbaar zijn … staat er een streepje*, or a legend line). The accepted
 * sentences are vocabulary (`dashExplanations`), so a municipality can add its own wording.
 */
import { msg } from '../service/finding.js';
import type { ChapterDocument, MainValue } from '../service/model.js';
import { defineRule } from '../service/rule.js';
import { tableCells } from '../service/table-walk.js';
import type { Vocabulary } from '../service/vocabulary.js';

/** The sentence the quick fix inserts; it matches the default `dashExplanations`. */
export const DASH_SENTENCE = 'Als er geen gegevens beschikbaar zijn, staat er een streepje (-).';

export const dashExplained = defineRule('dash-explained', 'info', {
  summary: msg('`-` in een tabel zonder uitleg van het streepje', '`-` in a table without an explanation of the dash'),
  fixable: 'suggestion',
  description: msg('Een hoofdstuk met een streepje (-) in een tabel legt ook uit wat het streepje betekent.', 'A chapter with a dash (-) in a table also explains what the dash means.'),
  check({ doc, vocabulary, report }) {
    const first = firstDash(doc);
    if (!first || explainsDash(doc, vocabulary)) return;

    // The fix puts the sentence right above the first table with a dash, when that table starts
    // a line of its own (not inside a list or quote, where a new paragraph would break it).
    const at = doc.lines.positionAt(first.tableStart);
    const fixes =
      at.character === 0
        ? [
            {
              title: msg('Voeg een zin over het streepje toe boven de tabel', 'Add a sentence about the dash above the table'),
              edits: [{ span: { start: first.tableStart, end: first.tableStart }, newText: `${DASH_SENTENCE}\n\n` }],
            },
          ]
        : [];
    report({
      span: first.main.span,
      message: msg(
        `Er staat een streepje (-) in de tabel, maar het hoofdstuk legt nergens uit wat dat betekent. Zet boven de tabel bijvoorbeeld: ‘${DASH_SENTENCE}’`,
        `A table has a dash (-), but the chapter nowhere explains what it means. Add above the table, for example: ‘${DASH_SENTENCE}’`,
      ),
      fixes,
    });
  },
});

/** The first dash in a table cell, with where its table starts. */
function firstDash(doc: ChapterDocument): { main: MainValue; tableStart: number } | undefined {
  for (const { table, cell } of tableCells(doc)) {
    if (cell.value.main.type === 'dash') return { main: cell.value.main, tableStart: table.span.start };
  }
  return undefined;
}

/**
 * Whether some paragraph explains the dash. A paragraph is read with the start of its first line
 * (so a legend list item `- = geen gegevens` keeps its dash) and once more with its line breaks
 * joined (so a sentence wrapped over two lines still matches).
 */
export function explainsDash(doc: ChapterDocument, vocabulary: Vocabulary): boolean {
  for (const paragraph of doc.paragraphs) {
    const lineStart = doc.lines.lineStarts[doc.lines.positionAt(paragraph.span.start).line];
    const source = doc.text.slice(lineStart, paragraph.span.end);
    if (vocabulary.explainsDash(source) || vocabulary.explainsDash(source.replace(/\s*\r?\n\s*/g, ' '))) return true;
  }
  return false;
}
