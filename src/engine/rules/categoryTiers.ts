import { D } from '../decimal';
import { failure, missingInput, scored, step } from '../outcome';
import type { CategoryTiersRule, Figures, RuleOutcome } from '../types';
import { compactText } from '../text';
import { isOutcome, parseDecimal, plain, pointsOf } from './common';
import type { RuleSpec } from './spec';

/** A category written in the workbook (已公开 / 公开有瑕疵 / 未公开) → points. */
export function evaluateCategoryTiers(rule: CategoryTiersRule, figures: Figures): RuleOutcome {
  const label = rule.label ?? '类别';
  const points = pointsOf(rule.points);
  if (isOutcome(points)) return points;
  const raw = figures.get(rule.value);
  if (raw === undefined) return missingInput([rule.value]);
  const text = compactText(raw.toString());
  const tier = rule.tiers.find((t) => t.values.some((v) => compactText(v) === text));
  if (!tier) {
    const accepted = rule.tiers.flatMap((t) => t.values).join('、');
    return failure('UNKNOWN_CATEGORY', `${label}“${raw.toString()}”不是可识别的情形（可填：${accepted}）`);
  }
  const tierPoints = parseDecimal(tier.points, '档次分值');
  if (isOutcome(tierPoints)) return tierPoints;
  const score = D.max(0, D.min(tierPoints, points));
  return scored(score, [step(`${label}：${text}，得 ${plain(score)} 分`)], [rule.value]);
}

export const categoryTiersSpec: RuleSpec<CategoryTiersRule> = {
  kind: 'category-tiers',
  label: '分类计分',
  evaluate: (rule, ctx) => evaluateCategoryTiers(rule, ctx.figures),
  figures: (rule) => [rule.value],
  scalesWithPoints: false,
};
