import type { Dec } from '../../engine/decimal';
import type { FigureValue } from '../../engine/types';
import type { SheetSnapshot } from '../port';
import type { FoundFigure } from './read.types';
import type { ParseIssue } from './findFigures';
import { normaliseChars, parseNumberCell } from './cellValue';
import { toA1 } from './address';
import { cellValue } from './snapshotCells';
import { isDateFormat } from './plausibility';
import { serialDateText } from './dateSerial';

/**
 * Number cells of an indicator table (分值, 得分, group and total cells), read with a record of what
 * could not be read and of numbers typed as text: a cell is a number, blank (null), or an issue (null
 * and reported), never a silent zero. A date (a number in a date format) is an issue, never its serial.
 */

export interface TextNumber {
  sheet: string;
  address: string;
  text: string;
  value: Dec;
  what: string;
}

export interface TableCellReader {
  sheet: SheetSnapshot;
  issues: ParseIssue[];
  textNumbers: TextNumber[];
}

export function tableCellReader(sheet: SheetSnapshot): TableCellReader {
  return { sheet, issues: [], textNumbers: [] };
}

/** A number cell of the table: blank → null, unreadable → issue and null (never a silent zero). */
export function readTableNumber(rd: TableCellReader, row: number, col: number | undefined, what: string): Dec | null {
  if (col === undefined) return null;
  const v = cellValue(rd.sheet, row, col);
  const address = toA1(row, col);
  // a number in a date format is a date the user typed (2024-05-01 is stored as 45413): not a number
  const format = rd.sheet.numberFormats?.[row]?.[col] ?? null;
  const date = typeof v === 'number' && isDateFormat(format) ? serialDateText(v) : null;
  if (date !== null) {
    rd.issues.push({ sheet: rd.sheet.name, address, text: `${v}（${format}）`, message: `单元格是日期格式（${format}）`, what, date });
    return null;
  }
  const parsed = parseNumberCell(v);
  if (!parsed.ok) {
    if (!parsed.blank) rd.issues.push({ sheet: rd.sheet.name, address, text: parsed.text, message: parsed.message, what });
    return null;
  }
  const value = parsed.value as Dec;
  if (typeof v === 'string') rd.textNumbers.push({ sheet: rd.sheet.name, address, text: v, value, what });
  return value;
}

const FULL_MARKS = /^满分$/;
/** "5（满分）", "5分（满分）", "5 (满分)": the number before the note */
const NUMBER_THEN_FULL_MARKS = /^(.+?)\s*[(（]\s*满分\s*[)）]$/;

/**
 * A leaf's typed score. Besides numbers and numeric text it reads the common texts for full marks:
 * "满分" is the leaf's 分值 and "5（满分）" / "5分（满分）" is 5, each with an info note saying how it
 * was read; anything else unreadable is an issue, never a silent zero.
 */
export function readTableScore(rd: TableCellReader, row: number, col: number | undefined, what: string, points: Dec): Dec | null {
  if (col === undefined) return null;
  const v = cellValue(rd.sheet, row, col);
  if (typeof v === 'string') {
    const t = normaliseChars(v).replace(/\s+/g, '');
    const address = toA1(row, col);
    if (FULL_MARKS.test(t)) {
      rd.textNumbers.push({ sheet: rd.sheet.name, address, text: v, value: points, what: `${what}（满分即分值）` });
      return points;
    }
    const m = NUMBER_THEN_FULL_MARKS.exec(normaliseChars(v).trim());
    if (m) {
      const parsed = parseNumberCell(m[1]);
      if (parsed.ok) {
        rd.textNumbers.push({ sheet: rd.sheet.name, address, text: v, value: parsed.value as Dec, what });
        return parsed.value as Dec;
      }
    }
  }
  return readTableNumber(rd, row, col, what);
}

/** A figure read from a table cell (rather than from 基础数据). */
export function tableFigure(id: string, label: string, value: FigureValue, sheet: string, address: string, source: string, extra: Partial<FoundFigure> = {}): FoundFigure {
  return { id, label, value, unit: '', sheet, address, source, ...extra };
}
