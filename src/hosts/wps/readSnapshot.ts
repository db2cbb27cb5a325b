/**
 * Reading the active workbook: per worksheet, its used range's Value2 and Formula each in one call,
 * placed at the range's own offset so indices count from A1.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../../workbook/port';
import { EtApplication, EtWorkbook, EtWorksheet, member, sheetAt, XL_SHEET_VISIBLE } from './et';
import { hostError, WpsHostError } from './errors';
import { cellFormula, cellValue, toGrid } from './values';

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

export function readSheet(ws: EtWorksheet): SheetSnapshot {
  const name = String(member(ws, 'Name'));
  const snap: SheetSnapshot = { name, values: [], formulas: [] };
  if (!isVisible(ws)) snap.hidden = true;
  try {
    const used = member(ws, 'UsedRange');
    const top = Number(member(used, 'Row')) - 1;
    const left = Number(member(used, 'Column')) - 1;
    const rows = Number(member(member(used, 'Rows'), 'Count'));
    const cols = Number(member(member(used, 'Columns'), 'Count'));
    const raw = toGrid(member(used, 'Value2'), rows, cols);
    const values = raw.map((row) => row.map(cellValue));
    const formulas = toGrid(member(used, 'Formula'), rows, cols).map((row, r) => row.map((f, c) => cellFormula(f, raw[r][c])));
    let last = -1;
    values.forEach((row, r) => {
      if (row.some((v, c) => v !== null || formulas[r][c] !== null)) last = r;
    });
    // an empty sheet's used range is A1 holding nothing
    if (last < 0) return snap;
    const width = left + cols;
    for (let r = 0; r < top + last + 1; r++) {
      const inside = r >= top;
      snap.values.push(Array.from({ length: width }, (_, c) => (inside && c >= left ? values[r - top][c - left] : null)));
      snap.formulas!.push(Array.from({ length: width }, (_, c) => (inside && c >= left ? formulas[r - top][c - left] : null)));
    }
    return snap;
  } catch (error) {
    throw hostError(error, '读取工作表', name);
  }
}

export function readWorkbook(app: EtApplication): WorkbookSnapshot {
  try {
    const book = activeWorkbook(app);
    const snapshot: WorkbookSnapshot = { sheets: worksheets(book).map(readSheet) };
    const name = member(book, 'Name');
    if (typeof name === 'string' && name) snapshot.name = name;
    return snapshot;
  } catch (error) {
    throw hostError(error, '读取工作簿');
  }
}
