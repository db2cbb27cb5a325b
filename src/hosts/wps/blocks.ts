/**
 * Single-cell changes grouped into rectangles, so each rectangle is one `Value2`/`Formula` assignment
 * instead of one COM call per cell.
 */

export interface Placed<T> {
  row: number;
  col: number;
  item: T;
}

export interface Block<T> {
  top: number;
  left: number;
  /** every position filled */
  grid: T[][];
}

/** Runs of adjacent cells in a row, then runs of the same span on consecutive rows stacked. */
export function toBlocks<T>(cells: Placed<T>[]): Block<T>[] {
  const sorted = cells.slice().sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Block<T>[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === c.row && last.left + last.grid[0].length === c.col) last.grid[0].push(c.item);
    else runs.push({ top: c.row, left: c.col, grid: [[c.item]] });
  }
  const open = new Map<string, Block<T>>();
  const out: Block<T>[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.grid[0].length}`;
    const block = open.get(key);
    if (block && block.top + block.grid.length === run.top) block.grid.push(run.grid[0]);
    else {
      const fresh = { top: run.top, left: run.left, grid: [run.grid[0]] };
      open.set(key, fresh);
      out.push(fresh);
    }
  }
  return out;
}
