/** table-columns: PLACEHOLDER — to be written. */
import { msg } from '../service/finding.js';
import type { Rule } from '../service/rule.js';

export const tableColumns: Rule = {
  id: 'table-columns',
  defaultSeverity: 'error',
  description: msg('TODO', 'TODO'),
  check() {},
};
