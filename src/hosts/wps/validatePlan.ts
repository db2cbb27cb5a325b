import { planProblem, type ExistingSheet } from '../../workbook/plan';
import type { WritePlan } from '../../workbook/port';
import { WpsHostError } from './errors';

export type { ExistingSheet };

/**
 * A plan is checked against the open workbook before anything is written: the ET model has no
 * batch to roll back, so a plan that would fail half-way must be refused whole.
 */
export function validatePlan(existing: ExistingSheet[], plan: WritePlan): void {
  const problem = planProblem(existing, plan);
  if (problem) throw new WpsHostError(problem.message);
}
