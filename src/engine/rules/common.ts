import { D, type Dec } from '../decimal';
import { failure, missingInput } from '../outcome';
import { resolveQuantity } from '../quantity';
import type { Figures, Quantity, RuleOutcome } from '../types';

/** Parse a decimal written in rule data or passed by a user; a typed failure instead of NaN or a throw. */
export function parseDecimal(text: string, what: string): Dec | RuleOutcome {
  try {
    const value = new D(text);
    if (value.isFinite()) return value;
  } catch {
    // fall through to the message below
  }
  return failure('BAD_PARAMETER', `${what}“${text}”不是有效数值`);
}

export function isOutcome(value: unknown): value is RuleOutcome {
  return typeof value === 'object' && value !== null && 'status' in value;
}

/** The rule's points: a non-negative decimal. */
export function pointsOf(points: string, label = '分值'): Dec | RuleOutcome {
  const value = parseDecimal(points, label);
  if (isOutcome(value)) return value;
  if (value.isNegative()) return failure('BAD_PARAMETER', `${label}不能为负数（${points}）`);
  return value;
}

/** Resolve a quantity that must be a non-negative number; missing figures and errors become outcomes. */
export function nonNegative(q: Quantity, figures: Figures, label: string): { value: Dec; text: string; used: string[] } | RuleOutcome {
  const r = resolveQuantity(q, figures);
  if (!r.ok) return 'code' in r ? failure(r.code, `${label}：${r.message}`) : missingInput(r.missing);
  if (r.value.isNegative()) return failure('NEGATIVE_VALUE', `${label}不能为负数（${r.text} = ${r.value.toString()}）`);
  return { value: r.value, text: r.text, used: r.used };
}

/** Decimal text for explanations: at most 4 places, no trailing zeros ("0.7", "0.8858"). */
export function plain(value: Dec): string {
  return value.toDecimalPlaces(4).toString();
}
