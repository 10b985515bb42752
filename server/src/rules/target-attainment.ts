/** target-attainment: PLACEHOLDER — to be written. */
import { msg } from '../service/finding.js';
import type { Rule } from '../service/rule.js';

export const targetAttainment: Rule = {
  id: 'target-attainment',
  defaultSeverity: 'info',
  description: msg('TODO', 'TODO'),
  check() {},
};
