/** footnote-unused: PLACEHOLDER — to be written. */
import { msg } from '../service/finding.js';
import type { Rule } from '../service/rule.js';

export const footnoteUnused: Rule = {
  id: 'footnote-unused',
  defaultSeverity: 'warning',
  description: msg('TODO', 'TODO'),
  check() {},
};
