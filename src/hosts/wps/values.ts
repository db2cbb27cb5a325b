/**
 * What `Range.Value2` and `Range.Formula` hand back, made regular: WPS returns a scalar for one cell
 * and, depending on the build, a one-dimensional array for a one-row (or one-column) range.
 */
import type { CellValue } from '../../workbook/port';

const MS_PER_DAY = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** A block read from a range of `rows` × `cols`, always as rows of cells. */
export function toGrid(raw: unknown, rows: number, cols: number): unknown[][] {
  if (!Array.isArray(raw)) {
    if (rows === 1 && cols === 1) return [[raw]];
    throw new Error(`区域为 ${rows} 行 ${cols} 列，读取结果却不是数组`);
  }
  if (raw.length > 0 && !Array.isArray(raw[0])) {
    if (rows === 1 && raw.length === cols) return [raw.slice()];
    if (cols === 1 && raw.length === rows) return raw.map((v) => [v]);
    throw new Error(`区域为 ${rows} 行 ${cols} 列，读取到 ${raw.length} 个值`);
  }
  if (raw.length !== rows || raw.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new Error(`区域为 ${rows} 行 ${cols} 列，读取结果的形状不符`);
  }
  return raw as unknown[][];
}

/** A date the bridge passed as a Date object (some builds do) becomes its serial number, as Value2 gives. */
function dateSerial(date: Date): number | null {
  const t = date.getTime();
  if (Number.isNaN(t)) return null;
  // COM dates carry no zone: the local wall-clock time is the value
  const local = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds());
  return Math.round(((local - EPOCH_1900) / MS_PER_DAY) * 1e10) / 1e10;
}

/** One cell of Value2 as the port sees it: empty → null. */
export function cellValue(v: unknown): CellValue {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateSerial(v);
  return String(v);
}

/**
 * One cell of Formula: the formula text when the cell holds one, else null. `Formula` also returns
 * text typed as '=100% unchanged, so a "formula" whose text is exactly the cell's value is text.
 */
export function cellFormula(formula: unknown, value: unknown): string | null {
  if (typeof formula !== 'string' || formula.length < 2 || formula.charAt(0) !== '=') return null;
  return formula === value ? null : formula;
}
