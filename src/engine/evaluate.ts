import { failure } from './outcome';
import { specOf } from './rules';
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
  const spec = specOf(rule);
  if (!spec) return failure('UNKNOWN_RULE', `未知的评分规则类型“${(rule as { kind: string }).kind}”`);
  return spec.evaluate(rule, ctx, dispatch);
}
