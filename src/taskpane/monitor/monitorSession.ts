/**
 * The 运行监控 view's calls, loaded with the view: one read for the preview (the form, its lights,
 * the plan), and the guarded write and undo every pane step uses.
 */
import type { WorkbookPort, WritePlan } from '../../workbook/port';
import { monitorWorkbook, planCarryForward, planMonitor, type MonitorResult } from '../../workbook/monitor';
import { guardedApply, undoWrite, type GuardedWrite, type UndoOutcome, type WriteRefused } from '../write/guardedWrite';

export interface MonitorPreview {
  result: MonitorResult;
  /** the lights, findings and 监控报告 */
  plan: WritePlan;
  /** the year-end 自评表 prepared from the form, on a new sheet */
  carryForward: WritePlan;
}

/** Reads the workbook once: the form's lights and the plan that writes them; a workbook without the form throws its reason. */
export async function previewMonitor(port: WorkbookPort): Promise<MonitorPreview> {
  const run = monitorWorkbook(await port.readSnapshot());
  if (!run.ok) throw new Error(run.message);
  return { result: run.result, plan: planMonitor(run.snapshot, run.result), carryForward: planCarryForward(run.snapshot, run.result) };
}

/** Either plan of the preview, written only if nothing it was computed from changed since. */
export function writeMonitor(port: WorkbookPort, plan: WritePlan): Promise<GuardedWrite | WriteRefused> {
  return guardedApply(port, plan);
}

export function undoMonitor(port: WorkbookPort, written: WritePlan): Promise<UndoOutcome> {
  return undoWrite(port, written);
}
