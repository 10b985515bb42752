/** `programmalint export`. */
import type { ExportArgs } from './args.js';
import type { CliIo } from './io.js';

/** Runs the export command. */
export async function exportCommand(_args: ExportArgs, io: CliIo): Promise<number> {
  io.stderr('programmalint export: not available yet\n');
  return 2;
}
