/** `programmalint report`. */
import type { ReportArgs } from './args.js';
import type { CliIo } from './io.js';

/** Runs the report command. */
export async function reportCommand(_args: ReportArgs, io: CliIo): Promise<number> {
  io.stderr('programmalint report: not available yet\n');
  return 2;
}
