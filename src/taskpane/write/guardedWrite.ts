/**
 * The guarded write and undo every pane step uses (写入, 报告, 审核): one read of the workbook, then
 * one write touching only cells that still hold what the plan expects. A write is refused whole when
 * any cell of its plan, or anything it was computed from, changed since the preview; an undo restores only the cells that still hold what
 * was written and keeps the rest. Both go through the port, so they run over Excel, WPS or a test double.
 */
import type { WorkbookPort, WorkbookSnapshot, WritePlan } from '../../workbook/port';
import { checkedUndo, verifyPlan, type Conflict } from '../../workbook/plan';

/** A write refused because cells of the plan changed since the preview was built: nothing was written. */
export interface WriteRefused {
  refused: true;
  conflicts: Conflict[];
}

/** A write that went through. */
export interface GuardedWrite {
  /** the plan as applied */
  written: WritePlan;
  /** the workbook as read for the check, just before the write */
  before: WorkbookSnapshot;
  /** Chinese notes from the host about parts it could not write */
  skipped: string[];
}

export interface UndoOutcome {
  /** changes of the write undone, counted as the write counted them (workbook/plan changeCount) */
  restored: number;
  /** cells edited since the write, left as they are */
  kept: Conflict[];
}

/** An undo as made: its outcome, with the plan applied and the workbook as read just before. */
export interface GuardedUndo extends UndoOutcome {
  /** the changes applied (none when nothing was left to restore) */
  undo: WritePlan;
  before: WorkbookSnapshot;
}

/**
 * Reads the workbook once and writes the plan in one batch if every cell it changes still holds what
 * the preview was built from, no sheet it adds exists by now, and (for a plan that carries its basis)
 * nothing it was computed from changed: the table's cells and position and the figures it used.
 * Otherwise writes nothing and returns what changed. `plan` may be worked out from that read (e.g. to
 * add the saved choices to it); a plan worked out so keeps its basis only if the caller passes it on.
 */
export async function guardedApply(port: WorkbookPort, plan: WritePlan | ((now: WorkbookSnapshot) => WritePlan)): Promise<GuardedWrite | WriteRefused> {
  const before = await port.readSnapshot();
  const written = typeof plan === 'function' ? plan(before) : plan;
  const { conflicts } = verifyPlan(before, written);
  if (conflicts.length) return { refused: true, conflicts };
  const { skipped } = await port.applyPlan(written);
  return { written, before, skipped };
}

/**
 * Reads the workbook once and restores only the cells that still hold what the write put there (one
 * read, one write; no write when nothing is left to restore). Cells edited since are kept and returned.
 */
export async function guardedUndo(port: WorkbookPort, written: WritePlan): Promise<GuardedUndo> {
  const before = await port.readSnapshot();
  const { plan: undo, kept, restored } = checkedUndo(before, written);
  if (undo.changes.length) await port.applyPlan(undo);
  // counted as the preview and the write counted the plan (a deleted sheet takes its cells with it)
  return { restored, kept, undo, before };
}

/** 撤销 as the panes show it: what was restored and what was kept (the snapshot is not held on to). */
export async function undoWrite(port: WorkbookPort, written: WritePlan): Promise<UndoOutcome> {
  const { restored, kept } = await guardedUndo(port, written);
  return { restored, kept };
}
