import type ExcelJS from 'exceljs';
import { excelValueType } from './excelJs';
import type { Change } from '../../workbook/port';

/** The merged range (e.g. "A5:A8") covering `address` when the cell is not its top-left master. */
export function mergedSlaveOf(ws: ExcelJS.Worksheet, address: string): string | null {
  const cell = ws.getCell(address);
  if (cell.type !== excelValueType().Merge) return null;
  const master = cell.master;
  for (const range of Object.values((ws as unknown as { _merges: Record<string, { range: string; tl: string }> })._merges)) {
    if (range.tl === master.address) return range.range;
  }
  return `${master.address}:…`;
}

/**
 * The changes of a plan that land on a merged range's cell other than its top-left one, with why:
 * Excel keeps no value, note or list there, and moving them to the top-left cell would overwrite
 * what the unit typed there. Such changes are left out and named; the rest of the plan is written.
 */
export function changesIntoMerges(workbook: ExcelJS.Workbook, changes: readonly Change[]): Map<Change, string> {
  const out = new Map<Change, string>();
  for (const change of changes) {
    if (change.kind !== 'cell' && change.kind !== 'comment' && change.kind !== 'validation-list') continue;
    const ws = workbook.getWorksheet(change.sheet);
    const range = ws ? mergedSlaveOf(ws, change.address) : null;
    if (range) out.set(change, `${change.sheet}!${change.address}（位于合并区域 ${range} 内，不是其左上角单元格）`);
  }
  return out;
}
