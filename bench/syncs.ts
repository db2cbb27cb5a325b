/**
 * Office.js round trips for one full scoring run (read → analyse → plan → write) over the strict
 * fake, for a generated table of `leaves` leaves. The budget is 2 whatever the size.
 */
import { FakeExcel } from '../test/fakes/office/excel';
import { generatedTable } from '../test/fakes/office/generate';
import type { FakeWorkbookData } from '../test/fakes/office/model';
import { ExcelPort } from '../src/hosts/excel/ExcelPort';
import type { ExcelApi } from '../src/hosts/excel/excelApi';
import { analyse } from '../src/workbook/analyse';
import { planScoreWrite } from '../src/workbook/plan';

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
