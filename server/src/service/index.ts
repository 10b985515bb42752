/**
 * The language service: pure functions of parsed documents (and the workspace) → findings and
 * edits, and `createLanguageService`, the object that owns the documents and answers every
 * feature. No protocol, no disk of its own (the file system is injected): the LSP server and the
 * CLI are shells around this.
 */
export {
  createLanguageService,
  type DocumentInfo,
  type LanguageService,
  type LanguageServiceOptions,
  type Logger,
  type OpenDocuments,
} from './language-service.js';
export { decodeChapter, type FileStat, type FileSystem, MAX_FILE_BYTES, readChapter, readChapterSync, type ReadResult } from './file-system.js';
export { ConfigResolver, configProblems, type ConfigChange, type ConfigResolverOptions, type LoadedConfig } from './config-resolver.js';
export { localeFromTag, resolveLocale } from './localize.js';
export { parseChapter, parseMarkdown } from './parse.js';
export { indicatorKey } from './footnote-syntax.js';
export { lintChapter, defaultSettings, isSuppressed, type LintSettings } from './lint.js';
export { fixChapter, safeEdits, type FixResult } from './fix-all.js';
export { applyEdits, type SpanEdit } from './edits.js';
export { parseConfig, settingsFromConfig, vocabularyFor, CONFIG_FILE_NAME, type Config, type ConfigProblem } from './config.js';
export { LineIndex, type Position, type Range, type Span } from './positions.js';
export type { Finding, Fix, Locale, Localized, Severity, SeveritySetting, TextEdit, RelatedLocation } from './finding.js';
export { SEVERITY_SETTINGS } from './finding.js';
export type { Fixable, RegisteredRule, Rule, RuleRead } from './rule.js';
export type * from './model.js';
export { Vocabulary, defaultVocabulary } from './vocabulary.js';
export { rules, ruleById } from '../rules/index.js';
export { ruleDocsUrl, DOCS_BASE_URL } from './docs-url.js';
export { toModelJson } from './model-json.js';
