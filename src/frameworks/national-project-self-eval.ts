import { COMMON_GROUP_KINDS } from './commonFigures';
import type { Framework } from './types';

/**
 * 项目支出绩效自评表 (财预〔2020〕10号): 预算执行率 10 points plus indicators worth 90, by default
 * 产出指标 50, 效益指标 30, 满意度指标 10. The indicator rows come from the workbook's own table: each row
 * with a 年度指标值 and a 实际完成值 is scored by the sign in its target ("≥500人次" positive, "≤30天"
 * reverse, "=100%" equal, no number: qualitative).
 *
 * Settings, all off or at the national default unless the user changes them:
 * - reverseFormula: 'deviation' (national: (1 − (实际 − 目标)/目标) × 分值, 0 at ≥ 2×目标) or 'quotient'
 *   (some localities: 目标/实际 × 分值);
 * - overAchievementThreshold: e.g. '1.3' — actual ≥ 130% of target asks for a 偏差原因; null = off;
 * - overAchievementDeduction: points deducted for over-achievement where a locality does so; null = off;
 * - executionCaps: a locality's cap of the total by execution rate (70–80% → 89, 60–70% → 79,
 *   <60% → 69, <50% → 59), applied only when turned on.
 */
export const nationalProjectSelfEval: Framework = {
  id: 'national-project-self-eval',
  title: '项目支出绩效自评表（财预〔2020〕10号）',
  locality: '全国',
  indicatorRows: true,
  settings: { reverseFormula: 'deviation', overAchievementThreshold: null, overAchievementDeduction: null },
  executionCaps: [
    { below: '0.5', maxTotal: '59' },
    { below: '0.6', maxTotal: '69' },
    { below: '0.7', maxTotal: '79' },
    { below: '0.8', maxTotal: '89' },
  ],
  tree: [
    {
      name: '预算执行',
      points: '10',
      children: [
        {
          id: 'project-budget-execution',
          names: ['预算执行率', '资金执行率'],
          points: '10',
          problemKind: 'spending-progress',
          rule: { kind: 'budget-execution', label: '预算执行率', executed: 'project.executed', budget: 'project.budget' },
        },
      ],
    },
    { name: '产出指标', points: '50', children: [] },
    { name: '效益指标', points: '30', children: [] },
    { name: '满意度指标', points: '10', children: [] },
  ],
  report: {
    form: 'project',
    evaluationName: '项目支出绩效',
    executionLeafId: 'project-budget-execution',
    funds: { initial: 'project.initial', budget: 'project.budget', executed: 'project.executed' },
    leadFigures: {
      'spending-progress': ['project.budget', 'project.executed', 'execution.rate'],
    },
    // The indicator rows come from the workbook and carry no kind: the form's 二级指标 give it.
    groupKinds: COMMON_GROUP_KINDS,
  },
  figures: {
    'project.budget': { label: '全年预算数', synonyms: ['年度资金总额全年预算数', '全年预算'], kind: 'amount', unit: '万元' },
    'project.executed': { label: '全年执行数', synonyms: ['年度资金总额全年执行数', '全年执行'], kind: 'amount', unit: '万元' },
    'project.initial': { label: '年初预算数', kind: 'amount', unit: '万元' },
  },
};
