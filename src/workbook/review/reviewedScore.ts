import { roundHalfUp, sum, type Dec } from '../../engine/decimal';
import { gradeFor, NATIONAL_GRADE_BANDS, type GradeBands } from '../../engine/grade';
import type { Grade } from '../../engine/tree.types';
import type { ReviewStatus } from './constants';
import type { ReviewLeaf } from './reviewModel';

/**
 * The review's score rules, in one place: what a leaf's 审核得分 cell holds under a decision, the
 * score in force after the review, and the totals and grades before and after. The write plan, the
 * 审核汇总 sheet and the task pane's running totals all count with these.
 */

/** A reviewer's decision on one leaf: a status and the score entered (null: none entered). */
export interface LeafDecision {
  status: ReviewStatus;
  reviewedScore: Dec | null;
}

/**
 * What the 审核得分 cell holds: 已审 the entered score, else the score in force (accepting it);
 * 有异议 the proposed score, or nothing while the score is pending; 未审 nothing.
 */
export function reviewCellScore(leaf: Pick<ReviewLeaf, 'current'>, decision: LeafDecision): Dec | null {
  const entered = decision.reviewedScore === null ? null : roundHalfUp(decision.reviewedScore);
  if (decision.status === '已审') return entered ?? leaf.current;
  if (decision.status === '有异议') return entered;
  return null;
}

/**
 * The score in force once the decision is applied: the 审核得分 cell where it holds a score, else the
 * score the review starts from (the unit's own, else the system's). Without a decision the leaf's
 * earlier review, if any, stands.
 */
export function reviewedScore(leaf: Pick<ReviewLeaf, 'basis' | 'current' | 'prior'>, decision?: LeafDecision | null): Dec | null {
  const d = decision ?? leaf.prior;
  if (!d || d.status === '未审') return leaf.basis;
  return reviewCellScore(leaf, d) ?? leaf.basis;
}

export interface ReviewTotalsAfter {
  /** the total the review starts from */
  before: Dec;
  /** the total with every decision applied */
  after: Dec;
  gradeBefore: Grade;
  gradeAfter: Grade;
  /** leaves 有异议 */
  disputes: number;
  /** leaves 已审 */
  reviewed: number;
  /** leaves 未审 */
  pending: number;
}

/**
 * Totals, grades and counts over every leaf, each with its decision (or its earlier review). Grades are
 * out of `max` (the table's total points, ReviewModel.totals.max), by default the sum of the leaves'
 * points, so a table not totalling 100 is graded on its percentage as `perfscore score` grades it.
 */
export function reviewTotals(
  leaves: readonly (Pick<ReviewLeaf, 'basis' | 'current' | 'prior'> & { max?: Dec })[],
  decisionOf: (index: number) => LeafDecision | null | undefined,
  max: Dec = sum(leaves.map((l) => l.max ?? 0)),
  bands: GradeBands = NATIONAL_GRADE_BANDS,
): ReviewTotalsAfter {
  const decisions = leaves.map((leaf, i) => decisionOf(i) ?? leaf.prior ?? null);
  const before = sum(leaves.map((l) => l.basis ?? 0));
  const after = sum(leaves.map((l, i) => reviewedScore(l, decisions[i]) ?? 0));
  const statuses = decisions.map((d) => d?.status ?? '未审');
  return {
    before,
    after,
    gradeBefore: gradeFor(before, max, bands),
    gradeAfter: gradeFor(after, max, bands),
    disputes: statuses.filter((s) => s === '有异议').length,
    reviewed: statuses.filter((s) => s === '已审').length,
    pending: statuses.filter((s) => s === '未审').length,
  };
}
