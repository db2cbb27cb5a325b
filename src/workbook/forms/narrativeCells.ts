import type { SheetSnapshot } from '../port';
import type { NarrativeCell } from '../read';
import { cellText, normaliseChars, toA1 } from '../read';

/**
 * The national project form's written fields, read where every version prints them: 预期目标 / 实际完成情况
 * (Anhui, Hubei) and 项目年度目标 / 年度目标完成情况 (Sichuan) head the cell below them; 评价结论, 存在问题 and
 * 改进措施 head the cell to their right; a printed 注 is its own cell. Only the text is read: what it says
 * is for the checks.
 */

const ABOVE_TEXT = ['预期目标', '实际完成情况', '项目年度目标', '年度目标完成情况'];
const BESIDE_TEXT = ['评价结论', '存在问题', '改进措施'];

/** A label as printed, without its numbering ("1.") and spaces. */
function labelOf(text: string): string {
  return normaliseChars(text).replace(/\s+/g, '').replace(/^\d+[.、]/, '');
}

export function readNarratives(sheet: SheetSnapshot): NarrativeCell[] {
  const out: NarrativeCell[] = [];
  sheet.values.forEach((cells, r) => {
    cells.forEach((_, c) => {
      const text = cellText(sheet, r, c);
      // a printed note under the table ("注:1.一级指标分值统一设置为…") is its own text
      if (/^注\s*[:：]/.test(text)) {
        out.push({ label: '注', labelAddress: toA1(r, c), sheet: sheet.name, address: toA1(r, c), text });
        return;
      }
      const label = labelOf(text);
      const below = ABOVE_TEXT.includes(label);
      if (!below && !BESIDE_TEXT.includes(label)) return;
      let at: [number, number] | null = null;
      if (below) at = cellText(sheet, r + 1, c) !== '' ? [r + 1, c] : null;
      else for (let cc = c + 1; cc < cells.length && !at; cc++) if (cellText(sheet, r, cc) !== '') at = [r, cc];
      if (!at) return;
      out.push({ label, labelAddress: toA1(r, c), sheet: sheet.name, address: toA1(at[0], at[1]), text: cellText(sheet, at[0], at[1]) });
    });
  });
  return out;
}
