import { D, roundHalfUp, sum, type Dec } from '../decimal';
import { missingInput, scored, step } from '../outcome';
import { isNumberFigure } from '../quantity';
import type { CompositeRule, EvaluationContext, JudgementRule, Rule, RuleOutcome } from '../types';
import { isOutcome, plain, pointsOf } from './common';
import type { RuleSpec } from './spec';

/** Typed scores are shown with 2 decimals, so a part derived from one may be off by the rounding. */
const TYPED_ROUNDING = new D('0.005');

type Evaluate = (rule: Rule, ctx: EvaluationContext) => RuleOutcome;

function flag(ctx: EvaluationContext, figure: string | undefined): boolean {
  if (!figure) return false;
  const v = ctx.figures.get(figure);
  return isNumberFigure(v) && v.equals(1);
}

/**
 * Sum of parts capped at the leaf's points. A veto (违规) zeroes the leaf; a grant (涉密单位) gives full
 * points. Judgement parts not stated in 基础数据 are derived together from the typed score minus the
 * computed parts, when that lies inside their combined range (allowing the typed score's rounding).
 */
export function evaluateComposite(rule: CompositeRule, ctx: EvaluationContext, evaluate: Evaluate): RuleOutcome {
  const points = pointsOf(rule.points);
  if (isOutcome(points)) return points;
  if (rule.veto && flag(ctx, rule.veto.figure)) {
    return scored(new D(0), [step(`${rule.veto.label}，本指标得 0 分`)], [rule.veto.figure]);
  }
  if (rule.grant && flag(ctx, rule.grant.figure)) {
    return scored(points, [step(`${rule.grant.label}，直接得 ${plain(points)} 分`)], [rule.grant.figure]);
  }
  const steps = [];
  if (rule.veto && !ctx.figures.has(rule.veto.figure)) steps.push(step(`未填报“${rule.veto.label}”，按不存在计`));

  const undecided: (JudgementRule & { id: string })[] = [];
  const missing: string[] = [];
  const used: string[] = [];
  const partScores: Dec[] = [];
  for (const part of rule.parts) {
    if (part.kind === 'judgement' && (part.figure === undefined || !ctx.figures.has(part.figure))) {
      undecided.push(part);
      continue;
    }
    const outcome = evaluate(part, { ...ctx, typedScore: undefined });
    if (outcome.status === 'error') return outcome;
    if (outcome.status === 'missing-input') {
      missing.push(...outcome.missing);
      continue;
    }
    partScores.push(outcome.score);
    used.push(...outcome.used);
    steps.push(...outcome.steps);
  }
  if (missing.length > 0) return missingInput([...missing, ...undecided.map((p) => p.figure ?? p.id)], steps);

  let score = sum(partScores);
  if (undecided.length > 0) {
    const names = undecided.map((p) => p.label ?? p.id).join('、');
    const room = sum(undecided.map((p) => new D(p.points)));
    if (ctx.typedScore === undefined) return missingInput(undecided.map((p) => p.figure ?? p.id), steps);
    const derived = ctx.typedScore.minus(score);
    if (derived.lessThan(TYPED_ROUNDING.negated()) || derived.greaterThan(room.plus(TYPED_ROUNDING))) {
      // The typed score is impossible under this rule: it counts at most computed + room, at least computed.
      const bounds = { min: roundHalfUp(D.min(score, points)), max: roundHalfUp(D.min(score.plus(room), points)) };
      const above = derived.greaterThan(room);
      const carried = above ? bounds.max : bounds.min;
      const limit = above
        ? `本项最高可得 ${plain(bounds.max)} 分（计算部分 ${plain(score.toDecimalPlaces(4))} + “${names}”满分 ${plain(room)}）`
        : `本项最低可得 ${plain(bounds.min)} 分（计算部分 ${plain(score.toDecimalPlaces(4))}）`;
      return {
        status: 'error',
        code: 'JUDGEMENT_PART_OUT_OF_RANGE',
        message: `填报得分 ${plain(ctx.typedScore)} 减去计算部分 ${plain(score.toDecimalPlaces(4))} 得 ${plain(derived.toDecimalPlaces(4))}，超出“${names}”的分值范围 [0, ${plain(room)}]；${limit}，按 ${plain(carried)} 分计入合计`,
        steps,
        bounds,
      };
    }
    const judgedPart = D.max(0, D.min(derived, room));
    steps.push(step(`${names}为判断评分，按填报得分推算为 ${plain(judgedPart.toDecimalPlaces(4))} 分（满分 ${plain(room)}）`));
    score = score.plus(judgedPart);
  }
  const capped = D.min(score, points);
  steps.push(step(`合计 ${plain(capped.toDecimalPlaces(4))} 分`));
  const outcome = scored(capped, steps, [...new Set(used)]);
  // a judged part taken from the typed score: the leaf's score is the unit's, checked against the computed parts
  return undecided.length > 0 && outcome.status === 'scored' ? { ...outcome, flags: ['typed-part'] } : outcome;
}

export const compositeSpec: RuleSpec<CompositeRule> = {
  kind: 'composite',
  label: '组合计分',
  evaluate: evaluateComposite,
  figures: (rule, figuresOfAny) => [
    ...(rule.veto ? [rule.veto.figure] : []),
    ...(rule.grant ? [rule.grant.figure] : []),
    ...rule.parts.flatMap((part) => figuresOfAny(part)),
  ],
  scalesWithPoints: false,
};
