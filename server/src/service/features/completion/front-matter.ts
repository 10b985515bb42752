/** Completion provider of the front matter: the keys not written yet, and the values of a key. */
import { CompletionItemKind } from 'vscode-languageserver-types';
import frontMatterSchema from '../../../../../schemas/frontmatter.schema.json' with { type: 'json' };
import { inferKindAndYear } from '../../infer.js';
import type { ChapterDocument } from '../../model.js';
import type { FeatureContext } from '../context.js';
import { fileName, localize, workspaceDocuments } from '../shared.js';
import { type Proposal, proposal } from './collect.js';
import type { FrontMatterKeyContext, FrontMatterValueContext } from './context.js';

interface SchemaProperty {
  enum?: string[];
  description?: string;
}
const schema = frontMatterSchema as unknown as { required: string[]; properties: Record<string, SchemaProperty> };

/** The keys of the front matter schema that the other lines do not have, required first. */
export function frontMatterKeyCompletions(doc: ChapterDocument, c: FrontMatterKeyContext, ctx: FeatureContext): Proposal[] {
  // Keys on the other lines: from the parsed entries, and from the lines themselves, since the
  // YAML often does not parse while a key is being typed.
  const present = new Set<string>();
  const front = doc.frontMatter as NonNullable<ChapterDocument['frontMatter']>;
  const first = doc.lines.positionAt(front.span.start).line;
  const last = doc.lines.positionAt(front.span.end).line;
  for (let l = first + 1; l < last; l++) {
    const key = l === c.line ? undefined : /^([^\s:#][^:]*):/.exec(doc.lines.lineText(l))?.[1].trim();
    if (key) present.add(key);
  }
  for (const [key, entry] of front.entries) {
    if (doc.lines.positionAt(entry.key.start).line !== c.line) present.add(key);
  }
  return Object.entries(schema.properties)
    .filter(([key]) => !present.has(key))
    .map(([key, property], i) =>
      proposal(key, CompletionItemKind.Property, c.span, c.hasColon ? key : `${key}: `, {
        detail: schema.required.includes(key) ? localize(ctx, 'verplicht', 'required') : localize(ctx, 'optioneel', 'optional'),
        documentation: property.description,
        sortText: `${schema.required.includes(key) ? 0 : 1}${String(i).padStart(2, '0')}`,
      }),
    );
}

/**
 * The values of a front matter key: the one the text points to, the allowed values, and the
 * values of the key in the other documents of the workspace. None for a key the schema lacks.
 */
export function frontMatterValueCompletions(doc: ChapterDocument, c: FrontMatterValueContext, ctx: FeatureContext): Proposal[] {
  const property = schema.properties[c.key];
  if (!property) return [];
  const values: { value: string; detail: string }[] = [];
  const add = (value: string | number | undefined, detail: string) => {
    if (value === undefined || value === '') return;
    if (!values.some((v) => v.value === String(value))) values.push({ value: String(value), detail });
  };
  const inferred = inferKindAndYear(doc.tables, doc.headings, ctx.settings.vocabulary);
  const fromText = localize(ctx, 'volgt uit de tekst', 'read from the text');
  switch (c.key) {
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
    const value = other.frontMatter?.data?.[c.key];
    if (typeof value === 'string' || typeof value === 'number') add(value, fileName(other.uri));
  }
  return values.map((v, i) =>
    proposal(v.value, property.enum ? CompletionItemKind.EnumMember : CompletionItemKind.Value, c.span, c.prefix + v.value, {
      detail: v.detail,
      documentation: property.description,
      sortText: String(i).padStart(3, '0'),
    }),
  );
}
