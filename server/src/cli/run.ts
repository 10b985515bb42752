/** The CLI: dispatches to a command and maps failures to exit codes. */
import pkg from '../../../package.json' with { type: 'json' };
import { parseCliArgs, usage, UsageError } from './args.js';
import { exportCommand } from './export-command.js';
import { importCommand } from './import-command.js';
import { initCommand } from './init-command.js';
import { reportCommand } from './report-command.js';
import type { CliIo } from './io.js';
import { EXIT_USAGE, lintCommand } from './lint-command.js';
import { localeFromEnv } from './locale.js';
import { pick } from '../service/localize.js';

/** Runs the CLI with arguments (without node and script). Returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const envLocale = localeFromEnv(io.env) ?? 'nl';
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`programmalint: ${error.message}\n${pick(envLocale, 'Zie programmalint --help.', 'See programmalint --help.')}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  switch (args.command) {
    case 'help':
      io.stdout(usage(args.lang ?? envLocale));
      return 0;
    case 'version':
      io.stdout(`${pkg.version}\n`);
      return 0;
    case 'import':
      return importCommand(args, io);
    case 'init':
      return initCommand(args, io);
    case 'report':
      return reportCommand(args, io);
    case 'export':
      return exportCommand(args, io);
    case 'lint':
      return lintCommand(args, io);
  }
}
