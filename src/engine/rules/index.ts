import type { Rule } from '../types';
import { budgetExecutionSpec } from './budgetExecution';
import { categoryTiersSpec } from './categoryTiers';
import { checklistSpec } from './checklist';
import { compositeSpec } from './composite';
import { deductSpec } from './deduct';
import { indicatorSpec } from './indicator';
import { judgementSpec } from './judgement';
import { quarterlyExecutionSpec } from './quarterlyExecution';
import { ratioSpec } from './ratio';
import type { RuleSpec, RuleSpecs } from './spec';
import { thresholdDeductSpec } from './thresholdDeduct';
import { tiersSpec } from './tiers';

export type { RuleSpec, RuleSpecs } from './spec';

/** Every rule kind, once. The compiler refuses a kind of the Rule union missing here (see README.md). */
export const RULES = {
  ratio: ratioSpec,
  tiers: tiersSpec,
  'category-tiers': categoryTiersSpec,
  deduct: deductSpec,
  checklist: checklistSpec,
  'quarterly-execution': quarterlyExecutionSpec,
  'threshold-deduct': thresholdDeductSpec,
  composite: compositeSpec,
  indicator: indicatorSpec,
  'budget-execution': budgetExecutionSpec,
  judgement: judgementSpec,
} satisfies RuleSpecs;

/** The spec of a kind named by data the compiler has not checked; undefined for a kind outside the union. */
export function specOfKind(kind: string): RuleSpecs[Rule['kind']] | undefined {
  return Object.prototype.hasOwnProperty.call(RULES, kind) ? RULES[kind as Rule['kind']] : undefined;
}

/** The spec of a rule's own kind, typed against that rule. */
export function specOf<R extends Rule>(rule: R): RuleSpec<R> | undefined {
  // RuleSpecs pairs each kind with the spec of its own rule, which the compiler cannot follow through an index
  return specOfKind(rule.kind) as unknown as RuleSpec<R> | undefined;
}

export { QUARTERS } from './quarterlyExecution';
export { qualitativeGrade } from './qualitativeGrade';
export { DEFAULT_INDICATOR_SETTINGS } from './indicator';
export { compare } from './tiers';
