/// <reference types="office-js" />
/**
 * Where a large used range holds content. One stray value at XFD1048576 makes a sheet's used range
 * 17 billion cells, which no read can carry; Excel's advice for large ranges is to work on smaller
 * parts. Each part too large to read is halved along its longer side and each half asked for its own
 * used range (Range.getUsedRangeOrNullObject, values only, ExcelApi 1.4), every sheet's parts in one
 * round trip per round, until every part is small enough to read whole. The empty space between a
 * table and a stray cell is never read.
 */
import { DENSE_CELL_LIMIT } from '../../workbook/read';
import { boxArea as area, halves, MAX_PARTS, scatteredMessage, type Box } from '../shared/halves';
import { ExcelHostError } from './errors';

export type { Box };

/** The parts of each sheet's used range (null: the sheet is empty) that hold content, each small enough to read. */
export async function contentBoxes(context: Excel.RequestContext, sheets: Excel.Worksheet[], used: (Box | null)[]): Promise<Box[][]> {
  const done: Box[][] = used.map(() => []);
  let pending: { index: number; box: Box }[] = [];
  used.forEach((box, index) => {
    if (!box) return;
    if (area(box) <= DENSE_CELL_LIMIT) done[index].push(box);
    else pending.push({ index, box });
  });
  while (pending.length) {
    const asked = pending.flatMap(({ index, box }) =>
      halves(box).map((half) => {
        const range = sheets[index].getRangeByIndexes(half.row, half.col, half.rows, half.cols).getUsedRangeOrNullObject(true);
        range.load('rowIndex,columnIndex,rowCount,columnCount');
        return { index, range };
      }),
    );
    await context.sync();
    pending = [];
    for (const { index, range } of asked) {
      if (range.isNullObject) continue;
      const box = { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
      if (area(box) <= DENSE_CELL_LIMIT) done[index].push(box);
      else pending.push({ index, box });
    }
    const parts = new Map<number, number>();
    for (const { index } of pending) parts.set(index, (parts.get(index) ?? 0) + 1);
    for (const [index, n] of parts) {
      if (n + done[index].length > MAX_PARTS) {
        const name = sheets[index].name;
        throw new ExcelHostError(`读取工作簿失败：${scatteredMessage(name)}`, 'ContentTooScattered', name);
      }
    }
  }
  return done;
}
