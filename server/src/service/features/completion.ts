/**
 * Completions while writing a chapter: front matter keys and values, standard section headings,
 * column headers, indicator names, cell values and footnote numerals.
 */
import { roleAllowsTrends } from '../roles.js';
import {
  type CompletionItem,
  CompletionItemKind,
  MarkupKind,
  type Range,
} from 'vscode-languageserver-types';
import frontMatterSchema from '../../../../schemas/frontmatter.schema.json' with { type: 'json' };
import { inferKindAndYear } from '../infer.js';
import type { Beleidsveld, ChapterDocument, ColumnRole, DocumentKind, IndicatorTable } from '../model.js';
import type { FootnoteKind, FootnoteStyleName } from '../footnote-model.js';
import { definitionPrefix, definitionStyle } from '../footnote-renumber.js';
import { maxNumeral } from '../footnote-style.js';
import { formatNumeral, indicatorKey } from '../footnote-syntax.js';
import type { Position } from '../positions.js';
import { valueKey } from '../value.js';
import { bbvCompletions, mergeCompletions } from './bbv-completion.js';
import type { FeatureContext } from './context.js';
import { columnDocumentation, roleSummary } from './column-documentation.js';
import { sectionTitle } from './section-title.js';
import {
  beleidsveldAt,
  collapse,
  definitionsOf,
  fileName,
  isPipeLine,
  type LineCell,
  lineCellAt,
  lineCells,
  localize,
  tableAt,
  withoutMarkers,
  workspaceDocuments,
} from './shared.js';

interface SchemaProperty {
  enum?: string[];
  description?: string;
}
const schema = frontMatterSchema as unknown as { required: string[]; properties: Record<string, SchemaProperty> };

/**
 * Completions at a position. The cursor's place is read from the model (front matter, tables,
 * beleidsvelden) and from the line's text, so a row being typed below a table is understood too.
 */
export function getCompletions(doc: ChapterDocument, position: Position, ctx: FeatureContext): CompletionItem[] {
  if (position.line < 0 || position.line >= doc.lines.lineCount) return [];
  const line = doc.lines.lineText(position.line);
  const character = Math.min(position.character, line.length);
  const offset = doc.lines.offsetAt({ line: position.line, character });
  const before = line.slice(0, character);

  const front = doc.frontMatter;
  if (front && offset > front.span.start && offset < front.span.end) {
    const first = doc.lines.positionAt(front.span.start).line;
    const last = doc.lines.positionAt(front.span.end).line;
    if (position.line === first || position.line === last) return [];
    return frontMatterCompletions(doc, position.line, line, character, ctx);
  }
  if (/^ {0,3}#{1,6}(?:\s|$)/.test(line)) return headingCompletions(doc, position.line, line, character, offset, ctx);

  const table = tableAt(doc, offset);
  if (!table && !isPipeLine(line)) return definitionLineCompletions(doc, position.line, line, character, offset, ctx);
  const cell = lineCellAt(line, character);
  const typing = cell ? markersTyped(line, cell, character, ctx) : [];
  const exclusive = typing.filter((t) => !t.merge);
  if (exclusive.length > 0) return footnoteCompletions(doc, position.line, offset, exclusive, ctx);
  // A trigger character of a marker (`*`, `)`, `^`) that starts none here asks for nothing else.
  if (typing.length === 0 && /[*)^]$/.test(before)) return [];
  const markers = typing.length > 0 ? footnoteCompletions(doc, position.line, offset, typing, ctx) : [];

  if (!cell) return [];
  const place = tablePlace(doc, table, line, offset, ctx);
  if (!place) return [];
  const range = cellRange(position.line, cell, character);
  const prefix = cellPrefix(line, range.start.character);
  if (place.header) {
    return cell.index === 0
      ? labelCompletions(range, prefix, ctx)
      : columnCompletions(doc, line, cell, range, prefix, ctx);
  }
  const bbv = bbvCompletions(doc, place.table, line, cell.index, place.rowStart, range, prefix, ctx);
  if (cell.index === 0) {
    return [...mergeCompletions(indicatorNameCompletions(doc, place.table, place.field, place.rowStart, range, prefix, ctx), bbv), ...markers];
  }
  if (bbv.length > 0) return [...bbv, ...markers];
  const column = place.table?.columns.find((c) => c.index === cell.index);
  // The key from the line's text, not the model: while a row is typed the parser may still see
  // fewer cells (a trailing `| ` is read as part of the name).
  const key = indicatorKey(collapse(lineCells(line)[0]?.text ?? '').replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1'));
  return [...valueCompletions(doc, key, column?.role, column?.year, range, prefix, ctx), ...markers];
}

/** Where in a table the cursor is: the header, or a row (of a parsed table, or a pipe line below one). */
interface TablePlace {
  header: boolean;
  table?: IndicatorTable;
  field: Beleidsveld;
  /** Start of the row's source, to leave the row's own name out of name completions. */
  rowStart: number;
}

function tablePlace(
  doc: ChapterDocument,
  table: IndicatorTable | undefined,
  line: string,
  offset: number,
  ctx: FeatureContext,
): TablePlace | undefined {
  const field = beleidsveldAt(doc, offset);
  const lineStart = lineStartOf(doc, offset);
  if (table) {
    if (offset >= table.headerSpan.start && offset <= table.headerSpan.end) return { header: true, table, field, rowStart: lineStart };
    const row = table.rows.find((r) => offset >= r.span.start && offset <= r.span.end);
    if (!row) {
      // The delimiter row, or an empty continuation line of the table.
      return isPipeLine(line) && !/^\s*\|?\s*:?-+/.test(line) ? { header: false, table, field, rowStart: lineStart } : undefined;
    }
    return { header: false, table, field, rowStart: row.span.start };
  }
  // A pipe line the parser did not take as a table: a header being typed, or a row below a table.
  const first = collapse(lineCells(line)[0]?.text ?? '');
  if (ctx.settings.vocabulary.isIndicatorLabel(first)) return { header: true, field, rowStart: lineStart };
  const above = field.tables.filter((t) => t.span.end <= offset).pop();
  if (above) return { header: false, table: above, field, rowStart: lineStart };
  return { header: true, field, rowStart: lineStart };
}

function lineStartOf(doc: ChapterDocument, offset: number): number {
  return doc.lines.offsetAt({ line: doc.lines.positionAt(offset).line, character: 0 });
}

/** The range a cell completion replaces: the cell's content up to the cursor. */
function cellRange(line: number, cell: LineCell, character: number): Range {
  const start = Math.min(cell.contentStart, character);
  return { start: { line, character: start }, end: { line, character } };
}

/** A space after a pipe, so `|Toename` becomes `| Toename`. */
function cellPrefix(line: string, start: number): string {
  return start > 0 && line[start - 1] === '|' ? ' ' : '';
}

function item(
  label: string,
  kind: CompletionItemKind,
  range: Range,
  newText: string,
  extra: Partial<CompletionItem> = {},
): CompletionItem {
  return { label, kind, ...extra, textEdit: { range, newText } };
}

function markdown(value: string) {
  return { kind: MarkupKind.Markdown, value };
}

// ---------------------------------------------------------------------------------------------
// Front matter

function frontMatterCompletions(
  doc: ChapterDocument,
  lineNumber: number,
  line: string,
  character: number,
  ctx: FeatureContext,
): CompletionItem[] {
  const colon = line.indexOf(':');
  if (colon === -1 || character <= colon) {
    const keyStart = line.length - line.trimStart().length;
    const range: Range = {
      start: { line: lineNumber, character: Math.min(keyStart, character) },
      end: { line: lineNumber, character },
    };
    // Keys on the other lines: from the parsed entries, and from the lines themselves, since the
    // YAML often does not parse while a key is being typed.
    const present = new Set<string>();
    const front = doc.frontMatter as NonNullable<ChapterDocument['frontMatter']>;
    const first = doc.lines.positionAt(front.span.start).line;
    const last = doc.lines.positionAt(front.span.end).line;
    for (let l = first + 1; l < last; l++) {
      const key = l === lineNumber ? undefined : /^([^\s:#][^:]*):/.exec(doc.lines.lineText(l))?.[1].trim();
      if (key) present.add(key);
    }
    for (const [key, entry] of front.entries) {
      if (doc.lines.positionAt(entry.key.start).line !== lineNumber) present.add(key);
    }
    return Object.entries(schema.properties)
      .filter(([key]) => !present.has(key))
      .map(([key, property], i) =>
        item(key, CompletionItemKind.Property, range, colon === -1 ? `${key}: ` : key, {
          detail: schema.required.includes(key) ? localize(ctx, 'verplicht', 'required') : localize(ctx, 'optioneel', 'optional'),
          documentation: property.description,
          sortText: `${schema.required.includes(key) ? 0 : 1}${String(i).padStart(2, '0')}`,
        }),
      );
  }
  const key = line.slice(0, colon).trim();
  const property = schema.properties[key];
  if (!property) return [];
  let valueStart = colon + 1;
  while (valueStart < character && /\s/.test(line[valueStart])) valueStart++;
  const range: Range = { start: { line: lineNumber, character: valueStart }, end: { line: lineNumber, character } };
  const prefix = valueStart === colon + 1 ? ' ' : '';
  const values: { value: string; detail: string }[] = [];
  const add = (value: string | number | undefined, detail: string) => {
    if (value === undefined || value === '') return;
    if (!values.some((v) => v.value === String(value))) values.push({ value: String(value), detail });
  };
  const inferred = inferKindAndYear(doc.tables, doc.headings, ctx.settings.vocabulary);
  const fromText = localize(ctx, 'volgt uit de tekst', 'read from the text');
  switch (key) {
    case 'document':
      add(inferred.kind, fromText);
      break;
    case 'jaar':
      add(inferred.year, fromText);
      break;
    case 'programma':
      add(doc.headings.find((h) => h.kind === 'programma')?.number, fromText);
      break;
    case 'deelprogramma':
      for (const h of doc.headings) if (h.kind === 'deelprogramma') add(h.number, fromText);
      break;
    case 'titel':
      add(doc.headings.find((h) => h.kind === 'programma')?.text, fromText);
      break;
  }
  for (const value of property.enum ?? []) add(value, localize(ctx, 'toegestane waarde', 'allowed value'));
  for (const other of workspaceDocuments(doc, ctx)) {
    if (other.uri === doc.uri) continue;
    const value = other.frontMatter?.data?.[key];
    if (typeof value === 'string' || typeof value === 'number') add(value, fileName(other.uri));
  }
  return values.map((v, i) =>
    item(v.value, property.enum ? CompletionItemKind.EnumMember : CompletionItemKind.Value, range, prefix + v.value, {
      detail: v.detail,
      documentation: property.description,
      sortText: String(i).padStart(3, '0'),
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Headings

function headingCompletions(
  doc: ChapterDocument,
  lineNumber: number,
  line: string,
  character: number,
  offset: number,
  ctx: FeatureContext,
): CompletionItem[] {
  const hashes = /^ {0,3}#{1,6}/.exec(line) as RegExpExecArray;
  if (character < hashes[0].length) return [];
  let start = hashes[0].length;
  while (start < character && /\s/.test(line[start])) start++;
  const range: Range = { start: { line: lineNumber, character: start }, end: { line: lineNumber, character } };
  const prefix = start === hashes[0].length ? ' ' : '';
  const kinds: DocumentKind[] = doc.kind ? [doc.kind] : ['begroting', 'rekening'];
  const field = beleidsveldAt(doc, offset);
  const items: CompletionItem[] = [];
  for (const kind of kinds) {
    const specs = ctx.settings.vocabulary.sections(kind);
    const present = new Set(
      field.sections
        .filter((h) => doc.lines.positionAt(h.span.start).line !== lineNumber)
        .map((h) => ctx.settings.vocabulary.matchSection(kind, h.text)?.spec.id)
        .filter((id) => id !== undefined),
    );
    specs.forEach((spec, order) => {
      const title = sectionTitle(spec, doc.year);
      if (items.some((i) => i.label === title)) return;
      const done = present.has(spec.id);
      items.push(
        item(title, CompletionItemKind.Text, range, prefix + title, {
          detail: `${kind}${spec.required ? localize(ctx, ', verplicht', ', required') : ''}${
            done ? localize(ctx, ' (staat er al)', ' (already present)') : ''
          }`,
          // Sections the beleidsveld still lacks come first, in the standard order.
          sortText: `${done ? 1 : 0}${String(order).padStart(2, '0')}`,
        }),
      );
    });
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// Footnote numerals

/**
 * A footnote marker being typed at the cursor, in one of the configured styles: what an item
 * replaces (the numeral typed so far and the rest of it after the cursor; a `^` that stands for a
 * superscript digit) and what it writes after the numeral.
 */
interface MarkerTyping {
  style: FootnoteStyleName;
  kind: FootnoteKind;
  start: number;
  end: number;
  /** Written after the numeral when the line has no closing parenthesis there yet. */
  close: string;
  /** Typed after a blank (`12.400 4`): offered beside the value and name completions, not instead. */
  merge: boolean;
  /** Asterisks typed escaped (`\\*`) are offered escaped. */
  escaped?: boolean;
}

/** The characters a numeral of a kind is typed with, to replace it whole around the cursor. */
const NUMERAL_CHARS: Record<FootnoteKind, RegExp> = {
  roman: /[IVX]/,
  asterisk: /[\\*]/,
  number: /\d/,
  superscript: /[⁰¹²³⁴⁵⁶⁷⁸⁹]/,
  letter: /[a-z]/,
};

/**
 * The markers of the configured styles that the text before the cursor starts in a table cell:
 * `(` (Roman numerals, numbers and letters in parentheses), asterisks glued to a value, `)` before
 * a number, `^` for a superscript digit, and after a blank a number or letter with `)`. In the name
 * cell also a number glued to a full stop (`voorzieningen.1`).
 */
function markersTyped(line: string, cell: LineCell, character: number, ctx: FeatureContext): MarkerTyping[] {
  const style = ctx.settings.vocabulary.footnotes;
  const before = line.slice(cell.start, character);
  const found: MarkerTyping[] = [];
  const add = (name: FootnoteStyleName, kind: FootnoteKind, typed: string, close: string, merge: boolean, extra: Partial<MarkerTyping> = {}) => {
    if (!style.has(name)) return;
    let end = character;
    while (end < line.length && NUMERAL_CHARS[kind].test(line[end])) end++;
    // An existing closing parenthesis after the numeral stays.
    const closing = close && /^\s*\)/.test(line.slice(end)) ? '' : close;
    found.push({ style: name, kind, start: character - typed.length, end, close: closing, merge, ...extra });
  };
  const paren = /\(\s*([IVX]*|\d{0,2}|[a-z]?)$/.exec(before);
  if (paren) {
    const typed = paren[1];
    if (/^[IVX]*$/.test(typed)) add('roman', 'roman', typed, ')', false);
    if (/^\d*$/.test(typed)) add('number-paren', 'number', typed, ')', false);
    if (/^[a-z]?$/.test(typed)) add('letter', 'letter', typed, ')', false);
    return found;
  }
  const asterisks = /(?<=[^\s|\\*])((?:\\?\*)+)$/.exec(before);
  if (asterisks) add('asterisk', 'asterisk', asterisks[1], '', false, { escaped: asterisks[1].includes('\\') });
  const open = /\)[ \t]?(\d{0,2})$/.exec(before);
  if (open && !closesParenthesis(before, open.index)) add('close-number', 'number', open[1], '', false);
  if (before.endsWith('^')) add('superscript', 'superscript', '^', '', false);
  if (found.length > 0) return found;
  const afterBlank = /(?<=[\p{L}\p{N}%.)*])[ \t]+(\d{0,2}|[a-z])$/u.exec(before);
  if (afterBlank) {
    const typed = afterBlank[1];
    if (/^\d*$/.test(typed)) add('number-close', 'number', typed, ')', true);
    if (/^[a-z]?$/.test(typed)) add('letter', 'letter', typed, ')', true);
  }
  const glued = /(?<=\p{L}\.|\))(\d{0,2})$/u.exec(before);
  if (glued && cell.index === 0) add('number-glued', 'number', glued[1], '', true);
  return found;
}

/** True when the `)` at `index` closes a parenthesis opened before it in the text. */
function closesParenthesis(text: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** A marker written in its style, for the documentation of an item: `(IV)`, `4)`, `)4`, `⁴`, `\\*`. */
function markerText(style: FootnoteStyleName, numeral: string): string {
  switch (style) {
    case 'roman':
    case 'number-paren':
    case 'letter':
      return `(${numeral})`;
    case 'number-close':
      return `${numeral})`;
    case 'close-number':
      return `)${numeral}`;
    case 'asterisk':
      return numeral.replace(/\\?\*/g, '\\*');
    default:
      return numeral;
  }
}

/**
 * The numerals for the markers being typed: per style the next free one of its kind in the
 * beleidsveld (preselected for the first style), then those already used, with their footnote.
 */
function footnoteCompletions(
  doc: ChapterDocument,
  lineNumber: number,
  offset: number,
  typing: MarkerTyping[],
  ctx: FeatureContext,
): CompletionItem[] {
  const field = beleidsveldAt(doc, offset);
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  typing.forEach((t, i) => {
    const range: Range = { start: { line: lineNumber, character: t.start }, end: { line: lineNumber, character: t.end } };
    const format = (value: number) => formatNumeral(t.kind, value, t.escaped ? '\\*' : undefined);
    const used = new Set<number>();
    for (const f of [...field.markers, ...field.definitions]) if (f.kind === t.kind) used.add(f.value);
    const next = Math.max(0, ...used) + 1;
    const push = (numeral: string, sortText: string, extra: Partial<CompletionItem>) => {
      const newText = numeral + t.close;
      const key = `${t.start}:${t.end}:${newText}`;
      if (seen.has(key)) return; // two styles of one kind (`)4` and `.4`) give the same numerals
      seen.add(key);
      // The client filters by the text the item replaces: `^` for a superscript digit, `\\*` for an asterisk.
      const filterText = t.style === 'superscript' ? '^' + numeral : t.kind === 'asterisk' ? newText : undefined;
      const label = t.kind === 'asterisk' ? numeral.replace(/\\/g, '') : numeral;
      items.push(item(label, CompletionItemKind.Reference, range, newText, { ...extra, sortText, ...(filterText ? { filterText } : {}) }));
    };
    if (next <= maxNumeral(t.kind)) {
      push(format(next), String(2 * i), {
        detail: localize(ctx, 'nieuwe voetnoot', 'new footnote'),
        ...(i === 0 ? { preselect: true } : {}),
      });
    }
    for (const value of [...used].sort((a, b) => a - b)) {
      const numeral = format(value);
      const definitions = definitionsOf(field, { kind: t.kind, numeral, value });
      const text = definitions.map((d) => d.text).join('\n\n');
      push(numeral, `${2 * i + 1}${String(value).padStart(2, '0')}`, {
        detail: text ? shorten(text, 60) : localize(ctx, 'geen toelichting', 'no explanation'),
        ...(text ? { documentation: markdown(`**${markerText(t.style, numeral)}** ${text}`) } : {}),
      });
    }
  });
  return items;
}

/**
 * On a line outside tables: the definition line of each marker of the beleidsveld that has none,
 * in the form of the beleidsveld's definitions of its kind, else of its style (`III `, `(4) `,
 * `)1 = `, `¹ `, `a) `, `\\* `). Only on a line with nothing after the cursor, when what is typed
 * there is the start of such a line.
 */
function definitionLineCompletions(
  doc: ChapterDocument,
  lineNumber: number,
  line: string,
  character: number,
  offset: number,
  ctx: FeatureContext,
): CompletionItem[] {
  if (line.slice(character).trim() !== '') return [];
  const before = line.slice(0, character);
  const typed = before.trimStart();
  const start = character - typed.length;
  if (typed.length > 8) return [];
  const field = beleidsveldAt(doc, offset);
  if (!field) return [];
  const style = ctx.settings.vocabulary.footnotes;
  const plain = (text: string) => text.replace(/\\/g, '');
  const range: Range = { start: { line: lineNumber, character: start }, end: { line: lineNumber, character } };
  const items: CompletionItem[] = [];
  const done = new Set<string>();
  for (const marker of field.markers) {
    const id = `${marker.kind}:${marker.value}`;
    if (done.has(id) || definitionsOf(field, marker).length > 0) continue;
    done.add(id);
    const newText =
      marker.kind === 'asterisk'
        ? '\\*'.repeat(marker.value) + ' '
        : definitionPrefix(
            formatNumeral(marker.kind, marker.value),
            definitionStyle(doc, field, marker.kind, style.definitionForm(marker.style)),
          );
    if (!newText.startsWith(typed) && !plain(newText).startsWith(plain(typed))) continue;
    items.push(
      item(newText.trimEnd(), CompletionItemKind.Reference, range, newText, {
        detail: localize(ctx, `toelichting bij ${marker.label}`, `explanation of ${marker.label}`),
        filterText: newText,
        sortText: String(items.length).padStart(2, '0'),
        ...(items.length === 0 ? { preselect: true } : {}),
      }),
    );
  }
  return items;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

// ---------------------------------------------------------------------------------------------
// Header cells

function labelCompletions(range: Range, prefix: string, ctx: FeatureContext): CompletionItem[] {
  return ctx.settings.vocabulary.data.indicatorLabels.map((label, i) =>
    item(label, CompletionItemKind.Keyword, range, prefix + label, {
      detail: localize(ctx, 'indicatorlabel', 'indicator label'),
      sortText: String(i).padStart(2, '0'),
    }),
  );
}

function columnCompletions(
  doc: ChapterDocument,
  line: string,
  cell: LineCell,
  range: Range,
  prefix: string,
  ctx: FeatureContext,
): CompletionItem[] {
  if (doc.year === undefined) return [];
  const vocabulary = ctx.settings.vocabulary;
  const others = new Set(lineCells(line).filter((c) => c.index !== cell.index).map((c) => collapse(c.text).toLowerCase()));
  const items: CompletionItem[] = [];
  let preselected = false;
  const kinds: DocumentKind[] = doc.kind ? [doc.kind] : ['rekening', 'begroting'];
  for (const kind of kinds) {
    vocabulary.layout(kind).forEach((column) => {
      const year = typeof column.offset === 'number' ? (doc.year as number) + column.offset : undefined;
      const label = vocabulary.slotHeader(column, doc.year);
      if (items.some((x) => x.label === label)) return;
      const present = others.has(label.toLowerCase());
      // The first column of the layout that the header does not have yet is the likely one.
      const preselect = !present && !preselected && !column.optional;
      preselected ||= preselect;
      items.push(
        item(label, CompletionItemKind.Field, range, prefix + label, {
          detail: roleSummary(column.role, ctx) + (column.optional ? localize(ctx, ' (optioneel)', ' (optional)') : ''),
          documentation: markdown(columnDocumentation(doc, label, column.role, year, ctx)),
          sortText: `${present ? 1 : 0}${String(items.length).padStart(2, '0')}`,
          ...(preselect ? { preselect: true } : {}),
        }),
      );
    });
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// Row cells

function indicatorNameCompletions(
  doc: ChapterDocument,
  table: IndicatorTable | undefined,
  field: Beleidsveld,
  rowStart: number,
  range: Range,
  prefix: string,
  ctx: FeatureContext,
): CompletionItem[] {
  if (field.number === undefined) return [];
  const taken = new Set((table?.rows ?? []).filter((r) => r.span.start !== rowStart).map((r) => r.name.key));
  const names = new Map<string, { plain: string; sources: string[] }>();
  // Newest documents first: the most recent wording of a name wins.
  const docs = workspaceDocuments(doc, ctx)
    .filter((d) => d.uri !== doc.uri)
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  for (const other of docs) {
    for (const otherField of other.beleidsvelden) {
      if (otherField.number !== field.number) continue;
      for (const t of otherField.tables) {
        for (const row of t.rows) {
          const key = row.name.key;
          if (!key || taken.has(key)) continue;
          const entry = names.get(key) ?? { plain: row.name.plain, sources: [] };
          const source = fileName(other.uri);
          if (!entry.sources.includes(source)) entry.sources.push(source);
          names.set(key, entry);
        }
      }
    }
  }
  return [...names.values()].map((entry, i) =>
    item(entry.plain, CompletionItemKind.Variable, range, prefix + entry.plain.replace(/\|/g, '\\|'), {
      detail: entry.sources.join(', '),
      sortText: String(i).padStart(3, '0'),
    }),
  );
}

const DIRECTION: Record<string, [string, string]> = {
  up: ['stijging', 'increase'],
  down: ['daling', 'decrease'],
  same: ['geen verandering', 'no change'],
};

function valueCompletions(
  doc: ChapterDocument,
  key: string,
  role: ColumnRole | undefined,
  year: number | undefined,
  range: Range,
  prefix: string,
  ctx: FeatureContext,
): CompletionItem[] {
  const vocabulary = ctx.settings.vocabulary;
  const items: CompletionItem[] = [];
  // Values this indicator has in other documents; the one for this very column first.
  const seen = new Map<string, { text: string; sources: string[]; exact: boolean }>();
  if (key) {
    for (const other of workspaceDocuments(doc, ctx)) {
      if (other.uri === doc.uri) continue;
      for (const table of other.tables) {
        for (const row of table.rows) {
          if (row.name.key !== key) continue;
          for (const cell of row.cells) {
            const main = cell.value.main;
            if (main.type === 'empty' || main.type === 'dash' || !cell.column?.role) continue;
            if (main.type === 'trend' && !roleAllowsTrends(role)) continue;
            const text = withoutMarkers(other.text, cell.span, cell.value.markers);
            const id = valueKey(main) + '\u0000' + text;
            const entry = seen.get(id) ?? { text, sources: [], exact: false };
            const column = cell.column.header;
            entry.sources.push(`${column} (${fileName(other.uri)})`);
            entry.exact ||= cell.column.role === role && cell.column.year === year;
            seen.set(id, entry);
          }
        }
      }
    }
  }
  for (const entry of seen.values()) {
    items.push(
      item(entry.text, CompletionItemKind.Value, range, prefix + entry.text, {
        detail: entry.sources.join(', '),
        sortText: `${entry.exact ? 0 : 2}${String(items.length).padStart(3, '0')}`,
        ...(entry.exact ? { preselect: true } : {}),
      }),
    );
  }
  items.push(
    item('-', CompletionItemKind.Constant, range, prefix + '-', {
      detail: localize(ctx, 'geen gegevens', 'no data'),
      sortText: '1000',
    }),
  );
  // A trend word is a target, never a result.
  if (roleAllowsTrends(role)) {
    Object.entries(vocabulary.data.trendWords).forEach(([word, direction], i) => {
      const [nl, en] = DIRECTION[direction] ?? [direction, direction];
      items.push(
        item(word, CompletionItemKind.Keyword, range, prefix + word, {
          detail: localize(ctx, `trendwoord: ${nl}`, `trend word: ${en}`),
          sortText: `1${String(i + 1).padStart(3, '0')}`,
        }),
      );
    });
  }
  return items;
}

