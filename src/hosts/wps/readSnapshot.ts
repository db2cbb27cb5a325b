/**
 * Reading the active workbook: per worksheet, its used range's Value2, Formula and NumberFormat each
 * in one call, placed at the range's own offset so indices count from A1.
 *
 * NumberFormat of a block differs between builds: some answer a block of formats shaped like Value2,
 * others answer as COM does, one format when every cell shares it and null when they differ. A block
 * or a shared format fills the snapshot's numberFormats; null (mixed formats) or anything else
 * leaves numberFormats undefined, and figures are then read by the conventions that need no format.
 * A used range too large to read whole (a stray value at XFD1048576) is read where its content is
 * (largeSheet.ts).
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../../workbook/port';
import { EtApplication, EtWorkbook, EtWorksheet, member, sheetAt, XL_SHEET_VISIBLE } from './et';
import { hostError, WpsHostError } from './errors';
import { cellFormula, cellValue, toGrid } from './values';
import { DENSE_CELL_LIMIT } from '../../workbook/read';
import { readLargeSheet } from './largeSheet';

export function activeWorkbook(app: EtApplication): EtWorkbook {
  const book = member(app, 'ActiveWorkbook');
  if (!book) throw new WpsHostError('没有打开的工作簿：请先在 WPS 表格中打开要评分的工作簿');
  return book;
}

/** Worksheets in tab order (chart sheets have no cells and are left out). */
export function worksheets(book: EtWorkbook): EtWorksheet[] {
  const sheets = member(book, 'Worksheets');
  const count = Number(member(sheets, 'Count'));
  const out: EtWorksheet[] = [];
  for (let i = 1; i <= count; i++) out.push(sheetAt(sheets, i));
  return out;
}

export function isVisible(ws: EtWorksheet): boolean {
  const v = member(ws, 'Visible') as unknown;
  // some builds answer true/false instead of the XlSheetVisibility number
  return v === true || v === XL_SHEET_VISIBLE;
}

/** The used range's NumberFormat as rows of formats, or null when the build gave no cell-by-cell answer. */
export function formatGrid(raw: unknown, rows: number, cols: number): (string | null)[][] | null {
  if (typeof raw === 'string') return Array.from({ length: rows }, () => new Array<string | null>(cols).fill(raw));
  if (!Array.isArray(raw)) return null;
  try {
    return toGrid(raw, rows, cols).map((row) => row.map((f) => (typeof f === 'string' && f !== '' ? f : null)));
  } catch {
    return null; // a block of another shape says nothing reliable about each cell
  }
}

export function readSheet(ws: EtWorksheet, app?: EtApplication): SheetSnapshot {
  const name = String(member(ws, 'Name'));
  const snap: SheetSnapshot = { name, values: [], formulas: [] };
  if (!isVisible(ws)) snap.hidden = true;
  try {
    const used = member(ws, 'UsedRange');
    const top = Number(member(used, 'Row')) - 1;
    const left = Number(member(used, 'Column')) - 1;
    const rows = Number(member(member(used, 'Rows'), 'Count'));
    const cols = Number(member(member(used, 'Columns'), 'Count'));
    if (app && rows * cols > DENSE_CELL_LIMIT) {
      const large = readLargeSheet(app, ws, name, { row: top, col: left, rows, cols });
      return snap.hidden ? { ...large, hidden: true } : large;
    }
    const raw = toGrid(member(used, 'Value2'), rows, cols);
    const values = raw.map((row) => row.map(cellValue));
    const formulas = toGrid(member(used, 'Formula'), rows, cols).map((row, r) => row.map((f, c) => cellFormula(f, raw[r][c])));
    const formats = formatGrid(member(used, 'NumberFormat'), rows, cols);
    let last = -1;
    values.forEach((row, r) => {
      if (row.some((v, c) => v !== null || formulas[r][c] !== null)) last = r;
    });
    // an empty sheet's used range is A1 holding nothing
    if (last < 0) return snap;
    const width = left + cols;
    if (formats) snap.numberFormats = [];
    for (let r = 0; r < top + last + 1; r++) {
      const inside = r >= top;
      snap.values.push(Array.from({ length: width }, (_, c) => (inside && c >= left ? values[r - top][c - left] : null)));
      snap.formulas!.push(Array.from({ length: width }, (_, c) => (inside && c >= left ? formulas[r - top][c - left] : null)));
      // a cell without a value has no number format in the snapshot, as in the other hosts
      if (formats) snap.numberFormats!.push(snap.values[r].map((v, c) => (v !== null && inside && c >= left ? formats[r - top][c - left] : null)));
    }
    return snap;
  } catch (error) {
    throw hostError(error, '读取工作表', name);
  }
}

export function readWorkbook(app: EtApplication): WorkbookSnapshot {
  try {
    const book = activeWorkbook(app);
    const snapshot: WorkbookSnapshot = { sheets: worksheets(book).map((ws) => readSheet(ws, app)) };
    const name = member(book, 'Name');
    if (typeof name === 'string' && name) snapshot.name = name;
    return snapshot;
  } catch (error) {
    throw hostError(error, '读取工作簿');
  }
}
