import { verifyPlan, sameContent } from '../../src/workbook/plan/verifyPlan';
import { applyToSnapshot } from '../../src/workbook/plan/applyToSnapshot';
import { analyse } from '../../src/workbook/analyse/analyse';
import { planScoreWrite } from '../../src/workbook/plan/planScores';
import type { CellValue, Change, WorkbookSnapshot, WritePlan } from '../../src/workbook/port';
import { sheet, shenzhenSnapshot } from './fixtures';

const EMPTY = { value: null, formula: null };

/** 评分表: A1 text, B1 a number, B2 a formula over it; J column empty. */
function workbook(): WorkbookSnapshot {
  return {
    sheets: [
      { ...sheet('评分表', [['指标', 5, null], [null, 10, null]]), formulas: [[null, null, null], [null, '=B1*2', null]] },
      sheet('基础数据', [['项目', '数值']]),
    ],
  };
}

const cell = (address: string, value: CellValue, previous: { value: CellValue; formula: string | null } = EMPTY, extra: { formula?: string; sheet?: string } = {}): Change => ({
  kind: 'cell',
  sheet: extra.sheet ?? '评分表',
  address,
  value,
  ...(extra.formula ? { formula: extra.formula } : {}),
  previous,
});

describe('verifyPlan', () => {
  test('a clean plan passes whole: every change is ok, no conflicts', () => {
    const plan: WritePlan = {
      title: '写入评分结果',
      changes: [
        cell('C1', 1.89),
        cell('B1', 6, { value: 5, formula: null }),
        cell('B2', 12, { value: 10, formula: '=B1*2' }, { formula: '=B1*2.4' }),
        { kind: 'add-sheet', sheet: '检查结果' },
        cell('A1', '检查结果', EMPTY, { sheet: '检查结果' }),
        { kind: 'comment', sheet: '评分表', address: 'C1', text: '说明', author: 'PerfScore', previous: null },
        { kind: 'column-width', sheet: '评分表', column: 2, width: 10 },
      ],
    };
    expect(verifyPlan(workbook(), plan)).toEqual({ ok: plan.changes, conflicts: [] });
  });

  test('a value typed since the snapshot is a conflict, and only that change is held back', () => {
    const now = workbook();
    now.sheets[0].values[0][2] = '待核实';
    now.sheets[0].values[0][1] = 7;
    const plan: WritePlan = { title: 't', changes: [cell('C1', 1.89), cell('B1', 6, { value: 5, formula: null }), cell('C2', 3)] };
    const { ok, conflicts } = verifyPlan(now, plan);
    expect(conflicts).toEqual([
      { kind: 'cell', sheet: '评分表', address: 'C1', expected: EMPTY, found: { value: '待核实', formula: null } },
      { kind: 'cell', sheet: '评分表', address: 'B1', expected: { value: 5, formula: null }, found: { value: 7, formula: null } },
    ]);
    expect(ok).toEqual([plan.changes[2]]);
  });

  test('a formula: changed text is a conflict; the same formula with a new result is not; a formula over a constant is', () => {
    const changed = workbook();
    changed.sheets[0].formulas![1][1] = '=B1*3';
    changed.sheets[0].values[1][1] = 15;
    const plan: WritePlan = { title: 't', changes: [cell('B2', 12, { value: 10, formula: '=B1*2' })] };
    expect(verifyPlan(changed, plan).conflicts).toEqual([
      { kind: 'cell', sheet: '评分表', address: 'B2', expected: { value: 10, formula: '=B1*2' }, found: { value: 15, formula: '=B1*3' } },
    ]);

    // B1 edited, so B2 recalculated: its formula is what the plan expects, so it may be written
    const recalculated = workbook();
    recalculated.sheets[0].values[0][1] = 6;
    recalculated.sheets[0].values[1][1] = 12;
    expect(verifyPlan(recalculated, { title: 't', changes: [cell('B2', 1, { value: 10, formula: '=b1 * 2' })] }).conflicts).toEqual([]);

    // the user replaced an empty cell by a formula
    const typed = workbook();
    typed.sheets[0].values[0][2] = 5;
    typed.sheets[0].formulas![0][2] = '=B1';
    expect(verifyPlan(typed, { title: 't', changes: [cell('C1', 1.89)] }).conflicts).toEqual([
      { kind: 'cell', sheet: '评分表', address: 'C1', expected: EMPTY, found: { value: 5, formula: '=B1' } },
    ]);
  });

  test('a sheet the plan adds that exists by now is a conflict', () => {
    const now = workbook();
    now.sheets.push(sheet('检查结果', [['我的笔记']]));
    const plan: WritePlan = { title: 't', changes: [{ kind: 'add-sheet', sheet: '检查结果' }, cell('A1', '检查结果', EMPTY, { sheet: '检查结果' })] };
    expect(verifyPlan(now, plan).conflicts).toEqual([
      { kind: 'sheet', sheet: '检查结果', address: null, expected: null, found: null },
      { kind: 'cell', sheet: '检查结果', address: 'A1', expected: EMPTY, found: { value: '我的笔记', formula: null } },
    ]);
  });

  test('a cell on a sheet that is gone is a conflict; deleting a sheet that is gone is dropped', () => {
    const now: WorkbookSnapshot = { sheets: [sheet('基础数据', [['项目', '数值']])] };
    const plan: WritePlan = { title: 't', changes: [cell('B1', 5, { value: 6, formula: null }), { kind: 'delete-sheet', sheet: '检查结果' }] };
    expect(verifyPlan(now, plan)).toEqual({
      ok: [],
      conflicts: [{ kind: 'cell', sheet: '评分表', address: 'B1', expected: { value: 6, formula: null }, found: null }],
    });
  });

  test('what a host makes of written text counts as the same: numbers, percentages, dates, TRUE, the text prefix', () => {
    const same = (expected: string, found: number | boolean | string) => sameContent({ value: expected, formula: null }, { value: found, formula: null });
    expect(same('1.50', 1.5)).toBe(true);
    expect(same('98.70%', 0.987)).toBe(true);
    expect(same('2025-03-01', 45717)).toBe(true);
    expect(same('true', true)).toBe(true);
    expect(same("'=不是公式", '=不是公式')).toBe(true);
    expect(same(' 已审 ', '已审')).toBe(true);
    expect(same('1.50', 1.51)).toBe(false);
    expect(same('2025-03-01', 45718)).toBe(false);
    expect(same('已审', '有异议')).toBe(false);
    expect(sameContent({ value: null, formula: null }, { value: '', formula: null })).toBe(true);
    expect(sameContent({ value: 0, formula: null }, { value: null, formula: null })).toBe(false);
  });

  test('a real score plan over the shenzhen table: clean against its own snapshot; the score cell named once the user types there', () => {
    const snapshot = shenzhenSnapshot();
    const result = analyse(snapshot);
    if (!result.ok) throw new Error(result.message);
    const plan = planScoreWrite(result.analysis, { formulas: false });
    expect(verifyPlan(snapshot, plan).conflicts).toEqual([]);
    // the computed score of 政府采购执行情况 goes into an empty cell of 评分表
    const target = plan.changes.find((c) => c.kind === 'cell' && c.sheet === '评分表' && c.value === 1.89);
    if (!target || target.kind !== 'cell') throw new Error('no 1.89 in the plan');
    expect(target.previous).toEqual(EMPTY);
    const typed = applyToSnapshot(snapshot, { title: '用户输入', changes: [cell(target.address, '见附件', EMPTY)] });
    const { ok, conflicts } = verifyPlan(typed, plan);
    expect(conflicts).toEqual([{ kind: 'cell', sheet: '评分表', address: target.address, expected: EMPTY, found: { value: '见附件', formula: null } }]);
    expect(ok).toHaveLength(plan.changes.length - 1);
  });
});
