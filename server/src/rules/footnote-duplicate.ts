/** footnote-duplicate: PLACEHOLDER — to be written. */
import { msg } from '../service/finding.js';
import type { Rule } from '../service/rule.js';

export const footnoteDuplicate: Rule = {
  id: 'footnote-duplicate',
  defaultSeverity: 'error',
  description: msg('TODO', 'TODO'),
  check() {},
};
