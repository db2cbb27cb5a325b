/**
 * 识别's 基础数据 bindings, without React: a figure bound to the cell the user selected (any sheet), or a
 * label's match refused (不是此数据), saved as one `figure | <id> | <sheet>!<cell>` (or `none`) row of the
 * hidden settings sheet by a write plan, so Excel, WPS and the command line read the figure alike.
 */
import type { Analysis } from '../../workbook/analyse';
import type { WorkbookSnapshot, WritePlan } from '../../workbook/port';
import { readSettings, settingsChanges } from '../../workbook/read';

/** What "不是此数据" stores: the label's match is refused and the figure is missing again. */
export const REFUSED = 'none';

export function figureName(analysis: Analysis, id: string): string {
  return analysis.figureDefs[id]?.label ?? analysis.framework.figures[id]?.label ?? id;
}

/**
 * The plan storing `target` ("Sheet!A1", or REFUSED) for figure `id`. Only the stored settings and
 * this binding are written: choices not yet saved stay the score write's to save.
 */
export function planFigureBinding(analysis: Analysis, id: string, target: string): WritePlan {
  const stored = readSettings(analysis.snapshot);
  const figureBindings = { ...stored.figureBindings, [id]: target };
  const name = figureName(analysis, id);
  return {
    title: target === REFUSED ? `基础数据“${name}”：不是此数据` : `基础数据“${name}”使用 ${target}`,
    changes: settingsChanges(analysis.snapshot, { ...stored, figureBindings }),
  };
}

/**
 * The selected cell as a binding target: refused (with why, in Chinese) when nothing is selected or the
 * cell is on a sheet the workbook as read does not hold.
 */
export function selectionTarget(snapshot: WorkbookSnapshot, selection: { sheet: string; address: string } | null): string {
  if (!selection) throw new Error('请先在工作表中选中保存此数据的单元格，再点“使用选中单元格”。');
  if (!snapshot.sheets.some((s) => s.name === selection.sheet)) {
    throw new Error(`选中的单元格 ${selection.sheet}!${selection.address} 所在的工作表在识别时还没有：请点“重新识别”后再选。`);
  }
  return `${selection.sheet}!${selection.address}`;
}
