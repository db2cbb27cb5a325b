/**
 * The reviewer's unsaved edits, kept apart from React so they can be tested: one draft per leaf,
 * turned into the entries planReviewWrite takes and the decisions the review's score rules
 * (src/workbook/review/reviewedScore.ts) count with. No score is computed here.
 */
import type { Dec } from '../../engine/decimal';
import { parseNumberCell } from '../../workbook/read';
import { reviewTotals, type LeafDecision, type ReviewEntry, type ReviewModel, type ReviewStatus, type ReviewTotalsAfter } from '../../workbook/review';

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

/**
 * A typed score, read as the workbook layer reads a 审核得分 cell (parseNumberCell): full-width digits,
 * spaces and a trailing 分 allowed ("２.５", "2.50分"); null for blank; 'bad' when not a number.
 */
export function parseScore(text: string): Dec | null | 'bad' {
  const cell = parseNumberCell(text);
  if (!cell.ok) return cell.blank ? null : 'bad';
  return cell.value as Dec;
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

/** A draft as the decision the review rules take: the typed score read, an unreadable one left out. */
export function draftDecision(draft: Draft | undefined): LeafDecision | null {
  if (!draft) return null;
  const typed = parseScore(draft.score);
  return { status: draft.status, reviewedScore: typed === 'bad' ? null : typed };
}

/** Totals before and after the drafts, as planReviewWrite and the 审核汇总 sheet count them. */
export function draftTotals(model: ReviewModel, drafts: Drafts): ReviewTotalsAfter {
  return reviewTotals(model.leaves, (i) => draftDecision(drafts[model.leaves[i].key]), model.totals.max, model.totals.gradeBands);
}
