/**
 * Configuration (`.programmalintrc.json`): parsed, validated against `schemas/config.schema.json`,
 * and turned into lint settings. Pure: the caller reads the file.
 */
import { findNodeAtLocation, type Node as JsonNode, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Locale, SeveritySetting } from './finding.js';
import type { LintSettings } from './lint.js';
import { LineIndex, type Range } from './positions.js';
import { applyProfiles, profileNames } from './profiles.js';
import { decodePointer, describeSchemaError, errorKey, usefulErrors, validateConfig } from './schemas.js';
import { defaultVocabularyData, mergeVocabulary, Vocabulary, type VocabularyOverride } from './vocabulary.js';

/** The name of the configuration file looked up from a chapter's folder upwards. */
export const CONFIG_FILE_NAME = '.programmalintrc.json';

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
  // Regular expressions in the vocabulary must compile.
  if (problems.length === 0) {
    const vocabulary = (value as Config).vocabulary ?? {};
    const patterns: [string[], string][] = [
      [vocabulary.percentIndicatorPatterns ?? [], 'percentIndicatorPatterns'],
      [vocabulary.dashExplanations ?? [], 'dashExplanations'],
    ];
    for (const [list, name] of patterns) {
      list.forEach((pattern, i) => {
        try {
          new RegExp(pattern, 'u');
        } catch (error) {
          const node = findNodeAtLocation(tree, ['vocabulary', name, i]) ?? tree;
          problems.push({
            key: `vocabulary.${name}.${i}`,
            range: lines.range({ start: node.offset, end: node.offset + node.length }),
            message: {
              nl: `Geen geldige reguliere expressie: ${(error as Error).message}`,
              en: `Not a valid regular expression: ${(error as Error).message}`,
            },
          });
        }
      });
    }
  }
  return problems.length > 0 ? { problems } : { config: value as Config, problems };
}

function nodeValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) out[String(k.value)] = nodeValue(v);
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
