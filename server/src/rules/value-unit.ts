/** value-unit: PLACEHOLDER — to be written. */
import { msg } from '../service/finding.js';
import type { Rule } from '../service/rule.js';

export const valueUnit: Rule = {
  id: 'value-unit',
  defaultSeverity: 'error',
  description: msg('TODO', 'TODO'),
  check() {},
};
