import { failure } from './outcome';
import { evaluateBudgetExecution } from './rules/budgetExecution';
import { evaluateCategoryTiers } from './rules/categoryTiers';
import { evaluateChecklist } from './rules/checklist';
import { evaluateComposite } from './rules/composite';
import { evaluateDeduct } from './rules/deduct';
import { evaluateIndicator } from './rules/indicator';
import { evaluateJudgement } from './rules/judgement';
import { evaluateQuarterlyExecution } from './rules/quarterlyExecution';
import { evaluateRatio } from './rules/ratio';
import { evaluateThresholdDeduct } from './rules/thresholdDeduct';
import { evaluateTiers } from './rules/tiers';
import type { EvaluationContext, Rule, RuleOutcome } from './types';

/**
 * Evaluate one rule against the figures. Never throws past this point: anything unexpected becomes an
 * 'error' outcome with a Chinese message, so no caller ever sees NaN or an exception.
 */
export function evaluateRule(rule: Rule, ctx: EvaluationContext): RuleOutcome {
  try {
    return dispatch(rule, ctx);
  } catch (err) {
    return failure('INTERNAL', `评分规则计算失败：${err instanceof Error ? err.message : String(err)}`);
  }
}

function dispatch(rule: Rule, ctx: EvaluationContext): RuleOutcome {
  switch (rule.kind) {
    case 'ratio':
      return evaluateRatio(rule, ctx.figures);
    case 'tiers':
      return evaluateTiers(rule, ctx.figures);
    case 'category-tiers':
      return evaluateCategoryTiers(rule, ctx.figures);
    case 'deduct':
      return evaluateDeduct(rule, ctx.figures);
    case 'checklist':
      return evaluateChecklist(rule, ctx.figures);
    case 'quarterly-execution':
      return evaluateQuarterlyExecution(rule, ctx.figures, ctx.explain !== false);
    case 'threshold-deduct':
      return evaluateThresholdDeduct(rule, ctx.figures);
    case 'composite':
      return evaluateComposite(rule, ctx, dispatch);
    case 'indicator':
      return evaluateIndicator(rule, ctx);
    case 'budget-execution':
      return evaluateBudgetExecution(rule, ctx.figures);
    case 'judgement':
      return evaluateJudgement(rule, ctx);
    default:
      return failure('UNKNOWN_RULE', `未知的评分规则类型“${(rule as { kind: string }).kind}”`);
  }
}
