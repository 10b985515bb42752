/** kind-inferred: PLACEHOLDER — to be written. */
import { msg } from '../service/finding.js';
import type { Rule } from '../service/rule.js';

export const kindInferred: Rule = {
  id: 'kind-inferred',
  defaultSeverity: 'info',
  description: msg('TODO', 'TODO'),
  check() {},
};
