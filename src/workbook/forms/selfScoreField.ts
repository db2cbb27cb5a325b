import { D } from '../../engine/decimal';
import type { SheetSnapshot } from '../port';
import type { SelfScoreField } from '../read';
import { cellText, cellValue, normaliseChars, toA1 } from '../read';

/**
 * The 自评得分 the form states in its fields above the table (银川: "自评得分 | 98"), a number in the
 * first filled cell right of the label. Only rows above the header are looked at: inside the table the
 * same words head the score column.
 */
export function readSelfScoreField(sheet: SheetSnapshot, headerRow: number): SelfScoreField | null {
  for (let r = 0; r < headerRow; r += 1) {
    const cells = sheet.values[r] ?? [];
    for (let c = 0; c < cells.length; c += 1) {
      if (!/^(自评得分|自评总分)$/.test(normaliseChars(cellText(sheet, r, c)).replace(/\s+/g, ''))) continue;
      for (let cc = c + 1; cc < cells.length; cc += 1) {
        if (cellText(sheet, r, cc) === '') continue;
        const v = cellValue(sheet, r, cc);
        const text = normaliseChars(String(v)).trim().replace(/分$/, '');
        if (typeof v !== 'number' && !/^\d+(\.\d+)?$/.test(text)) return null;
        return { sheet: sheet.name, address: toA1(r, cc), value: new D(typeof v === 'number' ? v : text) };
      }
    }
  }
  return null;
}
