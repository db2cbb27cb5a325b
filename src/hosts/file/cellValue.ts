import type ExcelJS from 'exceljs';
import { excelValueType } from './excelJs';
import { D } from '../../engine/decimal';
import type { CellValue } from '../../workbook/port';

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A JS date (as ExcelJS reads it, in UTC) → the serial number Excel stores. */
export function dateToSerial(date: Date, date1904 = false): number {
  const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
  return new D(date.getTime() - epoch).dividedBy(MS_PER_DAY).toDecimalPlaces(10).toNumber();
}

type RichPart = { text?: unknown };

function flattenText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && Array.isArray((value as { richText?: unknown }).richText)) {
    return ((value as { richText: RichPart[] }).richText ?? []).map((p) => (typeof p.text === 'string' ? p.text : '')).join('');
  }
  if (value === null || value === undefined) return '';
  return String(value);
}

/** Any ExcelJS value (a formula's result included) → the port's plain value. */
export function plainValue(value: unknown, date1904 = false): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateToSerial(value, date1904);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return flattenText(v);
    if ('error' in v) return String(v.error);
    if ('hyperlink' in v) return flattenText(v.text);
    if ('formula' in v || 'sharedFormula' in v) return plainValue(v.result, date1904);
    if ('text' in v) return flattenText(v.text);
  }
  return null;
}

/**
 * A cell as the port sees it: its value (a formula's cached result) and its formula text with a
 * leading '='. Cells inside a merged range other than its top-left master read as empty.
 */
export function readCell(cell: ExcelJS.Cell, date1904 = false): { value: CellValue; formula: string | null } {
  if (cell.type === excelValueType().Merge) return { value: null, formula: null };
  if (cell.type === excelValueType().Formula) {
    const text = cell.formula;
    const raw = cell.value as { result?: unknown };
    return { value: plainValue(raw ? raw.result : null, date1904), formula: text ? `=${text}` : null };
  }
  return { value: plainValue(cell.value, date1904), formula: null };
}
