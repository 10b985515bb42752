/**
 * Configuration (`.programmalintrc.json`): parsed, validated against `schemas/config.schema.json`,
 * and turned into lint settings. Pure: the caller reads the file.
 */
import safeRegex from 'safe-regex2';
import { findNodeAtLocation, type Node as JsonNode, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Locale, SeveritySetting } from './finding.js';
import type { LintSettings } from './lint.js';
import { LineIndex, type Range } from './positions.js';
import { applyProfiles, profileNames } from './profiles.js';
import { decodePointer, describeSchemaError, errorKey, usefulErrors, validateConfig } from './schemas.js';
import { defaultVocabularyData, mergeVocabulary, Vocabulary, type VocabularyOverride } from './vocabulary.js';

export { CONFIG_FILE_NAME } from './chapter-files.js';

export interface Config {
  locale?: Locale;
  /** Built-in profiles applied to the defaults before `vocabulary` (see `schemas/profiles.json`). */
  profile?: string | string[];
  rules?: Record<string, SeveritySetting>;
  vocabulary?: VocabularyOverride;
  extendVocabulary?: boolean;
  ignore?: string[];
}

/** A problem in a configuration file, with its place. */
export interface ConfigProblem {
  /** The key path, e.g. `rules.footnote-order`. */
  key: string;
  range: Range;
  message: { nl: string; en: string };
}

/** Parses and validates the text of a configuration file (JSON with comments allowed). */
export function parseConfig(text: string): { config?: Config; problems: ConfigProblem[] } {
  const lines = new LineIndex(text);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !tree) {
    const first = errors[0];
    const at = first ? first.offset : 0;
    const code = first ? printParseErrorCode(first.error) : 'empty file';
    return {
      problems: [
        {
          key: '',
          range: lines.range({ start: at, end: at + (first?.length ?? 0) }),
          message: { nl: `Geen geldige JSON (${code}).`, en: `Not valid JSON (${code}).` },
        },
      ],
    };
  }
  const value = nodeValue(tree);
  const forbidden = forbiddenKey(tree);
  if (forbidden) {
    return {
      problems: [
        {
          key: forbidden.value as string,
          range: lines.range({ start: forbidden.offset, end: forbidden.offset + forbidden.length }),
          message: {
            nl: `De sleutel '${String(forbidden.value)}' is niet toegestaan in een configuratie.`,
            en: `The key '${String(forbidden.value)}' is not allowed in a configuration.`,
          },
        },
      ],
    };
  }
  const problems = usefulErrors(validateConfig(value)).map((error): ConfigProblem => {
    const path = error.instancePath.split('/').filter(Boolean).map(decodePointer);
    const key = errorKey(error);
    // Point at the offending key when there is one, else at the value.
    let node: JsonNode | undefined = findNodeAtLocation(tree, path);
    if (['additionalProperties', 'propertyNames'].includes(error.keyword)) {
      node = findNodeAtLocation(tree, [...path, key])?.parent?.children?.[0] ?? node;
    }
    node ??= tree;
    return {
      key: [...path, ...(error.keyword === 'required' || error.keyword === 'additionalProperties' ? [key] : [])].join('.'),
      range: lines.range({ start: node.offset, end: node.offset + node.length }),
      message: describeSchemaError(error, { nl: 'configuratie', en: 'configuration' }),
    };
  });
  // Regular expressions in the vocabulary must compile, and must not backtrack catastrophically:
  // `(a+)+$` against a line of a's would hang the server on every keystroke.
  if (problems.length === 0) {
    const vocabulary = (value as Config).vocabulary ?? {};
    const patterns: { pattern: string; path: (string | number)[] }[] = [];
    for (const name of ['percentIndicatorPatterns', 'dashExplanations'] as const) {
      (vocabulary[name] ?? []).forEach((pattern, i) => patterns.push({ pattern, path: ['vocabulary', name, i] }));
    }
    const ignore = (vocabulary.footnotes as { ignore?: unknown } | undefined)?.ignore;
    if (Array.isArray(ignore)) ignore.forEach((pattern, i) => patterns.push({ pattern: String(pattern), path: ['vocabulary', 'footnotes', 'ignore', i] }));
    for (const kind of ['begroting', 'rekening'] as const) {
      (vocabulary.sections?.[kind] ?? []).forEach((spec, i) =>
        spec.headings.forEach((h, j) =>
          patterns.push({ pattern: h.replace(/\{jaar\}/g, '(\\d{4})'), path: ['vocabulary', 'sections', kind, i, 'headings', j] }),
        ),
      );
    }
    for (const { pattern, path } of patterns) {
      const message = regexProblem(pattern);
      if (!message) continue;
      const node = findNodeAtLocation(tree, path) ?? tree;
      problems.push({ key: path.join('.'), range: lines.range({ start: node.offset, end: node.offset + node.length }), message });
    }
  }
  return problems.length > 0 ? { problems } : { config: value as Config, problems };
}

/** Why a configured regular expression cannot be used, or undefined when it can. */
function regexProblem(pattern: string): ConfigProblem['message'] | undefined {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return { nl: `Geen geldige reguliere expressie: ${(error as Error).message}`, en: `Not a valid regular expression: ${(error as Error).message}` };
  }
  if (!safeRegex(pattern)) {
    return {
      nl: 'Deze reguliere expressie kan bij sommige tekst extreem traag worden (geneste herhaling zoals (a+)+); schrijf haar zonder herhaling binnen herhaling.',
      en: 'This regular expression can become extremely slow on some text (nested repetition such as (a+)+); write it without repetition inside repetition.',
    };
  }
  return undefined;
}

/** The first key node anywhere in the tree that is a forbidden key. */
function forbiddenKey(node: JsonNode): JsonNode | undefined {
  if (node.type === 'property') {
    const key = node.children?.[0];
    if (key && FORBIDDEN_KEYS.has(String(key.value))) return key;
  }
  for (const child of node.children ?? []) {
    const found = forbiddenKey(child);
    if (found) return found;
  }
  return undefined;
}

/** Keys that would reach an object's prototype when copied: never data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function nodeValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        // defineProperty, so even a `__proto__` key stays an own property (and is rejected below).
        if (k && v) Object.defineProperty(out, String(k.value), { value: nodeValue(v), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

const vocabularyCache = new Map<string, Vocabulary>();

/** The compiled vocabulary of a configuration, cached per distinct vocabulary. */
export function vocabularyFor(config: Config | undefined): Vocabulary {
  const names = profileNames(config?.profile);
  const key = JSON.stringify([names, config?.vocabulary ?? null, config?.extendVocabulary ?? true]);
  let vocabulary = vocabularyCache.get(key);
  if (!vocabulary) {
    vocabulary = new Vocabulary(
      mergeVocabulary(applyProfiles(defaultVocabularyData, names), config?.vocabulary, config?.extendVocabulary ?? true),
    );
    vocabularyCache.set(key, vocabulary);
  }
  return vocabulary;
}

/** Lint settings from a configuration; `locale` (from the editor or CLI) wins over the file's. */
export function settingsFromConfig(config: Config | undefined, locale?: Locale): LintSettings {
  return {
    vocabulary: vocabularyFor(config),
    severities: { ...(config?.rules ?? {}) },
    locale: locale ?? config?.locale ?? 'nl',
  };
}
