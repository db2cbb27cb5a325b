import ExcelJS from 'exceljs';
import type { FakeSheet, FakeWorkbookData } from '../fakes/office/model';

/** The fake's workbook as an .xlsx the command line opens through the file host. */
export async function saveXlsx(data: FakeWorkbookData, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of data.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.visibility === 'Visible' ? 'visible' : 'hidden' });
    for (const [address, cell] of Object.entries(s.cells)) if (cell.v !== undefined) ws.getCell(address).value = cell.v;
  }
  await wb.xlsx.writeFile(file);
}

/** The settings sheet's rows of one key (`rule`, `figure`): their B cell → their C cell. */
export function settingsRows(s: FakeSheet | undefined, key: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [address, c] of Object.entries(s?.cells ?? {})) {
    const m = /^A(\d+)$/.exec(address);
    if (m && c.v === key) out[String(s!.cells[`B${m[1]}`]?.v)] = s!.cells[`C${m[1]}`]?.v ?? null;
  }
  return out;
}
