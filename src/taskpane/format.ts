/**
 * Display helpers: cell values and figures as text (never HTML), scores with 2 decimals.
 */
import type { CellValue } from '../workbook/port';
import type { Dec } from '../engine/decimal';
import { fixed } from '../engine/decimal';

export function showCell(value: CellValue | undefined, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export function showScore(value: Dec | null | undefined): string {
  return value === null || value === undefined ? '—' : fixed(value, 2);
}

/** A figure as the seeds print it (1,936.12万元, 98.70%). */
export { figureDisplay as showFigure } from '../workbook/analyse';

const RULE_KINDS: Record<string, string> = {
  ratio: '比率计分',
  tiers: '分档计分',
  'category-tiers': '分类计分',
  deduct: '扣分制',
  checklist: '逐项计分',
  'quarterly-execution': '季度执行率',
  'threshold-deduct': '超限扣分',
  composite: '组合计分',
  indicator: '指标完成度',
  'budget-execution': '预算执行率',
  judgement: '判断评分',
};

export function ruleKindLabel(kind: string | undefined): string {
  return (kind && RULE_KINDS[kind]) || '判断评分';
}
