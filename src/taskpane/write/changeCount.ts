/**
 * One way to count "处修改" from preview to write to undo, so the three messages agree: every change
 * of content (a cell, a comment, a drop-down list, a sheet added) counts once; column widths are
 * layout and are not counted. An undo restores the changes it took back: cells on a sheet the write
 * added go with that sheet, so they are counted as restored, not as one sheet deletion.
 */
import type { Change, WritePlan } from '../../workbook/port';
import type { Conflict } from '../../workbook/plan';

/** The changes a preview announces and a write reports. */
export function changeCount(plan: WritePlan): number {
  return plan.changes.filter((c: Change) => c.kind !== 'column-width').length;
}

/**
 * The changes of `written` an undo took back: all of them but those left as the user edited them
 * (`kept`), and a sheet the undo had to keep because the user wrote on it.
 */
export function restoredCount(written: WritePlan, undo: WritePlan, kept: readonly Conflict[]): number {
  const keptCells = new Set(kept.flatMap((k) => (k.kind === 'cell' ? [`${k.sheet}\u0000${k.address}`] : [])));
  const deleted = new Set(undo.changes.filter((c) => c.kind === 'delete-sheet').map((c) => c.sheet));
  return written.changes.filter((c) => {
    switch (c.kind) {
      case 'column-width':
        return false;
      case 'add-sheet':
        return deleted.has(c.sheet);
      case 'delete-sheet':
        return true;
      default:
        return !keptCells.has(`${c.sheet}\u0000${c.address}`);
    }
  }).length;
}
