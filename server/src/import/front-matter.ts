/** Infers the front matter of an imported chapter (kind, year, programme) and writes it. */
import { tableEvidence } from '../service/infer.js';
import type { DocumentKind, IndicatorTable } from '../service/model.js';
import type { Vocabulary } from '../service/vocabulary.js';

/** What the importer found that tells what the chapter is. */
export interface ChapterFacts {
  /** Every indicator table written, as the linter reads it. */
  tables: IndicatorTable[];
  /** Section question headings as written. */
  sections: string[];
  /** Number of the first `Programma N` heading. */
  programma?: string;
  /** Number of the first `Deelprogramma N.M` heading. */
  deelprogramma?: string;
  /** Numbers of the beleidsveld headings, in order. */
  beleidsvelden: string[];
}

export interface InferredFrontMatter {
  document?: DocumentKind;
  jaar?: number;
  programma?: number;
  deelprogramma?: string;
}

/**
 * Kind and year from the column headers first: the kind and year whose layout (of the
 * vocabulary's profile) each table fits best (`Behaald 2017 | Beoogd 2018 | Behaald 2018` →
 * rekening 2018; newest column only `Beoogd 2019` → begroting 2019), then from the section
 * questions (`Wat wilden we bereiken in 2018?` → rekening 2018), then from the file name.
 * The programme from its heading, else from the deelprogramma or beleidsveld numbers.
 */
export function inferFrontMatter(facts: ChapterFacts, vocabulary: Vocabulary, fileName?: string): InferredFrontMatter {
  const tableKinds: DocumentKind[] = [];
  const tableYears: number[] = [];
  for (const table of facts.tables) {
    const evidence = tableEvidence(table, vocabulary);
    if (!evidence) continue;
    tableKinds.push(evidence.kind);
    tableYears.push(evidence.year);
  }
  const sectionKinds: DocumentKind[] = [];
  const sectionYears: number[] = [];
  for (const heading of facts.sections) {
    for (const kind of ['rekening', 'begroting'] as const) {
      const match = vocabulary.matchSection(kind, heading);
      if (!match) continue;
      // Only a heading that belongs to one kind alone tells the kind.
      if (!vocabulary.matchSection(kind === 'rekening' ? 'begroting' : 'rekening', heading)) sectionKinds.push(kind);
      if (match.year) sectionYears.push(match.year.value);
      break;
    }
  }
  const name = fileName?.replace(/^.*[\\/]/, '') ?? '';
  const nameKind = /begroting/i.test(name) ? 'begroting' : /rekening/i.test(name) ? 'rekening' : undefined;
  const nameYear = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(name)?.[1];
  const nameProgramme = /(?:^|[^\d.])(\d{1,2})\.\d+(?:\.\d+)?(?![\d])/.exec(name)?.[1];

  const result: InferredFrontMatter = {};
  const document = mostCommon(tableKinds) ?? mostCommon(sectionKinds) ?? nameKind;
  if (document) result.document = document;
  const jaar = mostCommon(tableYears) ?? mostCommon(sectionYears) ?? (nameYear ? Number(nameYear) : undefined);
  if (jaar !== undefined) result.jaar = jaar;
  const programma =
    facts.programma ?? facts.deelprogramma?.split('.')[0] ?? facts.beleidsvelden[0]?.split('.')[0] ?? nameProgramme;
  if (programma !== undefined) result.programma = Number(programma);
  if (facts.deelprogramma) result.deelprogramma = facts.deelprogramma;
  return result;
}

/** The keys the front matter schema requires, in the order they are written. */
const REQUIRED = ['document', 'jaar', 'programma'] as const;

/** The required keys that could not be inferred. */
export function missingKeys(front: InferredFrontMatter): (typeof REQUIRED)[number][] {
  return REQUIRED.filter((key) => front[key] === undefined);
}

/** The YAML block, fences included. `deelprogramma` is quoted: the schema wants the string `4.2`. */
export function frontMatterBlock(front: InferredFrontMatter): string {
  const lines = ['---'];
  if (front.document) lines.push(`document: ${front.document}`);
  if (front.jaar !== undefined) lines.push(`jaar: ${front.jaar}`);
  if (front.programma !== undefined) lines.push(`programma: ${front.programma}`);
  if (front.deelprogramma) lines.push(`deelprogramma: '${front.deelprogramma}'`);
  lines.push('---');
  return lines.join('\n');
}

function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
