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

/** "A3:I40" → its corners (0-based); a single cell is a range of one; null when either end is not a cell. */
export function parseRangeA1(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = range.split(':');
  const from = parseA1(a);
  const to = parseA1(b);
  return from && to ? { top: from.row, left: from.col, bottom: to.row, right: to.col } : null;
}

/**
 * "基础数据!B5", "'评分 表'!$C$3", "Sheet1!B5:C6" → the sheet and the top-left cell ("C3"); with no sheet
 * in the text, `sheetName`. A quoted name has its doubled quotes undone. Null when either is missing.
 */
export function parseSheetCell(ref: string, sheetName?: string): { sheet: string; address: string } | null {
  const text = ref.trim();
  const bang = text.lastIndexOf('!');
  let sheet = bang >= 0 ? text.slice(0, bang) : sheetName ?? '';
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const pos = parseA1(text.slice(bang + 1).split(/[:,]/)[0] ?? '');
  return sheet && pos ? { sheet, address: toA1(pos.row, pos.col) } : null;
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
