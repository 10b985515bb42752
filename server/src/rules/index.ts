/**
 * The registry: the rules, in the order they run and are documented. The manifest's settings,
 * its translations, the configuration schema and the README table are generated from it
 * (`npm run generate`); the workspace index follows the rules' `reads`.
 */
import { ruleDocsUrl } from '../service/docs-url.js';
import type { RegisteredRule, Rule } from '../service/rule.js';
import { frontmatterSchema } from './frontmatter-schema.js';
import { footnoteUndefined } from './footnote-undefined.js';
import { footnoteUnused } from './footnote-unused.js';
import { footnoteDuplicate } from './footnote-duplicate.js';
import { footnoteOrder } from './footnote-order.js';
import { tableColumns } from './table-columns.js';
import { tableRowCells } from './table-row-cells.js';
import { valueFormat } from './value-format.js';
import { valueUnit } from './value-unit.js';
import { trendInBehaald } from './trend-in-behaald.js';
import { indicatorDuplicate } from './indicator-duplicate.js';
import { bbvIndicators } from './bbv-indicators.js';
import { sectionsRequired } from './sections-required.js';
import { sectionYear } from './section-year.js';
import { headingNumbering } from './heading-numbering.js';
import { dashExplained } from './dash-explained.js';
import { targetAttainment } from './target-attainment.js';
import { kindInferred } from './kind-inferred.js';
import { crossBeoogd } from './cross-beoogd.js';
import { crossBehaald } from './cross-behaald.js';
import { crossIndicators } from './cross-indicators.js';

const definitions: readonly Rule[] = [
  frontmatterSchema,
  footnoteUndefined,
  footnoteUnused,
  footnoteDuplicate,
  footnoteOrder,
  tableColumns,
  tableRowCells,
  valueFormat,
  valueUnit,
  trendInBehaald,
  indicatorDuplicate,
  bbvIndicators,
  sectionsRequired,
  sectionYear,
  headingNumbering,
  dashExplained,
  targetAttainment,
  kindInferred,
  crossBeoogd,
  crossBehaald,
  crossIndicators,
];

/** Completes a rule with what follows from its fields. */
function register(rule: Rule): RegisteredRule {
  return { ...rule, docsUrl: ruleDocsUrl(rule.id), crossDocument: (rule.reads ?? []).length > 0 };
}

export const rules: readonly RegisteredRule[] = definitions.map(register);

/** A rule by id. */
export function ruleById(id: string): RegisteredRule | undefined {
  return rules.find((r) => r.id === id);
}
