/**
 * One count of changes from preview to write to undo. The undo of a write that added a sheet used to
 * report the undo plan's own length (one sheet deletion for all the cells on it): "54 处修改" written,
 * "26 处修改已恢复" after an undo that restored them all.
 */
import type { WritePlan } from '../../src/workbook/port';
import { checkedUndo, applyToSnapshot } from '../../src/workbook/plan';
import type { WorkbookSnapshot } from '../../src/workbook/port';
import { changeCount, restoredCount } from '../../src/workbook/plan';

const snapshot: WorkbookSnapshot = {
  sheets: [{ name: '评分表', hidden: false, values: [['指标', '得分'], ['预算执行率', null]] }],
} as unknown as WorkbookSnapshot;

// by hand: 1 score cell on the table, 1 new sheet with 2 cells on it, 1 column width = 4 changes of content
const plan: WritePlan = {
  title: '写入评分',
  changes: [
    { kind: 'cell', sheet: '评分表', address: 'B2', value: 5.99, previous: { value: null, formula: null } },
    { kind: 'add-sheet', sheet: '检查结果' },
    { kind: 'cell', sheet: '检查结果', address: 'A1', value: '代码', previous: { value: null, formula: null } },
    { kind: 'cell', sheet: '检查结果', address: 'A2', value: 'SUM_MISMATCH', previous: { value: null, formula: null } },
    { kind: 'column-width', sheet: '检查结果', column: 0, width: 20 },
  ],
};

describe('change counts', () => {
  test('a preview counts cells, comments, lists and sheets added; column widths are layout', () => {
    expect(changeCount(plan)).toBe(4);
  });

  test('an undo of everything restores as many changes as were written, the cells of the added sheet included', () => {
    const written = applyToSnapshot(snapshot, plan);
    const { plan: undo, kept } = checkedUndo(written, plan);
    expect(undo.changes).toHaveLength(2); // the score cell, and the sheet deleted with its cells
    expect(restoredCount(plan, undo)).toBe(4);
    expect(kept).toEqual([]);
  });

  test('a written cell edited since is kept and not counted as restored', () => {
    const written = applyToSnapshot(snapshot, plan);
    const edited = { ...written, sheets: written.sheets.map((s) => (s.name === '评分表' ? { ...s, values: [['指标', '得分'], ['预算执行率', 6]] } : s)) };
    const { plan: undo, kept } = checkedUndo(edited, plan);
    expect(kept).toHaveLength(1);
    expect(restoredCount(plan, undo)).toBe(3);
  });
});
