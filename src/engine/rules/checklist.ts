import { D, ZERO } from '../decimal';
import { failure, missingInput, scored, step } from '../outcome';
import { isNumberFigure } from '../quantity';
import type { ChecklistRule, Figures, RuleOutcome } from '../types';
import { isOutcome, parseDecimal, plain, pointsOf } from './common';
import type { RuleSpec } from './spec';

/** Sum of the points of the items met; each item's figure is 1 (met) or 0 (not met). */
export function evaluateChecklist(rule: ChecklistRule, figures: Figures): RuleOutcome {
  const points = pointsOf(rule.points);
  if (isOutcome(points)) return points;
  const missing = rule.items.filter((i) => !figures.has(i.figure)).map((i) => i.figure);
  if (missing.length > 0) return missingInput(missing);
  let score = ZERO;
  const steps = [];
  for (const item of rule.items) {
    const value = figures.get(item.figure);
    if (!isNumberFigure(value) || !(value.equals(0) || value.equals(1))) {
      return failure('NOT_A_FLAG', `“${item.label}”应填“是”或“否”，实为“${String(value)}”`);
    }
    const itemPoints = parseDecimal(item.points, '分项分值');
    if (isOutcome(itemPoints)) return itemPoints;
    const met = value.equals(1);
    if (met) score = score.plus(itemPoints);
    steps.push(step(`${item.label}：${met ? '符合' : '不符合'}（${met ? '+' : '0/'}${plain(itemPoints)}）`));
  }
  score = D.min(score, points);
  steps.push(step(`得分合计 ${plain(score)}`));
  return scored(score, steps, rule.items.map((i) => i.figure));
}

export const checklistSpec: RuleSpec<ChecklistRule> = {
  kind: 'checklist',
  label: '逐项计分',
  evaluate: (rule, ctx) => evaluateChecklist(rule, ctx.figures),
  figures: (rule) => rule.items.map((i) => i.figure),
  scalesWithPoints: false,
};
