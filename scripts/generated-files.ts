/**
 * The files (or parts of files) written from the rule registry, so that a rule's id, default
 * severity, descriptions, fixability, documentation link and the documents it reads are written
 * in one place (its file under `server/src/rules/`). Pure: texts in, texts out; `generate.ts`
 * reads and writes the files, the manifest test compares them without writing.
 *
 * Generated: the per-rule settings of `package.json` (`contributes.configuration`), their texts
 * in `package.nls.json` / `package.nls.nl.json`, the rule ids and severities of
 * `schemas/config.schema.json`, the rules table of `README.md` and the table of counterparts of
 * `docs/workspace.md` (between marker comments).
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { rules as registry } from '../server/src/rules/index.js';
import { SEVERITY_SETTINGS, type Localized } from '../server/src/service/finding.js';
import type { DocumentKind } from '../server/src/service/model.js';
import type { RegisteredRule } from '../server/src/service/rule.js';

/** The files written, relative to the repository root. */
export const GENERATED_FILES = [
  'package.json',
  'package.nls.json',
  'package.nls.nl.json',
  'schemas/config.schema.json',
  'README.md',
  'docs/workspace.md',
] as const;

export type GeneratedFile = (typeof GENERATED_FILES)[number];

/** The setting that holds the severity per rule. */
const RULES_SETTING = 'programmalint.rules';
/** The translation key of a rule's setting. */
const nlsKey = (id: string) => `config.rules.${id}`;

/** A rule of the registry with every field the generated files need. */
type Described = RegisteredRule & { summary: Localized };

/** The registered rules; fails (naming the rule) when one lacks a field the files need. */
export function describedRules(rules: readonly RegisteredRule[] = registry): Described[] {
  return rules.map((rule) => {
    if (!rule.summary) throw new Error(`rule ${rule.id} has no summary`);
    return rule as Described;
  });
}

/** The new text of a generated file, from its current text. */
export function generate(file: GeneratedFile, text: string, rules: readonly RegisteredRule[] = registry): string {
  const described = describedRules(rules);
  switch (file) {
    case 'package.json':
      return packageJson(text, described);
    case 'package.nls.json':
      return nls(text, described, 'en');
    case 'package.nls.nl.json':
      return nls(text, described, 'nl');
    case 'schemas/config.schema.json':
      return configSchema(text, described);
    case 'README.md':
      return between(text, 'rules', readmeTable(described));
    case 'docs/workspace.md':
      return between(text, 'counterparts', counterpartsTable(described));
  }
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** `package.json`: one severity setting per rule, in registry order. */
function packageJson(text: string, rules: Described[]): string {
  const pkg = JSON.parse(text);
  const setting = pkg.contributes.configuration.properties[RULES_SETTING];
  setting.properties = Object.fromEntries(
    rules.map((rule) => [
      rule.id,
      {
        type: 'string',
        enum: [...SEVERITY_SETTINGS],
        enumDescriptions: SEVERITY_SETTINGS.map((s) => `%config.severity.${s}%`),
        default: rule.defaultSeverity,
        markdownDescription: `%${nlsKey(rule.id)}%`,
      },
    ]),
  );
  return json(pkg);
}

/** A translation file: its own texts, then one text per rule (description, default, link). */
function nls(text: string, rules: Described[], locale: 'nl' | 'en'): string {
  const own = Object.entries(JSON.parse(text) as Record<string, string>).filter(([key]) => !key.startsWith(nlsKey('')));
  const [defaultWord, docsWord] = locale === 'nl' ? ['Standaard', 'Documentatie'] : ['Default', 'Documentation'];
  const generated = rules.map((rule) => [
    nlsKey(rule.id),
    `${rule.description[locale]} ${defaultWord}: \`${rule.defaultSeverity}\`. [${docsWord}](${rule.docsUrl})`,
  ]);
  return json(Object.fromEntries([...own, ...generated]));
}

/** The configuration schema: the rule ids and the severities, each list replaced where it stands. */
function configSchema(text: string, rules: Described[]): string {
  let out = replaceArray(text, ['properties', 'rules', 'additionalProperties', 'enum'], [...SEVERITY_SETTINGS]);
  out = replaceArray(out, ['properties', 'rules', 'propertyNames', 'enum'], rules.map((r) => r.id));
  return out;
}

/** Replaces the array at `path` of a JSON text, keeping the rest of the text as it is. */
function replaceArray(text: string, path: string[], items: string[]): string {
  const tree = parseTree(text);
  const node = tree && findNodeAtLocation(tree, path);
  if (!node || node.type !== 'array') throw new Error(`no array at ${path.join('.')}`);
  const lineStart = text.lastIndexOf('\n', node.offset) + 1;
  const indent = /^\s*/.exec(text.slice(lineStart))![0];
  return text.slice(0, node.offset) + wrapped(items, indent) + text.slice(node.offset + node.length);
}

/** A JSON array of strings: on one line when it fits in 100 columns, else wrapped at 110 below `indent`. */
function wrapped(items: string[], indent: string): string {
  const one = `[${items.map((i) => JSON.stringify(i)).join(', ')}]`;
  if (indent.length + one.length <= 100) return one;
  const inner = `${indent}  `;
  const lines: string[] = [];
  let line = '';
  for (const item of items.map((i) => JSON.stringify(i))) {
    if (line && inner.length + line.length + item.length + 2 > 110) {
      lines.push(`${inner}${line}`);
      line = '';
    }
    line += line ? ` ${item},` : `${item},`;
  }
  lines.push(`${inner}${line.slice(0, -1)}`);
  return `[\n${lines.join('\n')}\n${indent}]`;
}

/** Replaces the lines between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. */
function between(text: string, name: string, content: string): string {
  const start = `<!-- generated:${name} (npm run generate) -->\n`;
  const end = `<!-- /generated:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from === -1 || to === -1) throw new Error(`no markers ${start.trim()} … ${end}`);
  return text.slice(0, from + start.length) + content + text.slice(to);
}

/** How the README names a rule's fixes. */
const FIXES: Record<NonNullable<RegisteredRule['fixable']> | 'none', string> = {
  safe: '`--fix`',
  suggestion: 'snelle correctie',
  none: '',
};

/** The README's table of rules (Dutch, as the README). */
function readmeTable(rules: Described[]): string {
  const rows = rules.map(
    (r) => `| [${r.id}](docs/rules/${r.id}.md) | ${r.summary.nl} | ${r.defaultSeverity} | ${FIXES[r.fixable ?? 'none']} |`,
  );
  return `${['| regel | controleert | standaard | herstel |', '| --- | --- | --- | --- |', ...rows].join('\n')}\n`;
}

/** `Y`, `Y-1`, `Y+1`. */
const yearOf = (offset: number) => (offset === 0 ? 'Y' : offset < 0 ? `Y${offset}` : `Y+${offset}`);

/** The table of docs/workspace.md: which chapter is compared with which, by which rules. */
function counterpartsTable(rules: Described[]): string {
  const rows = new Map<string, { checks: DocumentKind; other: string; ids: string[] }>();
  for (const rule of rules) {
    for (const read of rule.reads ?? []) {
      const key = `${read.checks}|${read.kind}|${read.yearOffset}`;
      const row = rows.get(key) ?? { checks: read.checks, other: `${read.kind} ${yearOf(read.yearOffset)}`, ids: [] };
      row.ids.push(rule.id);
      rows.set(key, row);
    }
  }
  const lines = [...rows.values()].map(
    (r) => `| ${r.checks} Y, beleidsveld N | ${r.other}, beleidsveld N | ${r.ids.map((id) => `\`${id}\``).join(', ')} |`,
  );
  const checking = new Set([...rows.values()].map((r) => r.checks));
  for (const kind of ['begroting', 'rekening'] as const) {
    if (!checking.has(kind)) lines.push(`| ${kind} Y | (niets: de meldingen staan in de ${[...checking].join(' en de ')}) | |`);
  }
  return `${['| dit hoofdstuk | wordt vergeleken met | regels |', '| --- | --- | --- |', ...lines].join('\n')}\n`;
}
