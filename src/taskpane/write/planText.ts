/**
 * How a write plan reads in the pane: each change as where, what was there, what will be (the score,
 * report and review previews), and each cell a write or an undo found changed as where, what the plan
 * expected, what is there now. Shared so every plan and every refusal reads the same way.
 */
import { fixed } from '../../engine/decimal';
import type { Change, EditedCell } from '../../workbook/port';
import type { CellContent, Conflict } from '../../workbook/plan';
import { showCell } from '../format';
import type { Translate } from '../i18n';

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
    case 'validation-list':
      return {
        where: `${change.sheet}!${change.address}`,
        old: change.previous?.join(' / ') ?? '',
        next: change.options ? `${t('listChange')}：${change.options.join(' / ')}` : `${t('listChange')}：${t('emptyValue')}`,
      };
  }
}

const SHOWN = 40;
/** A cell's content as the user would recognise it: its formula, else its value; long text shortened. */
function shownContent(content: CellContent, empty: string): string {
  const text = showCell(content.formula ?? content.value, empty);
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}

/**
 * One line per cell that differs from what a plan expected (at most `limit`, then a count of the
 * rest). `before` is what the plan expected: 'preview' before a write, 'written' before an undo.
 */
export function conflictLines(t: Translate, conflicts: readonly Conflict[], before: 'preview' | 'written', limit = 12): string[] {
  const empty = t('emptyValue');
  const lines = conflicts.slice(0, limit).map((c) => {
    if (c.kind === 'sheet') return t('conflictSheet', { sheet: c.sheet });
    // the workbook's own words: what changed in the cells the plan was computed from
    if (c.kind === 'basis') return c.message;
    const cell = `${c.sheet}!${c.address}`;
    const expected = shownContent(c.expected, empty);
    if (c.found === null) return before === 'preview' ? t('conflictSheetGone', { cell, expected, sheet: c.sheet }) : t('keptSheetGone', { cell, sheet: c.sheet });
    return t(before === 'preview' ? 'conflictCell' : 'keptCell', { cell, expected, found: shownContent(c.found, empty) });
  });
  if (conflicts.length > limit) lines.push(t('conflictMore', { n: conflicts.length - limit }));
  return lines;
}

/** One line per cell of ours the user edited since we wrote it, which the plan leaves unless confirmed. */
export function editedLines(t: Translate, edited: readonly EditedCell[], limit = 12): string[] {
  const empty = t('emptyValue');
  const lines = edited.slice(0, limit).map((e) => t('editedCell', { cell: `${e.sheet}!${e.address}`, found: shownContent(e.found, empty), planned: shownContent(e.planned, empty) }));
  if (edited.length > limit) lines.push(t('conflictMore', { n: edited.length - limit }));
  return lines;
}
