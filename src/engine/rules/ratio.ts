import { D, percent } from '../decimal';
import { failure, missingInput, scored, step } from '../outcome';
import { figuresOf } from '../quantity';
import type { Figures, RatioRule, RuleOutcome } from '../types';
import { isOutcome, nonNegative, parseDecimal, plain, pointsOf } from './common';
import type { RuleSpec } from './spec';

/** min(actual/target, cap) × points; zero when actual exceeds target if the rule says so. */
export function evaluateRatio(rule: RatioRule, figures: Figures): RuleOutcome {
  const label = rule.label ?? '比率';
  const points = pointsOf(rule.points);
  if (isOutcome(points)) return points;
  const cap = parseDecimal(rule.cap ?? '1', '上限');
  if (isOutcome(cap)) return cap;
  const actual = nonNegative(rule.actual, figures, `${label}的分子`);
  const target = nonNegative(rule.target, figures, `${label}的分母`);
  if (isOutcome(actual) && actual.status === 'error') return actual;
  if (isOutcome(target) && target.status === 'error') return target;
  if (isOutcome(actual) || isOutcome(target)) {
    const missing = [actual, target].flatMap((o) => (isOutcome(o) && o.status === 'missing-input' ? o.missing : []));
    return missingInput(missing);
  }
  if (target.value.isZero()) return failure('DIVIDE_BY_ZERO', `${label}的分母为 0，无法计算`);
  const rate = actual.value.div(target.value);
  const steps = [step(`${label} = ${actual.text} ÷ ${target.text} = ${percent(rate)}`)];
  const used = [...actual.used, ...target.used];
  if (rule.zeroWhenOver && actual.value.greaterThan(target.value)) {
    steps.push(step(`实际数 ${actual.text} 大于计划数 ${target.text}，本项得 0 分`));
    return scored(new D(0), steps, used);
  }
  // a cap above 100% lets the rate count fully, but a score never exceeds the indicator's points
  const score = D.min(D.min(rate, cap).times(points), points);
  steps.push(step(`得分 = min(${percent(rate)}, ${percent(cap)}) × ${plain(points)} = ${plain(score)}`));
  return scored(score, steps, used);
}

export const ratioSpec: RuleSpec<RatioRule> = {
  kind: 'ratio',
  label: '比率计分',
  evaluate: (rule, ctx) => evaluateRatio(rule, ctx.figures),
  figures: (rule) => [...figuresOf(rule.actual), ...figuresOf(rule.target)],
  scalesWithPoints: true,
};
