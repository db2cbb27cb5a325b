import type ExcelJS from 'exceljs';
import { planProblem } from '../../workbook/plan';
import type { WritePlan } from '../../workbook/port';
import { FileHostError } from './errors';

/**
 * Checks a whole plan against the workbook before anything is written, so a bad plan changes
 * nothing. Cells inside a merged range are not refused here: applyPlan leaves them out by name.
 */
export function validatePlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  const existing = workbook.worksheets.map((ws) => ({ name: ws.name, hidden: ws.state !== 'visible' }));
  const problem = planProblem(existing, plan);
  if (problem) throw new FileHostError('bad-plan', problem.message);
}
