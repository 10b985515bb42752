/** dash-explained: PLACEHOLDER — to be written. */
import { msg } from '../service/finding.js';
import type { Rule } from '../service/rule.js';

export const dashExplained: Rule = {
  id: 'dash-explained',
  defaultSeverity: 'info',
  description: msg('TODO', 'TODO'),
  check() {},
};
