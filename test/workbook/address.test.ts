import { columnIndex, columnLetters, formulaRef, parseA1, parseRangeA1, parseSheetCell, rangeA1, sheetCell, toA1 } from '../../src/workbook/read/address';

describe('A1 helpers', () => {
  test('column letters and indices round-trip', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(701)).toBe('ZZ');
    expect(columnLetters(702)).toBe('AAA');
    for (let c = 0; c < 2000; c += 37) expect(columnIndex(columnLetters(c))).toBe(c);
    expect(columnIndex('1A')).toBe(-1);
  });
  test('cells and ranges', () => {
    expect(toA1(0, 0)).toBe('A1');
    expect(toA1(11, 2)).toBe('C12');
    expect(parseA1('$C$12')).toEqual({ row: 11, col: 2 });
    expect(parseA1('C0')).toBeNull();
    expect(parseA1('评分')).toBeNull();
    expect(rangeA1(2, 0, 39, 8)).toBe('A3:I40');
    expect(rangeA1(2, 0, 2, 0)).toBe('A3');
  });
  test('sheet references quote only when Excel needs it', () => {
    expect(formulaRef('基础数据', 'C12')).toBe('基础数据!C12');
    expect(formulaRef('My sheet', 'C12')).toBe("'My sheet'!C12");
    expect(formulaRef("O'Neil", 'A1')).toBe("'O''Neil'!A1");
    expect(formulaRef('AB12', 'A1')).toBe("'AB12'!A1");
    expect(sheetCell('评分表', 'J12')).toBe('评分表!J12');
    expect(sheetCell('评分表', null)).toBe('评分表');
  });
});

describe('ranges and sheet cells read back', () => {
  it('reads a range to its corners, a single cell as a range of one', () => {
    expect(parseRangeA1('A3:I40')).toEqual({ top: 2, left: 0, bottom: 39, right: 8 });
    expect(parseRangeA1('B5')).toEqual({ top: 4, left: 1, bottom: 4, right: 1 });
    expect(parseRangeA1('A3:')).toBeNull();
  });

  it('reads a sheet cell as hosts and settings write it, quoted or not, to its top-left cell', () => {
    expect(parseSheetCell('基础数据!B5')).toEqual({ sheet: '基础数据', address: 'B5' });
    expect(parseSheetCell("'基础 数据'!$b$5:$C$6")).toEqual({ sheet: '基础 数据', address: 'B5' });
    expect(parseSheetCell("'O''Brien'!C3")).toEqual({ sheet: "O'Brien", address: 'C3' });
    expect(parseSheetCell('$B$5', '评分表')).toEqual({ sheet: '评分表', address: 'B5' });
    expect(parseSheetCell('B5')).toBeNull();
    expect(parseSheetCell('基础数据!B5x')).toBeNull();
  });
});
