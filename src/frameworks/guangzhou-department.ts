import { COMMON_GROUP_KINDS } from './commonFigures';
import type { Framework, FrameworkLeaf } from './types';

/**
 * 广州市部门整体支出绩效自评指标 (seeds 003 and 004): 履职效能 50 + 管理效率 50. Only one formula can be
 * inferred from the seeds (部门预算资金支出率 = 年度平均执行率 × 5, seed 003: 87.62% × 5 = 4.38); every
 * other leaf is a judgement score, still range-checked, summed and explained.
 */
/**
 * A judgement leaf. Ids are literal: the rule overrides saved in a workbook (设置 sheet) name leaves by
 * id, so an id must never change when leaves are added, removed or reordered.
 */
function judged(id: string, name: string, points: string, problemKind?: string): FrameworkLeaf {
  return { id, names: [name], points, rule: { kind: 'judgement' }, problemKind };
}

export const guangzhouDepartment: Framework = {
  id: 'guangzhou-department',
  title: '广州市部门整体支出绩效评价指标',
  locality: '广州市',
  tree: [
    {
      name: '履职效能',
      points: '50',
      children: [
        {
          name: '整体效能',
          points: '25',
          children: [
            judged('gz-output-targets', '部门整体绩效目标产出指标完成情况', '10', 'target-completion'),
            judged('gz-benefit-targets', '部门整体绩效目标效益指标完成情况', '10', 'target-completion'),
            {
              id: 'gz-department-spending-rate',
              names: ['部门预算资金支出率'],
              points: '5',
              problemKind: 'spending-progress',
              rule: { kind: 'ratio', label: '年度平均执行率', actual: 'execution.averageRate', target: { op: 'const', value: '1' } },
            },
          ],
        },
        {
          name: '专项效能',
          points: '25',
          children: [judged('gz-special-fund-performance', '专项资金绩效完成情况', '20', 'target-completion'), judged('gz-special-fund-spending-rate', '专项资金支出率', '5', 'spending-progress')],
        },
      ],
    },
    {
      name: '管理效率',
      points: '50',
      children: [
        { name: '预算编制', points: '3', children: [judged('gz-ex-ante-evaluation', '新增预算项目事前绩效评估', '3', 'budget-preparation')] },
        {
          name: '预算执行',
          points: '4',
          children: [judged('gz-carry-over-rate', '结转结余率', '2', 'carry-over'), judged('gz-financial-compliance', '财务管理合规性', '2', 'financial-compliance')],
        },
        {
          name: '信息公开',
          points: '4',
          children: [judged('gz-budget-disclosure', '预决算公开合规性', '2', 'disclosure'), judged('gz-performance-disclosure', '绩效信息公开情况', '2', 'disclosure')],
        },
        {
          name: '绩效管理',
          points: '15',
          children: [
            judged('gz-performance-rules', '绩效管理制度建设', '5', 'internal-control'),
            judged('gz-performance-results-use', '绩效结果应用', '3', 'internal-control'),
            judged('gz-performance-rules-execution', '绩效管理制度执行', '7', 'internal-control'),
          ],
        },
        {
          name: '采购管理',
          points: '10',
          children: [
            judged('gz-procurement-intent-disclosure', '采购意向公开合规性', '0.5', 'procurement'),
            judged('gz-procurement-intent-timeliness', '采购意向公开时限', '1.5', 'procurement'),
            judged('gz-procurement-internal-control', '采购内控制度建设', '1', 'procurement'),
            judged('gz-procurement-compliance', '采购活动合规性', '2', 'procurement'),
            judged('gz-procurement-contract-timeliness', '采购合同签订时效性', '3', 'procurement'),
            judged('gz-contract-filing-timeliness', '合同备案时效性', '1', 'procurement'),
            judged('gz-procurement-policy', '采购政策效能', '1', 'procurement'),
          ],
        },
        {
          name: '资产管理',
          points: '10',
          children: [
            judged('gz-asset-allocation', '资产配置合规性', '2', 'asset-management'),
            judged('gz-asset-income-remittance', '资产收益上缴的及时性', '1', 'asset-management'),
            judged('gz-asset-inventory', '资产盘点情况', '1', 'asset-management'),
            judged('gz-asset-data-quality', '数据质量', '2', 'asset-management'),
            judged('gz-asset-compliance', '资产管理合规性', '2', 'asset-management'),
            judged('gz-fixed-asset-utilisation', '固定资产利用率', '2', 'asset-use'),
          ],
        },
        {
          name: '运行成本',
          points: '4',
          children: [judged('gz-public-funds-control', '公用经费控制率', '2', 'public-funds'), judged('gz-three-public-expenses', '“三公”经费控制情况', '2', 'public-funds')],
        },
      ],
    },
  ],
  report: {
    form: 'department',
    evaluationName: '部门整体支出绩效',
    leadFigures: {
      procurement: ['procurement.plan', 'procurement.actual', 'procurement.rate'],
      'spending-progress': ['execution.rate'],
    },
    // for rows of the workbook the tree above does not know (every leaf here has its own kind)
    groupKinds: COMMON_GROUP_KINDS,
  },
  figures: {
    'execution.averageRate': { label: '年度平均执行率', synonyms: ['年度平均支出执行率', '平均执行率'], kind: 'rate', unit: '%' },
  },
};
