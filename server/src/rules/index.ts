/** The rules, in the order they run and are documented. */
import type { Rule } from '../service/rule.js';
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

export const rules: readonly Rule[] = [
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

/** A rule by id. */
export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
