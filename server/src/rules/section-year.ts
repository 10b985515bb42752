/** section-year: PLACEHOLDER — to be written. */
import { msg } from '../service/finding.js';
import type { Rule } from '../service/rule.js';

export const sectionYear: Rule = {
  id: 'section-year',
  defaultSeverity: 'error',
  description: msg('TODO', 'TODO'),
  check() {},
};
