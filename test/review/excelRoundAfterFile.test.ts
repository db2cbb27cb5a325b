/**
 * A second review round in Excel over a workbook the command line reviewed first: the file host writes
 * its remarks as cell notes, so Excel must find them as notes (not threaded comments), keep the first
 * round's history, write its own remarks as notes beside them, and undo back to the first round.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { D } from '../../src/engine/decimal';
import { analyse } from '../../src/workbook/analyse/analyse';
import { FileHost } from '../../src/hosts/file';
import { planReviewWrite, readHistory, type ReviewInput } from '../../src/workbook/review';
import { invertPlan } from '../../src/workbook/plan/undo';
import { fakeWorkbookFromExcelJs } from '../fakes/office/fromXlsx';
import type { FakeWorkbookData } from '../fakes/office/model';
import { EXAMPLES, portOver } from '../excel/helpers';

const PROCUREMENT = ['部门管理', '资金管理', '政府采购执行情况'];
const EFFECT = ['部门绩效', '效果性', '社会效益、经济效益、生态效益及持续影响等'];
const FIRST: ReviewInput = {
  reviewer: '王审核',
  date: '2025-03-01',
  entries: [
    { path: PROCUREMENT, status: '已审', reviewedScore: new D('1.5'), reason: '政策功能落实佐证不全' },
    // a dispute with a proposed score: ExcelJS (this test's loader) drops a note on an empty cell on load
    { path: EFFECT, status: '有异议', reviewedScore: new D(23), reason: '个性化指标佐证不足' },
  ],
};
const SECOND: ReviewInput = {
  reviewer: '李复核',
  date: '2025-03-15',
  entries: [{ path: EFFECT, status: '已审', reviewedScore: new D(22), reason: '两项指标未达成' }],
};

/** The first round as `perfscore` does it: the file host over the example's bytes, saved and reopened by Excel. */
async function reviewedByCommandLine(): Promise<FakeWorkbookData> {
  const file = await FileHost.fromBuffer(fs.readFileSync(path.join(EXAMPLES, 'shenzhen-2024.xlsx')), 'shenzhen-2024.xlsx');
  const result = analyse(await file.readSnapshot());
  if (!result.ok) throw new Error(result.message);
  await file.applyPlan(planReviewWrite(result.analysis, FIRST));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await file.toBuffer()) as unknown as ArrayBuffer);
  return fakeWorkbookFromExcelJs(wb, 'shenzhen-2024.xlsx');
}

describe('a review round in Excel after one on the command line', () => {
  test('finds the first round as notes and history, adds its own notes, and undoes back to the first round', async () => {
    const data = await reviewedByCommandLine();
    const table = data.sheets.find((s) => s.name === '评分表')!;
    // what the file holds for Excel: notes on the 审核得分 cells, no threaded comment
    expect(Object.keys(table.notes).sort()).toEqual(['J26', 'J9']);
    expect(table.comments).toEqual({});
    const firstRound = JSON.parse(JSON.stringify(table.notes)) as typeof table.notes;
    expect(firstRound.J26.content).toMatch(/^王审核:\n/);

    const { port, host } = portOver(data);
    const snapshot = await port.readSnapshot();
    expect(readHistory(snapshot).entries.map((e) => [e.reviewer, e.cell, e.status])).toEqual([
      ['王审核', 'J9', '已审'],
      ['王审核', 'J26', '有异议'],
    ]);
    const result = analyse(snapshot);
    if (!result.ok) throw new Error(result.message);
    const plan = planReviewWrite(result.analysis, SECOND);
    const remark = plan.changes.find((c) => c.kind === 'comment');
    // the plan knows the first round's remark on J26: the second one replaces it, it does not stack a new one
    expect(remark).toMatchObject({ address: 'J26', previous: firstRound.J26.content.replace(/^王审核:\n/, ''), previousAuthor: '王审核' });

    const written = await port.applyPlan(plan);
    expect(written.skipped).toEqual([]);
    expect(Object.keys(table.notes).sort()).toEqual(['J26', 'J9']);
    expect(table.comments).toEqual({});
    expect(table.notes.J9).toEqual(firstRound.J9);
    expect(table.notes.J26.content).toMatch(/^李复核:\n/);
    expect(table.notes.J26.content).toContain('李复核（2025-03-15）');
    expect(table.notes.J26.content).toContain('王审核（2025-03-01）有异议');
    expect(readHistory(await port.readSnapshot()).entries.map((e) => e.reviewer)).toEqual(['王审核', '王审核', '李复核']);

    await port.applyPlan(invertPlan(plan));
    expect(table.notes).toEqual(firstRound);
    expect(table.comments).toEqual({});
    expect(readHistory(await port.readSnapshot()).entries.map((e) => e.reviewer)).toEqual(['王审核', '王审核']);
    expect(host.data.sheets.map((s) => s.name)).toEqual(data.sheets.map((s) => s.name));
  });

  test('a note someone else put on a remark cell is left alone and named', async () => {
    const data = await reviewedByCommandLine();
    const table = data.sheets.find((s) => s.name === '评分表')!;
    table.notes.J26 = { content: '张三:\n请补充佐证', author: '张三' };
    const { port } = portOver(data);
    const result = analyse(await port.readSnapshot());
    if (!result.ok) throw new Error(result.message);
    const written = await port.applyPlan(planReviewWrite(result.analysis, SECOND));
    expect(table.notes.J26.content).toBe('张三:\n请补充佐证');
    expect(written.skipped).toEqual(['1 条批注未写入：评分表!J26 已有别人写的备注或批注，未覆盖。']);
  });

  test('an earlier threaded comment of ours on a remark cell becomes a note, since a cell holds one or the other', async () => {
    const data = await reviewedByCommandLine();
    const table = data.sheets.find((s) => s.name === '评分表')!;
    const body = table.notes.J26.content.replace(/^王审核:\n/, '');
    delete table.notes.J26;
    table.comments.J26 = { content: body, author: '王审核' };
    const { port, host } = portOver(data);
    const result = analyse(await port.readSnapshot());
    if (!result.ok) throw new Error(result.message);
    const before = host.syncCount;
    await port.applyPlan(planReviewWrite(result.analysis, SECOND));
    expect(host.syncCount - before).toBe(3); // notes looked at, the comment's cell located, the write
    expect(table.comments).toEqual({});
    expect(table.notes.J26.content).toMatch(/^李复核:\n[\s\S]*王审核（2025-03-01）有异议/);
  });

  test('where notes are missing (ExcelApi 1.17) the remark is left out with a note; the review is written', async () => {
    const data = await reviewedByCommandLine();
    const table = data.sheets.find((s) => s.name === '评分表')!;
    const firstRound = JSON.parse(JSON.stringify(table.notes)) as typeof table.notes;
    const { port } = portOver(data, { apiVersion: '1.17' });
    const result = analyse(await port.readSnapshot());
    if (!result.ok) throw new Error(result.message);
    const written = await port.applyPlan(planReviewWrite(result.analysis, SECOND));
    expect(written.skipped).toEqual(['1 条批注未写入：当前 Excel 不支持备注接口（需要 ExcelApi 1.18），评分与说明已照常写入。']);
    expect(table.notes).toEqual(firstRound);
    expect(table.comments).toEqual({});
    expect(table.cells.L26?.v).toBe('已审');
  });
});
