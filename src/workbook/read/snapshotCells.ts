import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../port';
import { parseA1 } from './address';

/**
 * Read helpers over a snapshot, shared by everything that looks at a cell. Rows and columns are
 * 0-based; a missing sheet, a negative or undefined column, or a cell outside the used range reads as
 * empty (null), never as undefined.
 */

/** The sheet of that exact name. */
export function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.name === name);
}

/** The sheet of that name, or failing that one whose name differs only in letter case. */
export function findSheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const lower = name.toLowerCase();
  return sheetOf(snapshot, name) ?? snapshot.sheets.find((s) => s.name.toLowerCase() === lower);
}

function inRange(row: number, col: number | undefined): col is number {
  return col !== undefined && row >= 0 && col >= 0;
}

/** A cell's value; null when empty or outside the sheet. */
export function cellValue(sheet: SheetSnapshot | undefined, row: number, col: number | undefined): CellValue {
  if (!sheet || !inRange(row, col)) return null;
  return sheet.values[row]?.[col] ?? null;
}

/** A cell's formula; null when it holds a constant or the host reported no formulas. */
export function cellFormula(sheet: SheetSnapshot | undefined, row: number, col: number | undefined): string | null {
  if (!sheet || !inRange(row, col)) return null;
  return sheet.formulas?.[row]?.[col] ?? null;
}

/** A cell's number format; null when the host reported none. */
export function cellFormat(sheet: SheetSnapshot | undefined, row: number, col: number | undefined): string | null {
  if (!sheet || !inRange(row, col)) return null;
  return sheet.numberFormats?.[row]?.[col] ?? null;
}

/** The text of a cell, trimmed; numbers and booleans as written; '' when empty. */
export function cellText(sheet: SheetSnapshot | undefined, row: number, col: number | undefined): string {
  const v = cellValue(sheet, row, col);
  return v === null ? '' : String(v).trim();
}

/** The value at an A1 address ("C12", "$C$12"); null when the address is not a single cell. */
export function cellValueA1(sheet: SheetSnapshot | undefined, address: string): CellValue {
  const at = parseA1(address);
  return at ? cellValue(sheet, at.row, at.col) : null;
}

/** The formula at an A1 address; null when none or the address is not a single cell. */
export function cellFormulaA1(sheet: SheetSnapshot | undefined, address: string): string | null {
  const at = parseA1(address);
  return at ? cellFormula(sheet, at.row, at.col) : null;
}

/** The number format at an A1 address; null when none or the address is not a single cell. */
export function cellFormatA1(sheet: SheetSnapshot | undefined, address: string): string | null {
  const at = parseA1(address);
  return at ? cellFormat(sheet, at.row, at.col) : null;
}

/** Empty: null, missing, or text of only spaces. */
export function isBlankValue(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Widest row of the sheet. */
export function sheetWidth(sheet: SheetSnapshot | undefined): number {
  if (!sheet) return 0;
  return sheet.values.reduce((w, r) => Math.max(w, r ? r.length : 0), 0);
}
