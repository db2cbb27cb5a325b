/** A1 address helpers for the fake (self-contained so the fake depends on nothing it tests). */

export interface CellRef {
  row: number; // 0-based
  col: number; // 0-based
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function colName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellKey(row: number, col: number): string {
  return `${colName(col)}${row + 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;

export function parseCell(text: string): CellRef | null {
  const m = CELL.exec(text.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = colIndex(m[1]);
  if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLS) return null;
  return { row, col };
}

/** "B3", "B3:F40" or whole columns "C:C"; null when the text is not an address. */
export function parseRange(text: string): RangeRef | null {
  const t = text.trim();
  const cols = COLS.exec(t);
  if (cols) {
    const a = colIndex(cols[1]);
    const b = colIndex(cols[2]);
    return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const parts = t.split(':');
  if (parts.length > 2) return null;
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col),
  };
}

export function rangeText(r: RangeRef): string {
  const a = cellKey(r.top, r.left);
  const b = cellKey(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** Split "Sheet1!A1" or "'My sheet'!A1:B2" into sheet and local address. */
export function splitSheet(text: string): { sheet: string | null; local: string } {
  const i = text.lastIndexOf('!');
  if (i < 0) return { sheet: null, local: text };
  let sheet = text.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: text.slice(i + 1) };
}

/** Excel quotes a sheet name in an address when it holds anything but letters, digits, _ and . */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
