/**
 * The same review plan through the Excel and WPS adapters over their strict fakes: one batch in,
 * the columns, remarks (cell notes in both), summary and hidden history land, and the inverse plan
 * restores it all.
 */
import { D } from '../../src/engine/decimal';
import { analyse } from '../../src/workbook/analyse/analyse';
import type { WorkbookPort } from '../../src/workbook/port';
import { HISTORY_SHEET, SUMMARY_SHEET, planReviewWrite, type ReviewInput } from '../../src/workbook/review';
import { invertPlan } from '../../src/workbook/plan/undo';
import type { FakeWorkbookData } from '../fakes/office/model';
import * as excel from '../excel/helpers';
import * as wps from '../wps/helpers';

const REVIEW: ReviewInput = {
  reviewer: '王审核',
  date: '2025-03-01',
  entries: [
    { path: ['部门管理', '资金管理', '政府采购执行情况'], status: '已审', reviewedScore: new D('1.5'), reason: '政策功能落实佐证不全' },
    { path: ['部门绩效', '效率性', '预算执行率'], status: '已审', reviewedScore: new D('5.5'), reason: '四季度进度按未审定数' },
    { path: ['部门绩效', '效果性', '社会效益、经济效益、生态效益及持续影响等'], status: '有异议', reason: '个性化指标佐证不足' },
  ],
};

function plainCells(data: FakeWorkbookData): Record<string, Record<string, unknown>> {
  // formatting of our own cells stays after an undo (the port keeps no previous style); values must not
  return Object.fromEntries(
    data.sheets.map((s) => [s.name, Object.fromEntries(Object.entries(s.cells).filter(([, c]) => c.v !== undefined || c.f !== undefined).map(([k, c]) => [k, c.v ?? null]))]),
  );
}

async function reviewThrough(port: WorkbookPort, data: FakeWorkbookData): Promise<void> {
  const before = JSON.parse(JSON.stringify(data)) as FakeWorkbookData;
  const result = analyse(await port.readSnapshot());
  if (!result.ok) throw new Error(result.message);
  const plan = planReviewWrite(result.analysis, REVIEW);
  await port.applyPlan(plan);

  const table = data.sheets.find((s) => s.name === '评分表')!;
  expect([table.cells.J2?.v, table.cells.K2?.v, table.cells.L2?.v]).toEqual(['审核得分', '审核意见', '审核状态']);
  expect([table.cells.J9?.v, table.cells.K9?.v, table.cells.L9?.v]).toEqual([1.5, '政策功能落实佐证不全', '已审']);
  expect([table.cells.J26?.v, table.cells.L26?.v]).toEqual([undefined, '有异议']);
  // a remark is a note in both hosts (what the other hosts and the file keep), never a threaded comment
  expect(Object.keys(table.notes).sort()).toEqual(['J23', 'J26', 'J9']);
  expect(table.comments).toEqual({});
  expect(table.notes.J9.content).toMatch(/^王审核:\n/);
  expect(table.notes.J9.content).toContain('得分：1.89 → 1.50');
  expect(data.sheets.find((s) => s.name === HISTORY_SHEET)!.visibility).toBe('Hidden');
  const summary = data.sheets.find((s) => s.name === SUMMARY_SHEET)!;
  expect(summary.visibility).toBe('Visible');
  // the review date stays the text typed (Excel would make 2025-03-01 a date serial, 45717, if let)
  const dated = Object.entries(summary.cells).filter(([, c]) => c.v === '2025-03-01' || c.v === 45717);
  expect(dated.map(([, c]) => c.v)).toEqual(['2025-03-01']);
  // the unit's own cells are as they were
  for (const [key, cell] of Object.entries(before.sheets.find((s) => s.name === '评分表')!.cells)) expect(table.cells[key]?.v).toBe(cell.v);

  // a second reviewer replaces a comment through the host's own comment API
  const second = analyse(await port.readSnapshot());
  if (!second.ok) throw new Error(second.message);
  const plan2 = planReviewWrite(second.analysis, {
    reviewer: '李复核',
    date: '2025-03-15',
    entries: [{ path: REVIEW.entries[2].path, status: '已审', reviewedScore: new D(22), reason: '两项指标未达成' }],
  });
  await port.applyPlan(plan2);
  expect(table.notes.J26.content).toContain('李复核（2025-03-15）');
  expect(table.notes.J26.content).toContain('王审核（2025-03-01）有异议');

  await port.applyPlan(invertPlan(plan2));
  await port.applyPlan(invertPlan(plan));
  expect(data.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  expect(plainCells(data)).toEqual(plainCells(before));
  expect(table.notes).toEqual({});
  expect(table.comments).toEqual({});
  for (const key of ['J2', 'K2', 'L2', 'J9']) expect(table.cells[key]?.fill).toBeUndefined();
}

describe('review plans through the host adapters', () => {
  test('Excel (Office.js fake)', async () => {
    const data = await excel.exampleWorkbook('shenzhen-2024.xlsx');
    const { port } = excel.portOver(data);
    await reviewThrough(port, data);
  });

  test('WPS (ET object model fake)', async () => {
    const data = await wps.exampleWorkbook('shenzhen-2024.xlsx');
    const { port } = wps.portOver(data);
    await reviewThrough(port, data);
  });
});
