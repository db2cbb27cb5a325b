/** The rectangles both Excel and WPS write a plan's cells in. */
import { toBlocks, Placed } from '../../src/hosts/shared/blocks';

const at = (row: number, col: number): Placed<string> => ({ row, col, item: `${row},${col}` });

describe('toBlocks', () => {
  test('adjacent cells in a row become one run, and runs of the same span on consecutive rows stack', () => {
    const blocks = toBlocks([at(1, 3), at(0, 2), at(0, 3), at(1, 2), at(2, 2), at(2, 3)]);
    expect(blocks).toEqual([{ top: 0, left: 2, grid: [['0,2', '0,3'], ['1,2', '1,3'], ['2,2', '2,3']] }]);
  });

  test('a gap in a row or a different span starts a new block; interleaved spans still merge', () => {
    const blocks = toBlocks([at(0, 0), at(0, 2), at(1, 0), at(1, 2), at(2, 0), at(2, 1)]);
    expect(blocks).toEqual([
      { top: 0, left: 0, grid: [['0,0'], ['1,0']] },
      { top: 0, left: 2, grid: [['0,2'], ['1,2']] },
      { top: 2, left: 0, grid: [['2,0', '2,1']] },
    ]);
  });

  test('without a cap a long column is one block; with one no block holds more cells than the cap', () => {
    const column = Array.from({ length: 10 }, (_, i) => at(i, 0));
    expect(toBlocks(column)).toHaveLength(1);
    const capped = toBlocks(column, 4);
    expect(capped.map((b) => b.grid.length)).toEqual([4, 4, 2]);
    const row = Array.from({ length: 10 }, (_, i) => at(0, i));
    expect(toBlocks(row, 4).map((b) => [b.left, b.grid[0].length])).toEqual([[0, 4], [4, 4], [8, 2]]);
  });
});
