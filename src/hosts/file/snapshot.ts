import type ExcelJS from 'exceljs';
import type { SheetSnapshot, WorkbookSnapshot } from '../../workbook/port';
import { gridOfCells, type PlacedCell } from '../../workbook/read';
import { readCell } from './cellValue';

/**
 * One worksheet's cells from A1: values, formulas and number formats in the same shape, bounded by
 * the content (gridOfCells). A cell with no number format of its own shows General; cells without a
 * value have none (null).
 */
export function readSheet(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const cells: PlacedCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const { value, formula } = readCell(cell, date1904);
      if (value === null && formula === null) return;
      cells.push({ row: Number(cell.row) - 1, col: Number(cell.col) - 1, value, formula, format: value === null ? null : cell.numFmt || 'General' });
    });
  });
  const snapshot = gridOfCells(ws.name, cells);
  if (ws.state && ws.state !== 'visible') snapshot.hidden = true;
  return snapshot;
}

/** Every worksheet in tab order. */
export function readWorkbook(workbook: ExcelJS.Workbook, name?: string): WorkbookSnapshot {
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  const sheets = workbook.worksheets.map((ws) => readSheet(ws, date1904));
  return name === undefined ? { sheets } : { sheets, name };
}
