/** heading-numbering: PLACEHOLDER — to be written. */
import { msg } from '../service/finding.js';
import type { Rule } from '../service/rule.js';

export const headingNumbering: Rule = {
  id: 'heading-numbering',
  defaultSeverity: 'warning',
  description: msg('TODO', 'TODO'),
  check() {},
};
