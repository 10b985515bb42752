/** value-format: PLACEHOLDER — to be written. */
import { msg } from '../service/finding.js';
import type { Rule } from '../service/rule.js';

export const valueFormat: Rule = {
  id: 'value-format',
  defaultSeverity: 'warning',
  description: msg('TODO', 'TODO'),
  check() {},
};
