import { checkedUndo, invertPlan } from '../../src/workbook/plan/undo';
import { applyToSnapshot } from '../../src/workbook/plan/applyToSnapshot';
import type { WorkbookSnapshot, WritePlan } from '../../src/workbook/port';
import { sheet } from './fixtures';

const EMPTY = { value: null, formula: null };

const before: WorkbookSnapshot = { sheets: [sheet('评分表', [['指标', '得分'], ['预算执行率', 5.99]])] };

const write: WritePlan = {
  title: '写入评分结果',
  changes: [
    { kind: 'cell', sheet: '评分表', address: 'C1', value: '系统评分', previous: EMPTY },
    { kind: 'cell', sheet: '评分表', address: 'C2', value: 5.5, formula: '=B2-0.49', previous: EMPTY },
    { kind: 'add-sheet', sheet: '检查结果' },
    { kind: 'cell', sheet: '检查结果', address: 'A1', value: '检查结果（绩效评分助手生成）', previous: EMPTY },
    { kind: 'cell', sheet: '检查结果', address: 'A2', value: '1.50', previous: EMPTY },
    { kind: 'comment', sheet: '评分表', address: 'C2', text: '说明', author: 'PerfScore', previous: null },
  ],
};

describe('checkedUndo', () => {
  test('nothing touched since the write: the whole inverse plan, nothing kept', () => {
    const after = applyToSnapshot(before, write);
    const { plan, kept } = checkedUndo(after, write);
    expect(plan).toEqual(invertPlan(write));
    expect(kept).toEqual([]);
    expect(applyToSnapshot(after, plan)).toEqual(before);
  });

  test('a written cell edited since is kept and named; the others are restored', () => {
    const after = applyToSnapshot(before, write);
    const edited = applyToSnapshot(after, { title: '用户修改', changes: [{ kind: 'cell', sheet: '评分表', address: 'C1', value: '复核得分', previous: EMPTY }] });
    const { plan, kept } = checkedUndo(edited, write);
    expect(kept).toEqual([{ kind: 'cell', sheet: '评分表', address: 'C1', expected: { value: '系统评分', formula: null }, found: { value: '复核得分', formula: null } }]);
    expect(plan.changes.some((c) => c.kind === 'cell' && c.address === 'C1')).toBe(false);
    const restored = applyToSnapshot(edited, plan);
    expect(restored.sheets.map((s) => s.name)).toEqual(['评分表']);
    expect(restored.sheets[0].values).toEqual([['指标', '得分', '复核得分'], ['预算执行率', 5.99, null]]);
  });

  test('a sheet the write added stays when the user wrote on it: our cells on it are cleared, theirs kept', () => {
    const after = applyToSnapshot(before, write);
    const noted = applyToSnapshot(after, { title: '用户备注', changes: [{ kind: 'cell', sheet: '检查结果', address: 'B3', value: '已转整改', previous: EMPTY }] });
    const { plan, kept } = checkedUndo(noted, write);
    expect(kept).toEqual([{ kind: 'cell', sheet: '检查结果', address: 'B3', expected: EMPTY, found: { value: '已转整改', formula: null } }]);
    expect(plan.changes.some((c) => c.kind === 'delete-sheet')).toBe(false);
    const restored = applyToSnapshot(noted, plan);
    expect(restored.sheets.find((s) => s.name === '检查结果')?.values).toEqual([
      [null, null],
      [null, null],
      [null, '已转整改'],
    ]);
    expect(restored.sheets[0]).toEqual(before.sheets[0]);
  });

  test('what the host stored for written text (1.50 as a number) still counts as ours', () => {
    const after = applyToSnapshot(before, write);
    after.sheets[1].values[1][0] = 1.5;
    const { plan, kept } = checkedUndo(after, write);
    expect(kept).toEqual([]);
    expect(plan.changes).toContainEqual({ kind: 'delete-sheet', sheet: '检查结果' });
  });

  test('a sheet the write added and the user deleted: nothing to delete, nothing kept', () => {
    const after = applyToSnapshot(before, write);
    after.sheets.splice(1, 1);
    const { plan, kept } = checkedUndo(after, write);
    expect(kept).toEqual([]);
    expect(plan.changes.some((c) => c.kind === 'delete-sheet')).toBe(false);
    expect(applyToSnapshot(after, plan)).toEqual(before);
  });
});
