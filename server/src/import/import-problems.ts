/**
 * The problems the importer reports about what it kept as it was: prose lines that look like
 * table material, a title that seems cut off, front matter it could not infer.
 */
import type { Vocabulary } from '../service/vocabulary.js';
import { readFootnoteDefinition } from './footnote-definition.js';
import type { missingKeys } from './front-matter.js';
import type { PendingProblem } from './header-analysis.js';
import { headerTokens, isValueStart } from './indicator-table.js';
import { truncatedWord } from './recognise-heading.js';
import type { SourceLine } from './source-lines.js';

/** The problem of a prose line that looks like part of a table (it may have lost its table), if it does. */
export function tableMaterialProblem(line: SourceLine, vocabulary: Vocabulary): PendingProblem | undefined {
  const text = line.text.length > 60 ? line.text.slice(0, 57).trimEnd() + '…' : line.text;
  if (isValueStart(line.text, vocabulary)) {
    return {
      line: line.number,
      nl: `Deze regel lijkt een tabelwaarde ("${text}") maar hoort bij geen tabel; hij is als tekst overgenomen.`,
      en: `This line looks like a table value ("${text}") but belongs to no table; it was kept as text.`,
    };
  } else if (headerTokens(line.text, vocabulary)) {
    return {
      line: line.number,
      nl: `Deze regel lijkt een kolomkop ("${text}") maar hoort bij geen tabel; hij is als tekst overgenomen.`,
      en: `This line looks like a column header ("${text}") but belongs to no table; it was kept as text.`,
    };
  } else if (readFootnoteDefinition(line.text)?.kind === 'roman') {
    return {
      line: line.number,
      nl: 'Deze regel lijkt een voetnoot, maar staat niet direct na een indicatorentabel en geen tabel in dit beleidsveld gebruikt dit nummer; hij is als tekst overgenomen.',
      en: 'This line looks like a footnote, but it does not directly follow an indicator table and no table of this beleidsveld uses its numeral; it was kept as text.',
    };
  }
  return undefined;
}

/**
 * The problem of a heading's title that seems cut off, if it does.
 * @param words every word of the input, lower case, with their counts (see {@link wordCounts})
 */
export function truncatedTitleProblem(title: string, lineNumber: number, words: Map<string, number>): PendingProblem | undefined {
  const truncated = truncatedWord(title, words);
  if (!truncated) return undefined;
  return {
    line: lineNumber,
    nl: `De titel "${title}" lijkt afgebroken: "${truncated.word}" is misschien "${truncated.completion}". De titel is overgenomen zoals hij was.`,
    en: `The title "${title}" seems cut off: "${truncated.word}" may be "${truncated.completion}". The title was kept as it was.`,
  };
}

/** Every word of the input, lower case, with its count. */
export function wordCounts(lines: readonly SourceLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    for (const m of line.text.matchAll(/\p{L}+/gu)) {
      const word = m[0].toLocaleLowerCase('nl');
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** The problem on line 1 when front matter keys could not be inferred, so none was written. */
export function frontMatterProblem(missing: ReturnType<typeof missingKeys>): PendingProblem {
  const nl = { document: 'het soort document (begroting of rekening)', jaar: 'het jaar', programma: 'het programmanummer' };
  const en = { document: 'the kind of document (begroting or rekening)', jaar: 'the year', programma: 'the programme number' };
  return {
    line: 1,
    nl: `Geen front matter geschreven: ${listOf(missing.map((k) => nl[k]), 'en')} ${missing.length === 1 ? 'kon' : 'konden'} niet worden afgeleid uit kolomkoppen, koppen of bestandsnaam.`,
    en: `No front matter written: ${listOf(missing.map((k) => en[k]), 'and')} could not be inferred from column headers, headings or file name.`,
  };
}

/** `a, b en c`. */
function listOf(items: string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
