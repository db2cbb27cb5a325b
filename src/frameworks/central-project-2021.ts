import type { ReportData } from '../engine/narrative';
import { nationalProjectSelfEval } from './national-project-self-eval';
import type { Framework } from './types';

/**
 * 中央部门项目支出绩效自评 (财预〔2021〕101号), the same form as 财预〔2020〕10号 scored by the central rules:
 * - 执行率 (10 points) in tiers: the budget fully executed 10; 80%–<100% 7; 60%–<80% 5; below 60% 0;
 * - quantitative indicators: a completion rate below 60% scores 0, otherwise (完成率 − 60%) ÷ 40% × 分值;
 * - 满意度 rows by the satisfaction rate: ≥ 90% all the points, 80%–<90% 80%, 60%–<80% 50%, below 60% none;
 * - weights with a cost indicator: 成本 20, 产出 40, 效益 20, 满意度 10 (the workbook's own points win).
 * Only ever used when a user or a workbook selects it: a table of the national form is otherwise scored
 * by 财预〔2020〕10号.
 */
export const centralProject2021: Framework = {
  id: 'central-project-2021',
  title: '中央部门项目支出绩效自评（财预〔2021〕101号）',
  locality: '中央部门',
  indicatorRows: true,
  selectedOnly: true,
  settings: {
    reverseFormula: 'deviation',
    overAchievementThreshold: null,
    overAchievementDeduction: null,
    completionFormula: 'above-sixty',
    satisfactionTiers: [
      { atLeast: '0.9', share: '1' },
      { atLeast: '0.8', share: '0.8' },
      { atLeast: '0.6', share: '0.5' },
    ],
  },
  tree: [
    {
      name: '预算执行',
      points: '10',
      children: [
        {
          id: 'central-budget-execution',
          names: ['预算执行率', '资金执行率'],
          points: '10',
          problemKind: 'spending-progress',
          rule: {
            kind: 'tiers',
            label: '预算执行率',
            value: { op: 'div', args: ['project.executed', 'project.budget'] },
            tiers: [
              { op: '>=', threshold: '1', points: '10' },
              { op: '>=', threshold: '0.8', points: '7' },
              { op: '>=', threshold: '0.6', points: '5' },
              { points: '0' },
            ],
          },
        },
      ],
    },
    { name: '成本指标', points: '20', children: [] },
    { name: '产出指标', points: '40', children: [] },
    { name: '效益指标', points: '20', children: [] },
    { name: '满意度指标', points: '10', children: [] },
  ],
  // the same form as 10号: its funds figures and report data, with this framework's execution leaf
  report: { ...(nationalProjectSelfEval.report as ReportData), executionLeafId: 'central-budget-execution' },
  figures: nationalProjectSelfEval.figures,
};
