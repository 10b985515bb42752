/**
 * kind-inferred: a chapter whose front matter does not give kind and year is read by inference
 * from its column headers and section headings; that is reported on line 1, with a fix that
 * writes the front matter. A table or standard heading that contradicts the kind (a rekening
 * table in a begroting) is an error at that table or heading.
 *
 * Year contradictions are left to the rules that own the place: table-columns for a column year,
 * section-year for the year in a standard heading.
 */
import { msg } from '../service/finding.js';
import { matchSectionHeading, otherKind, sectionText, tableEvidence } from '../service/infer.js';
import type { ChapterDocument, DocumentKind } from '../service/model.js';
import type { Span } from '../service/positions.js';
import { defineRule, type RuleContext } from '../service/rule.js';


export const kindInferred = defineRule('kind-inferred', 'info', {
  summary: msg('soort en jaar afgeleid (geen front matter), of tegenstrijdig', 'kind and year inferred (no front matter), or contradicting'),
  fixable: 'suggestion',
  description: msg('Soort en jaar staan in de front matter; een tabel of standaardvraag spreekt de soort niet tegen.', 'Kind and year are given in the front matter; no table or standard heading contradicts the kind.'),
  check(context) {
    reportInference(context);
    reportConflicts(context);
  },
});

/** The front matter's valid kind and year, if any. */
function declared(doc: ChapterDocument): { kind?: DocumentKind; year?: number } {
  const data = doc.frontMatter?.data;
  const out: { kind?: DocumentKind; year?: number } = {};
  if (data?.document === 'begroting' || data?.document === 'rekening') out.kind = data.document;
  if (Number.isInteger(data?.jaar)) out.year = data?.jaar as number;
  return out;
}

/** Info on line 1: what was inferred and from what, with a fix that writes it down. */
function reportInference({ doc, report }: RuleContext): void {
  const inference = doc.inference;
  if (!inference) return;
  const given = declared(doc);
  const kind = given.kind ? undefined : inference.kind;
  const year = given.year !== undefined ? undefined : inference.year;
  // Nothing inferred: not a chapter (a README, notes), so nothing to say.
  if (!kind && year === undefined) return;

  const sources = new Set(
    inference.evidence.filter((e) => (kind && e.kind === kind) || (year !== undefined && e.year === year)).map((e) => e.what),
  );
  const fromNl = [sources.has('columns') ? 'de kolomkoppen' : '', sources.has('section') ? 'de standaardvragen' : '']
    .filter(Boolean)
    .join(' en ');
  const fromEn = [sources.has('columns') ? 'the column headers' : '', sources.has('section') ? 'the standard headings' : '']
    .filter(Boolean)
    .join(' and ');
  // The kinds are the front matter's words, in English messages too.
  const what = [kind ?? '', year !== undefined ? String(year) : ''].filter(Boolean).join(' ');
  const keysNl = [kind ? 'soort (document)' : '', year !== undefined ? 'jaar' : ''].filter(Boolean);
  const keysEn = [kind ? 'kind (document)' : '', year !== undefined ? 'year (jaar)' : ''].filter(Boolean);

  const firstLine: Span = { start: 0, end: doc.lines.lineEnd(0) };
  const front = doc.frontMatter;
  const message = front
    ? msg(
        `De front matter geeft geen ${keysNl.join(' en ')}; afgeleid uit ${fromNl}: ${what}. Zet het in de front matter om het vast te leggen.`,
        `The front matter gives no ${keysEn.join(' and ')}; inferred from ${fromEn}: ${what}. Put it in the front matter to make it explicit.`,
      )
    : msg(
        `Geen front matter: dit hoofdstuk is gelezen als ${what} (afgeleid uit ${fromNl}). Voeg front matter toe om dat vast te leggen.`,
        `No front matter: this chapter was read as ${what} (inferred from ${fromEn}). Add front matter to make it explicit.`,
      );
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const fixes = [];
  if (!front && kind && year !== undefined) {
    const programma = programmeNumber(doc);
    const lines = ['---', `document: ${kind}`, `jaar: ${year}`, ...(programma ? [`programma: ${programma}`] : []), '---', '', ''];
    fixes.push({
      title: msg('Voeg front matter toe', 'Add front matter'),
      edits: [{ span: { start: 0, end: 0 }, newText: lines.join(eol) }],
    });
  } else if (front?.data && front.errors.length === 0) {
    // Only keys that are absent: a wrong value is frontmatter-schema's finding, not a guess of ours.
    const lines = [
      ...(kind && !front.entries.has('document') ? [`document: ${kind}`] : []),
      ...(year !== undefined && !front.entries.has('jaar') ? [`jaar: ${year}`] : []),
    ];
    const afterOpening = doc.text.indexOf('\n', front.span.start) + 1;
    if (lines.length > 0 && afterOpening > 0) {
      fixes.push({
        title: msg(`Vul ${lines.join(', ')} in`, `Fill in ${lines.join(', ')}`),
        edits: [{ span: { start: afterOpening, end: afterOpening }, newText: lines.map((l) => l + eol).join('') }],
      });
    }
  }
  report({
    span: front ? { start: front.span.start, end: front.span.start + 3 } : firstLine,
    message,
    // Not safe: the inference is a reading of the text, and `--fix` must not write guesses.
    fixes,
  });
}

/** The programme number from the first `# Programma N` heading, else from the first numbered heading. */
function programmeNumber(doc: ChapterDocument): string | undefined {
  const programma = doc.headings.find((h) => h.kind === 'programma' && h.number);
  if (programma) return programma.number;
  return doc.headings.find((h) => h.number)?.number?.split('.')[0];
}

/**
 * Errors where a whole table or a standard heading belongs to the other kind. With front matter
 * the front matter's kind is the reference; without it, the inferred (majority) kind.
 */
function reportConflicts({ doc, vocabulary, report }: RuleContext): void {
  const given = declared(doc).kind;
  const kind = given ?? doc.kind;
  if (!kind) return;
  const sourceNl = given ? 'de front matter zegt' : 'de rest van het hoofdstuk wijst op een';
  const sourceEn = given ? 'the front matter says' : 'the rest of the chapter points to a';
  const related = given
    ? [
        {
          span: doc.frontMatter?.entries.get('document')?.value ?? { start: 0, end: 0 },
          message: msg('De soort in de front matter', 'The kind in the front matter'),
        },
      ]
    : [];

  for (const table of doc.tables) {
    const evidence = tableEvidence(table, vocabulary);
    if (!evidence || !evidence.definite || evidence.kind === kind) continue;
    const header = evidence.column.header;
    // The column named beside it: the target of the same year (rekening), or the missing result (begroting).
    const beside = evidence.partner?.header ?? vocabulary.columnName('target', evidence.year);
    const realisedWord = table.columns.find((c) => c.role === 'realised' && c.word)?.word ?? vocabulary.columnWord('realised');
    const without = `${realisedWord} ${evidence.year}`;
    report({
      span: evidence.column.cell.span,
      severity: 'error',
      message:
        evidence.kind === 'rekening'
          ? msg(
              `Deze tabel heeft de kolommen van een rekening (‘${header}’ naast ${beside}), maar ${sourceNl} ${kind}.`,
              `This table has the columns of a rekening (‘${header}’ next to ${beside}), but ${sourceEn} ${kind}.`,
            )
          : msg(
              `Deze tabel heeft de kolommen van een begroting (‘${header}’ zonder ${without}), maar ${sourceNl} ${kind}.`,
              `This table has the columns of a begroting (‘${header}’ without ${without}), but ${sourceEn} ${kind}.`,
            ),
      related,
    });
  }

  for (const heading of doc.headings) {
    // Only required questions count: their tense (willen/wilden, doen/gedaan) marks the kind;
    // optional ones such as Conclusie may appear in either.
    if (matchSectionHeading(vocabulary, kind, heading)) continue;
    const other = matchSectionHeading(vocabulary, otherKind(kind), heading);
    if (!other?.spec.required) continue;
    const { text, start } = sectionText(heading);
    report({
      span: { start, end: start + text.length },
      severity: 'error',
      message: msg(
        `‘${text}’ is een vraag uit een ${otherKind(kind)}, maar ${sourceNl} ${kind}.`,
        `‘${text}’ is a heading of a ${otherKind(kind)}, but ${sourceEn} ${kind}.`,
      ),
      related,
    });
  }
}
