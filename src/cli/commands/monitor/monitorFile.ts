import { FileHost, isFileHostError } from '../../../hosts/file';
import { monitorWorkbook, planCarryForward, planMonitor, type MonitorResult } from '../../../workbook/monitor';
import { copyWarning } from '../../shared/copyWarning';

export interface MonitorFileOptions {
  month?: number;
  sheet?: string;
  /** write a copy here: the lights, findings and report, or with carryForward the year-end 自评表 */
  out?: string;
  carryForward?: boolean;
}

export type MonitorFileResult =
  | { ok: true; file: string; result: MonitorResult; written?: { out: string; title: string; skipped: string[]; dropped: string | null } }
  | { ok: false; file: string; message: string };

/** One workbook: read, lights worked out, and (with --out) the plan applied to a copy. Never throws for bad input. */
export async function monitorFile(file: string, options: MonitorFileOptions): Promise<MonitorFileResult> {
  let host: FileHost;
  try {
    host = await FileHost.open(file);
  } catch (err) {
    if (isFileHostError(err)) return { ok: false, file, message: err.message };
    throw err;
  }
  const snapshot = await host.readSnapshot();
  const run = monitorWorkbook(snapshot, { month: options.month, sheet: options.sheet });
  if (!run.ok) return { ok: false, file, message: run.message };
  if (!options.out) return { ok: true, file, result: run.result };
  const plan = options.carryForward ? planCarryForward(snapshot, run.result) : planMonitor(snapshot, run.result);
  const { skipped } = await host.applyPlan(plan);
  await host.saveAs(options.out);
  return { ok: true, file, result: run.result, written: { out: options.out, title: plan.title, skipped, dropped: copyWarning(host) } };
}
