import { D, percent } from '../decimal';
import { failure, missingInput, scored, step } from '../outcome';
import { figuresOf } from '../quantity';
import type { BudgetExecutionRule, Figures, RuleOutcome } from '../types';
import { isOutcome, nonNegative, plain, pointsOf } from './common';
import type { RuleSpec } from './spec';

/** National project form: min(全年执行数 / 全年预算数, 1) × 10. */
export function evaluateBudgetExecution(rule: BudgetExecutionRule, figures: Figures): RuleOutcome {
  const points = pointsOf(rule.points);
  if (isOutcome(points)) return points;
  const executed = nonNegative(rule.executed, figures, '全年执行数');
  const budget = nonNegative(rule.budget, figures, '全年预算数');
  if (isOutcome(executed) && executed.status === 'error') return executed;
  if (isOutcome(budget) && budget.status === 'error') return budget;
  if (isOutcome(executed) || isOutcome(budget)) {
    const missing = [executed, budget].flatMap((o) => (isOutcome(o) && o.status === 'missing-input' ? o.missing : []));
    return missingInput(missing);
  }
  if (budget.value.isZero()) return failure('DIVIDE_BY_ZERO', '全年预算数为 0，无法计算预算执行率');
  const rate = executed.value.div(budget.value);
  const score = D.min(rate, 1).times(points);
  return scored(
    score,
    [
      step(`预算执行率 = ${executed.text} ÷ ${budget.text} = ${percent(rate)}`),
      step(`得分 = min(${percent(rate)}, 100.00%) × ${plain(points)} = ${plain(score)}`),
    ],
    [...executed.used, ...budget.used],
  );
}

export const budgetExecutionSpec: RuleSpec<BudgetExecutionRule> = {
  kind: 'budget-execution',
  label: '预算执行率',
  evaluate: (rule, ctx) => evaluateBudgetExecution(rule, ctx.figures),
  figures: (rule) => [...figuresOf(rule.executed), ...figuresOf(rule.budget)],
  scalesWithPoints: true,
};
