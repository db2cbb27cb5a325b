import { D, percent, type Dec } from '../decimal';
import { failure, scored, step } from '../outcome';
import type { Comparator, Figures, RuleOutcome, Tier, TiersRule } from '../types';
import { isOutcome, parseDecimal, plain, pointsOf } from './common';
import { figuresOf, resolveQuantity } from '../quantity';
import type { RuleSpec } from './spec';

export function compare(value: Dec, op: Comparator, threshold: Dec): boolean {
  switch (op) {
    case '>=':
      return value.greaterThanOrEqualTo(threshold);
    case '>':
      return value.greaterThan(threshold);
    case '<=':
      return value.lessThanOrEqualTo(threshold);
    case '<':
      return value.lessThan(threshold);
    case '=':
      return value.equals(threshold);
  }
}

const SIGN: Record<Comparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };
const NEGATION: Record<Exclude<Comparator, '='>, Comparator> = { '>=': '<', '>': '<=', '<=': '>', '<': '>=' };

/** The first tier whose comparison holds, or a failure when the tiers leave the value uncovered. */
export function pickTier(value: Dec, tiers: readonly Tier[], show: (d: Dec) => string): { tier: Tier; text: string } | RuleOutcome {
  let passed = '';
  for (const tier of tiers) {
    // "else" after ordered tiers is the opposite of the last condition (≥60% … else → <60%).
    if (!tier.op) return { tier, text: passed || '其他情形' };
    const threshold = parseDecimal(tier.threshold ?? '', '档次阈值');
    if (isOutcome(threshold)) return threshold;
    if (compare(value, tier.op, threshold)) return { tier, text: `${SIGN[tier.op]}${show(threshold)}` };
    passed = tier.op === '=' ? `≠${show(threshold)}` : `${SIGN[NEGATION[tier.op]]}${show(threshold)}`;
  }
  return failure('NO_TIER', `数值 ${show(value)} 不属于任何档次`);
}

/** Ordered thresholds → points. Values are fractions for rates and shown as percentages. */
export function evaluateTiers(rule: TiersRule, figures: Figures): RuleOutcome {
  const label = rule.label ?? '指标值';
  const points = pointsOf(rule.points);
  if (isOutcome(points)) return points;
  const r = resolveQuantity(rule.value, figures);
  if (!r.ok) return 'code' in r ? failure(r.code, `${label}：${r.message}`) : { status: 'missing-input', missing: r.missing, steps: [] };
  const show = rule.valueFormat === 'number' ? plain : percent;
  const picked = pickTier(r.value, rule.tiers, show);
  if (isOutcome(picked)) return picked;
  const tierPoints = parseDecimal(picked.tier.points, '档次分值');
  if (isOutcome(tierPoints)) return tierPoints;
  const score = D.max(0, D.min(tierPoints, points));
  const steps = [
    step(`${label} = ${r.text === r.value.toString() ? show(r.value) : `${r.text} = ${show(r.value)}`}`),
    step(`适用档次“${picked.text}”，得 ${plain(score)} 分`),
  ];
  return scored(score, steps, r.used);
}

export const tiersSpec: RuleSpec<TiersRule> = {
  kind: 'tiers',
  label: '分档计分',
  evaluate: (rule, ctx) => evaluateTiers(rule, ctx.figures),
  figures: (rule) => figuresOf(rule.value),
  scalesWithPoints: false,
};
