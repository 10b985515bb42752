/**
 * `programmalint import`: turns a chapter copied from the published website or PDF (flattened
 * text) into the Markdown dialect. Pure: no file system.
 *
 * Recognised: programme / deelprogramma / beleidsveld headings, section questions, indicator
 * tables in every flattening the websites produce (one cell per line, as Groningen's pages and
 * the PCPortal sites; pipe rows; cells glued together; space-separated rows; tabs), footnote
 * definitions after a table, bullets and the page footers. Everything else is kept as prose, word
 * for word; lines that looked like table material but could not be structured are reported.
 */
import { CONFIG_FILE_NAME } from '../service/config.js';
import { msg } from '../service/finding.js';
import { defaultVocabulary, type Vocabulary } from '../service/vocabulary.js';
import { ChapterImporter } from './chapter-importer.js';
import type { ImporterRun } from './chapter-writer.js';
import type { ImportCandidate } from './choose-profile.js';
import type { Recognised } from './header-analysis.js';
import { indicatorLabelOf } from './indicator-table.js';
import type { ImportProblem, ImportResult } from './problem.js';
import { recogniseHeading } from './recognise-heading.js';
import { normaliseSpace, sourceLines } from './source-lines.js';

export type { ImportProblem, ImportResult } from './problem.js';
export type { ImportCandidate } from './choose-profile.js';

/** Options of {@link importChapter}. */
export interface ImportOptions {
  /** The input's file name: a last resort for kind, year and programme (`rekening-2018-4.2.1.txt`). */
  fileName?: string;
  /** The vocabulary (column words, labels, section questions); the default one when absent. */
  vocabulary?: Vocabulary;
  /**
   * Vocabularies to try when `vocabulary` recognises no column header (no profile configured):
   * the one that recognises the most headers is used, and a problem on line 1 says which.
   */
  candidates?: readonly ImportCandidate[];
}

/**
 * Imports a copied chapter. Input that is already Markdown (front matter, a heading of the dialect
 * or a pipe table written as the dialect writes it, `| --- |`) is returned unchanged, so importing
 * the result of an import changes nothing. With `candidates`, a text whose column headers the
 * vocabulary does not recognise is read with the candidate that recognises the most.
 */
export function importChapter(text: string, options: ImportOptions = {}): ImportResult {
  const vocabulary = options.vocabulary ?? defaultVocabulary;
  const markdownLine = markdownEvidence(text, vocabulary);
  if (markdownLine !== undefined) {
    return {
      markdown: text,
      problems: [
        {
          line: markdownLine,
          message: msg(
            'De invoer is al Markdown (front matter, een kop met # of een tabel met |); er is niets omgezet.',
            'The input is Markdown already (front matter, a # heading or a | table); nothing was converted.',
          ),
        },
      ],
    };
  }
  const lines = sourceLines(text);
  const first = new ChapterImporter(lines, vocabulary, options.fileName).run();
  if (!options.candidates || first.recognised.roles > 0) return first.result;
  let best: { candidate: ImportCandidate; run: ImporterRun } | undefined;
  for (const candidate of options.candidates) {
    const run = new ChapterImporter(lines, candidate.vocabulary, options.fileName).run();
    if (!better(run.recognised, first.recognised)) continue;
    if (!best || better(run.recognised, best.run.recognised)) best = { candidate, run };
  }
  if (!best) return first.result;
  const { names } = best.candidate;
  const count = best.run.recognised.roles + best.run.recognised.other;
  const quoted = names.map((n) => `"${n}"`);
  const words = vocabulary
    .allColumnWords()
    .filter((w) => !vocabulary.isDescriptive(vocabulary.columnRole(w)))
    .slice(0, 6)
    .join(', ');
  const setting = names.length === 1 ? quoted[0] : `[${quoted.join(', ')}]`;
  const chosen: ImportProblem = {
    line: 1,
    message: msg(
      `Er is geen profiel ingesteld en de ingestelde kolomwoorden (${words}) herkennen geen kolomkop. Het profiel ${quoted.join(' met ')} herkent er ${count} en is gebruikt. Leg dat vast met "profile": ${setting} in ${CONFIG_FILE_NAME}, of kies zelf met --profile ${names.join(',')}.`,
      `No profile is configured and the configured column words (${words}) recognise no column header. The profile ${quoted.join(' with ')} recognises ${count} and was used. Make that permanent with "profile": ${setting} in ${CONFIG_FILE_NAME}, or choose with --profile ${names.join(',')}.`,
    ),
  };
  return { ...best.run.result, problems: [chosen, ...best.run.result.problems], profile: names };
}

/** Whether one count of recognised headers is better than another: more value columns, then more of the rest. */
function better(a: Recognised, b: Recognised): boolean {
  return a.roles > b.roles || (a.roles === b.roles && a.other > b.other);
}

/** The 1-based line showing that a text is Markdown in the dialect already, if any. */
function markdownEvidence(text: string, vocabulary: Vocabulary): number | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
    if (close > 0 && lines.slice(1, close).some((l) => /^[A-Za-z_][\w-]*\s*:/.test(l))) return 1;
  }
  for (let i = 0; i < lines.length; i++) {
    // Only headings the importer writes: a `#` line in copied text is no proof of Markdown.
    const atx = /^#{1,6}[ \t]+(\S.*?)[ \t]*$/.exec(lines[i]);
    if (atx) {
      const heading = normaliseSpace(atx[1]);
      if (recogniseHeading(heading, vocabulary) || indicatorLabelOf(heading, vocabulary)?.rest === '') return i + 1;
    }
    // A delimiter row as the dialect writes it, with a leading pipe (`| --- | --- |`); copied web
    // tables come as `---|---|` and are imported.
    if (i > 0 && lines[i - 1].includes('|') && /^\s*\|\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/.test(lines[i])) return i + 1;
  }
  return undefined;
}
