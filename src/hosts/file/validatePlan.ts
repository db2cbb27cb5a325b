import type ExcelJS from 'exceljs';
import { excelValueType } from './excelJs';
import { planProblem } from '../../workbook/plan';
import type { WritePlan } from '../../workbook/port';
import { FileHostError } from './errors';

/** The merged range (e.g. "A5:A8") covering `address` when the cell is not its top-left master. */
function mergedSlaveOf(ws: ExcelJS.Worksheet, address: string): string | null {
  const cell = ws.getCell(address);
  if (cell.type !== excelValueType().Merge) return null;
  const master = cell.master;
  for (const range of Object.values((ws as unknown as { _merges: Record<string, { range: string; tl: string }> })._merges)) {
    if (range.tl === master.address) return range.range;
  }
  return `${master.address}:…`;
}

/**
 * Checks a whole plan against the workbook before anything is written, so a bad plan changes
 * nothing: the shared plan rules, and cells inside a merged range other than its master refused.
 */
export function validatePlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  const existing = workbook.worksheets.map((ws) => ({ name: ws.name, hidden: ws.state !== 'visible' }));
  const problem = planProblem(existing, plan, (sheet, address) => {
    const ws = workbook.getWorksheet(sheet);
    const merged = ws ? mergedSlaveOf(ws, address) : null;
    return merged ? `「${sheet}」!${address} 位于合并区域 ${merged} 内，只能写入其左上角单元格` : null;
  });
  if (problem) throw new FileHostError('bad-plan', problem.message);
}
