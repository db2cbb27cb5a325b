/**
 * One line of a write plan's preview: where, what was there, what will be. Shared by the score,
 * report and review previews so every plan reads the same way.
 */
import { fixed } from '../engine/decimal';
import type { Change } from '../workbook/port';
import { showCell } from './format';
import type { Translate } from './i18n';

export interface PlanLine {
  where: string;
  old: string;
  next: string;
  formula?: string;
}

export function describeChange(change: Change, t: Translate): PlanLine {
  const empty = t('emptyValue');
  switch (change.kind) {
    case 'cell':
      return {
        where: `${change.sheet}!${change.address}`,
        old: change.previous.formula ?? showCell(change.previous.value, empty),
        // shown as the cell will display it: scores in a 0.00 format keep their two decimals
        next: typeof change.value === 'number' && change.style?.numberFormat === '0.00' ? fixed(change.value, 2) : showCell(change.value, empty),
        formula: change.formula,
      };
    case 'comment':
      return { where: `${change.sheet}!${change.address}`, old: change.previous ?? empty, next: `${t('commentChange')}：${change.text || empty}` };
    case 'add-sheet':
      return { where: change.sheet, old: '', next: t('newSheet', { sheet: change.sheet }) + (change.hidden ? t('hiddenSheet') : '') };
    case 'delete-sheet':
      return { where: change.sheet, old: '', next: t('deleteSheet', { sheet: change.sheet }) };
    case 'column-width':
      return { where: change.sheet, old: '', next: `${t('widthChange')} ${change.width}` };
  }
}
