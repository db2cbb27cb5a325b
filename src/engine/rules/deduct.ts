import { D } from '../decimal';
import { failure, scored, step } from '../outcome';
import { figuresOf } from '../quantity';
import type { DeductRule, Figures, RuleOutcome } from '../types';
import { isOutcome, nonNegative, parseDecimal, plain, pointsOf } from './common';
import type { RuleSpec } from './spec';

/** points − perItem × count, floored at 0 (e.g. 重点工作: 8 − 4 per task not completed). */
export function evaluateDeduct(rule: DeductRule, figures: Figures): RuleOutcome {
  const label = rule.label ?? '扣分项';
  const points = pointsOf(rule.points);
  if (isOutcome(points)) return points;
  const perItem = parseDecimal(rule.perItem, '每项扣分');
  if (isOutcome(perItem)) return perItem;
  if (perItem.isNegative()) return failure('BAD_PARAMETER', `每项扣分不能为负数（${rule.perItem}）`);
  const count = nonNegative(rule.count, figures, label);
  if (isOutcome(count)) return count;
  if (!count.value.isInteger()) return failure('NOT_A_COUNT', `${label}应为整数个数，实为 ${count.value.toString()}`);
  const score = D.max(0, points.minus(perItem.times(count.value)));
  return scored(
    score,
    [step(`${label} ${count.value.toString()} 项，得分 = ${plain(points)} − ${plain(perItem)} × ${count.value.toString()} = ${plain(score)}（扣完为止）`)],
    count.used,
  );
}

export const deductSpec: RuleSpec<DeductRule> = {
  kind: 'deduct',
  label: '扣分制',
  evaluate: (rule, ctx) => evaluateDeduct(rule, ctx.figures),
  figures: (rule) => figuresOf(rule.count),
  scalesWithPoints: true,
};
