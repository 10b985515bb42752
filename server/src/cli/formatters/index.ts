/** The output formats by name. */
import type { Format } from '../args.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import type { Formatter } from './report.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const formatters: Record<Format, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};
export type { FileReport, Formatter, FormatOptions } from './report.js';
