/** frontmatter-schema: the front matter must be valid YAML and fit `schemas/frontmatter.schema.json`. */
import { msg } from '../service/finding.js';
import { defineRule } from '../service/rule.js';
import { describeSchemaError, errorKey, usefulErrors, validateFrontMatter } from '../service/schemas.js';

export const frontmatterSchema = defineRule('frontmatter-schema', 'error', {
  summary: msg('front matter volgt het schema', 'front matter follows the schema'),
  description: msg('De front matter is geldige YAML en volgt het schema (document, jaar, programma).', 'The front matter is valid YAML and follows the schema (document, jaar, programma).'),
  check({ doc, report }) {
    const front = doc.frontMatter;
    if (!front) return;
    const opening = { start: front.span.start, end: front.span.start + 3 };
    for (const error of front.errors) {
      report({
        span: error.span,
        message: msg(`Ongeldige YAML in de front matter: ${error.message}`, `Invalid YAML in the front matter: ${error.message}`),
      });
    }
    if (front.errors.length > 0) return;
    if (!front.data) {
      report({
        span: front.span,
        message: msg(
          'De front matter moet sleutels met waarden bevatten (document, jaar, programma).',
          'The front matter must hold keys with values (document, jaar, programma).',
        ),
      });
      return;
    }
    for (const error of usefulErrors(validateFrontMatter(front.data))) {
      const key = errorKey(error);
      const entry = front.entries.get(key);
      const span =
        error.keyword === 'required' || !entry
          ? opening
          : error.keyword === 'additionalProperties'
            ? entry.key
            : entry.value;
      report({ span, message: describeSchemaError(error, { nl: 'front matter', en: 'front matter' }) });
    }
  },
});
