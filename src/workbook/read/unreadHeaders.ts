import type { SheetSnapshot } from '../port';
import { toA1 } from './address';
import { headerKey, roleOf } from './detectTable';
import type { DetectedTable } from './read.types';
import { cellText } from './snapshotCells';

/** Header words of columns nobody scores from: not worth a note. */
const NOT_DATA = new Set(['序号', '编号', '备注', '项目']);

/**
 * Header cells of the table that name no column we read (an OCR-garbled "考值参分", a funds block's
 * 预算数 inside the tree): the analysis names them, so a column left unread is said, not silently lost.
 */
export function unreadHeaders(sheet: SheetSnapshot, table: DetectedTable): { address: string; text: string }[] {
  const used = new Set(Object.values(table.columns));
  const out: { address: string; text: string }[] = [];
  for (const row of [...new Set(table.headerRows)]) {
    for (let col = 0; col <= table.lastColumn; col += 1) {
      const text = cellText(sheet, row, col);
      if (text === '' || used.has(col) || roleOf(text) !== null || NOT_DATA.has(headerKey(text))) continue;
      if (!out.some((h) => h.text === text)) out.push({ address: toA1(row, col), text });
    }
  }
  return out;
}
