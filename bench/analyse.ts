/**
 * `analyse` (what 识别 and every command wait for) on generated tables of 30 to 30,000 leaves: the
 * snapshot is read once through the Office.js fake, then analysed repeatedly. The floor beside it is
 * the engine alone scoring a generated tree of as many leaves, so the ratio says what reading the table,
 * matching rules and checking cost above the arithmetic.
 */
import { FakeExcel } from '../test/fakes/office/excel';
import { generatedTable } from '../test/fakes/office/generate';
import { ExcelPort } from '../src/hosts/excel/ExcelPort';
import type { ExcelApi } from '../src/hosts/excel/excelApi';
import { analyse } from '../src/workbook/analyse';
import { scoreTree } from '../src/engine/scoreTree';
import type { WorkbookSnapshot } from '../src/workbook/port';
import { generatedTree } from './engineTree';
import { cpuMs, median } from './timing';

export async function snapshotOf(leaves: number): Promise<WorkbookSnapshot> {
  const host = new FakeExcel(generatedTable(leaves));
  const api: ExcelApi = { run: host.run as unknown as ExcelApi['run'], isSetSupported: (s, v) => host.isSetSupported(s, v) };
  return new ExcelPort(api).readSnapshot();
}

export interface AnalyseTiming {
  leaves: number;
  /** median CPU ms of analyse over the runs */
  analyseMs: number;
  /** median CPU ms of scoreTree over a generated tree of as many leaves (the floor) */
  engineMs: number;
  runs: number;
}

/** Runs enough times to fill about `budgetMs` (at least 3, at most 21), after one warm-up. */
export async function benchAnalyse(leaves: number, budgetMs = 1500): Promise<AnalyseTiming> {
  const snapshot = await snapshotOf(leaves);
  const first = analyse(snapshot);
  if (!first.ok) throw new Error(first.message);
  if (first.analysis.layout.leaves.length !== leaves) throw new Error(`expected ${leaves} leaves, read ${first.analysis.layout.leaves.length}`);
  const once = cpuMs(() => analyse(snapshot));
  const runs = Math.max(3, Math.min(21, Math.floor(budgetMs / Math.max(once, 1))));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(cpuMs(() => analyse(snapshot)));
  const { roots, figures } = generatedTree(leaves);
  const engine: number[] = [];
  for (let i = 0; i < runs; i++) engine.push(cpuMs(() => scoreTree(roots, { figures })));
  return { leaves, analyseMs: median(times), engineMs: median(engine), runs };
}
