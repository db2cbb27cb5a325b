/**
 * Splitting a used range too large to read: a block is halved along its longer side until each part
 * with content is small enough (read/sheetGrid's DENSE_CELL_LIMIT). Excel and WPS each ask their own
 * host which halves hold content.
 */

/** A block of a sheet, 0-based. */
export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** More parts than this with content is no longer a table with stray cells: the sheet is refused. */
export const MAX_PARTS = 4096;

export const boxArea = (b: Box): number => b.rows * b.cols;

/** The two halves of a block, split across its longer side. */
export function halves(b: Box): [Box, Box] {
  if (b.rows >= b.cols) {
    const top = Math.ceil(b.rows / 2);
    return [{ ...b, rows: top }, { ...b, row: b.row + top, rows: b.rows - top }];
  }
  const left = Math.ceil(b.cols / 2);
  return [{ ...b, cols: left }, { ...b, col: b.col + left, cols: b.cols - left }];
}

/** Why a sheet whose content is spread over too many parts is not read. */
export function scatteredMessage(sheet: string): string {
  return `工作表「${sheet}」的内容散布过广，无法分块读取；请删除远离表格的零星单元格后重试`;
}
