import { D, sum, percent, type Dec } from '../decimal';
import { failure, missingInput, scored, step } from '../outcome';
import { isNumberFigure } from '../quantity';
import type { Figures, QuarterlyExecutionRule, RuleOutcome } from '../types';
import { isOutcome, parseDecimal, plain, pointsOf } from './common';
import type { RuleSpec } from './spec';

/** Quarter names in order (一季度 … 四季度): the one list for rules, figures, checks and the narrative. */
export const QUARTERS = ['一', '二', '三', '四'] as const;

/**
 * Seed 002's 预算执行率: each quarter min(支出进度/序时进度, 1) × quarterPoints, plus
 * min(全年平均执行率 × annualFactor, annualPoints) where the average is of the uncapped quarterly rates.
 */
export function evaluateQuarterlyExecution(rule: QuarterlyExecutionRule, figures: Figures, explain = true): RuleOutcome {
  const points = pointsOf(rule.points);
  if (isOutcome(points)) return points;
  const params = [rule.quarterPoints ?? '1', rule.annualPoints ?? '2', rule.annualFactor ?? '2'].map((t) => parseDecimal(t, '参数'));
  const schedule = (rule.schedule ?? ['0.25', '0.5', '0.75', '1']).map((t) => parseDecimal(t, '序时进度'));
  const bad = [...params, ...schedule].find(isOutcome);
  if (bad) return bad;
  const [quarterPoints, annualPoints, annualFactor] = params as Dec[];
  const missing = rule.progress.filter((id) => !figures.has(id));
  if (missing.length > 0) return missingInput(missing);
  const progress = rule.progress.map((id) => figures.get(id));
  const steps = [];
  const rates: Dec[] = [];
  let score = new D(0);
  for (let i = 0; i < 4; i += 1) {
    const p = progress[i];
    const s = schedule[i] as Dec;
    if (!isNumberFigure(p) || !p.isFinite()) return failure('NOT_A_NUMBER', `${QUARTERS[i]}季度支出进度应为百分比数值`);
    if (p.isNegative()) return failure('NEGATIVE_VALUE', `${QUARTERS[i]}季度支出进度不能为负数（${percent(p)}）`);
    if (!s.greaterThan(0)) return failure('BAD_PARAMETER', `${QUARTERS[i]}季度序时进度必须大于 0`);
    const rate = p.div(s);
    rates.push(rate);
    const part = D.min(rate, 1).times(quarterPoints);
    score = score.plus(part);
    if (explain) steps.push(step(`${QUARTERS[i]}季度执行率 = ${percent(p)} ÷ ${percent(s)} = ${percent(rate)}，得 ${plain(part)} 分`));
  }
  const average = sum(rates).div(4);
  const annual = D.min(average.times(annualFactor), annualPoints);
  score = D.min(score.plus(annual), points);
  if (explain) steps.push(step(`全年平均执行率 = ${percent(average)}，得分 = min(${percent(average)} × ${plain(annualFactor)}, ${plain(annualPoints)}) = ${plain(annual)}`));
  if (explain) steps.push(step(`合计 ${plain(score)}`));
  return scored(score, steps, [...rule.progress]);
}

export const quarterlyExecutionSpec: RuleSpec<QuarterlyExecutionRule> = {
  kind: 'quarterly-execution',
  label: '季度执行率',
  evaluate: (rule, ctx) => evaluateQuarterlyExecution(rule, ctx.figures, ctx.explain !== false),
  figures: (rule) => [...rule.progress],
  scalesWithPoints: false,
};
