import { invertPlan } from '../../src/workbook/plan/undo';
import { applyToSnapshot } from '../../src/workbook/plan/applyToSnapshot';
import type { WritePlan } from '../../src/workbook/port';
import { sheet } from './fixtures';

describe('invertPlan', () => {
  const snap = {
    sheets: [{ ...sheet('S', [['a', 1], [null, 2]]), formulas: [[null, null], [null, '=B1+1']] }],
  };
  const plan: WritePlan = {
    title: '写入评分结果',
    changes: [
      { kind: 'cell', sheet: 'S', address: 'A2', value: 5, formula: '=B1*5', previous: { value: null, formula: null } },
      { kind: 'cell', sheet: 'S', address: 'B2', value: 9, previous: { value: 2, formula: '=B1+1' } },
      { kind: 'add-sheet', sheet: 'T' },
      { kind: 'cell', sheet: 'T', address: 'A1', value: 'x', previous: { value: null, formula: null } },
      { kind: 'comment', sheet: 'S', address: 'A1', text: '新批注', author: 'PerfScore', previous: '旧批注' },
      { kind: 'comment', sheet: 'S', address: 'B1', text: '批注', author: 'PerfScore', previous: null },
    ],
  };

  test('restores values and formulas, deletes added sheets, restores comments, in reverse order', () => {
    const inv = invertPlan(plan);
    expect(inv.title).toBe('撤销：写入评分结果');
    expect(inv.changes).toEqual([
      { kind: 'comment', sheet: 'S', address: 'B1', text: '', author: 'PerfScore', previous: '批注' },
      { kind: 'comment', sheet: 'S', address: 'A1', text: '旧批注', author: 'PerfScore', previous: '新批注' },
      { kind: 'delete-sheet', sheet: 'T' },
      { kind: 'cell', sheet: 'S', address: 'B2', value: 2, formula: '=B1+1', previous: { value: 9, formula: null } },
      { kind: 'cell', sheet: 'S', address: 'A2', value: null, previous: { value: 5, formula: '=B1*5' } },
    ]);
  });

  test('apply then undo gives back the snapshot', () => {
    const after = applyToSnapshot(snap, plan);
    expect(after.sheets.map((s) => s.name)).toEqual(['S', 'T']);
    expect(applyToSnapshot(after, invertPlan(plan))).toEqual(snap);
  });
});
