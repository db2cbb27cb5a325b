/**
 * Build the fake's workbook from a real .xlsx (Node only): values, cached formula results, formulas,
 * the styles the add-in writes, sheet visibility and notes. Merged areas keep their value in the
 * top-left cell only, as Excel reports them.
 */
import ExcelJS from 'exceljs';
import * as path from 'path';
import { emptySheet, FakeCell, FakeWorkbookData, Scalar, Visibility } from './model';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function toScalar(value: unknown): Scalar | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / 86400000;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join('');
  if ('error' in v) return String(v.error);
  if ('text' in v && typeof v.text === 'string') return v.text; // hyperlink
  if ('result' in v) return toScalar(v.result);
  return undefined;
}

function argb(color: unknown): string | undefined {
  const c = (color as { argb?: string } | undefined)?.argb;
  return c && /^[0-9A-Fa-f]{8}$/.test(c) ? `#${c.slice(2).toUpperCase()}` : undefined;
}

export async function fakeWorkbookFromXlsx(file: string): Promise<FakeWorkbookData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return fakeWorkbookFromExcelJs(wb, path.basename(file));
}

export function fakeWorkbookFromExcelJs(wb: ExcelJS.Workbook, name: string): FakeWorkbookData {
  const sheets = wb.worksheets.map((ws) => {
    const sheet = emptySheet(ws.name);
    const state = ws.state as string;
    sheet.visibility = (state === 'hidden' ? 'Hidden' : state === 'veryHidden' ? 'VeryHidden' : 'Visible') as Visibility;
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const out: FakeCell = {};
        const raw = cell.value as unknown;
        const formula = (raw as { formula?: string; sharedFormula?: string } | null)?.formula ?? cell.formula;
        if (formula) out.f = `=${formula.replace(/^=/, '')}`;
        const v = toScalar(raw);
        if (v !== undefined && v !== '') out.v = v;
        if (cell.font?.bold) out.bold = true;
        if (cell.alignment?.wrapText) out.wrap = true;
        const fill = cell.fill as { type?: string; pattern?: string; fgColor?: unknown } | undefined;
        if (fill?.type === 'pattern' && fill.pattern === 'solid') out.fill = argb(fill.fgColor);
        if (cell.numFmt && cell.numFmt !== 'General') out.nf = cell.numFmt;
        const note = cell.note as unknown;
        if (note) {
          const text = typeof note === 'string' ? note : ((note as { texts?: { text: string }[] }).texts ?? []).map((t) => t.text).join('');
          // a cell note in the file (ExcelJS, WPS's AddComment) is a note in Excel, not a threaded comment.
          // ExcelJS 4.4 drops, on load, a note whose cell holds nothing: such notes are not seen here
          sheet.notes[cell.address] = { content: text, author: '' };
        }
        if (out.v !== undefined || out.f || out.bold || out.wrap || out.fill || out.nf) sheet.cells[cell.address] = out;
      });
    });
    ws.columns?.forEach((col, i) => {
      if (col.width) sheet.columnWidths[String(i)] = Math.round(col.width * 5.25 * 100) / 100;
    });
    return sheet;
  });
  const active = sheets.find((s) => s.visibility === 'Visible')?.name ?? null;
  return { name, sheets, activeSheet: active, selection: null };
}
