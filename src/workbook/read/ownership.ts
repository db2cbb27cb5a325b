import type { CellValue, SheetSnapshot } from '../port';
import type { WorkbookSettings } from './settings';
import { columnLetters } from './address';

/**
 * What we own in a workbook: sheets and columns we created and each cell we wrote, by the settings
 * sheet's records (a header or marker text alone proves nothing: a unit may head a column 系统评分).
 * A cell we wrote is ours to write over only while it holds what we wrote; every other cell is
 * written only while empty, or when the user confirms.
 */

export const RESULT_SHEET = '检查结果';
/** First cell of every 检查结果 sheet we write: how a later run recognises it as ours. */
export const RESULT_MARKER = '检查结果（绩效评分助手生成，重新评分时将被替换）';

export function isOwnResultSheet(sheet: SheetSnapshot, settings: WorkbookSettings): boolean {
  if (settings.ownedSheets.includes(sheet.name)) return true;
  return sheet.values[0]?.[0] === RESULT_MARKER;
}

/** True when the settings record this column as one we created. */
export function isOwnedColumn(settings: WorkbookSettings, sheet: string, col: number): boolean {
  const letters = columnLetters(col);
  return settings.ownedColumns.some((c) => c.sheet === sheet && c.column === letters);
}

/** What a cell holds, as a plan writes it and a snapshot reads it. */
export interface OwnedContent {
  value: CellValue;
  formula: string | null;
}

/** FNV-1a over the text: a long 检查提示 is recorded by 8 hex digits, not stored twice. */
function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * A short fingerprint of what a cell holds, compared as hosts store what they are given: a formula
 * without regard to case or spaces, a number as its value (−0 as 0), text trimmed and hashed. Null for
 * an empty cell.
 */
export function contentFingerprint(content: OwnedContent): string | null {
  if (content.formula) return `f:${textHash(content.formula.replace(/\s+/g, '').toUpperCase())}`;
  const v = content.value;
  if (v === null || v === '') return null;
  if (typeof v === 'number') return `n:${v === 0 ? 0 : v}`;
  if (typeof v === 'boolean') return `b:${v}`;
  const text = v.startsWith("'") ? v.slice(1).trim() : v.trim();
  return text === '' ? null : `t:${textHash(text)}:${text.length}`;
}

/**
 * What is recorded for a cell we write: its fingerprint, and for a formula also the value it computes,
 * so a formula the pane rewrote as its value (Excel's #NAME? under non-English display languages) is
 * still ours.
 */
export function recordedFingerprint(content: OwnedContent): string | null {
  const print = contentFingerprint(content);
  const value = content.formula ? contentFingerprint({ value: content.value, formula: null }) : null;
  return print !== null && value !== null ? `${print}|${value}` : print;
}

/**
 * A cell as the settings know it: 'ours' while it holds what we recorded, 'changed' once it holds
 * something else (edited since we wrote it), 'unrecorded' when we never recorded it; 'empty' cells may
 * always be written.
 */
export function recordedState(settings: WorkbookSettings, sheet: string, address: string, now: OwnedContent): 'empty' | 'ours' | 'changed' | 'unrecorded' {
  const print = contentFingerprint(now);
  if (print === null) return 'empty';
  const key = `${sheet}!${address}`;
  if (!Object.prototype.hasOwnProperty.call(settings.ownedCells, key)) return 'unrecorded';
  return settings.ownedCells[key].split('|').includes(print) ? 'ours' : 'changed';
}
