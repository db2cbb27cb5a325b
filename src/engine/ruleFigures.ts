import { specOf } from './rules';
import type { Rule } from './types';

/** Every figure id a rule can read, in order, without duplicates (for templates and "missing" lists). */
export function ruleFigures(rule: Rule): string[] {
  return [...new Set(specOf(rule)?.figures(rule, ruleFigures) ?? [])];
}
