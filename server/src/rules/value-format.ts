/**
 * value-format: every value cell holds a valid value — `-`, a trend word or a Dutch quantity
 * (`68%`, `> 70%`, `14.823`, `12,5`), then annotations in parentheses, then footnote markers.
 */
import { msg, type Localized, type Report } from '../service/finding.js';
import type { InvalidReason, MainValue, ValueCell } from '../service/model.js';
import type { Span } from '../service/positions.js';
import type { Rule } from '../service/rule.js';
import type { Vocabulary } from '../service/vocabulary.js';

type Invalid = Extract<MainValue, { type: 'invalid' }>;

/** The value-format rule (warning). */
export const valueFormat: Rule = {
  id: 'value-format',
  defaultSeverity: 'warning',
  description: msg(
    'Elke cel bevat een geldige waarde: -, een trendwoord of een getal in Nederlandse notatie (68%, > 70%, 14.823, 12,5).',
    'Every cell holds a valid value: -, a trend word or a number in Dutch notation (68%, > 70%, 14.823, 12,5).',
  ),
  check({ doc, vocabulary, report }) {
    for (const table of doc.tables) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          // Descriptive columns (Bron, Eenheid …) hold text, not values.
          if (!cell.column?.descriptive) checkCell(doc.text, cell, vocabulary, report);
        }
      }
    }
  },
};

function checkCell(text: string, cell: ValueCell, vocabulary: Vocabulary, report: (r: Report) => void): void {
  const { main, annotations, markers, trailing } = cell.value;
  if (main.type === 'empty') {
    const bare = annotations.length === 0 && markers.length === 0 && !trailing;
    const blanks = blanksOf(text, cell);
    report(
      bare
        ? {
            // A cell written as `||` has no blanks: then the cell with its pipe is meant.
            span: blanks.start < blanks.end ? blanks : cell.outerSpan,
            message: msg(
              "Lege cel. Schrijf '-' als er geen gegevens zijn.",
              "Empty cell. Write '-' when there is no data.",
            ),
            fixes: [dashFix(blanks, ' - ')],
          }
        : {
            // Only an annotation or a marker: the value itself is missing before it.
            span: cell.span,
            message: msg(
              "Deze cel heeft een toelichting of voetnoot, maar geen waarde. Zet de waarde ervoor, of '-' als er geen gegevens zijn.",
              "This cell has an annotation or footnote but no value. Put the value before it, or '-' when there is no data.",
            ),
            fixes: [dashFix({ start: main.span.start, end: main.span.start }, '- ')],
          },
    );
  } else if (main.type === 'invalid') {
    const { nl, en } = explain(main, vocabulary);
    const result: Report = { span: main.span, message: msg(nl, en) };
    if (main.suggestion !== undefined) {
      result.fixes = [
        {
          title: msg(`Vervangen door '${main.suggestion}'`, `Replace with '${main.suggestion}'`),
          edits: [{ span: main.span, newText: main.suggestion }],
          safe: true,
        },
      ];
    }
    report(result);
  }
  if (trailing) {
    report({
      span: trailing.span,
      message: msg(
        `'${trailing.text}' na de waarde is geen toelichting tussen haakjes en geen voetnootmarkering. Zet een toelichting tussen haakjes: '(${trailing.text})'.`,
        `'${trailing.text}' after the value is neither an annotation in parentheses nor a footnote marker. Put an annotation in parentheses: '(${trailing.text})'.`,
      ),
      fixes: [
        {
          title: msg('Tussen haakjes zetten', 'Put in parentheses'),
          edits: [{ span: trailing.span, newText: `(${text.slice(trailing.span.start, trailing.span.end)})` }],
        },
      ],
    });
  }
}

/** The writer-facing explanation of an invalid value, with the suggestion when there is one. */
function explain(main: Invalid, vocabulary: Vocabulary): Localized {
  const value = main.text.replace(/\s+/g, ' ');
  const write = main.suggestion !== undefined ? ` Schrijf '${main.suggestion}'.` : '';
  const writeEn = main.suggestion !== undefined ? ` Write '${main.suggestion}'.` : '';
  const explanations: Record<InvalidReason, Localized> = {
    'space-before-percent': msg(
      `'${value}': geen spatie tussen het getal en het procentteken.`,
      `'${value}': no space between the number and the percent sign.`,
    ),
    'decimal-point': msg(
      `'${value}': gebruik een decimale komma, geen punt (een punt scheidt duizendtallen, zoals in 14.823).`,
      `'${value}': use a decimal comma, not a point (a point separates thousands, as in 14.823).`,
    ),
    'word-unit': msg(
      `'${value}': schrijf een percentage met het procentteken.`,
      `'${value}': write a percentage with the percent sign.`,
    ),
    'comparator-form': msg(
      `'${value}': schrijf ≥ in plaats van >= en ≤ in plaats van <=.`,
      `'${value}': write ≥ instead of >= and ≤ instead of <=.`,
    ),
    'dash-form': msg(
      `'${value}': gebruik het gewone streepje '-' voor 'geen gegevens', geen gedachtestreepje of dubbel streepje.`,
      `'${value}': use the plain hyphen '-' for 'no data', not a dash or a double hyphen.`,
    ),
    'unknown-unit': msg(
      `'${value}': onbekende eenheid. Bekende eenheden: ${vocabulary.data.units.join(', ')}; een andere eenheid kunt u toevoegen in de configuratie (vocabulary.units).`,
      `'${value}': unknown unit. Known units: ${vocabulary.data.units.join(', ')}; another unit can be added in the configuration (vocabulary.units).`,
    ),
    unrecognised: msg(
      `'${value}' is geen geldige waarde. Schrijf een getal (68%, > 70%, 14.823, 12,5), een trendwoord (${trendWords(vocabulary)}) of '-' als er geen gegevens zijn.`,
      `'${value}' is not a valid value. Write a number (68%, > 70%, 14.823, 12,5), a trend word (${trendWords(vocabulary)}) or '-' when there is no data.`,
    ),
  };
  const base = explanations[main.reason];
  return msg(base.nl + write, base.en + writeEn);
}

function trendWords(vocabulary: Vocabulary): string {
  return Object.keys(vocabulary.data.trendWords).join(', ');
}

function dashFix(span: Span, newText: string) {
  return { title: msg("'-' invullen (geen gegevens)", "Fill in '-' (no data)"), edits: [{ span, newText }] };
}

/** The blanks between the pipes of an empty cell, so the fix writes ` - ` there. */
function blanksOf(text: string, cell: ValueCell): Span {
  let start = cell.span.start;
  let end = cell.span.end;
  while (start > cell.outerSpan.start && text[start - 1] !== '|' && /[ \t]/.test(text[start - 1])) start--;
  while (end < cell.outerSpan.end && text[end] !== '|' && /[ \t]/.test(text[end])) end++;
  return { start, end };
}
