import { D, type Dec } from './decimal';
import { evaluateRule } from './evaluate';
import { ruleFigures } from './ruleFigures';
import type { FigureValue, IndicatorSettings, Rule, RuleOutcome } from './types';

/**
 * Whether two rules score alike: both are evaluated over the same figures at every threshold the rules
 * name, just either side of it, and at a spread of ordinary values. Two rules written differently
 * ("90%>x≥75%" and ">=0.75 after >=0.9") agree; a rule that differs anywhere a figure can reach shows a
 * difference at one of those points. Used to tell whether a table's own 评分标准 says what a
 * framework's rule does.
 */

const DECIMAL = /^-?\d+(\.\d+)?$/;
const SPREAD = ['0', '0.05', '0.3', '0.5', '0.6', '0.75', '0.8', '0.9', '0.95', '1', '1.05', '1.2', '1.5', '2', '3', '5', '10', '50', '100'];
/** past this many combinations the figures are sampled, in a fixed order so the answer never varies */
const MAX_CASES = 4000;
const EPSILON = new D('0.0001');
const MAX_FIGURES = 20;

function constants(value: unknown, out: Set<string>): void {
  if (typeof value === 'string' && DECIMAL.test(value)) out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => constants(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => constants(v, out));
}

function sampleValues(rules: Rule[]): Dec[] {
  const named = new Set<string>(SPREAD);
  rules.forEach((r) => constants(r, named));
  const out = new Map<string, Dec>();
  for (const text of named) {
    const c = new D(text);
    for (const v of [c, c.minus(EPSILON), c.plus(EPSILON)]) if (!v.isNegative()) out.set(v.toString(), v);
  }
  return [...out.values()];
}

function sameOutcome(a: RuleOutcome, b: RuleOutcome): boolean {
  const scoreOf = (o: RuleOutcome) => (o.status === 'scored' || o.status === 'judgement' ? o.score.toDecimalPlaces(6).toString() : null);
  const sa = scoreOf(a);
  const sb = scoreOf(b);
  if (sa !== null || sb !== null) return sa === sb;
  return a.status === b.status;
}

/** With many figures (checklists of flags), fewer values each, so that every 0/1 pattern is reached. */
const FEW = ['0', '1', '0.5', '2'].map((v) => new D(v));

export function sameScores(a: Rule, b: Rule, settings?: Partial<IndicatorSettings>): boolean {
  const ids = [...new Set([...ruleFigures(a), ...ruleFigures(b)])];
  // beyond this the combinations cannot be counted exactly in a double: agreement is not claimed
  if (ids.length > MAX_FIGURES) return false;
  const values = ids.length > 2 ? FEW : sampleValues([a, b]);
  const total = values.length ** ids.length;
  const cases = Math.min(total, MAX_CASES);
  for (let n = 0; n < cases; n += 1) {
    // case n spells a number in base `values.length`, one digit per figure; when sampled, a large prime
    // stride visits spread-out combinations
    let index = total > MAX_CASES ? (n * 1000003) % total : n;
    const figures = new Map<string, FigureValue>();
    for (const id of ids) {
      figures.set(id, values[index % values.length]);
      index = Math.floor(index / values.length);
    }
    const ctx = { figures, explain: false, ...(settings ? { settings } : {}) };
    if (!sameOutcome(evaluateRule(a, ctx), evaluateRule(b, ctx))) return false;
  }
  return true;
}
