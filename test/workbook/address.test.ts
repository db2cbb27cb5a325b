import { columnIndex, columnLetters, formulaRef, parseA1, rangeA1, sheetCell, toA1 } from '../../src/workbook/read/address';

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
