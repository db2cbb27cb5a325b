import { budgetSection } from './budgetSection';
import { conclusionSection } from './conclusionSection';
import { deductionSection } from './deductionSection';
import { measureSection, problemSection } from './problemSection';
import { deviationSection, projectFundsSection, targetSection } from './projectSection';
import type { NarrativeInput, Paragraph } from './types';

/**
 * The 自评报告's paragraphs from the workbook's figures and the scoring result alone. Fixed templates
 * with slots: the same input always gives the same text, and every figure stated is one the workbook
 * holds or the engine computed. Sections without their figures are left out. The body reads as a
 * submitted report reads: no formulas, no diagnostics; those are `buildCheckNotes`'s 检查说明.
 *
 * The framework's report data chooses the form (`input.report.form`):
 * department: 预算执行情况, 自评结论, 扣分情况, 存在问题, 改进措施;
 * project: 项目资金执行情况, 自评结论, 绩效目标完成情况, 偏差原因, 改进措施.
 */
export function buildNarrative(input: NarrativeInput): Paragraph[] {
  if (input.report.form === 'project') {
    return [...projectFundsSection(input), ...conclusionSection(input), ...targetSection(input), ...deviationSection(input), ...measureSection(input)];
  }
  return [...budgetSection(input), ...conclusionSection(input), ...deductionSection(input), ...problemSection(input), ...measureSection(input)];
}

export { buildCheckNotes } from './checkNotes';
export { normaliseTargetText } from './format';
export { measureFor, problemText, type MeasureEntry, type MeasureLibrary } from './measures';
export type { CellText, GroupKind, LeafSource, NarrativeFigure, NarrativeInput, Paragraph, ProjectHeader, ReportData, SetAsideFigure } from './types';
export { evaluationName } from './conclusionSection';
export { numeral, yearLabel } from './format';
