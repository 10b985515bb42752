/**
 * Where a rule's documentation lives; the one place that knows the URL. The pages are those of
 * the tag of this package's version, so a link never shows a rule as a later version changed it.
 */
import pkg from '../../../package.json' with { type: 'json' };

/** The documentation folder of the rules at the tag `v<version>` of the repository. */
export const DOCS_BASE_URL = `${pkg.repository.url}/blob/v${pkg.version}/docs/rules/`;

/** The documentation page of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
