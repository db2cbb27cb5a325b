/**
 * The in-memory workbook behind the fake. Plain JSON so a Node test can build it from an .xlsx and
 * hand it to the browser through `window.__PERF_FAKE_WORKBOOK__`.
 */
import { cellKey, parseCell, RangeRef } from './a1';

export type Scalar = string | number | boolean;

export interface FakeCell {
  /** the value Excel shows (for a formula, its last computed result); absent = empty */
  v?: Scalar;
  /** formula text with the leading '=' */
  f?: string;
  /** the formula was entered through the API (the fake recalculates those) */
  api?: boolean;
  bold?: boolean;
  wrap?: boolean;
  /** fill colour #RRGGBB */
  fill?: string;
  /** number format; absent = General */
  nf?: string;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** A threaded comment (Workbook.comments, ExcelApi 1.10) or a legacy note (Workbook.notes, ExcelApi 1.18). */
export interface FakeComment {
  content: string;
  author: string;
}

export interface FakeSheet {
  name: string;
  visibility: Visibility;
  cells: Record<string, FakeCell>;
  /** threaded comments by cell ("J9") */
  comments: Record<string, FakeComment>;
  /** legacy notes by cell: what WPS's AddComment and ExcelJS write into a file */
  notes: Record<string, FakeComment>;
  /** column widths in points, by 0-based column index */
  columnWidths: Record<string, number>;
  /** list data validations by cell ("B5"): the comma-separated source and whether it drops down */
  validations?: Record<string, { source: string; inCellDropDown: boolean }>;
}

export interface FakeWorkbookData {
  name: string;
  sheets: FakeSheet[];
  activeSheet: string | null;
  /** "Sheet!A1" of the last selected range */
  selection: string | null;
}

export function emptySheet(name: string): FakeSheet {
  return { name, visibility: 'Visible', cells: {}, comments: {}, notes: {}, columnWidths: {} };
}

export function emptyWorkbook(name = 'Book1.xlsx'): FakeWorkbookData {
  return { name, sheets: [emptySheet('Sheet1')], activeSheet: 'Sheet1', selection: null };
}

/** Build a workbook from plain rows, e.g. for generated tables. */
export function workbookFromRows(
  name: string,
  sheets: { name: string; rows: (Scalar | null)[][]; hidden?: boolean }[],
): FakeWorkbookData {
  return {
    name,
    activeSheet: sheets[0]?.name ?? null,
    selection: null,
    sheets: sheets.map((s) => {
      const sheet = emptySheet(s.name);
      if (s.hidden) sheet.visibility = 'Hidden';
      s.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === '') return;
          if (typeof v === 'string' && v.startsWith('=')) sheet.cells[cellKey(r, c)] = { f: v, v: 0, api: true };
          else sheet.cells[cellKey(r, c)] = { v };
        }),
      );
      return sheet;
    }),
  };
}

export function isEmpty(cell: FakeCell | undefined): boolean {
  return !cell || ((cell.v === undefined || cell.v === '') && !cell.f);
}

/** Bounding box of cells holding a value or formula; null for an empty sheet. */
export function usedBox(sheet: FakeSheet, within?: RangeRef): RangeRef | null {
  let box: RangeRef | null = null;
  for (const [key, cell] of Object.entries(sheet.cells)) {
    if (isEmpty(cell)) continue;
    const at = parseCell(key);
    if (!at) continue;
    if (within && (at.row < within.top || at.row > within.bottom || at.col < within.left || at.col > within.right)) continue;
    if (!box) box = { top: at.row, bottom: at.row, left: at.col, right: at.col };
    else {
      box.top = Math.min(box.top, at.row);
      box.bottom = Math.max(box.bottom, at.row);
      box.left = Math.min(box.left, at.col);
      box.right = Math.max(box.right, at.col);
    }
  }
  return box;
}

/** A cell's value as a test reads it: null when empty. */
export function cellValue(data: FakeWorkbookData, sheet: string, address: string): Scalar | null {
  const s = data.sheets.find((x) => x.name.toLowerCase() === sheet.toLowerCase());
  const c = s?.cells[address.replace(/\$/g, '').toUpperCase()];
  return c && c.v !== undefined && c.v !== '' ? c.v : null;
}
