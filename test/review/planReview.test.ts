import { D } from '../../src/engine/decimal';
import type { FileHost } from '../../src/hosts/file';
import { analyse } from '../../src/workbook/analyse/analyse';
import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import { detectInSheet } from '../../src/workbook/read/detectTable';
import type { WorkbookSnapshot, WritePlan } from '../../src/workbook/port';
import {
  HISTORY_SHEET,
  SUMMARY_MARKER,
  SUMMARY_SHEET,
  ReviewError,
  buildReviewModel,
  checkReview,
  planReviewWrite,
  readHistory,
  type ReviewInput,
} from '../../src/workbook/review';
import { invertPlan } from '../../src/workbook/plan/undo';
import { planScoreWrite } from '../../src/workbook/plan/planScores';
import { analysed, cell, openExample, sheetOf } from './helpers';

const PROCUREMENT = ['部门管理', '资金管理', '政府采购执行情况'];
const EXECUTION = ['部门绩效', '效率性', '预算执行率'];
const EFFECT = ['部门绩效', '效果性', '社会效益、经济效益、生态效益及持续影响等'];
const SATISFACTION = ['部门绩效', '公平性', '公众或服务对象满意度'];

const FIRST: ReviewInput = {
  reviewer: '王审核',
  date: '2025-03-01',
  entries: [
    { path: PROCUREMENT, status: '已审', reviewedScore: new D('1.50'), reason: '政策功能落实佐证不全，酌情扣分' },
    { path: EXECUTION, status: '已审', reviewedScore: new D('5.5'), reason: '四季度支出进度以未审定数计算' },
    { path: EFFECT, status: '有异议', reason: '个性化指标佐证材料不足' },
    { path: SATISFACTION, status: '已审' },
  ],
};

/** Rows of a sheet keyed by the text in column A. */
function rowByFirst(snapshot: WorkbookSnapshot, sheet: string, first: string): unknown[] {
  const row = sheetOf(snapshot, sheet).values.find((r) => r[0] === first);
  if (!row) throw new Error(`no row ${first} in ${sheet}`);
  return row;
}

function rowByPath(snapshot: WorkbookSnapshot, path: string[]): unknown[] {
  const row = sheetOf(snapshot, SUMMARY_SHEET).values.find((r) => r[1] === path.join(' / '));
  if (!row) throw new Error(`no summary row for ${path.join('/')}`);
  return row;
}

/** Every non-empty cell of a sheet as "A1=value", for comparing whole sheets. */
function cellsOf(snapshot: WorkbookSnapshot, sheet: string, maxCol = Infinity): string[] {
  const out: string[] = [];
  sheetOf(snapshot, sheet).values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && c < maxCol) out.push(`${r},${c}=${JSON.stringify(v)}`);
    }),
  );
  return out;
}

describe('planReviewWrite on the Shenzhen example', () => {
  let host: FileHost;
  let before: WorkbookSnapshot;
  let analysis: Analysis;
  let plan: WritePlan;
  let after: WorkbookSnapshot;

  beforeAll(async () => {
    host = await openExample('shenzhen-2024.xlsx');
    ({ snapshot: before, analysis } = await analysed(host));
    plan = planReviewWrite(analysis, FIRST);
    await host.applyPlan(plan);
    after = await host.readSnapshot();
  });

  test('the model shows each leaf with its scores, figures and warnings', () => {
    const model = buildReviewModel(analysis);
    expect(model.leaves).toHaveLength(21);
    const procurement = model.leaves.find((l) => l.name === '政府采购执行情况')!;
    expect(procurement.scoreCell).toBe('I9');
    expect(procurement.selfScore!.toFixed(2)).toBe('1.89');
    expect(procurement.systemScore!.toFixed(2)).toBe('1.89');
    expect(procurement.max.toFixed(2)).toBe('2.00');
    expect(procurement.figures.map((f) => [f.label, f.display, f.cell])).toEqual([
      ['实际采购金额', '4.73万元', '基础数据!B21'],
      ['政府采购计划金额', '5.34万元', '基础数据!B20'],
    ]);
    expect(procurement.prior).toBeNull();
    expect(model.totals.before.toFixed(2)).toBe('96.88');
    expect(model.totals.self!.toFixed(2)).toBe('96.88');
    expect(model.totals.system.toFixed(2)).toBe('96.88');
  });

  test('writes 审核得分 / 审核意见 / 审核状态 beside the table, in the header and its repeat', () => {
    expect(cell(after, '评分表', 'J2')).toBe('审核得分');
    expect(cell(after, '评分表', 'K2')).toBe('审核意见');
    expect(cell(after, '评分表', 'L2')).toBe('审核状态');
    expect(cell(after, '评分表', 'J12')).toBe('审核得分');
    expect(cell(after, '评分表', 'J9')).toBe(1.5);
    expect(cell(after, '评分表', 'K9')).toBe('政策功能落实佐证不全，酌情扣分');
    expect(cell(after, '评分表', 'L9')).toBe('已审');
    expect(cell(after, '评分表', 'J23')).toBe(5.5);
    expect(cell(after, '评分表', 'J26')).toBeNull();
    expect(cell(after, '评分表', 'K26')).toBe('个性化指标佐证材料不足');
    expect(cell(after, '评分表', 'L26')).toBe('有异议');
    // accepted as it stands: the score in force is written, without a comment
    expect(cell(after, '评分表', 'J28')).toBe(6);
    expect(cell(after, '评分表', 'L28')).toBe('已审');
    expect(cell(after, '评分表', 'J5')).toBeNull();
  });

  test('the unit’s own cells are unchanged and the workbook still scores 96.88', () => {
    expect(cellsOf(after, '评分表', 9)).toEqual(cellsOf(before, '评分表', 9));
    expect(cellsOf(after, '基础数据')).toEqual(cellsOf(before, '基础数据'));
    expect(plan.changes.filter((c) => c.kind === 'cell' && (c.sheet === '基础数据' || (c.sheet === '评分表' && /^[A-I]\d/.test(c.address))))).toEqual([]);
    const again = analyse(after);
    if (!again.ok) throw new Error(again.message);
    expect(again.analysis.table.sheet).toBe('评分表');
    expect(again.analysis.table.range).toBe('A2:I29');
    expect(again.analysis.scored.total.toFixed(2)).toBe('96.88');
    // the review columns and sheets draw no findings of their own
    expect(again.analysis.warnings).toEqual(analysis.warnings);
    // our own sheets never read as an indicator table
    expect(detectInSheet(sheetOf(after, SUMMARY_SHEET))).toEqual([]);
    expect(detectInSheet(sheetOf(after, HISTORY_SHEET))).toEqual([]);
  });

  test('a comment on every leaf changed or disputed, naming reviewer, date, old → new and reason', () => {
    const comments = plan.changes.filter((c) => c.kind === 'comment');
    expect(comments.map((c) => (c.kind === 'comment' ? c.address : ''))).toEqual(['J9', 'J23', 'J26']);
    const j9 = host.getComment('评分表', 'J9')!;
    expect(j9.author).toBe('王审核');
    expect(j9.text).toContain('审核人：王审核（2025-03-01）');
    expect(j9.text).toContain('得分：1.89 → 1.50');
    expect(j9.text).toContain('意见：政策功能落实佐证不全，酌情扣分');
    expect(host.getComment('评分表', 'J23')!.text).toContain('得分：5.99 → 5.50');
    const j26 = host.getComment('评分表', 'J26')!.text;
    expect(j26).toContain('状态：有异议');
    expect(j26).toContain('得分：24.00（待定）');
    expect(host.getComment('评分表', 'J28')).toBeNull();
    expect(host.getComment('评分表', 'I9')).toBeNull();
  });

  test('the 审核汇总 sheet: each leaf, totals and grade before and after, open disputes', () => {
    expect(cell(after, SUMMARY_SHEET, 'A2')).toBe(SUMMARY_MARKER);
    expect(rowByPath(after, PROCUREMENT).slice(2, 10)).toEqual([2, 1.89, 1.89, 1.5, -0.39, '已审', '政策功能落实佐证不全，酌情扣分', '王审核']);
    expect(rowByPath(after, EXECUTION).slice(3, 7)).toEqual([5.99, 5.99, 5.5, -0.49]);
    expect(rowByPath(after, EFFECT).slice(3, 8)).toEqual([24, 24, null, null, '有异议']);
    expect(rowByPath(after, ['部门决策', '预算编制', '预算编制合理性']).slice(5, 8)).toEqual([null, null, '未审']);
    expect(rowByFirst(after, SUMMARY_SHEET, '总分').slice(0, 4)).toEqual(['总分', 96.88, 96, -0.88]);
    expect(rowByFirst(after, SUMMARY_SHEET, '等级').slice(0, 3)).toEqual(['等级', '优', '优']);
    expect(rowByFirst(after, SUMMARY_SHEET, '部门管理').slice(0, 4)).toEqual(['部门管理', 18.89, 18.5, -0.39]);
    expect(rowByFirst(after, SUMMARY_SHEET, '部门绩效').slice(0, 4)).toEqual(['部门绩效', 57.99, 57.5, -0.49]);
    expect(rowByFirst(after, SUMMARY_SHEET, '未解决异议').slice(0, 2)).toEqual(['未解决异议', 1]);
    expect(rowByFirst(after, SUMMARY_SHEET, '已审').slice(0, 2)).toEqual(['已审', 3]);
    expect(rowByFirst(after, SUMMARY_SHEET, '单位自评总分').slice(0, 2)).toEqual(['单位自评总分', 96.88]);
  });

  test('the history sheet is hidden and records who, when, leaf, old, new, status and reason', () => {
    const sheet = sheetOf(after, HISTORY_SHEET);
    expect(sheet.hidden).toBe(true);
    const history = readHistory(after);
    expect(history.entries.map((e) => [e.batch, e.reviewer, e.date, e.path[2], e.old?.toFixed(2) ?? null, e.new?.toFixed(2) ?? null, e.status, e.reason])).toEqual([
      [1, '王审核', '2025-03-01', '政府采购执行情况', '1.89', '1.50', '已审', '政策功能落实佐证不全，酌情扣分'],
      [1, '王审核', '2025-03-01', '预算执行率', '5.99', '5.50', '已审', '四季度支出进度以未审定数计算'],
      [1, '王审核', '2025-03-01', EFFECT[2], '24.00', null, '有异议', '个性化指标佐证材料不足'],
      [1, '王审核', '2025-03-01', '公众或服务对象满意度', '6.00', '6.00', '已审', ''],
    ]);
  });

  test('readReview sees the review just written', () => {
    const again = analyse(after);
    if (!again.ok) throw new Error(again.message);
    const model = buildReviewModel(again.analysis);
    expect(model.state.columns).toEqual({ score: 9, reason: 10, status: 11 });
    const p = model.leaves.find((l) => l.name === '政府采购执行情况')!;
    expect(p.prior).toEqual({ status: '已审', reviewedScore: new D('1.5'), reason: '政策功能落实佐证不全，酌情扣分' });
    expect(p.current!.toFixed(2)).toBe('1.50');
    expect(model.totals.current.toFixed(2)).toBe('96.00');
    expect(model.openDisputes).toBe(1);
    expect(model.state.problems).toEqual([]);
  });

  test('invertPlan restores every cell, comment and sheet', async () => {
    const copy = await openExample('shenzhen-2024.xlsx');
    const { snapshot: start, analysis: a } = await analysed(copy);
    const p = planReviewWrite(a, FIRST);
    await copy.applyPlan(p);
    await copy.applyPlan(invertPlan(p));
    const restored = await copy.readSnapshot();
    expect(restored.sheets.map((s) => s.name)).toEqual(start.sheets.map((s) => s.name));
    for (const s of start.sheets) expect(cellsOf(restored, s.name)).toEqual(cellsOf(start, s.name));
    expect(copy.getComment('评分表', 'J9')).toBeNull();
    expect(copy.getComment('评分表', 'J26')).toBeNull();
  });
});

describe('a second review', () => {
  test('appends to the history, keeps the first reviewer’s trail and rewrites only our summary', async () => {
    const host = await openExample('shenzhen-2024.xlsx');
    const first = await analysed(host);
    await host.applyPlan(planReviewWrite(first.analysis, FIRST));
    const { snapshot: mid, analysis } = await analysed(host);
    const firstComment = host.getComment('评分表', 'J26')!.text;
    const plan = planReviewWrite(analysis, {
      reviewer: '李复核',
      date: '2025-03-15',
      entries: [{ path: EFFECT, status: '已审', reviewedScore: new D(22), reason: '两项个性化指标未达成，各扣1分' }],
    });
    expect(plan.changes.filter((c) => c.kind === 'add-sheet')).toEqual([]);
    const comment = plan.changes.find((c) => c.kind === 'comment');
    expect(comment).toMatchObject({ address: 'J26', author: '李复核', previous: firstComment });
    await host.applyPlan(plan);
    const after = await host.readSnapshot();

    const history = readHistory(after);
    expect(history.entries).toHaveLength(5);
    expect(history.entries.slice(0, 4)).toEqual(readHistory(mid).entries);
    expect(history.entries[4]).toMatchObject({ batch: 2, reviewer: '李复核', date: '2025-03-15', status: '已审', reason: '两项个性化指标未达成，各扣1分' });
    expect(history.entries[4].old!.toFixed(2)).toBe('24.00');
    expect(history.entries[4].new!.toFixed(2)).toBe('22.00');

    const text = host.getComment('评分表', 'J26')!.text;
    expect(text).toContain('审核人：李复核（2025-03-15）');
    expect(text).toContain('得分：24.00 → 22.00');
    expect(text).toContain('此前审核：');
    expect(text).toContain('王审核（2025-03-01）有异议 待定：个性化指标佐证材料不足');

    // the first reviewer's columns stay; the summary carries both reviewers' work
    expect(cell(after, '评分表', 'J9')).toBe(1.5);
    expect(cell(after, '评分表', 'J26')).toBe(22);
    expect(cell(after, '评分表', 'L26')).toBe('已审');
    expect(rowByPath(after, PROCUREMENT)[9]).toBe('王审核');
    expect(rowByPath(after, EFFECT).slice(5, 10)).toEqual([22, -2, '已审', '两项个性化指标未达成，各扣1分', '李复核']);
    expect(rowByFirst(after, SUMMARY_SHEET, '总分').slice(0, 4)).toEqual(['总分', 96.88, 94, -2.88]);
    expect(rowByFirst(after, SUMMARY_SHEET, '未解决异议')[1]).toBe(0);
    expect(cell(after, SUMMARY_SHEET, 'B4')).toBe('李复核');
    expect(after.sheets.filter((s) => s.name.startsWith(SUMMARY_SHEET)).map((s) => s.name)).toEqual([SUMMARY_SHEET]);

    // undoing the second review puts the first one back exactly
    await host.applyPlan(invertPlan(plan));
    const back = await host.readSnapshot();
    for (const s of mid.sheets) expect(cellsOf(back, s.name)).toEqual(cellsOf(mid, s.name));
    expect(host.getComment('评分表', 'J26')!.text).toBe(firstComment);
  });
});

describe('what the review refuses or works around', () => {
  let analysis: Analysis;
  beforeAll(async () => {
    ({ analysis } = await analysed(await openExample('shenzhen-2024.xlsx')));
  });

  const one = (entry: ReviewInput['entries'][number], reviewer = '王审核'): ReviewInput => ({ reviewer, date: '2025-03-01', entries: [entry] });

  test('a reviewed score above the leaf’s points or below 0, in Chinese, naming the cell', () => {
    expect(() => planReviewWrite(analysis, one({ path: PROCUREMENT, status: '已审', reviewedScore: new D('2.5'), reason: '多给' }))).toThrow(ReviewError);
    expect(checkReview(analysis, one({ path: PROCUREMENT, status: '已审', reviewedScore: new D('2.5'), reason: '多给' }))).toEqual([
      '评分表!I9「政府采购执行情况」：审核得分 2.50 高于该项分值 2.00，不能采用。',
    ]);
    expect(checkReview(analysis, one({ path: PROCUREMENT, status: '已审', reviewedScore: new D('-0.5'), reason: '倒扣' }))).toEqual([
      '评分表!I9「政府采购执行情况」：审核得分 -0.50 低于 0，不能采用。',
    ]);
    expect(checkReview(analysis, one({ path: PROCUREMENT, status: '已审', reviewedScore: new D(2), reason: '满分' }))).toEqual([]);
  });

  test('a change or a dispute needs a reason; reviewer, date and leaf must be known', () => {
    expect(checkReview(analysis, one({ path: PROCUREMENT, status: '已审', reviewedScore: new D(1) }))).toEqual(['评分表!I9「政府采购执行情况」：调整得分时须填写审核意见。']);
    expect(checkReview(analysis, one({ path: EFFECT, status: '有异议' }))).toEqual([`评分表!I26「${EFFECT[2]}」：提出异议时须填写审核意见。`]);
    expect(checkReview(analysis, one({ path: ['部门管理', '不存在的指标'], status: '已审' }))).toEqual(['指标表 评分表（A2:I29）中找不到指标「部门管理 / 不存在的指标」。']);
    expect(checkReview(analysis, one({ path: SATISFACTION, status: '已审' }, ' '))).toEqual(['请填写审核人姓名。']);
    expect(checkReview(analysis, { reviewer: '王审核', date: '', entries: [] })).toEqual(['请填写审核日期。']);
  });

  test('never writes a cell the user typed: the review columns move past a typed note', () => {
    const snapshot: WorkbookSnapshot = JSON.parse(JSON.stringify(analysis.snapshot));
    const sheet = sheetOf(snapshot, '评分表');
    sheet.values[8][9] = '单位备注：采购材料另附';
    const result = analyse(snapshot);
    if (!result.ok) throw new Error(result.message);
    const plan = planReviewWrite(result.analysis, one({ path: PROCUREMENT, status: '已审', reviewedScore: new D('1.5'), reason: '佐证不全' }));
    const cells = plan.changes.filter((c) => c.kind === 'cell' && c.sheet === '评分表').map((c) => (c.kind === 'cell' ? `${c.address}=${c.value}` : ''));
    expect(cells).toEqual(['K2=审核得分', 'L2=审核意见', 'M2=审核状态', 'K12=审核得分', 'L12=审核意见', 'M12=审核状态', 'K9=1.5', 'L9=佐证不全', 'M9=已审']);
  });

  test('a user’s own 审核汇总 sheet is left alone; ours goes beside it', () => {
    const snapshot: WorkbookSnapshot = JSON.parse(JSON.stringify(analysis.snapshot));
    snapshot.sheets.push({ name: '审核汇总', values: [['我自己的审核汇总'], ['不要覆盖']] });
    const result = analyse(snapshot);
    if (!result.ok) throw new Error(result.message);
    const plan = planReviewWrite(result.analysis, one({ path: SATISFACTION, status: '已审' }));
    expect(plan.changes.filter((c) => c.kind === 'cell' && c.sheet === '审核汇总')).toEqual([]);
    expect(plan.changes.filter((c) => c.kind === 'add-sheet').map((c) => c.sheet)).toEqual(['审核汇总2', HISTORY_SHEET]);
  });

  test('unreadable text in our review column is reported, not fatal', () => {
    const snapshot: WorkbookSnapshot = JSON.parse(JSON.stringify(analysis.snapshot));
    const sheet = sheetOf(snapshot, '评分表');
    sheet.values[1][9] = '审核得分';
    sheet.values[1][11] = '审核状态';
    sheet.values[8][9] = '一点五';
    sheet.values[8][11] = '通过';
    const result = analyse(snapshot);
    if (!result.ok) throw new Error(result.message);
    const model = buildReviewModel(result.analysis);
    expect(model.state.problems.map((p) => p.message)).toEqual([
      '评分表!J9 的审核得分“一点五”不是数字，已按未审处理。',
      '评分表!L9 的审核状态“通过”无法识别（应为未审、已审或有异议），已按未审处理。',
    ]);
    expect(model.leaves.find((l) => l.name === '政府采购执行情况')!.current!.toFixed(2)).toBe('1.89');
  });
});

describe('review and scoring in the same workbook', () => {
  test('the review columns go past 系统评分 / 得分说明 / 检查提示, and scoring again leaves them alone', async () => {
    const host = await openExample('shenzhen-2024.xlsx');
    const scored = await analysed(host);
    await host.applyPlan(planScoreWrite(scored.analysis, { formulas: false }));
    const { analysis } = await analysed(host);
    const own = [analysis.table.columns.ownScore, analysis.table.columns.ownExplain, analysis.table.columns.ownNotes];
    expect(own).toEqual([9, 10, 11]);
    await host.applyPlan(planReviewWrite(analysis, FIRST));
    const reviewed = await host.readSnapshot();
    expect([cell(reviewed, '评分表', 'M2'), cell(reviewed, '评分表', 'N2'), cell(reviewed, '评分表', 'O2')]).toEqual(['审核得分', '审核意见', '审核状态']);
    expect(cell(reviewed, '评分表', 'M9')).toBe(1.5);

    const again = analyse(reviewed);
    if (!again.ok) throw new Error(again.message);
    const rescore = planScoreWrite(again.analysis, { formulas: false });
    expect(rescore.changes.filter((c) => c.kind === 'cell' && c.sheet === '评分表' && /^[MNO]\d+$/.test(c.address))).toEqual([]);
    await host.applyPlan(rescore);
    const after = await host.readSnapshot();
    const model = buildReviewModel((analyse(after) as { ok: true; analysis: Analysis }).analysis);
    expect(model.totals.current.toFixed(2)).toBe('96.00');
    expect(model.state.columns).toEqual({ score: 12, reason: 13, status: 14 });
  });
});

describe('the other example layouts', () => {
  test('national form: the funds-block leaf gets its review cells and a header above it', async () => {
    const host = await openExample('national-project.xlsx');
    const { snapshot: before, analysis } = await analysed(host);
    const model = buildReviewModel(analysis);
    const execution = model.leaves.find((l) => l.scoreCell === 'H6')!;
    const literacy = model.leaves.find((l) => l.name === '青少年科学素养')!;
    const plan = planReviewWrite(analysis, {
      reviewer: '王审核',
      date: '2025-03-01',
      entries: [
        { path: execution.path, status: '已审' },
        { path: literacy.path, status: '有异议', reviewedScore: new D(10), reason: '前后测评估未开展' },
      ],
    });
    await host.applyPlan(plan);
    const after = await host.readSnapshot();
    const sheet = analysis.table.sheet;
    expect([cell(after, sheet, 'I5'), cell(after, sheet, 'I12'), cell(after, sheet, 'J12'), cell(after, sheet, 'K12')]).toEqual(['审核得分', '审核得分', '审核意见', '审核状态']);
    expect([cell(after, sheet, 'I6'), cell(after, sheet, 'K6')]).toEqual([Number(execution.current!.toFixed(2)), '已审']);
    expect([cell(after, sheet, 'I18'), cell(after, sheet, 'J18'), cell(after, sheet, 'K18')]).toEqual([10, '前后测评估未开展', '有异议']);
    expect(cellsOf(after, sheet, 8)).toEqual(cellsOf(before, sheet, 8));
    expect(host.getComment(sheet, 'I18')!.text).toContain(`得分：${literacy.current!.toFixed(2)} → 10.00`);
  });

  test('Guangzhou 表5: columns beside E, headers in the header and its repeat', async () => {
    const host = await openExample('guangzhou-2023.xlsx');
    const { snapshot: before, analysis } = await analysed(host);
    const plan = planReviewWrite(analysis, {
      reviewer: '王审核',
      date: '2025-03-01',
      entries: [{ path: ['管理效率', '采购管理', '合同备案时效性'], status: '已审', reviewedScore: new D('0.5'), reason: '部分合同已备案' }],
    });
    await host.applyPlan(plan);
    const after = await host.readSnapshot();
    expect([cell(after, '表5', 'F2'), cell(after, '表5', 'F18'), cell(after, '表5', 'F22'), cell(after, '表5', 'H22')]).toEqual(['审核得分', '审核得分', 0.5, '已审']);
    expect(cellsOf(after, '表5', 5)).toEqual(cellsOf(before, '表5', 5));
    expect(rowByFirst(after, SUMMARY_SHEET, '总分').slice(0, 4)).toEqual(['总分', 95.82, 96.32, 0.5]);
  });
});
