/** Where a rule's documentation lives; the one place that knows the URL. */
export const DOCS_BASE_URL = 'https://github.com/programmalint/programmalint/blob/main/docs/rules/';

/** The documentation page of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
