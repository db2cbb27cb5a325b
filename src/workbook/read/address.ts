/** A1 address helpers. Rows and columns are 0-based everywhere inside the product. */

export interface CellPos {
  row: number;
  col: number;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26; -1 when the text is not column letters. */
export function columnIndex(letters: string): number {
  const t = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(t)) return -1;
  let n = 0;
  for (const ch of t) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "C12" or "$C$12" → {row: 11, col: 2}; null when not a single-cell address. */
export function parseA1(address: string): CellPos | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]);
  if (row < 0 || col < 0) return null;
  return { row, col };
}

/** "A3:I40" (a single cell gives "A3"). */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const a = toA1(top, left);
  const b = toA1(bottom, right);
  return a === b ? a : `${a}:${b}`;
}

/** Letters (ASCII and CJK ideographs), digits, _ and . — written as ranges so ES2017 engines parse it. */
const PLAIN_SHEET_NAME = /^[A-Za-z_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][A-Za-z0-9_.\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]*$/;

/** Excel needs quotes around a sheet name holding anything else, or one that reads as a cell (A1, R1C1). */
export function quoteSheet(name: string): string {
  return PLAIN_SHEET_NAME.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*([RrCc]\d*)?$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** A reference usable inside a formula: 基础数据!C12, 'My sheet'!C12. */
export function formulaRef(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

/** The plain "Sheet!A1" form used in messages and the JSON report (no quoting). */
export function sheetCell(sheet: string, address: string | null): string {
  return address ? `${sheet}!${address}` : sheet;
}
