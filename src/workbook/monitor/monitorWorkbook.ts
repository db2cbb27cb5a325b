import { thresholdsFrom } from '../../engine/monitoring';
import type { WorkbookSnapshot } from '../port';
import { readSettings } from '../read';
import { evaluateMonitor, type MonitorResult } from './evaluateMonitor';
import { readMonitorForm, type MonitorReadOptions } from './readMonitorForm';

export type MonitorRun = { ok: true; result: MonitorResult; snapshot: WorkbookSnapshot } | { ok: false; message: string };

/** A monitoring run over a snapshot: the form read, the thresholds from the workbook's settings, the lights. */
export function monitorWorkbook(snapshot: WorkbookSnapshot, options: MonitorReadOptions = {}): MonitorRun {
  if (options.month !== undefined && (!Number.isInteger(options.month) || options.month < 1 || options.month > 12)) {
    return { ok: false, message: `监控月份应为 1 到 12 的整数，收到“${options.month}”` };
  }
  const read = readMonitorForm(snapshot, options);
  if (!read.ok) return read;
  const { thresholds, problems } = thresholdsFrom(readSettings(snapshot).monitorThresholds ?? {});
  return { ok: true, result: evaluateMonitor(read.form, thresholds, problems), snapshot };
}
