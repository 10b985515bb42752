/** footnote-undefined: PLACEHOLDER — to be written. */
import { msg } from '../service/finding.js';
import type { Rule } from '../service/rule.js';

export const footnoteUndefined: Rule = {
  id: 'footnote-undefined',
  defaultSeverity: 'error',
  description: msg('TODO', 'TODO'),
  check() {},
};
