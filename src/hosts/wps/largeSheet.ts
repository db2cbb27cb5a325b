/**
 * Reading a used range too large for one Value2 (a stray value at XFD1048576 makes it 17 billion
 * cells, which no build can hand back): the range is halved along its longer side, each half asked
 * how many cells hold something (WorksheetFunction.CountA, no values moved), empty halves dropped,
 * until every part with content is small enough to read whole. The snapshot keeps rows of content only.
 */
import type { SheetSnapshot } from '../../workbook/port';
import { gridOfCells, rangeA1, DENSE_CELL_LIMIT, type PlacedCell } from '../../workbook/read';
import { boxArea, halves, MAX_PARTS, scatteredMessage, type Box } from '../shared/halves';
import { EtApplication, EtWorksheet, member } from './et';
import { WpsHostError } from './errors';
import { cellFormula, cellValue, toGrid } from './values';

/** A part this small is read whole, however empty. */
const SMALL_PART = 4096;

const address = (b: Box) => rangeA1(b.row, b.col, b.row + b.rows - 1, b.col + b.cols - 1);

/** The parts of `used` that hold content, each at most DENSE_CELL_LIMIT cells. */
export function contentParts(app: EtApplication, ws: EtWorksheet, name: string, used: Box): Box[] {
  const countA = (b: Box) => Number(member(app, 'WorksheetFunction').CountA(ws.Range(address(b))));
  const done: Box[] = [];
  let pending = [used];
  while (pending.length) {
    const next: Box[] = [];
    for (const half of pending.flatMap(halves)) {
      const count = countA(half);
      if (count === 0) continue;
      // CountA cannot shrink a part to its content as Excel's used range does: halving goes on while the
      // part is mostly empty, so a table beside a far cell is read as a few small blocks
      if (boxArea(half) <= Math.min(DENSE_CELL_LIMIT, Math.max(4 * count, SMALL_PART))) done.push(half);
      else next.push(half);
    }
    if (done.length + next.length > MAX_PARTS) throw new WpsHostError(`读取工作表失败：${scatteredMessage(name)}`, name);
    pending = next;
  }
  return done;
}

/** One part's cells with content: value, formula and, when the build answers them cell by cell, the format. */
function partCells(ws: EtWorksheet, part: Box, withFormats: boolean): PlacedCell[] {
  const range = ws.Range(address(part));
  const values = toGrid(member(range, 'Value2'), part.rows, part.cols);
  const formulas = toGrid(member(range, 'Formula'), part.rows, part.cols);
  const rawFormats = withFormats ? member(range, 'NumberFormat') : null;
  const formats = Array.isArray(rawFormats) ? toGrid(rawFormats, part.rows, part.cols) : null;
  const out: PlacedCell[] = [];
  values.forEach((line, r) =>
    line.forEach((raw, c) => {
      const value = cellValue(raw);
      const formula = cellFormula(formulas[r][c], raw);
      if (value === null && formula === null) return;
      const f = formats ? formats[r][c] : rawFormats;
      out.push({ row: part.row + r, col: part.col + c, value, formula, format: value !== null && typeof f === 'string' && f !== '' ? f : null });
    }),
  );
  return out;
}

/** A sheet whose used range is too large to read whole, read where its content is. */
export function readLargeSheet(app: EtApplication, ws: EtWorksheet, name: string, used: Box): SheetSnapshot {
  const parts = contentParts(app, ws, name, used);
  // a part's NumberFormat that is neither a block nor one shared format says nothing cell by cell
  const cells = parts.flatMap((part) => partCells(ws, part, true));
  return gridOfCells(name, cells, true);
}
