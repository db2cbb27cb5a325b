import { D, percent } from '../decimal';
import { scored, step } from '../outcome';
import { figuresOf } from '../quantity';
import type { Figures, RuleOutcome, ThresholdDeductRule } from '../types';
import { isOutcome, nonNegative, parseDecimal, plain, pointsOf } from './common';
import type { RuleSpec } from './spec';

/**
 * Full points up to the threshold, then −perPoint for each percentage point over, floored at 0
 * (财务规范性: 调整、调剂 within 10% → 1; each point over −0.1). The deduction is proportional to the
 * exact excess (12.5% → 2.5 points over → −0.25), which is how the standard reads for fractional rates.
 */
export function evaluateThresholdDeduct(rule: ThresholdDeductRule, figures: Figures): RuleOutcome {
  const label = rule.label ?? '比率';
  const points = pointsOf(rule.points);
  if (isOutcome(points)) return points;
  const threshold = parseDecimal(rule.threshold, '阈值');
  if (isOutcome(threshold)) return threshold;
  const perPoint = parseDecimal(rule.perPoint, '每个百分点扣分');
  if (isOutcome(perPoint)) return perPoint;
  const value = nonNegative(rule.value, figures, label);
  if (isOutcome(value)) return value;
  const steps = [step(`${label} = ${value.text} = ${percent(value.value)}`)];
  if (value.value.lessThanOrEqualTo(threshold)) {
    steps.push(step(`未超过 ${percent(threshold)}，得 ${plain(points)} 分`));
    return scored(points, steps, value.used);
  }
  const overPoints = value.value.minus(threshold).times(100);
  const score = D.max(0, points.minus(overPoints.times(perPoint)));
  steps.push(step(`超出 ${percent(threshold)} ${overPoints.toDecimalPlaces(2).toString()} 个百分点，得分 = ${plain(points)} − ${plain(overPoints.toDecimalPlaces(4))} × ${plain(perPoint)} = ${plain(score.toDecimalPlaces(4))}`));
  return scored(score, steps, value.used);
}

export const thresholdDeductSpec: RuleSpec<ThresholdDeductRule> = {
  kind: 'threshold-deduct',
  label: '超限扣分',
  evaluate: (rule, ctx) => evaluateThresholdDeduct(rule, ctx.figures),
  figures: (rule) => figuresOf(rule.value),
  scalesWithPoints: false,
};
