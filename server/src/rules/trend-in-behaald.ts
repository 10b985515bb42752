/** trend-in-behaald: PLACEHOLDER — to be written. */
import { msg } from '../service/finding.js';
import type { Rule } from '../service/rule.js';

export const trendInBehaald: Rule = {
  id: 'trend-in-behaald',
  defaultSeverity: 'error',
  description: msg('TODO', 'TODO'),
  check() {},
};
