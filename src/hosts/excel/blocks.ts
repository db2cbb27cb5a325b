/**
 * Grouping single-cell changes into rectangles so a plan is written as a few block assignments
 * instead of one command per cell.
 */
import { quoteSheet } from '../../workbook/address';

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
 * rows. `maxCells` caps a block so one command stays well inside a request's size limit.
 */
export function toBlocks<T>(cells: Placed<T>[], maxCells = 20000): Block<T>[] {
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

export function colLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function blockAddress(top: number, left: number, rows: number, cols: number): string {
  const a = `${colLetters(left)}${top + 1}`;
  const b = `${colLetters(left + cols - 1)}${top + rows}`;
  return a === b ? a : `${a}:${b}`;
}

/** "B12" → { row: 11, col: 1 }; null for anything else. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Sheet-qualified address as Excel accepts it: quotes unless the name is letters, digits, _ and . */
export function qualified(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}
