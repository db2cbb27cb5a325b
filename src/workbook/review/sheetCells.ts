import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../port';

/** Small read helpers over a snapshot; rows and columns are 0-based. */

export function findSheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const lower = name.toLowerCase();
  return snapshot.sheets.find((s) => s.name === name) ?? snapshot.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function valueAt(sheet: SheetSnapshot | undefined, row: number, col: number): CellValue {
  if (!sheet || row < 0 || col < 0) return null;
  const r = sheet.values[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function formulaAt(sheet: SheetSnapshot | undefined, row: number, col: number): string | null {
  if (!sheet || !sheet.formulas) return null;
  const r = sheet.formulas[row];
  if (!r) return null;
  return r[col] ?? null;
}

export function isBlankValue(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** The text of a cell, trimmed; numbers and booleans as written. */
export function textAt(sheet: SheetSnapshot | undefined, row: number, col: number): string {
  const v = valueAt(sheet, row, col);
  if (v === null) return '';
  return String(v).trim();
}

/** Widest row of the sheet. */
export function sheetWidth(sheet: SheetSnapshot | undefined): number {
  if (!sheet) return 0;
  return sheet.values.reduce((w, r) => Math.max(w, r ? r.length : 0), 0);
}
