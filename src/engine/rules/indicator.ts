import { D, type Dec } from '../decimal';
import { failure, missingInput, scored, step } from '../outcome';
import { isNumberFigure } from '../quantity';
import type { EvaluationContext, IndicatorRule, IndicatorSettings, QualitativeGrade, RuleOutcome, OutcomeFlag } from '../types';
import { checkRange } from './judgement';
import { qualitativeGrade } from './qualitativeGrade';
import { isOutcome, parseDecimal, plain, pointsOf } from './common';
import type { RuleSpec } from './spec';

export const DEFAULT_INDICATOR_SETTINGS: IndicatorSettings = {
  reverseFormula: 'deviation',
  overAchievementThreshold: null,
  overAchievementDeduction: null,
  completionFormula: 'proportional',
  satisfactionTiers: null,
};

const SIXTY = new D('0.6');

/** 101号: a completion below 60% scores nothing, and the points are spread over 60%–100%. */
function aboveSixty(score: Dec, points: Dec, steps: ReturnType<typeof step>[]): Dec {
  if (points.isZero()) return score;
  const rate = score.div(points);
  if (rate.lessThan(SIXTY)) {
    steps.push(step(`完成率 ${plain(rate.times(100).toDecimalPlaces(2))}% 低于 60%，得 0 分`));
    return new D(0);
  }
  const scaled = rate.minus(SIXTY).div('0.4').times(points);
  steps.push(step(`按完成率 60% 以上折算：(${plain(rate.times(100).toDecimalPlaces(2))}% − 60%) ÷ 40% × ${plain(points)} = ${plain(scaled.toDecimalPlaces(4))}`));
  return scaled;
}

/** The satisfaction rate's tier, as a share of the points; null when the tiers cannot apply. */
function satisfactionScore(rule: IndicatorRule, settings: IndicatorSettings, actual: Dec, points: Dec, steps: ReturnType<typeof step>[]): Dec | null {
  const tiers = settings.satisfactionTiers;
  if (!rule.satisfaction || !tiers || tiers.length === 0 || rule.unit !== '%') return null;
  const tier = tiers.find((t) => actual.greaterThanOrEqualTo(t.atLeast));
  const share = tier ? new D(tier.share) : new D(0);
  const score = share.times(points);
  const rate = `${plain(actual.times(100))}%`;
  steps.push(step(tier ? `满意度 ${rate} ≥ ${plain(new D(tier.atLeast).times(100))}%，得分 = ${plain(share.times(100))}% × ${plain(points)} = ${plain(score)}` : `满意度 ${rate} 低于各档，得 0 分`));
  return score;
}

/** 定性 grade bands as fractions of the points: [low, high) except 达成 which includes 100%. */
export const QUALITATIVE_BANDS: Record<QualitativeGrade, [string, string]> = {
  达成: ['0.8', '1'],
  部分达成: ['0.6', '0.8'],
  未达成: ['0', '0.6'],
};

function number(ctx: EvaluationContext, id: string, label: string): Dec | RuleOutcome {
  const v = ctx.figures.get(id);
  if (v === undefined) return missingInput([id]);
  if (!isNumberFigure(v) || !v.isFinite()) return failure('NOT_A_NUMBER', `${label}应为数值，实为“${String(v)}”`);
  if (v.isNegative()) return failure('NEGATIVE_VALUE', `${label}不能为负数（${v.toString()}）`);
  return v;
}

function evaluateQualitative(rule: IndicatorRule, ctx: EvaluationContext, points: Dec): RuleOutcome {
  const label = rule.label ?? '定性指标';
  const actual = ctx.figures.get(rule.actual);
  if (actual === undefined) return missingInput([rule.actual]);
  const grade = qualitativeGrade(actual.toString());
  if (!grade) return failure('UNKNOWN_GRADE', `${label}的完成情况“${actual.toString()}”无法归入达成、部分达成或未达成`);
  const typed = rule.score !== undefined ? ctx.figures.get(rule.score) : ctx.typedScore;
  if (typed === undefined) return missingInput([rule.score ?? '得分']);
  if (!isNumberFigure(typed)) return failure('NOT_A_NUMBER', `${label}的得分应为数值`);
  const bad = checkRange(typed, points, `${label}得分`);
  if (bad) return bad;
  const [low, high] = QUALITATIVE_BANDS[grade].map((f) => points.times(f));
  const inBand = grade === '达成' ? typed.greaterThanOrEqualTo(low) && typed.lessThanOrEqualTo(high) : typed.greaterThanOrEqualTo(low) && typed.lessThan(high);
  if (!inBand) {
    const range = grade === '达成' ? `[${plain(low)}, ${plain(high)}]` : `[${plain(low)}, ${plain(high)})`;
    return failure('QUALITATIVE_OUT_OF_BAND', `${label}为“${grade}”，得分应在 ${range} 之间，填报 ${plain(typed)}`);
  }
  const written = rule.actualText ?? actual.toString();
  const shown = written === grade ? grade : `${written}（${grade}）`;
  return { status: 'judgement', score: typed, steps: [step(`${label}：${shown}，得分 ${plain(typed)} 在该档区间内`)], used: [rule.actual] };
}

const SIGN: Record<string, string> = { positive: '≥', reverse: '≤', equal: '=' };

/** How a rule shows its target and actual: in its display unit when it has one, else as bare decimals. */
function display(rule: IndicatorRule): { value: (v: Dec) => string; target: (v: Dec) => string; actual: (v: Dec) => string } {
  const styled = rule.unit !== undefined || rule.targetText !== undefined || rule.actualText !== undefined;
  if (!styled) {
    const bare = (v: Dec) => v.toString();
    return { value: bare, target: bare, actual: bare };
  }
  const unit = rule.unit ?? '';
  const value = (v: Dec) => (unit === '%' ? `${plain(v.times(100))}%` : `${plain(v)}${unit}`);
  // the cell as written, quoted only when it says something the shown value does not (万人次, 元)
  const written = (text: string | undefined, shown: string) => {
    if (text === undefined) return '';
    const bare = text.normalize('NFKC').replace(/[\s,，]/g, '').replace(/^(>=|<=|==|[≥≤≧≦<>=])/, '');
    return bare === '' || bare === shown ? '' : `（填报“${text}”）`;
  };
  return {
    value,
    target: (v) => `${SIGN[rule.direction] ?? ''}${value(v)}${written(rule.targetText, value(v))}`,
    actual: (v) => `${value(v)}${written(rule.actualText, value(v))}`,
  };
}

/** National project form indicator (财预〔2020〕10号): positive, reverse, equal or qualitative. */
export function evaluateIndicator(rule: IndicatorRule, ctx: EvaluationContext): RuleOutcome {
  const settings = { ...DEFAULT_INDICATOR_SETTINGS, ...ctx.settings };
  const label = rule.label ?? '指标';
  const points = pointsOf(rule.points);
  if (isOutcome(points)) return points;
  if (rule.direction === 'qualitative') return evaluateQualitative(rule, ctx, points);
  const target = number(ctx, rule.target, `${label}的年度指标值`);
  const actual = number(ctx, rule.actual, `${label}的实际完成值`);
  if (isOutcome(target) || isOutcome(actual)) {
    const outcomes = [target, actual].filter(isOutcome);
    const error = outcomes.find((o) => o.status === 'error');
    if (error) return error;
    return missingInput(outcomes.flatMap((o) => (o.status === 'missing-input' ? o.missing : [])));
  }
  const used = [rule.target, rule.actual];
  const show = display(rule);
  const v = show.value;
  const steps = [step(`${label}：年度指标值 ${show.target(target)}，实际完成值 ${show.actual(actual)}`)];
  let score: Dec;
  const bySatisfaction = satisfactionScore(rule, settings, actual, points, steps);
  if (bySatisfaction !== null) {
    score = bySatisfaction;
  } else if (rule.direction === 'equal' && target.isZero()) {
    score = actual.lessThanOrEqualTo(0) ? points : new D(0);
    steps.push(step(`目标值为 0：实际 ${actual.lessThanOrEqualTo(0) ? '≤ 0，得满分' : '> 0，得 0 分'}`));
  } else if (rule.direction === 'positive' || rule.direction === 'equal') {
    if (target.isZero()) return failure('DIVIDE_BY_ZERO', `${label}的年度指标值为 0，无法按正向指标计分`);
    if (actual.greaterThanOrEqualTo(target)) {
      score = points;
      steps.push(step(`实际完成值达到目标，得满分 ${plain(points)}`));
    } else {
      score = actual.div(target).times(points);
      steps.push(step(`得分 = ${v(actual)} ÷ ${v(target)} × ${plain(points)} = ${plain(score.toDecimalPlaces(4))}`));
    }
  } else {
    if (target.isZero()) return failure('DIVIDE_BY_ZERO', `${label}的年度指标值为 0，无法按反向指标计分`);
    if (actual.lessThanOrEqualTo(target)) {
      score = points;
      steps.push(step(`实际完成值不高于目标，得满分 ${plain(points)}`));
    } else if (settings.reverseFormula === 'quotient') {
      score = target.div(actual).times(points);
      steps.push(step(`得分 = ${v(target)} ÷ ${v(actual)} × ${plain(points)} = ${plain(score.toDecimalPlaces(4))}`));
    } else if (actual.greaterThanOrEqualTo(target.times(2))) {
      score = new D(0);
      steps.push(step('实际完成值达到目标值的 2 倍及以上，得 0 分'));
    } else {
      score = new D(1).minus(actual.minus(target).div(target)).times(points);
      steps.push(step(`得分 = (1 − (${v(actual)} − ${v(target)}) ÷ ${v(target)}) × ${plain(points)} = ${plain(score.toDecimalPlaces(4))}`));
    }
  }
  if (bySatisfaction === null && settings.completionFormula === 'above-sixty' && score.lessThan(points)) score = aboveSixty(score, points, steps);
  const flags: OutcomeFlag[] = [];
  if (settings.overAchievementThreshold !== null && rule.direction === 'positive') {
    const threshold = parseDecimal(settings.overAchievementThreshold, '超额完成阈值');
    if (isOutcome(threshold)) return threshold;
    if (actual.greaterThanOrEqualTo(target.times(threshold))) {
      flags.push('over-achievement');
      steps.push(step(`实际完成值达到目标值的 ${plain(threshold.times(100))}% 以上，目标设置可能偏低，应说明偏差原因`));
      if (settings.overAchievementDeduction !== null) {
        const deduction = parseDecimal(settings.overAchievementDeduction, '超额扣分');
        if (isOutcome(deduction)) return deduction;
        score = D.max(0, score.minus(deduction));
        steps.push(step(`按本地规则扣 ${plain(deduction)} 分，得 ${plain(score)}`));
      }
    }
  }
  const outcome = scored(D.max(0, D.min(score, points)), steps, used);
  return flags.length > 0 && outcome.status === 'scored' ? { ...outcome, flags } : outcome;
}

export const indicatorSpec: RuleSpec<IndicatorRule> = {
  kind: 'indicator',
  label: '指标完成度',
  evaluate: evaluateIndicator,
  figures: (rule) => [rule.target, rule.actual, ...(rule.score ? [rule.score] : [])],
  scalesWithPoints: true,
};
