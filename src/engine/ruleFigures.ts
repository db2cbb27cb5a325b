import { figuresOf } from './quantity';
import type { Rule } from './types';

/** Every figure id a rule can read, in order, without duplicates (for templates and "missing" lists). */
export function ruleFigures(rule: Rule): string[] {
  const ids = ((): string[] => {
    switch (rule.kind) {
      case 'ratio':
        return [...figuresOf(rule.actual), ...figuresOf(rule.target)];
      case 'tiers':
        return figuresOf(rule.value);
      case 'category-tiers':
        return [rule.value];
      case 'deduct':
        return figuresOf(rule.count);
      case 'checklist':
        return rule.items.map((i) => i.figure);
      case 'quarterly-execution':
        return [...rule.progress];
      case 'threshold-deduct':
        return figuresOf(rule.value);
      case 'composite':
        return [...(rule.veto ? [rule.veto.figure] : []), ...(rule.grant ? [rule.grant.figure] : []), ...rule.parts.flatMap(ruleFigures)];
      case 'indicator':
        return [rule.target, rule.actual, ...(rule.score ? [rule.score] : [])];
      case 'budget-execution':
        return [...figuresOf(rule.executed), ...figuresOf(rule.budget)];
      case 'judgement':
        return rule.figure ? [rule.figure] : [];
    }
  })();
  return [...new Set(ids)];
}
