import { D } from '../../src/engine/decimal';
import { buildReviewModel, planReviewWrite } from '../../src/workbook/review';
import { draftTotals, entriesFromDrafts, initialDrafts, parseScore } from '../../src/taskpane/review/reviewDraft';
import { analysed, openExample } from './helpers';

describe('the task pane’s review drafts', () => {
  test('parseScore reads a typed score as a 审核得分 cell is read: half- and full-width, 分 allowed, words refused', () => {
    expect(parseScore(' 1.5 ')).toEqual(new D('1.5'));
    expect(parseScore('１．２５')).toEqual(new D('1.25'));
    expect(parseScore('２.５')).toEqual(new D('2.5'));
    expect(parseScore('2.50分')).toEqual(new D('2.5'));
    expect(parseScore('')).toBeNull();
    expect(parseScore('  ')).toBeNull();
    expect(parseScore('一点五')).toBe('bad');
    expect(parseScore('50%')).toBe('bad');
    expect(parseScore('2.5万元')).toBe('bad');
  });

  test('only leaves whose draft differs from the workbook become entries; totals follow the drafts', async () => {
    const host = await openExample('shenzhen-2024.xlsx');
    const { analysis } = await analysed(host);
    const model = buildReviewModel(analysis);
    const drafts = initialDrafts(model);
    expect(entriesFromDrafts(model, drafts)).toEqual({ entries: [], unreadable: [] });
    const procurement = model.leaves.find((l) => l.name === '政府采购执行情况')!;
    const effect = model.leaves.find((l) => l.name.startsWith('社会效益'))!;
    const satisfaction = model.leaves.find((l) => l.name === '公众或服务对象满意度')!;
    drafts[procurement.key] = { status: '已审', score: '1.5', reason: '佐证不全' };
    drafts[effect.key] = { status: '有异议', score: '', reason: '待补充材料' };
    drafts[satisfaction.key] = { status: '已审', score: '', reason: '' };
    const { entries } = entriesFromDrafts(model, drafts);
    expect(entries).toEqual([
      { path: procurement.path, status: '已审', reviewedScore: new D('1.5'), reason: '佐证不全' },
      { path: effect.path, status: '有异议', reviewedScore: null, reason: '待补充材料' },
      { path: satisfaction.path, status: '已审', reviewedScore: null, reason: '' },
    ]);
    const totals = draftTotals(model, drafts);
    expect([totals.before.toFixed(2), totals.after.toFixed(2), totals.gradeAfter, totals.disputes, totals.reviewed]).toEqual(['96.88', '96.49', '优', 1, 2]);

    // once written, the same drafts read back from the workbook are no longer changes
    await host.applyPlan(planReviewWrite(analysis, { reviewer: '王审核', date: '2025-03-01', entries }));
    const again = buildReviewModel((await analysed(host)).analysis);
    const reread = initialDrafts(again);
    expect(reread[procurement.key]).toEqual({ status: '已审', score: '1.50', reason: '佐证不全' });
    expect(reread[satisfaction.key]).toEqual({ status: '已审', score: '6.00', reason: '' });
    expect(entriesFromDrafts(again, reread).entries).toEqual([]);
    expect(draftTotals(again, reread).after.toFixed(2)).toBe('96.49');

    reread[procurement.key] = { status: '已审', score: '1.5x', reason: '佐证不全' };
    expect(entriesFromDrafts(again, reread).unreadable).toEqual([{ name: '政府采购执行情况', text: '1.5x' }]);
  });
});
