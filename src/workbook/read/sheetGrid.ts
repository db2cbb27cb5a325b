import type { CellValue, SheetSnapshot } from '../port';

/**
 * Up to this many cells a sheet's snapshot is a full rectangle from A1 (every row as wide as the
 * widest). Beyond it (one stray value at XFD1048576 makes 17 billion) the snapshot is bounded by its
 * content: rows without content are holes, and each row ends at its own last cell.
 */
export const DENSE_CELL_LIMIT = 2_000_000;

/** One cell with content, 0-based. */
export interface PlacedCell {
  row: number;
  col: number;
  value: CellValue;
  formula: string | null;
  format: string | null;
}

function sparseRows<T>(height: number): T[][] {
  // `new Array(n)` makes holes, which forEach, map and reduce pass over without a step
  return new Array<T[]>(height);
}

/**
 * The values, formulas and number formats of a sheet from its cells with content: a rectangle from
 * A1 when it is small enough, else rows of content only. Readers go through snapshotCells, which read
 * a hole or a cell past a row's end as empty.
 */
export function gridOfCells(name: string, cells: readonly PlacedCell[], withFormats = true): SheetSnapshot {
  let height = 0;
  let width = 0;
  for (const cell of cells) {
    height = Math.max(height, cell.row + 1);
    width = Math.max(width, cell.col + 1);
  }
  const dense = height * width <= DENSE_CELL_LIMIT;
  const values = sparseRows<CellValue>(height);
  const formulas = sparseRows<string | null>(height);
  const formats = sparseRows<string | null>(height);
  const rowAt = <T>(rows: T[][], r: number, fill: T): T[] => rows[r] ?? (rows[r] = dense ? new Array<T>(width).fill(fill) : []);
  for (const cell of cells) {
    const v = rowAt(values, cell.row, null);
    const f = rowAt(formulas, cell.row, null);
    const n = rowAt(formats, cell.row, null);
    // a row of a sparse sheet grows to its own last cell, with nulls (not holes) before it
    if (!dense) for (const row of [v, f, n] as unknown[][]) while (row.length < cell.col) row.push(null);
    v[cell.col] = cell.value;
    f[cell.col] = cell.formula;
    n[cell.col] = cell.format;
  }
  if (dense) {
    for (let r = 0; r < height; r += 1) {
      if (values[r]) continue;
      values[r] = new Array<CellValue>(width).fill(null);
      formulas[r] = new Array<string | null>(width).fill(null);
      formats[r] = new Array<string | null>(width).fill(null);
    }
  }
  return withFormats ? { name, values, formulas, numberFormats: formats } : { name, values, formulas };
}
