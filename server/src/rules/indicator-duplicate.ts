/** indicator-duplicate: PLACEHOLDER — to be written. */
import { msg } from '../service/finding.js';
import type { Rule } from '../service/rule.js';

export const indicatorDuplicate: Rule = {
  id: 'indicator-duplicate',
  defaultSeverity: 'warning',
  description: msg('TODO', 'TODO'),
  check() {},
};
