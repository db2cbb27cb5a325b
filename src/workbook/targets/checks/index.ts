import type { TargetFinding, TargetFindingCode } from '../targetFindings';
import type { TargetSheet } from '../targetSheet.types';
import { belowLastYear } from './belowLastYear';
import { costAboveBudget } from './costAboveBudget';
import { effectMissing } from './effectMissing';
import { goalMissing } from './goalMissing';
import { notQuantified } from './notQuantified';
import { phraseTarget } from './phraseTarget';
import { valueMissing } from './valueMissing';
import { weightSum } from './weightSum';

/** Every check of a 绩效目标表, in the order findings are listed. */
export const TARGET_CHECKS: { code: TargetFindingCode; check: (target: TargetSheet) => TargetFinding[] }[] = [
  { code: 'TARGET_GOAL_MISSING', check: goalMissing },
  { code: 'TARGET_VALUE_MISSING', check: valueMissing },
  { code: 'TARGET_EFFECT_MISSING', check: effectMissing },
  { code: 'TARGET_WEIGHT_SUM', check: weightSum },
  { code: 'TARGET_COST_ABOVE_BUDGET', check: costAboveBudget },
  { code: 'TARGET_NOT_QUANTIFIED', check: notQuantified },
  { code: 'TARGET_PHRASE', check: phraseTarget },
  { code: 'TARGET_BELOW_LAST_YEAR', check: belowLastYear },
];

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** All findings of one form, errors first, then in the order above. */
export function checkTargets(target: TargetSheet): TargetFinding[] {
  return TARGET_CHECKS.flatMap(({ check }) => check(target)).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
