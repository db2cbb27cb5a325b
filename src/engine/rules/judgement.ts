import type { Dec } from '../decimal';
import { failure, judged, missingInput, step } from '../outcome';
import { isNumberFigure } from '../quantity';
import type { EvaluationContext, JudgementRule, RuleOutcome } from '../types';
import { isOutcome, plain, pointsOf } from './common';
import type { RuleSpec } from './spec';

/** Range check of a judged score against [0, points]. */
export function checkRange(score: Dec, points: Dec, label: string): RuleOutcome | null {
  if (!score.isFinite()) return failure('NOT_A_NUMBER', `${label}不是有效数值`);
  if (score.isNegative()) return failure('SCORE_OUT_OF_RANGE', `${label} ${plain(score)} 低于 0 分`);
  if (score.greaterThan(points)) return failure('SCORE_OUT_OF_RANGE', `${label} ${plain(score)} 超过分值 ${plain(points)}`);
  return null;
}

/**
 * A score given by judgement: taken from its own figure when the unit states it separately in 基础数据,
 * otherwise from the typed 得分, and range-checked.
 */
export function evaluateJudgement(rule: JudgementRule, ctx: EvaluationContext): RuleOutcome {
  const label = rule.label ?? '评分';
  const points = pointsOf(rule.points);
  if (isOutcome(points)) return points;
  const fromFigure = rule.figure !== undefined ? ctx.figures.get(rule.figure) : undefined;
  if (fromFigure !== undefined) {
    if (!isNumberFigure(fromFigure)) return failure('NOT_A_NUMBER', `${label}应为分数，实为“${fromFigure}”`);
    const bad = checkRange(fromFigure, points, label);
    if (bad) return bad;
    return judged(fromFigure, [step(`${label}按评价判断得 ${plain(fromFigure)} 分（满分 ${plain(points)}）`)], [rule.figure as string]);
  }
  if (ctx.typedScore !== undefined) {
    const bad = checkRange(ctx.typedScore, points, label);
    if (bad) return bad;
    return judged(ctx.typedScore, [step(`${label}为判断评分，采用填报得分 ${plain(ctx.typedScore)} 分（满分 ${plain(points)}）`)], []);
  }
  return missingInput([rule.figure ?? '得分']);
}

export const judgementSpec: RuleSpec<JudgementRule> = {
  kind: 'judgement',
  label: '判断评分',
  evaluate: evaluateJudgement,
  figures: (rule) => (rule.figure ? [rule.figure] : []),
  scalesWithPoints: true,
};
