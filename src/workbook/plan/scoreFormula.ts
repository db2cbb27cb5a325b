import { D, type Dec } from '../../engine/decimal';
import type { ScoredLeaf } from '../../engine/tree.types';
import { printTiersText } from '../../engine/tiersText';
import type { CompositeRule, JudgementRule, Quantity, RatioRule, Rule } from '../../engine/types';
import type { FoundFigure } from '../read';
import type { WorkbookSnapshot } from '../port';
import { formulaRef, parseA1 } from '../read';

/**
 * A leaf's score as a PERF.* formula over the cells its figures come from, so the workbook recomputes
 * when a figure changes. Only rules a PERF function expresses exactly get one, and only when every
 * figure is a plain number in its cell (a text cell or an amount in 元 would feed the function
 * something else than the engine used); otherwise the caller writes the value.
 */

type Refs = (id: string) => string | null;

function cellRefs(snapshot: WorkbookSnapshot, figures: ReadonlyMap<string, FoundFigure>): Refs {
  return (id) => {
    const f = figures.get(id);
    if (!f || typeof f.value === 'string') return null;
    const pos = parseA1(f.address);
    const sheet = snapshot.sheets.find((s) => s.name === f.sheet);
    const v = pos ? sheet?.values[pos.row]?.[pos.col] : undefined;
    if (typeof v !== 'number' || !new D(String(v)).eq(f.value)) return null;
    return formulaRef(f.sheet, f.address);
  };
}

function quantity(q: Quantity, refs: Refs): string | null {
  if (typeof q === 'string') return refs(q);
  if (q.op === 'const') return new D(q.value).toString();
  if (q.op === 'div' && q.args.length === 2) {
    const a = quantity(q.args[0], refs);
    const b = quantity(q.args[1], refs);
    return a && b ? `PERF.RATE(${a},${b})` : null;
  }
  return null;
}

function num(value: string | Dec): string {
  return new D(value).toString();
}

type PartFormula<R extends Rule> = (rule: R, refs: Refs) => string | null;

/**
 * Each kind's formula as a leaf or a composite's part; null where no PERF function computes exactly
 * what the rule does. A composite has its formula only as a whole leaf (`ruleFormula`).
 */
const PART_FORMULAS: { [K in Rule['kind']]: PartFormula<Extract<Rule, { kind: K }>> | null } = {
  ratio: (rule, refs) => {
    if (rule.zeroWhenOver) return null;
    const a = quantity(rule.actual, refs);
    const t = quantity(rule.target, refs);
    if (!a || !t) return null;
    return `PERF.SCORE_RATIO(${a},${t},${num(rule.points)}${rule.cap ? `,${num(rule.cap)}` : ''})`;
  },
  tiers: (rule, refs) => {
    const v = quantity(rule.value, refs);
    return v ? `PERF.SCORE_TIERS(${v},"${printTiersText(rule.tiers)}")` : null;
  },
  'category-tiers': null,
  deduct: (rule, refs) => {
    const c = quantity(rule.count, refs);
    return c ? `PERF.SCORE_DEDUCT(${num(rule.points)},${c},${num(rule.perItem)})` : null;
  },
  checklist: null,
  'quarterly-execution': (rule, refs) => {
    const qs = rule.progress.map((id) => refs(id));
    const defaults = (rule.schedule ?? ['0.25', '0.5', '0.75', '1']).every((s, i) => new D(s).eq(new D(i + 1).div(4)));
    const standard = (rule.quarterPoints ?? '1') === '1' && (rule.annualPoints ?? '2') === '2' && (rule.annualFactor ?? '2') === '2';
    return qs.every((q) => q !== null) && defaults && standard ? `PERF.SCORE_EXECUTION(${qs.join(',')})` : null;
  },
  'threshold-deduct': null,
  composite: null,
  indicator: (rule, refs) => {
    if (rule.direction === 'qualitative') return null;
    const a = refs(rule.actual);
    const t = refs(rule.target);
    return a && t ? `PERF.SCORE_INDICATOR(${a},${t},${num(rule.points)},"${rule.direction}")` : null;
  },
  'budget-execution': (rule, refs) => {
    const e = quantity(rule.executed, refs);
    const b = quantity(rule.budget, refs);
    return e && b ? `PERF.SCORE_BUDGET(${e},${b},${num(rule.points)})` : null;
  },
  judgement: (rule, refs) => (rule.figure ? refs(rule.figure) : null),
};

function partFormula(rule: Rule, refs: Refs): string | null {
  // each entry takes its own kind's rule, which the compiler cannot follow through an index by kind
  const build = PART_FORMULAS[rule.kind] as PartFormula<Rule> | null;
  return build ? build(rule, refs) : null;
}

/** 政府采购执行情况, the composite PERF.SCORE_PROCUREMENT computes: a rate part (0 when over plan) and a judged part. */
function procurementParts(rule: CompositeRule): { ratio: RatioRule; policy: JudgementRule } | null {
  const [ratio, policy] = rule.parts;
  if (rule.parts.length !== 2 || ratio.kind !== 'ratio' || !ratio.zeroWhenOver || policy.kind !== 'judgement') return null;
  return { ratio, policy };
}

/**
 * rate × 1 + the policy point: the policy part is its own figure's cell, else the value the engine
 * derived from the typed score (the leaf's score less the rate part).
 */
function procurementFormula(
  { ratio, policy }: { ratio: RatioRule; policy: JudgementRule },
  leaf: ScoredLeaf,
  refs: Refs,
  figures: ReadonlyMap<string, FoundFigure>,
): string | null {
  if (!new D(ratio.points).eq(1) || typeof ratio.actual !== 'string' || typeof ratio.target !== 'string') return null;
  const a = refs(ratio.actual);
  const p = refs(ratio.target);
  if (!a || !p) return null;
  const policyArg = (policy.figure ? refs(policy.figure) : null) ?? derivedPolicy(ratio.actual, ratio.target, leaf, figures);
  return policyArg === null ? null : `PERF.SCORE_PROCUREMENT(${a},${p},${policyArg})`;
}

function derivedPolicy(actual: string, plan: string, leaf: ScoredLeaf, figures: ReadonlyMap<string, FoundFigure>): string | null {
  const av = figures.get(actual)?.value;
  const pv = figures.get(plan)?.value;
  if (leaf.computed === null || av === undefined || pv === undefined || typeof av === 'string' || typeof pv === 'string' || pv.lte(0)) return null;
  const ratePart = av.gt(pv) ? new D(0) : D.min(av.div(pv), 1);
  return D.max(0, leaf.computed.minus(ratePart)).toDecimalPlaces(4).toString();
}

/**
 * `rule` is the one buildTree attached to the leaf's node. The engine caps a leaf at the table's 分值
 * (`leaf.max`); a rule whose own points differ (tiers, quarterly execution, composites keep the
 * framework's) gets the same cap in the formula, so the cell always recalculates to the planned score.
 */
export function leafFormula(
  rule: (Rule & { id?: string }) | null | undefined,
  leaf: ScoredLeaf,
  snapshot: WorkbookSnapshot,
  figures: ReadonlyMap<string, FoundFigure>,
): string | null {
  if (!rule || leaf.status !== 'scored') return null;
  const body = ruleFormula(rule, leaf, cellRefs(snapshot, figures), figures);
  if (body === null) return null;
  return leaf.max.eq(rule.points) ? `=${body}` : `=MIN(${num(leaf.max)},${body})`;
}

function ruleFormula(rule: Rule, leaf: ScoredLeaf, refs: Refs, figures: ReadonlyMap<string, FoundFigure>): string | null {
  if (rule.kind !== 'composite') return partFormula(rule, refs);
  if (rule.veto || rule.grant) return null;
  const procurement = procurementParts(rule);
  if (procurement) return procurementFormula(procurement, leaf, refs, figures);
  const parts = rule.parts.map((p) => partFormula(p, refs));
  if (parts.some((p) => p === null)) return null;
  return `MIN(${num(rule.points)},${parts.join('+')})`;
}
