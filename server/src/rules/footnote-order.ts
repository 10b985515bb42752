/** footnote-order: PLACEHOLDER — to be written. */
import { msg } from '../service/finding.js';
import type { Rule } from '../service/rule.js';

export const footnoteOrder: Rule = {
  id: 'footnote-order',
  defaultSeverity: 'warning',
  description: msg('TODO', 'TODO'),
  check() {},
};
