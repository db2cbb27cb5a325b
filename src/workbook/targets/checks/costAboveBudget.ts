import { fixed } from '../../../engine/decimal';
import { sheetCell } from '../../read';
import type { TargetFinding } from '../targetFindings';
import type { TargetSheet } from '../targetSheet.types';
import { indicatorAt } from './where';

/** A 成本 indicator stated as an amount cannot exceed the year's budget printed on the same form. */
export function costAboveBudget(target: TargetSheet): TargetFinding[] {
  const budget = target.budget;
  if (budget === null) return [];
  return target.indicators
    .filter((i) => i.category === '成本' && i.value.measure === 'amount' && i.value.value !== null && i.value.value.gt(budget.value))
    .map((i) => ({
      code: 'TARGET_COST_ABOVE_BUDGET',
      severity: 'error',
      sheet: target.sheet,
      address: i.valueCell,
      message: `${indicatorAt(target, i)}：成本指标 ${fixed(i.value.value!, 4).replace(/\.?0+$/, '')} 万元高于${budget.label} ${fixed(budget.value, 4).replace(/\.?0+$/, '')} 万元（${sheetCell(target.sheet, budget.cell)}）。`,
    }));
}
