/**
 * The skeleton of a new chapter (command *New chapter from template*): front matter, programme
 * and beleidsveld headings, the dash sentence, an indicator table with the kind's columns and the
 * required standard sections, all taken from the default vocabulary. Pure: no `vscode` import,
 * so it is unit-tested without an editor.
 */
import { sectionTitle } from '../../server/src/service/features/section-title.js';
import type { DocumentKind } from '../../server/src/service/model.js';
import { defaultVocabulary, type Vocabulary } from '../../server/src/service/vocabulary.js';

/** What the writer answered. */
export interface ChapterAnswers {
  kind: DocumentKind;
  year: number;
  /** The programme number, e.g. `4`. */
  programme: string;
  /** The programme title, e.g. `Welzijn, gezondheid en zorg` (may be empty). */
  programmeTitle: string;
  /** The beleidsveld number, e.g. `4.2.1`. */
  beleidsveld: string;
  /** The beleidsveld title, e.g. `Ondersteunende voorzieningen` (may be empty). */
  beleidsveldTitle: string;
}

/** The chapter as plain text and as a snippet whose tab stops are the placeholders. */
export interface ChapterTemplate {
  text: string;
  snippet: string;
}

/** The sentence that explains the dash convention (the `dash-explained` rule looks for it). */
export const DASH_SENTENCE = 'Als er geen gegevens beschikbaar zijn staat er een streepje.';

/** Placeholder texts (Dutch: the chapter is written in Dutch whatever the editor's language). */
const PLACEHOLDER = {
  programmeTitle: 'Titel van het programma',
  beleidsveldTitle: 'Titel van het beleidsveld',
  intro: 'Beschrijf hier het beleidsveld.',
  indicator: 'Naam van de indicator',
  section: 'Tekst.',
};

/** `4`, `12`: a programme number. */
export const PROGRAMME_NUMBER = /^\d{1,3}$/;
/** `4.2.1`, `4.2`: a beleidsveld number (at least two parts). */
export const BELEIDSVELD_NUMBER = /^\d{1,3}(?:\.\d{1,3}){1,3}$/;

/**
 * Splits `4 Welzijn, gezondheid en zorg` / `4: Welzijn…` / `Programma 4: Welzijn…` into number
 * and title; undefined when it does not start with a programme number.
 */
export function splitProgramme(input: string): { number: string; title: string } | undefined {
  const m = /^\s*(?:programma\s+)?(\d{1,3})\s*[:.]?\s*(.*?)\s*$/iu.exec(input);
  return m ? { number: m[1], title: m[2] } : undefined;
}

/**
 * Splits `4.2.1 Ondersteunende voorzieningen` into number and title; undefined when it does not
 * start with a beleidsveld number.
 */
export function splitBeleidsveld(input: string): { number: string; title: string } | undefined {
  const m = /^\s*(\d{1,3}(?:\.\d{1,3}){1,3})\.?(?:\s+(.*?))?\s*$/u.exec(input);
  return m ? { number: m[1], title: m[2] ?? '' } : undefined;
}

/** Whether a beleidsveld number belongs to a programme (`4.2.1` to `4`). */
export function belongsTo(beleidsveld: string, programme: string): boolean {
  return beleidsveld.split('.')[0] === String(Number(programme));
}

/** Builds the chapter skeleton for the answers. */
export function chapterTemplate(answers: ChapterAnswers, vocabulary: Vocabulary = defaultVocabulary): ChapterTemplate {
  let stop = 0;
  const text: string[] = [];
  const snippet: string[] = [];
  /** Appends a line; `parts` are literal strings or placeholders (tab stops in the snippet). */
  const line = (...parts: (string | { placeholder: string })[]) => {
    text.push(parts.map((p) => (typeof p === 'string' ? p : p.placeholder)).join(''));
    snippet.push(
      parts
        .map((p) => (typeof p === 'string' ? escapeSnippet(p) : `\${${++stop}:${escapeSnippet(p.placeholder, true)}}`))
        .join(''),
    );
  };
  const orPlaceholder = (value: string, placeholder: string) => (value.trim() ? value.trim() : { placeholder });

  const { kind, year } = answers;
  const programme = String(Number(answers.programme));
  line('---');
  line(`document: ${kind}`);
  line(`jaar: ${year}`);
  line(`programma: ${programme}`);
  line('---');
  line('');
  line(`# Programma ${programme}: `, orPlaceholder(answers.programmeTitle, PLACEHOLDER.programmeTitle));
  line('');
  line(`## ${answers.beleidsveld} `, orPlaceholder(answers.beleidsveldTitle, PLACEHOLDER.beleidsveldTitle));
  line('');
  line({ placeholder: PLACEHOLDER.intro }, ` ${DASH_SENTENCE}`);
  line('');

  const label = vocabulary.data.indicatorLabels[0] ?? 'Indicatoren';
  const columns = vocabulary
    .layout(kind)
    .filter((c) => !c.optional)
    .map((c) => vocabulary.slotHeader(c, year));
  line(`| ${[label, ...columns].join(' | ')} |`);
  line(`| ${[label, ...columns].map(() => '---').join(' | ')} |`);
  line('| ', { placeholder: PLACEHOLDER.indicator }, ` | ${columns.map(() => '-').join(' | ')} |`);

  for (const spec of vocabulary.sections(kind).filter((s) => s.required)) {
    line('');
    line(`### ${sectionTitle(spec, year)}`);
    line('');
    line({ placeholder: PLACEHOLDER.section });
  }
  line('');
  return { text: text.join('\n'), snippet: snippet.join('\n').replace(/\n$/, '\n$0') };
}

/** Escapes `$`, `}` and `\` for a snippet (and `,`/`|` are fine outside choices). */
function escapeSnippet(text: string, inPlaceholder = false): string {
  const escaped = text.replace(/[\\$]/g, '\\$&');
  return inPlaceholder ? escaped.replace(/}/g, '\\}') : escaped;
}
