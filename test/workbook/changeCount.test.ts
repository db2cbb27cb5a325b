/**
 * One count of a plan's changes from preview to write to undo. A score write adds the 检查结果 sheet
 * and the hidden settings sheet; its undo deletes those sheets whole, so the undo plan has fewer
 * changes than the write: the message must still say every change was taken back.
 */
import type { WritePlan } from '../../src/workbook/port';
import { changeCount, restoredCount } from '../../src/workbook/plan/changeCount';
import { checkedUndo } from '../../src/workbook/plan/undo';
import { planScoreWrite } from '../../src/workbook/plan/planScores';
import { applyToSnapshot } from '../../src/workbook/plan/applyToSnapshot';
import { shenzhenSnapshot, sheet } from './fixtures';
import { analysed } from './helpers';

describe('changeCount and restoredCount', () => {
  test('a score write undone whole: the undo restores as many changes as the preview and the write counted', () => {
    const snap = shenzhenSnapshot();
    const plan = planScoreWrite(analysed(snap), { formulas: false });
    const added = plan.changes.filter((c) => c.kind === 'add-sheet').map((c) => c.sheet);
    expect(added.length).toBeGreaterThan(0); // the case that made the counts disagree
    const undo = checkedUndo(applyToSnapshot(snap, plan), plan);
    // the undo plan itself is shorter: cells on the added sheets go with them
    expect(undo.plan.changes.length).toBeLessThan(plan.changes.length);
    expect(undo.kept).toEqual([]);
    expect(undo.restored).toBe(changeCount(plan));
    expect(changeCount(plan)).toBe(plan.changes.length); // a score plan sets no column widths
  });

  // worked by hand: 2 cells on S, 1 added sheet T with 2 cells, 1 comment, 1 column width → 6 counted
  const snap = { sheets: [sheet('S', [['a', 1], [null, 2]])] };
  const plan: WritePlan = {
    title: '写入',
    changes: [
      { kind: 'cell', sheet: 'S', address: 'A2', value: 5, previous: { value: null, formula: null } },
      { kind: 'cell', sheet: 'S', address: 'B2', value: 9, previous: { value: 2, formula: null } },
      { kind: 'add-sheet', sheet: 'T' },
      { kind: 'cell', sheet: 'T', address: 'A1', value: 'x', previous: { value: null, formula: null } },
      { kind: 'cell', sheet: 'T', address: 'A2', value: 'y', previous: { value: null, formula: null } },
      { kind: 'comment', sheet: 'S', address: 'A1', text: '批注', author: 'PerfScore', previous: null },
      { kind: 'column-width', sheet: 'S', column: 0, width: 12 },
    ],
  };

  test('column widths are not counted; a deleted sheet takes back its cells', () => {
    expect(changeCount(plan)).toBe(6);
    const undo = checkedUndo(applyToSnapshot(snap, plan), plan);
    expect(undo.restored).toBe(6);
  });

  test('cells the user edited since are kept and not counted as restored', () => {
    const after = applyToSnapshot(snap, plan);
    after.sheets[0].values[1][1] = 10; // S!B2 typed over
    after.sheets[1].values[0][1] = '用户'; // T!B1 typed on our sheet: T stays, our two cells are cleared
    const undo = checkedUndo(after, plan);
    // restored: S!A2, the comment, T!A1, T!A2 = 4; kept: S!B2 (and T!B1, which we never wrote); T's addition stays
    expect(undo.restored).toBe(4);
    expect(restoredCount(plan, { title: '', changes: [] })).toBe(0);
  });
});
