/**
 * The reviewer's unsaved edits, kept apart from React so they can be tested: one draft per leaf,
 * turned into the entries planReviewWrite takes.
 */
import { D, sum, type Dec } from '../../engine/decimal';
import { gradeOf } from '../../engine/grade';
import type { Grade } from '../../engine/tree.types';
import { normaliseChars } from '../../workbook/cellText';
import type { ReviewEntry, ReviewLeaf, ReviewModel, ReviewStatus } from '../../workbook/review';

export interface Draft {
  status: ReviewStatus;
  /** the 审核得分 as typed; '' accepts the score in force */
  score: string;
  reason: string;
}

export type Drafts = Record<string, Draft>;

export function initialDrafts(model: ReviewModel): Drafts {
  const drafts: Drafts = {};
  for (const leaf of model.leaves) {
    const prior = leaf.prior;
    drafts[leaf.key] = prior
      ? { status: prior.status, score: prior.reviewedScore ? prior.reviewedScore.toFixed(2) : '', reason: prior.reason }
      : { status: '未审', score: '', reason: '' };
  }
  return drafts;
}

/** A typed score: full-width digits and spaces allowed; null for blank; 'bad' when not a number. */
export function parseScore(text: string): Dec | null | 'bad' {
  const t = normaliseChars(text).replace(/\s+/g, '');
  if (t === '') return null;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return 'bad';
  return new D(t);
}

function sameAsPrior(model: ReviewModel, key: string, draft: Draft): boolean {
  const leaf = model.leaves.find((l) => l.key === key);
  const prior = leaf?.prior;
  const score = parseScore(draft.score);
  if (!prior) return draft.status === '未审' && draft.reason.trim() === '' && score === null;
  if (prior.status !== draft.status || prior.reason !== draft.reason.trim()) return false;
  if (score === 'bad') return false;
  if (score === null) return prior.reviewedScore === null || draft.status === '已审';
  return prior.reviewedScore !== null && prior.reviewedScore.eq(score);
}

/** Entries for the leaves whose draft differs from what the workbook holds, and the scores that do not parse. */
export function entriesFromDrafts(model: ReviewModel, drafts: Drafts): { entries: ReviewEntry[]; unreadable: { name: string; text: string }[] } {
  const entries: ReviewEntry[] = [];
  const unreadable: { name: string; text: string }[] = [];
  for (const leaf of model.leaves) {
    const draft = drafts[leaf.key];
    if (!draft || sameAsPrior(model, leaf.key, draft)) continue;
    const score = parseScore(draft.score);
    if (score === 'bad') {
      unreadable.push({ name: leaf.name, text: draft.score });
      continue;
    }
    entries.push({ path: leaf.path, status: draft.status, reviewedScore: draft.status === '未审' ? null : score, reason: draft.reason.trim() });
  }
  return { entries, unreadable };
}

/** The score a leaf would carry with this draft applied, as planReviewWrite and the 审核汇总 sheet count it. */
export function draftScore(leaf: ReviewLeaf, draft: Draft | undefined): Dec | null {
  if (!draft) return leaf.current;
  const typed = parseScore(draft.score);
  const entered = typed === 'bad' ? null : typed;
  let cell: Dec | null = null;
  if (draft.status === '已审') cell = entered ?? leaf.current;
  else if (draft.status === '有异议') cell = entered;
  return cell ?? leaf.basis;
}

export function draftTotals(model: ReviewModel, drafts: Drafts): { before: Dec; after: Dec; gradeBefore: Grade; gradeAfter: Grade; disputes: number; reviewed: number } {
  const before = model.totals.before;
  const after = sum(model.leaves.map((l) => draftScore(l, drafts[l.key]) ?? new D(0)));
  const statuses = model.leaves.map((l) => drafts[l.key]?.status ?? '未审');
  return {
    before,
    after,
    gradeBefore: gradeOf(before),
    gradeAfter: gradeOf(after),
    disputes: statuses.filter((s) => s === '有异议').length,
    reviewed: statuses.filter((s) => s === '已审').length,
  };
}
