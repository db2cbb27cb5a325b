import { D, roundHalfUp, sum, type Dec } from './decimal';
import { evaluateRule } from './evaluate';
import { gradeFor, NATIONAL_GRADE_BANDS, percentOf } from './grade';
import { step } from './outcome';
import { ruleFigures } from './ruleFigures';
import type { IndicatorNode, ScoredGroup, ScoredLeaf, ScoredNode, ScoredTree, ScoreTreeOptions } from './tree.types';
import type { EvaluationContext, RuleOutcome } from './types';

/**
 * Score an indicator tree: each leaf by its rule (or as a judgement), rounded half up to 2 places at
 * the leaf as the tables print them; each parent as the sum of its children; the total and grade.
 */
export function scoreTree(roots: IndicatorNode[], options: ScoreTreeOptions): ScoredTree {
  const scoredRoots = roots.map((r) => scoreNode(r, [], options));
  const uncapped = sum(scoredRoots.map((r) => r.score ?? new D(0)));
  const max = sum(scoredRoots.map((r) => r.max));
  const complete = scoredRoots.every((r) => (r.kind === 'group' ? r.complete : r.score !== null));
  let total = uncapped;
  let capped: ScoredTree['capped'];
  if (options.totalCap && uncapped.greaterThan(options.totalCap.max)) {
    total = options.totalCap.max;
    capped = { uncapped, reason: options.totalCap.reason };
  }
  // The grade bands are on a 100-point scale: a table whose points do not add up to 100 is graded on its percentage.
  const percent = percentOf(total, max);
  const gradeBands = options.gradeBands ?? NATIONAL_GRADE_BANDS;
  return { roots: scoredRoots, total, max, grade: gradeFor(total, max, gradeBands), gradeBands, complete, ...(capped ? { capped } : {}), ...(percent ? { percent } : {}) };
}

function scoreNode(node: IndicatorNode, parentPath: string[], options: ScoreTreeOptions): ScoredNode {
  const path = [...parentPath, node.name];
  if (node.children.length === 0) return scoreLeaf(node, path, options);
  const children = node.children.map((c) => scoreNode(c, path, options));
  const group: ScoredGroup = {
    kind: 'group',
    name: node.name,
    path,
    ref: node.ref,
    max: node.points,
    score: sum(children.map((c) => c.score ?? new D(0))),
    childMax: sum(children.map((c) => c.max)),
    complete: children.every((c) => (c.kind === 'group' ? c.complete : c.score !== null)),
    children,
  };
  return group;
}

function leafOutcome(node: IndicatorNode, options: ScoreTreeOptions): RuleOutcome {
  const ctx: EvaluationContext = { figures: options.figures, typedScore: node.typedScore, settings: options.settings };
  const rule = node.rule;
  const noneGiven = rule ? ruleFigures(rule).every((id) => !options.figures.has(id)) : true;
  if (!rule || (node.judgementWhenMissing && noneGiven)) {
    return evaluateRule({ kind: 'judgement', points: node.points.toString(), label: node.name }, ctx);
  }
  return evaluateRule(rule, ctx);
}

function scoreLeaf(node: IndicatorNode, path: string[], options: ScoreTreeOptions): ScoredLeaf {
  const base = {
    kind: 'leaf' as const,
    name: node.name,
    path,
    ref: node.ref,
    max: node.points,
    typedScore: node.typedScore ?? null,
    ruleId: node.rule?.id ?? null,
    problemKind: node.problemKind,
  };
  if (node.outOfTotals !== undefined) {
    return { ...base, score: null, computed: null, status: 'error', missing: [], steps: [], used: [], unverified: false, message: node.outOfTotals };
  }
  const outcome = leafOutcome(node, options);
  if (outcome.status === 'scored' || outcome.status === 'judgement') {
    const steps = [...outcome.steps];
    let exact = outcome.score;
    if (exact.greaterThan(node.points)) {
      steps.push(step(`计算得分 ${exact.toDecimalPlaces(4).toString()} 超过本表分值 ${node.points.toString()}，按分值计`));
      exact = node.points;
    }
    const score = roundHalfUp(D.max(exact, 0));
    const flags = outcome.status === 'scored' && outcome.flags ? { flags: outcome.flags } : {};
    return { ...base, score, computed: exact, status: outcome.status, missing: [], steps, used: outcome.used, unverified: false, ...flags };
  }
  // Missing figures or an error: a typed score is carried into the totals, flagged as unverified; never a silent zero.
  const typed = usableTypedScore(node, outcome.status === 'error' ? outcome.bounds : undefined);
  const common = { ...base, computed: null, steps: outcome.steps, used: [], score: typed, unverified: typed !== null };
  if (outcome.status === 'missing-input') return { ...common, status: 'missing-input', missing: outcome.missing };
  return { ...common, status: 'error', missing: [], message: outcome.message, errorCode: outcome.code };
}

/**
 * The typed score as it may count: a leaf never scores above its 分值 nor outside what its rule still
 * allows (`bounds`), so a score proven impossible is carried at the nearest possible one. A negative
 * score is no score at all ("(1.5)", "-2"): it is not carried, as −1.5 or as 0, until it is fixed.
 */
function usableTypedScore(node: IndicatorNode, bounds?: { min: Dec; max: Dec }): Dec | null {
  const typed = node.typedScore;
  if (typed === undefined || !typed.isFinite() || typed.isNegative()) return null;
  let score = D.min(D.max(typed, 0), node.points);
  if (bounds) score = D.min(D.max(score, bounds.min), bounds.max, node.points);
  return score.eq(typed) ? typed : roundHalfUp(score);
}
