import type ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../workbook/port';
import { readCell } from './cellValue';

/**
 * One worksheet's used range from A1: values, formulas and number formats in the same rectangular
 * shape. A cell with no number format of its own shows General; cells without a value have none (null).
 */
export function readSheet(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const cells: { row: number; col: number; value: CellValue; formula: string | null; format: string | null }[] = [];
  let rows = 0;
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const { value, formula } = readCell(cell, date1904);
      if (value === null && formula === null) return;
      const r = Number(cell.row) - 1;
      const c = Number(cell.col) - 1;
      cells.push({ row: r, col: c, value, formula, format: value === null ? null : cell.numFmt || 'General' });
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    });
  });
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
  for (const cell of cells) {
    values[cell.row][cell.col] = cell.value;
    formulas[cell.row][cell.col] = cell.formula;
    numberFormats[cell.row][cell.col] = cell.format;
  }
  const snapshot: SheetSnapshot = { name: ws.name, values, formulas, numberFormats };
  if (ws.state && ws.state !== 'visible') snapshot.hidden = true;
  return snapshot;
}

/** Every worksheet in tab order. */
export function readWorkbook(workbook: ExcelJS.Workbook, name?: string): WorkbookSnapshot {
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  const sheets = workbook.worksheets.map((ws) => readSheet(ws, date1904));
  return name === undefined ? { sheets } : { sheets, name };
}
