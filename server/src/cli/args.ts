/** Command-line arguments, parsed with Node's own `util.parseArgs`. */
import { parseArgs } from 'node:util';
import { IGNORED_FOLDERS, MARKDOWN_EXTENSIONS } from '../service/chapter-files.js';
import type { Locale } from '../service/finding.js';
import { pick } from '../service/localize.js';

export type Format = 'stylish' | 'json' | 'sarif' | 'github';
export const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif', 'github'];

export interface LintArgs {
  command: 'lint';
  patterns: string[];
  format: Format;
  fix: boolean;
  config?: string;
  maxWarnings?: number;
  quiet: boolean;
  lang?: Locale;
  workspace?: string;
  /** `--cache`: keep analyses between runs, re-parse only changed files. */
  cache: boolean;
  /** `--cache-location`: the cache file (or a folder for it); default `.programmalintcache`. */
  cacheLocation?: string;
}

export interface ImportArgs {
  command: 'import';
  input?: string;
  output?: string;
  lang?: Locale;
  /** A built-in profile to read the text with, instead of the configuration's. */
  profile?: string;
}

/** `programmalint init [chapters or folders] [-o FILE] [--force]`. */
export interface InitArgs {
  command: 'init';
  patterns: string[];
  output?: string;
  force: boolean;
  lang?: Locale;
  /** Start from this built-in profile instead of guessing one. */
  profile?: string;
}

export type ReportFormat = 'html' | 'md' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'md', 'json'];

/** `programmalint report [paths] [-o report.html] [--format html|md|json]`. */
export interface ReportArgs {
  command: 'report';
  patterns: string[];
  output?: string;
  format: ReportFormat;
  config?: string;
  lang?: Locale;
}

export type ExportFormat = 'html' | 'docx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'docx'];

/** `programmalint export CHAPTER.md [-o OUT] [--format html|docx]`. */
export interface ExportArgs {
  command: 'export';
  input: string;
  output?: string;
  format: ExportFormat;
  config?: string;
  lang?: Locale;
}

export type CliArgs =
  | LintArgs
  | ImportArgs
  | InitArgs
  | ReportArgs
  | ExportArgs
  | { command: 'help'; lang?: Locale }
  | { command: 'version' };

/** A usage error: wrong flags or values (exit code 2). */
export class UsageError extends Error {}

/** Parses argv (without node and script). Throws {@link UsageError} on bad usage. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        lang: { type: 'string' },
        workspace: { type: 'string', short: 'w' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        output: { type: 'string', short: 'o' },
        profile: { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const lang = values.lang;
  if (lang !== undefined && lang !== 'nl' && lang !== 'en') {
    throw new UsageError(`--lang: expected nl or en, got '${lang}'`);
  }
  if (values.help) return { command: 'help', lang };
  if (values.version) return { command: 'version' };

  const notFor = (command: string, flags: readonly (keyof typeof values)[]) => {
    for (const flag of flags) if (values[flag] !== undefined) throw new UsageError(`--${flag} does not apply to ${command}`);
  };
  const command = positionals[0];
  if (command === 'import') {
    if (positionals.length > 2) throw new UsageError('import takes one input file');
    notFor('import', ['format', 'fix', 'config', 'max-warnings', 'quiet', 'workspace', 'force', 'cache', 'cache-location']);
    return { command: 'import', input: positionals[1], output: values.output, lang, profile: values.profile };
  }
  if (command === 'init') {
    notFor('init', ['format', 'fix', 'config', 'max-warnings', 'quiet', 'workspace', 'cache', 'cache-location']);
    return { command: 'init', patterns: positionals.slice(1), output: values.output, force: values.force ?? false, lang, profile: values.profile };
  }
  if (command === 'report') {
    notFor('report', ['fix', 'max-warnings', 'quiet', 'workspace', 'force', 'profile', 'cache', 'cache-location']);
    const format = (values.format ?? 'html') as ReportFormat;
    if (!REPORT_FORMATS.includes(format)) {
      throw new UsageError(`--format: expected one of ${REPORT_FORMATS.join(', ')}, got '${values.format}'`);
    }
    return { command: 'report', patterns: positionals.slice(1), output: values.output, format, config: values.config, lang };
  }
  if (command === 'export') {
    notFor('export', ['fix', 'max-warnings', 'quiet', 'workspace', 'force', 'profile', 'cache', 'cache-location']);
    if (positionals.length !== 2) throw new UsageError('export takes one chapter');
    const format = (values.format ?? 'html') as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) {
      throw new UsageError(`--format: expected one of ${EXPORT_FORMATS.join(', ')}, got '${values.format}'`);
    }
    return { command: 'export', input: positionals[1], output: values.output, format, config: values.config, lang };
  }
  if (values.output !== undefined) throw new UsageError('--output only applies to import, init, report and export');
  if (values.profile !== undefined) throw new UsageError('--profile only applies to import and init');
  if (values.force !== undefined) throw new UsageError('--force only applies to init');
  if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('--cache-location needs --cache');

  const format = (values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format: expected one of ${FORMATS.join(', ')}, got '${values.format}'`);
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(`--max-warnings: expected a whole number ≥ 0, got '${values['max-warnings']}'`);
    }
  }
  return {
    command: 'lint',
    patterns: positionals,
    format,
    fix: values.fix ?? false,
    config: values.config,
    maxWarnings,
    quiet: values.quiet ?? false,
    lang,
    workspace: values.workspace,
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'],
  };
}

/** The help text (the chapter extensions and the skipped folders from the one list of service/chapter-files.ts). */
export function usage(locale: Locale): string {
  const extensions = MARKDOWN_EXTENSIONS.map((e) => `.${e}`);
  const skipped = IGNORED_FOLDERS.join(', ');
  return pick(
    locale,
    `Gebruik: programmalint [opties] [bestanden, mappen of globs]
       programmalint import [BESTAND.txt] [-o UIT.md] [--profile PROFIEL]
       programmalint init [hoofdstukken of mappen] [-o BESTAND] [--force] [--profile PROFIEL]
       programmalint report [paden] [-o rapport.html] [--format html|md|json]
       programmalint export HOOFDSTUK.md [-o UIT] [--format html|docx]

Controleert begrotings- en rekeninghoofdstukken in Markdown. Zonder paden: elk ${extensions.join('- en ')}-bestand
onder de huidige map (${skipped} overgeslagen).

Opties:
  -f, --format FORMAAT     stylish (standaard), json, sarif of github
      --fix                pas veilige, mechanische herstellingen toe (bijv. 68 % → 68%, voetnoten hernummeren)
  -c, --config BESTAND     gebruik dit configuratiebestand in plaats van .programmalintrc.json
      --max-warnings N     afsluitcode 1 bij meer dan N waarschuwingen
  -q, --quiet              alleen fouten melden
  -w, --workspace MAP      gebruik alle hoofdstukken onder MAP als tegenhangers (begroting ↔ rekening)
      --cache              onthoud de uitkomst per bestand; een volgende keer alleen gewijzigde bestanden opnieuw lezen
      --cache-location BESTAND
                           het cachebestand of een map ervoor (standaard .programmalintcache)
      --lang nl|en         taal van de meldingen
  -h, --help               deze hulp
  -v, --version            versie

Afsluitcodes: 0 geen fouten, 1 fouten (of te veel waarschuwingen), 2 gebruiks-, configuratie- of leesfout.
`,
    `Usage: programmalint [options] [files, folders or globs]
       programmalint import [FILE.txt] [-o OUT.md] [--profile PROFILE]
       programmalint init [chapters or folders] [-o FILE] [--force] [--profile PROFILE]
       programmalint report [paths] [-o report.html] [--format html|md|json]
       programmalint export CHAPTER.md [-o OUT] [--format html|docx]

Checks begroting and rekening chapters in Markdown. Without paths: every ${extensions.join(' and ')} file
below the current folder (${skipped} skipped).

Options:
  -f, --format FORMAT      stylish (default), json, sarif or github
      --fix                apply safe, mechanical fixes (e.g. 68 % → 68%, renumber footnotes)
  -c, --config FILE        use this configuration file instead of .programmalintrc.json
      --max-warnings N     exit with 1 when there are more than N warnings
  -q, --quiet              report errors only
  -w, --workspace DIR      use every chapter below DIR as a counterpart (begroting ↔ rekening)
      --cache              remember the result per file; next time only changed files are read again
      --cache-location FILE
                           the cache file or a folder for it (default .programmalintcache)
      --lang nl|en         language of the messages
  -h, --help               this help
  -v, --version            version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, configuration or read error.
`,
  );
}
