/** `programmalint init`. */
import type { InitArgs } from './args.js';
import type { CliIo } from './io.js';

/** Runs the init command. */
export async function initCommand(_args: InitArgs, io: CliIo): Promise<number> {
  io.stderr('programmalint init: not available yet\n');
  return 2;
}
