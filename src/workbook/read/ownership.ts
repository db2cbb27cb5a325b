import type { SheetSnapshot, WorkbookSnapshot } from '../port';
import type { WorkbookSettings } from './settings';
import { SETTINGS_SHEET } from './settings';
import { columnLetters } from './address';

/**
 * What we own in a workbook: sheets and columns we created, recognised by the settings sheet's records
 * or by our own marker and header texts. Only these may be overwritten; every other cell is written
 * only while empty.
 */

export const RESULT_SHEET = '检查结果';
/** First cell of every 检查结果 sheet we write: how a later run recognises it as ours. */
export const RESULT_MARKER = '检查结果（绩效评分助手生成，重新评分时将被替换）';

export function isOwnResultSheet(sheet: SheetSnapshot, settings: WorkbookSettings): boolean {
  if (settings.ownedSheets.includes(sheet.name)) return true;
  return sheet.values[0]?.[0] === RESULT_MARKER;
}

export function isOwnedColumn(settings: WorkbookSettings, sheet: string, col: number): boolean {
  const letters = columnLetters(col);
  return settings.ownedColumns.some((c) => c.sheet === sheet && c.column === letters);
}

/** True when a change to this cell may overwrite what is there. */
export function isOwnedCell(snapshot: WorkbookSnapshot, settings: WorkbookSettings, sheet: string, col: number, ownColumns: number[] = []): boolean {
  if (sheet === SETTINGS_SHEET) return true;
  const s = snapshot.sheets.find((x) => x.name === sheet);
  if (!s) return true; // a sheet we are about to add
  if (isOwnResultSheet(s, settings)) return true;
  return ownColumns.includes(col) || isOwnedColumn(settings, sheet, col);
}
