/**
 * The review's score rules live in the workbook layer; the task pane's running totals, the write
 * plan's 审核得分 cells and the 审核汇总 sheet all count with them, so they always agree.
 */
import { D } from '../../src/engine/decimal';
import { applyToSnapshot } from '../../src/workbook/plan/applyToSnapshot';
import { buildReviewModel, planReviewWrite, reviewCellScore, reviewedScore, reviewTotals, type ReviewLeaf } from '../../src/workbook/review';
import { draftTotals, entriesFromDrafts, initialDrafts } from '../../src/taskpane/review/reviewDraft';
import { analysed, cell, openExample, sheetOf } from './helpers';

function leaf(basis: string | null, current: string | null = basis): Pick<ReviewLeaf, 'basis' | 'current' | 'prior'> {
  return { basis: basis === null ? null : new D(basis), current: current === null ? null : new D(current), prior: null };
}

describe('the review score rules', () => {
  test('the 审核得分 cell: 已审 the entered score (rounded half up) or the score in force; 有异议 the proposal or nothing; 未审 nothing', () => {
    const l = leaf('1.89', '1.70');
    expect(reviewCellScore(l, { status: '已审', reviewedScore: new D('1.555') })?.toFixed(2)).toBe('1.56');
    expect(reviewCellScore(l, { status: '已审', reviewedScore: null })?.toFixed(2)).toBe('1.70');
    expect(reviewCellScore(l, { status: '有异议', reviewedScore: new D('1') })?.toFixed(2)).toBe('1.00');
    expect(reviewCellScore(l, { status: '有异议', reviewedScore: null })).toBeNull();
    expect(reviewCellScore(l, { status: '未审', reviewedScore: new D('1') })).toBeNull();
  });

  test('the score in force: the cell where it holds a score, else the basis; no decision keeps the earlier review', () => {
    const l = leaf('1.89');
    expect(reviewedScore(l, { status: '有异议', reviewedScore: null })?.toFixed(2)).toBe('1.89');
    expect(reviewedScore(l, { status: '未审', reviewedScore: new D('1') })?.toFixed(2)).toBe('1.89');
    expect(reviewedScore(l, { status: '已审', reviewedScore: new D('1.5') })?.toFixed(2)).toBe('1.50');
    const prior = { ...leaf('1.89', '1.50'), prior: { status: '已审' as const, reviewedScore: new D('1.5'), reason: '' } };
    expect(reviewedScore(prior)?.toFixed(2)).toBe('1.50');
    const totals = reviewTotals([l, prior, leaf(null)], (i) => (i === 0 ? { status: '有异议', reviewedScore: null } : undefined));
    expect([totals.before.toFixed(2), totals.after.toFixed(2), totals.disputes, totals.reviewed, totals.pending]).toEqual(['3.78', '3.39', 1, 1, 1]);
  });

  test('the pane’s totals are the 审核汇总 sheet’s totals, rounding included', async () => {
    const host = await openExample('shenzhen-2024.xlsx');
    const { snapshot, analysis } = await analysed(host);
    const model = buildReviewModel(analysis);
    const drafts = initialDrafts(model);
    const procurement = model.leaves.find((l) => l.name === '政府采购执行情况')!;
    const rate = model.leaves.find((l) => l.name === '预算执行率')!;
    // typed with three places: written as 1.56 and 5.56, and the pane counts them so (not 96.11)
    drafts[procurement.key] = { status: '已审', score: '1.555', reason: '佐证不全' };
    drafts[rate.key] = { status: '已审', score: '5.555', reason: '进度数待审定' };
    const pane = draftTotals(model, drafts);
    expect([pane.before.toFixed(2), pane.after.toFixed(2), pane.gradeAfter, pane.disputes, pane.reviewed]).toEqual(['96.88', '96.12', '优', 0, 2]);

    const plan = planReviewWrite(analysis, { reviewer: '王审核', date: '2025-03-01', entries: entriesFromDrafts(model, drafts).entries });
    const after = applyToSnapshot(snapshot, plan);
    const summary = sheetOf(after, '审核汇总');
    const totalRow = summary.values.findIndex((r) => r[0] === '总分');
    expect(summary.values[totalRow].slice(0, 3)).toEqual(['总分', 96.88, 96.12]);
    expect(summary.values[totalRow + 1].slice(0, 3)).toEqual(['等级', '优', '优']);
    expect(cell(after, '评分表', `J${procurement.row + 1}`)).toBe(1.56);
    expect(cell(after, '评分表', `J${rate.row + 1}`)).toBe(5.56);
  });
});
