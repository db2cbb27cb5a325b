import { dec, type Dec } from '../../src/engine/decimal';
import { evaluateRule } from '../../src/engine/evaluate';
import type { FigureValue, Rule, RuleOutcome } from '../../src/engine/types';

/** Evaluate a rule over figures written as decimal strings (or category text). */
export function run(rule: Rule, figures: Record<string, string | Dec>, typedScore?: string): RuleOutcome {
  const map = new Map<string, FigureValue>(
    Object.entries(figures).map(([k, v]) => [k, typeof v === 'string' && /^-?[\d.]+$/.test(v) ? dec(v) : v]),
  );
  return evaluateRule(rule, { figures: map, ...(typedScore !== undefined ? { typedScore: dec(typedScore) } : {}) });
}

/** The score of a successful outcome as text with `places` decimals; fails the test otherwise. */
export function scoreOf(outcome: RuleOutcome, places = 4): string {
  if (outcome.status !== 'scored' && outcome.status !== 'judgement') {
    throw new Error(`expected a score, got ${outcome.status}: ${JSON.stringify(outcome)}`);
  }
  return outcome.score.toFixed(places);
}

export const CHINESE = /[\u4e00-\u9fa5]/;
