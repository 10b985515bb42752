/** sections-required: PLACEHOLDER — to be written. */
import { msg } from '../service/finding.js';
import type { Rule } from '../service/rule.js';

export const sectionsRequired: Rule = {
  id: 'sections-required',
  defaultSeverity: 'warning',
  description: msg('TODO', 'TODO'),
  check() {},
};
