/**
 * value-format: every value cell holds a valid value — `-`, a trend word or a Dutch quantity
 * (`68%`, `> 70%`, `14.823`, `12,5`), or a form the configuration allows (`n.v.t.`, `6-6,5`,
 * `€ 1,2 mln`, `1 op 5`, `1-1-2020` …), then annotations in parentheses, then footnote markers.
 * Cells of descriptive columns (Bron, Eenheid …) hold text, not values, and are not checked.
 */
import { cellBlanks, emptyCellSpan } from '../service/cell-span.js';
import { msg, type Localized, type Report } from '../service/finding.js';
import type { InvalidReason, MainValueOf, ValueCell } from '../service/model.js';
import type { Span } from '../service/positions.js';
import { defineRule, perBeleidsveld } from '../service/rule.js';
import { tableCells } from '../service/table-walk.js';
import type { ValueForm } from '../service/value-model.js';
import type { Vocabulary } from '../service/vocabulary.js';

/** The value-format rule (warning). */
export const valueFormat = perBeleidsveld(defineRule('value-format', 'warning', {
  summary: msg('geen geldige waarde (`68 %`, `68.5%`, `70 procent`)', 'no valid value (`68 %`, `68.5%`, `70 procent`)'),
  fixable: 'safe',
  description: msg('Elke cel bevat een geldige waarde: -, een trendwoord of een getal in Nederlandse notatie (68%, > 70%, 14.823, 12,5).', 'Every cell holds a valid value: -, a trend word or a number in Dutch notation (68%, > 70%, 14.823, 12,5).'),
  check({ doc, vocabulary, report }) {
    for (const { row, cell } of tableCells(doc)) {
      // A group row (a label over the rows below it) has no values to write, a note row
      // (`Eenheid:`, `Bron:`) holds text, and so do descriptive columns (Bron, Eenheid …).
      if (!row.group && !row.note && !cell.column?.descriptive) checkCell(doc.text, cell, vocabulary, report);
    }
  },
}));

function checkCell(text: string, cell: ValueCell, vocabulary: Vocabulary, report: (r: Report) => void): void {
  const { main, annotations, markers, trailing } = cell.value;
  if (main.type === 'empty') {
    const bare = annotations.length === 0 && markers.length === 0 && !trailing;
    report(
      bare
        ? {
            span: emptyCellSpan(text, cell),
            message: msg(
              "Lege cel. Schrijf '-' als er geen gegevens zijn.",
              "Empty cell. Write '-' when there is no data.",
            ),
            fixes: [dashFix(cellBlanks(text, cell), ' - ')],
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
function explain(main: MainValueOf<'invalid'>, vocabulary: Vocabulary): Localized {
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
    'unknown-per-unit': msg(
      `'${value}': onbekende eenheid met 'per'. Bekende eenheden: ${perUnits(vocabulary, 'nl')}; een andere kunt u toevoegen in de configuratie (vocabulary.values.perUnits).`,
      `'${value}': unknown unit with 'per'. Known units: ${perUnits(vocabulary, 'en')}; another one can be added in the configuration (vocabulary.values.perUnits).`,
    ),
    'range-order': msg(
      `'${value}': in een bereik staat de laagste waarde voorop (van … tot …).`,
      `'${value}': a range starts with its lowest value (from … to …).`,
    ),
    'range-units': msg(
      `'${value}': de twee grenzen van het bereik hebben een verschillende eenheid. Schrijf beide in dezelfde eenheid, zoals 60-70%.`,
      `'${value}': the two bounds of the range have different units. Write both in the same unit, as in 60-70%.`,
    ),
    'impossible-date': msg(
      `'${value}' is geen bestaande datum. Schrijf dag-maand-jaar, zoals 1-1-2020.`,
      `'${value}' is not an existing date. Write day-month-year, as in 1-1-2020.`,
    ),
    'not-allowed': notAllowed(value, main.form),
    unrecognised: msg(
      `'${value}' is geen geldige waarde. Schrijf een getal (68%, > 70%, 14.823, 12,5), een trendwoord (${trendWords(vocabulary)})${noValueWords(vocabulary, 'nl')} of '-' als er geen gegevens zijn.`,
      `'${value}' is not a valid value. Write a number (68%, > 70%, 14.823, 12,5), a trend word (${trendWords(vocabulary)})${noValueWords(vocabulary, 'en')} or '-' when there is no data.`,
    ),
  };
  const base = explanations[main.reason];
  return msg(base.nl + write, base.en + writeEn);
}

function trendWords(vocabulary: Vocabulary): string {
  return Object.keys(vocabulary.data.trendWords).join(', ');
}

/** The configured no-value words as a clause of the message (nothing when there are none). */
function noValueWords(vocabulary: Vocabulary, locale: 'nl' | 'en'): string {
  const words = vocabulary.values.noValueList();
  if (words.length === 0) return '';
  const list = words.map((w) => `'${w}'`).join(', ');
  return locale === 'nl' ? `, een van de woorden ${list}` : `, one of the words ${list}`;
}

function perUnits(vocabulary: Vocabulary, locale: 'nl' | 'en'): string {
  const units = vocabulary.values.data.perUnits;
  return units.length > 0 ? units.join(', ') : locale === 'nl' ? 'geen' : 'none';
}

/** A form the configuration does not allow: what it is, what to write instead, and where it is switched on. */
function notAllowed(value: string, form: ValueForm | undefined): Localized {
  switch (form) {
    case 'range':
      return msg(
        `'${value}' is een bereik, en bereiken worden hier niet gebruikt. Schrijf één getal, of een ondergrens zoals '≥ 6'. (Bereiken toestaan: vocabulary.values.ranges in de configuratie.)`,
        `'${value}' is a range, and ranges are not used here. Write one number, or a lower bound such as '≥ 6'. (To allow ranges: vocabulary.values.ranges in the configuration.)`,
      );
    case 'ratio':
      return msg(
        `'${value}' is een verhouding, en verhoudingen worden hier niet gebruikt. Schrijf een getal of een percentage. (Verhoudingen toestaan: vocabulary.values.ratios in de configuratie.)`,
        `'${value}' is a ratio, and ratios are not used here. Write a number or a percentage. (To allow ratios: vocabulary.values.ratios in the configuration.)`,
      );
    case 'date':
      return msg(
        `'${value}' is een datum, en datums worden hier niet als waarde gebruikt. Zet een datum in een toelichting tussen haakjes. (Datums toestaan: vocabulary.values.dates in de configuratie.)`,
        `'${value}' is a date, and dates are not used as values here. Put a date in an annotation in parentheses. (To allow dates: vocabulary.values.dates in the configuration.)`,
      );
    case 'currency':
      return msg(
        `'${value}' is een bedrag, en bedragen worden hier niet gebruikt. Schrijf het getal zonder €. (Bedragen toestaan: vocabulary.values.currency in de configuratie.)`,
        `'${value}' is an amount, and amounts are not used here. Write the number without €. (To allow amounts: vocabulary.values.currency in the configuration.)`,
      );
    case 'measurement-year':
    case undefined:
      return msg(
        `'${value}': zet het jaar van de meting als toelichting tussen haakjes achter de waarde.`,
        `'${value}': put the year of the measurement in parentheses after the value.`,
      );
  }
}

function dashFix(span: Span, newText: string) {
  return { title: msg("'-' invullen (geen gegevens)", "Fill in '-' (no data)"), edits: [{ span, newText }] };
}
