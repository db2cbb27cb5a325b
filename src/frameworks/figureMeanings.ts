import type { FigureTerm } from './figureTerms';
import { QUARTERS } from '../engine/rules';

/**
 * What each figure means, as the key terms a label must hold to name it (data, read by
 * `workbook/read/labelMeaning.ts`):
 *
 * - `needs`: alternatives; a label names the figure when it holds every term of one of them;
 * - `allows`: terms a label may hold besides (a term outside needs ∪ allows names another thing,
 *   unless it is soft, see `SOFT_TERMS`);
 * - `statement`: a 评分标准 item or a yes/no question, long sentences: only its needs are looked
 *   for, other words never exclude it, and it is never half-matched;
 * - `after`: the figures a row directly above makes this one's reading (其中基本支出 under 年初预算 is
 *   the year-start basic budget; 实际支出 under “三公”经费预算数 is the 三公 spending);
 * - `shadows`: the common figures this one replaces in its framework (the project form's 全年预算数
 *   is the project's budget, not the department's adjusted budget);
 * - `headline`: a bare total row (合计, 总额, 年度资金总额) may be this figure.
 */
export interface FigureMeaning {
  needs: readonly (readonly FigureTerm[])[];
  allows?: readonly FigureTerm[];
  statement?: boolean;
  after?: readonly string[];
  shadows?: readonly string[];
  headline?: boolean;
}

const AMOUNT_WORDS: FigureTerm[] = ['TOTAL', 'FUNDS', 'DEPT', 'ANNUAL'];
const INITIAL_PARTS = ['budget.initial', 'budget.initial.basic', 'budget.initial.personnel', 'budget.initial.public'];
const ADJUSTED_PARTS = ['budget.adjusted', 'budget.adjusted.basic'];
const SPENDING_PARTS = ['spending.total', 'spending.basic'];

const quarterly = Object.fromEntries(
  QUARTERS.flatMap((_, i) => {
    const q = `Q${i + 1}` as FigureTerm;
    return [
      [`progress.q${i + 1}`, { needs: [[q, 'PROGRESS']], allows: ['SPEND', 'BUDGET', 'CUMULATIVE', 'QUARTER', 'EXEC'] }],
      [`execution.q${i + 1}`, { needs: [[q, 'EXEC_RATE']], allows: ['SPEND', 'BUDGET', 'QUARTER'] }],
    ] as [string, FigureMeaning][];
  }),
);

export const FIGURE_MEANINGS: Record<string, FigureMeaning> = {
  // budget, spending and their parts
  'budget.initial': { needs: [['INITIAL', 'BUDGET']], allows: [...AMOUNT_WORDS, 'INCOME', 'SPEND'], headline: true },
  'budget.initial.basic': { needs: [['INITIAL', 'BUDGET', 'BASIC'], ['BASIC', 'BUDGET']], allows: [...AMOUNT_WORDS, 'INITIAL'], after: ['budget.initial'] },
  'budget.initial.personnel': { needs: [['INITIAL', 'PERSONNEL'], ['PERSONNEL', 'BUDGET']], allows: [...AMOUNT_WORDS, 'BUDGET'], after: ['budget.initial.basic', 'budget.initial'] },
  'budget.initial.public': { needs: [['INITIAL', 'PUBLIC']], allows: [...AMOUNT_WORDS, 'BUDGET'], after: ['budget.initial.personnel', 'budget.initial.basic'] },
  'budget.initial.project': { needs: [['INITIAL', 'BUDGET', 'PROJECT_PART'], ['PROJECT_PART', 'BUDGET']], allows: [...AMOUNT_WORDS, 'INITIAL'], after: INITIAL_PARTS },
  'budget.adjusted': { needs: [['ADJUSTED', 'BUDGET'], ['FULLYEAR', 'BUDGET']], allows: [...AMOUNT_WORDS, 'SPEND'], headline: true },
  'budget.adjusted.basic': { needs: [['ADJUSTED', 'BUDGET', 'BASIC']], allows: [...AMOUNT_WORDS, 'FULLYEAR'], after: ['budget.adjusted'] },
  'budget.adjusted.project': { needs: [['ADJUSTED', 'BUDGET', 'PROJECT_PART']], allows: [...AMOUNT_WORDS, 'FULLYEAR'], after: ADJUSTED_PARTS },
  'spending.total': {
    needs: [['SPEND'], ['FINAL'], ['FULLYEAR', 'EXEC'], ['SPEND', 'ACTUAL', 'THIS_YEAR']],
    allows: [...AMOUNT_WORDS, 'FULLYEAR', 'EXEC', 'FINAL', 'SPEND'],
    after: ['budget.adjusted', 'budget.adjusted.project'],
    headline: true,
  },
  'spending.basic': { needs: [['BASIC', 'FULLYEAR'], ['BASIC', 'ACTUAL'], ['BASIC', 'FINAL']], allows: [...AMOUNT_WORDS, 'EXEC'], after: ['spending.total'] },
  'spending.project': {
    needs: [['PROJECT_PART', 'FULLYEAR'], ['PROJECT_PART', 'ACTUAL'], ['PROJECT_PART', 'FINAL']],
    allows: [...AMOUNT_WORDS, 'EXEC', 'SPEND'],
    after: SPENDING_PARTS,
  },
  'execution.rate': {
    // a bare 支出执行率 is any period's (a monthly table's column); 全年 or 预算 makes it the year's
    needs: [['EXEC_RATE'], ['FULLYEAR', 'PROGRESS'], ['FULLYEAR', 'SPEND', 'EXEC_RATE']],
    allows: ['BUDGET', 'FUNDS', 'DEPT', 'FULLYEAR', 'ANNUAL', 'GENERAL_BUDGET'],
  },
  'execution.averageRate': {
    // Guangzhou measures a department's 预算资金支出率 by the year's average
    needs: [['AVERAGE', 'EXEC_RATE'], ['DEPT', 'EXEC_RATE'], ['AVERAGE', 'SPEND', 'EXEC_RATE']],
    allows: ['BUDGET', 'FUNDS', 'FULLYEAR', 'ANNUAL', 'GENERAL_BUDGET'],
  },
  ...quarterly,
  // procurement (计划 ~ 预算)
  'procurement.plan': { needs: [['PROCURE', 'PLAN'], ['PROCURE', 'BUDGET']], allows: [...AMOUNT_WORDS, 'INITIAL', 'FULLYEAR'] },
  'procurement.actual': { needs: [['PROCURE', 'ACTUAL'], ['PROCURE', 'SPEND'], ['PROCURE', 'DONE']], allows: [...AMOUNT_WORDS, 'FULLYEAR'], after: ['procurement.plan'] },
  'procurement.rate': { needs: [['PROCURE', 'EXEC_RATE']], allows: ['ANNUAL', 'FULLYEAR'] },
  'procurement.policy': { needs: [['POLICY_FUNCTION']], statement: true },
  // finance and disclosure
  'finance.violation': { needs: [['VIOLATION']], statement: true },
  'finance.spending': { needs: [['SPEND_NORM']], statement: true },
  'finance.accounting': { needs: [['ACCOUNTING']], statement: true },
  'disclosure.budget': { needs: [['BUDGET_DISCLOSE'], ['BOTH_DISCLOSE']], allows: ['DEPT'] },
  'disclosure.final': { needs: [['FINAL_DISCLOSE'], ['BOTH_DISCLOSE']], allows: ['DEPT'] },
  'disclosure.classified': { needs: [['SECRET']], statement: true },
  // the checklist items of 预算编制合理性, 绩效目标, 绩效指标明确性 and the management leaves
  'budget-reasonableness.duty': { needs: [['DUTY', 'POLICY']], statement: true },
  'budget-reasonableness.priority': { needs: [['PRIORITY', 'ALLOCATE']], statement: true },
  'budget-reasonableness.basis': { needs: [['BUDGET_PREP', 'BASIS']], statement: true },
  'budget-reasonableness.scale': { needs: [['SCALE', 'MATCH']], statement: true },
  'budget-reasonableness.complete': { needs: [['INCOME_SPEND', 'COMPLETE']], statement: true },
  'budget-compliance.violations': { needs: [['BUDGET_PREP', 'NONCONFORM']], statement: true },
  'target-completeness.missing': { needs: [['TARGET', 'NONCONFORM']], statement: true },
  'indicator-clarity.decomposed': { needs: [['DECOMPOSE']], statement: true },
  'indicator-clarity.effects': { needs: [['CONTAIN', 'EFFECT_INDICATOR']], statement: true },
  'indicator-clarity.measurable': { needs: [['MEASURABLE']], statement: true },
  'indicator-clarity.quantified': { needs: [['QUANTIFIED']], statement: true },
  'indicator-clarity.grounded': { needs: [['MEASURE', 'BASIS']], statement: true },
  'project-procedure.approval': { needs: [['APPROVAL']], statement: true },
  'project-procedure.execution': { needs: [['TENDER']], statement: true },
  'project-supervision.monitoring': { needs: [['MONITOR']], statement: true },
  'project-supervision.inspection': { needs: [['SUPERVISOR', 'INSPECT']], statement: true },
  'asset-safety.custody': { needs: [['CUSTODY']], statement: true },
  'asset-safety.disposal': { needs: [['DISPOSAL', 'HAND_IN']], statement: true },
  'rules-soundness.established': { needs: [['ESTABLISH', 'RULES', 'INTERNAL_CONTROL']], statement: true },
  'rules-soundness.enforced': { needs: [['RULES', 'ENFORCED']], statement: true },
  'rules-soundness.performance': { needs: [['FULL_IMPLEMENT', 'PERF_MANAGEMENT']], statement: true },
  'keyTasks.unfinished': { needs: [['KEY_TASK', 'UNDONE']], statement: true },
  'effects.score': { needs: [['EFFECT_INDICATOR', 'SCORE']], statement: true },
  'petitions.channel': { needs: [['CHANNEL']], statement: true },
  // assets (资产 ~ 固定资产)
  'assets.total': { needs: [['ASSET', 'TOTAL'], ['ASSET', 'ALL']], allows: ['ORIGINAL', 'ALL', 'ANNUAL', 'DEPT'] },
  'assets.inUse': { needs: [['ASSET', 'IN_USE']], allows: ['ORIGINAL', 'ACTUAL', 'TOTAL', 'ANNUAL', 'DEPT'], after: ['assets.total'] },
  // staffing (在编 ~ 实有在编 ~ 在职; 编外 ~ 编外聘用 ~ 劳务派遣)
  'staff.authorised': { needs: [['AUTH']], allows: ['TOTAL', 'ANNUAL', 'DEPT', 'HAVE'] },
  'staff.onPost': { needs: [['ON_POST'], ['HAVE'], ['HAVE', 'AUTH']], allows: ['ACTUAL', 'ANNUAL', 'DEPT', 'TOTAL'], after: ['staff.authorised'] },
  'staff.contract': { needs: [['CONTRACT']], allows: ['ACTUAL', 'ANNUAL', 'DEPT', 'TOTAL'], after: ['staff.onPost'] },
  // 三公 and 日常公用经费 (公用经费 ~ 日常公用经费)
  'threePublic.budget': { needs: [['THREE', 'BUDGET']], allows: [...AMOUNT_WORDS, 'FULLYEAR', 'ADJUSTED'] },
  'threePublic.actual': { needs: [['THREE', 'ACTUAL'], ['THREE', 'SPEND'], ['THREE', 'FINAL']], allows: [...AMOUNT_WORDS, 'FULLYEAR', 'ACTUAL', 'SPEND', 'FINAL'], after: ['threePublic.budget'] },
  'dailyPublic.budget': { needs: [['PUBLIC', 'BUDGET']], allows: [...AMOUNT_WORDS, 'FULLYEAR', 'ADJUSTED'] },
  'dailyPublic.actual': { needs: [['PUBLIC', 'FINAL'], ['PUBLIC', 'SPEND'], ['PUBLIC', 'ACTUAL']], allows: [...AMOUNT_WORDS, 'FULLYEAR', 'ACTUAL', 'SPEND', 'FINAL'], after: ['dailyPublic.budget'] },
  // projects, satisfaction, petitions
  'projects.planned': { needs: [['PROJECT', 'PLAN'], ['PROJECT', 'TOTAL']], allows: ['DONE', 'ANNUAL', 'DEPT', 'TOTAL'] },
  'projects.onTime': { needs: [['PROJECT', 'DONE']], allows: ['ON_TIME', 'ACTUAL', 'ANNUAL', 'DEPT'], after: ['projects.planned'] },
  'satisfaction.rate': { needs: [['SATISFACTION']], allows: ['AVERAGE', 'ANNUAL', 'DEPT'] },
  'petitions.replyRate': { needs: [['PETITION', 'REPLY_RATE'], ['REPLY_RATE']], allows: ['ANNUAL'] },
  'petitions.timelyRate': { needs: [['TIMELY', 'REPLY_RATE']], allows: ['ANNUAL', 'PETITION'] },
  // the national project form's funds (its own words for the common budget figures)
  'project.initial': { needs: [['INITIAL', 'BUDGET']], allows: [...AMOUNT_WORDS, 'PROJECT'], shadows: ['budget.initial'], headline: true },
  'project.budget': {
    needs: [['FULLYEAR', 'BUDGET'], ['ADJUSTED', 'BUDGET'], ['DENOMINATOR', 'BUDGET']],
    allows: [...AMOUNT_WORDS, 'PROJECT', 'FULLYEAR'],
    shadows: ['budget.adjusted'],
    headline: true,
  },
  'project.executed': { needs: [['EXEC'], ['SPEND']], allows: [...AMOUNT_WORDS, 'PROJECT', 'FULLYEAR', 'BUDGET'], shadows: ['spending.total'], headline: true },
};
