import type { EvaluationContext, Rule, RuleOutcome } from '../types';

/**
 * What the rest of the product knows about one rule kind. Each kind's module exports one; `RULES` in
 * ./index holds them all. `evaluateAny` and `figuresOfAny` reach the other kinds (a composite's parts)
 * without the kind's module importing the registry, which imports it.
 */
export interface RuleSpec<R extends Rule = Rule> {
  kind: R['kind'];
  /** Chinese name of the kind, as the task pane shows it */
  label: string;
  evaluate: (rule: R, ctx: EvaluationContext, evaluateAny: (rule: Rule, ctx: EvaluationContext) => RuleOutcome) => RuleOutcome;
  /** the figure ids the rule reads, in order (duplicates allowed: the caller removes them) */
  figures: (rule: R, figuresOfAny: (rule: Rule) => string[]) => string[];
  /**
   * true when the points act as a multiplier or a start value (ratio, deduct…), so a leaf takes the
   * table's own points; false when the rule's tiers or parts fix them (the framework's points stay).
   */
  scalesWithPoints: boolean;
}

/** One spec per kind, each typed against its own rule interface. */
export type RuleSpecs = { [K in Rule['kind']]: RuleSpec<Extract<Rule, { kind: K }>> };
