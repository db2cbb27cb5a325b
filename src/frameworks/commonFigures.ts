import type { GroupKind } from '../engine/narrative';
import type { FigureDef } from './types';
import { QUARTERS } from '../engine/rules';

/**
 * Figures every department report states, whatever the framework: budget and spending totals with
 * their parts, and the rates written beside them. They feed the consistency checks (parts sums, units,
 * stated rates). Ids match the Shenzhen framework's so a framework's own definition wins when present.
 */
export const COMMON_FIGURES: Record<string, FigureDef> = {
  'budget.initial': { label: '年初预算', synonyms: ['年初预算数', '年初预算总额', '年初部门预算'], kind: 'amount', unit: '万元' },
  'budget.initial.basic': { label: '年初预算基本支出', synonyms: ['基本支出预算'], kind: 'amount', unit: '万元' },
  'budget.initial.personnel': { label: '年初预算人员经费', synonyms: ['人员经费预算'], kind: 'amount', unit: '万元' },
  'budget.initial.public': { label: '年初预算公用经费', kind: 'amount', unit: '万元' },
  'budget.initial.project': { label: '年初预算项目支出', synonyms: ['项目支出预算'], kind: 'amount', unit: '万元' },
  'budget.adjusted': { label: '调整后预算', synonyms: ['调整后年度预算', '调整后预算数', '全年预算数'], kind: 'amount', unit: '万元' },
  'budget.adjusted.basic': { label: '调整后基本支出预算', kind: 'amount', unit: '万元' },
  'budget.adjusted.project': { label: '调整后项目支出预算', kind: 'amount', unit: '万元' },
  'spending.total': { label: '全年支出', synonyms: ['全年执行数', '全年支出总额', '支出总额'], kind: 'amount', unit: '万元' },
  'spending.basic': { label: '基本支出', synonyms: ['全年基本支出'], kind: 'amount', unit: '万元' },
  'spending.project': { label: '项目支出', synonyms: ['全年项目支出'], kind: 'amount', unit: '万元' },
  'execution.rate': { label: '预算执行率', synonyms: ['全年预算执行率'], kind: 'rate', unit: '%' },
  ...Object.fromEntries(
    QUARTERS.flatMap((q, i) => [
      [
        `progress.q${i + 1}`,
        { label: `${q}季度支出进度`, synonyms: [`第${q}季度支出进度`, `${q}季度累计支出进度`], kind: 'rate' as const, unit: '%' },
      ],
      [
        `execution.q${i + 1}`,
        { label: `${q}季度预算执行率`, synonyms: [`第${q}季度预算执行率`, `${q}季度执行率`, `${q}季度支出执行率`], kind: 'rate' as const, unit: '%' },
      ],
    ]),
  ),
  'procurement.plan': { label: '政府采购计划金额', synonyms: ['采购计划金额合计数', '政府采购预算', '政府采购计划数'], kind: 'amount', unit: '万元' },
  'procurement.actual': { label: '实际采购金额', synonyms: ['实际采购成交金额', '实际采购金额合计数', '政府采购实际金额'], kind: 'amount', unit: '万元' },
  'procurement.rate': { label: '政府采购执行率', kind: 'rate', unit: '%' },
};

/** The framework's figures over the common ones (the framework's definition wins). */
export function figureDefsFor(frameworkFigures: Record<string, FigureDef>): Record<string, FigureDef> {
  return { ...COMMON_FIGURES, ...frameworkFigures };
}

/**
 * Problem kinds of indicator groups by their common names (the national form's 二级指标 and the like),
 * for rows a framework's own tree does not know; the first match wins.
 */
export const COMMON_GROUP_KINDS: readonly GroupKind[] = [
  { names: ['满意度'], kind: 'satisfaction' },
  { names: ['时效指标'], kind: 'project-timeliness' },
  { names: ['效益指标', '可持续影响'], kind: 'effects' },
  { names: ['产出指标', '数量指标', '质量指标', '成本指标'], kind: 'target-completion' },
  { names: ['预算执行', '执行率', '支出率'], kind: 'spending-progress' },
];
