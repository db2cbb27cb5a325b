import type { Dec } from './decimal';
import type { RuleOutcome, Step } from './types';
import type { RuleErrorCode } from './errors';

/** Constructors for rule outcomes, so every rule reports the same way. */
export function scored(score: Dec, steps: Step[], used: string[]): RuleOutcome {
  return { status: 'scored', score, steps, used };
}

export function judged(score: Dec, steps: Step[], used: string[]): RuleOutcome {
  return { status: 'judgement', score, steps, used };
}

export function missingInput(missing: string[], steps: Step[] = []): RuleOutcome {
  return { status: 'missing-input', missing: [...new Set(missing)], steps };
}

export function failure(code: RuleErrorCode, message: string, steps: Step[] = []): RuleOutcome {
  return { status: 'error', code, message, steps };
}

export function step(text: string): Step {
  return { text };
}
