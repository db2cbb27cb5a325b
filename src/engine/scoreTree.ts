import { D, roundHalfUp, sum, type Dec } from './decimal';
import { evaluateRule } from './evaluate';
import { gradeFor, NATIONAL_GRADE_BANDS, percentOf } from './grade';
import { step } from './outcome';
import { leavesOf } from './treeWalk';
import { ruleFigures } from './ruleFigures';
import type { IndicatorNode, ScoreBasis, ScoredGroup, ScoredLeaf, ScoredNode, ScoredTree, ScoreTreeOptions } from './tree.types';
import type { EvaluationContext, Rule, RuleOutcome } from './types';
import type { RuleErrorCode } from './errors';

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
  // The grade bands are on a 100-point scale: a table whose points do not add up to 100 is graded on its
  // percentage, unless some points are unknown (the max then leaves out scores the total carries).
  const unknown = leavesOf(scoredRoots).filter((l) => l.pointsUnknown && l.score !== null);
  const percent = unknown.length === 0 ? percentOf(total, max) : undefined;
  const gradeBands = options.gradeBands ?? NATIONAL_GRADE_BANDS;
  const grade = unknown.length === 0 ? gradeFor(total, max, gradeBands) : gradeFor(total, new D(100), gradeBands);
  const rests = unknown.length > 0 ? { restsOnUnknownPoints: unknown.map((l) => l.ref ?? l.name) } : {};
  return { roots: scoredRoots, total, max, grade, gradeBands, complete, ...(capped ? { capped } : {}), ...(percent ? { percent } : {}), ...rests };
}

function scoreNode(node: IndicatorNode, parentPath: string[], options: ScoreTreeOptions): ScoredNode {
  const path = [...parentPath, node.name];
  if (node.children.length === 0) return node.pointsUnknown ? unknownPointsLeaf(node, path) : scoreLeaf(node, path, options);
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

/** The rule a leaf is scored by: its own, or a judgement when it has none (or is judged by eye with none of its figures given). */
function effectiveRule(node: IndicatorNode, options: ScoreTreeOptions): Rule {
  const rule = node.rule;
  const noneGiven = rule ? ruleFigures(rule).every((id) => !options.figures.has(id)) : true;
  if (!rule || (node.judgementWhenMissing && noneGiven)) return { kind: 'judgement', points: node.points.toString(), label: node.name };
  return rule;
}

/** Rule errors that mean the unit's typed score failed the rule's check, not that figures were unusable. */
const TYPED_SCORE_ERRORS: ReadonlySet<RuleErrorCode> = new Set<RuleErrorCode>(['JUDGEMENT_PART_OUT_OF_RANGE', 'QUALITATIVE_OUT_OF_BAND']);

function basisOf(rule: Rule, outcome: RuleOutcome): ScoreBasis {
  if (rule.kind === 'judgement') return outcome.status === 'missing-input' ? '缺数据' : '判断';
  switch (outcome.status) {
    case 'scored':
      return outcome.flags?.includes('typed-part') ? '自评核验' : '计算';
    case 'judgement':
      return '自评核验';
    case 'missing-input':
      return '缺数据';
    case 'error':
      return TYPED_SCORE_ERRORS.has(outcome.code) ? '自评核验' : '缺数据';
  }
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
    // points that cannot be read: nothing can score the leaf until they are fixed
    return { ...base, basis: '缺数据', verified: null, score: null, computed: null, status: 'error', missing: [], steps: [], used: [], unverified: false, message: node.outOfTotals };
  }
  const rule = effectiveRule(node, options);
  const ctx: EvaluationContext = { figures: options.figures, typedScore: node.typedScore, settings: options.settings };
  const outcome = evaluateRule(rule, ctx);
  const basis = basisOf(rule, outcome);
  if (outcome.status === 'scored' || outcome.status === 'judgement') {
    const steps = [...outcome.steps];
    let exact = outcome.score;
    if (exact.greaterThan(node.points)) {
      steps.push(step(`计算得分 ${exact.toDecimalPlaces(4).toString()} 超过本表分值 ${node.points.toString()}，按分值计`));
      exact = node.points;
    }
    const score = roundHalfUp(D.max(exact, 0));
    const flags = outcome.status === 'scored' && outcome.flags ? { flags: outcome.flags } : {};
    // a judgement is the unit's own score: range-checked, never verified
    const verified = basis === '判断' ? null : score;
    return { ...base, basis, score, computed: exact, status: outcome.status, missing: [], steps, used: outcome.used, unverified: false, verified, ...flags };
  }
  // Missing figures or an error: a typed score is carried into the totals, flagged as unverified; never a silent zero.
  const typed = usableTypedScore(node, outcome.status === 'error' ? outcome.bounds : undefined);
  const common = { ...base, basis, computed: null, steps: outcome.steps, used: [], score: typed, unverified: typed !== null, verified: null };
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

/**
 * A leaf whose 分值 the form does not print: there is nothing to score it by or cap it at, so its typed
 * score is carried as stated, unverified (points unknown is not points 0). A negative or missing typed
 * score is carried nowhere.
 */
function unknownPointsLeaf(node: IndicatorNode, path: string[]): ScoredLeaf {
  const typed = node.typedScore;
  const score = typed !== undefined && typed.isFinite() && !typed.isNegative() ? typed : null;
  const steps = score ? [step(`分值未知：按填报得分 ${score.toFixed(2)} 计入合计，未经核验`)] : [];
  return {
    kind: 'leaf',
    name: node.name,
    path,
    ref: node.ref,
    max: node.points,
    typedScore: typed ?? null,
    ruleId: null,
    problemKind: node.problemKind,
    score,
    computed: null,
    status: 'judgement',
    missing: [],
    steps,
    used: [],
    unverified: score !== null,
    pointsUnknown: true,
    // nothing to score it by: the unit's judgement, never verified
    basis: '判断',
    verified: null,
  };
}
