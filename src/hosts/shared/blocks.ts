/**
 * Single-cell changes grouped into rectangles, so a plan is written as a few block assignments
 * instead of one host call per cell.
 */

export interface Placed<T> {
  row: number;
  col: number;
  item: T;
}

export interface Block<T> {
  top: number;
  left: number;
  /** rows × columns; every position is filled */
  grid: T[][];
}

/**
 * Runs of consecutive columns in a row, then runs with the same column span stacked on consecutive
 * rows. `maxCells` caps a block for hosts whose requests have a size limit.
 */
export function toBlocks<T>(cells: Placed<T>[], maxCells = Infinity): Block<T>[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Block<T>[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === c.row && last.left + last.grid[0].length === c.col && last.grid[0].length < maxCells) last.grid[0].push(c.item);
    else runs.push({ top: c.row, left: c.col, grid: [[c.item]] });
  }
  // stack runs with the same span on consecutive rows; keyed by span so interleaved spans still merge
  const open = new Map<string, Block<T>>();
  const out: Block<T>[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.grid[0].length}`;
    const block = open.get(key);
    const width = run.grid[0].length;
    if (block && block.top + block.grid.length === run.top && (block.grid.length + 1) * width <= maxCells) block.grid.push(run.grid[0]);
    else {
      const fresh = { top: run.top, left: run.left, grid: [run.grid[0]] };
      open.set(key, fresh);
      out.push(fresh);
    }
  }
  return out;
}
