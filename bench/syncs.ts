/**
 * Office.js round trips over the strict fake, for a generated table of `leaves` leaves: one bare
 * scoring run (read → analyse → plan → write: 2), and what the pane does for 识别 then 写入 (3).
 */
import { FakeExcel } from '../test/fakes/office/excel';
import { generatedTable } from '../test/fakes/office/generate';
import type { FakeWorkbookData } from '../test/fakes/office/model';
import { ExcelPort } from '../src/hosts/excel/ExcelPort';
import type { ExcelApi } from '../src/hosts/excel/excelApi';
import { analyse } from '../src/workbook/analyse';
import { planScoreWrite } from '../src/workbook/plan';
import { guardedApply } from '../src/taskpane/write/guardedWrite';

export interface RunResult {
  syncs: number;
  /** cells the plan wrote */
  changes: number;
  total: string;
  host: FakeExcel;
}

/** One full run over a fake holding `data`; throws if the workbook has no table. */
export async function fullRun(data: FakeWorkbookData, formulas = false): Promise<RunResult> {
  const host = new FakeExcel(data);
  const api: ExcelApi = { run: host.run as unknown as ExcelApi['run'], isSetSupported: (s, v) => host.isSetSupported(s, v) };
  const port = new ExcelPort(api);
  const snapshot = await port.readSnapshot();
  const result = analyse(snapshot);
  if (!result.ok) throw new Error(result.message);
  const plan = planScoreWrite(result.analysis, { formulas });
  await port.applyPlan(plan);
  return { syncs: host.syncCount, changes: plan.changes.length, total: result.analysis.scored.total.toFixed(2), host };
}

export async function countSyncs(leaves: number): Promise<number> {
  return (await fullRun(generatedTable(leaves))).syncs;
}

/**
 * The pane's 识别 then 写入: 识别 reads the workbook once; 写入 reads it again to refuse the write
 * when a cell it changes, or anything it was computed from, changed since the preview, then writes in
 * one batch. 1 + 2 whatever the size.
 */
export async function paneSyncs(leaves: number): Promise<{ recognise: number; write: number }> {
  const host = new FakeExcel(generatedTable(leaves));
  const api: ExcelApi = { run: host.run as unknown as ExcelApi['run'], isSetSupported: (s, v) => host.isSetSupported(s, v) };
  const port = new ExcelPort(api);
  const result = analyse(await port.readSnapshot());
  if (!result.ok) throw new Error(result.message);
  const recognise = host.syncCount;
  const written = await guardedApply(port, planScoreWrite(result.analysis, { formulas: false }));
  if ('refused' in written) throw new Error('the guarded write was refused');
  return { recognise, write: host.syncCount - recognise };
}
