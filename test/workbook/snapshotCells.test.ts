import {
  cellFormat,
  cellFormatA1,
  cellFormula,
  cellFormulaA1,
  cellText,
  cellValue,
  cellValueA1,
  findSheet,
  isBlankValue,
  sheetOf,
  sheetWidth,
} from '../../src/workbook/read/snapshotCells';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/port';

const scores: SheetSnapshot = {
  name: '评分表',
  values: [
    ['指标', '分值', '得分'],
    ['预算执行率', 10, '  8.5 '],
    ['合计', null, 8.5, true],
    [],
  ],
  formulas: [
    [null, null, null],
    [null, null, null],
    [null, null, '=SUM(C2:C2)'],
  ],
  numberFormats: [
    [null, 'General', null],
    [null, '0.00', '0.00%'],
  ],
};
const data: SheetSnapshot = { name: 'Data', values: [['年初预算', 100]] };
const snapshot: WorkbookSnapshot = { sheets: [scores, data] };

describe('snapshot cell readers', () => {
  test('sheets by exact name, or ignoring letter case with findSheet', () => {
    expect(sheetOf(snapshot, '评分表')).toBe(scores);
    expect(sheetOf(snapshot, 'data')).toBeUndefined();
    expect(findSheet(snapshot, 'data')).toBe(data);
    expect(findSheet(snapshot, 'Data')).toBe(data);
    expect(findSheet(snapshot, '基础数据')).toBeUndefined();
    const both: WorkbookSnapshot = { sheets: [{ name: 'DATA', values: [] }, data] };
    expect(findSheet(both, 'Data')).toBe(data); // an exact match wins over an earlier case-insensitive one
  });

  test('values, formulas and formats by row and column', () => {
    expect(cellValue(scores, 1, 1)).toBe(10);
    expect(cellValue(scores, 2, 3)).toBe(true);
    expect(cellValue(scores, 2, 1)).toBeNull();
    expect(cellFormula(scores, 2, 2)).toBe('=SUM(C2:C2)');
    expect(cellFormula(scores, 1, 2)).toBeNull();
    expect(cellFormat(scores, 1, 2)).toBe('0.00%');
    expect(cellFormat(scores, 0, 1)).toBe('General');
  });

  test('outside the sheet, a missing sheet or column, or no formulas/formats: null', () => {
    for (const [row, col] of [[9, 0], [0, 9], [3, 0], [-1, 0], [0, -1], [0, undefined]] as [number, number | undefined][]) {
      expect(cellValue(scores, row, col)).toBeNull();
      expect(cellFormula(scores, row, col)).toBeNull();
      expect(cellFormat(scores, row, col)).toBeNull();
    }
    expect(cellValue(undefined, 0, 0)).toBeNull();
    expect(cellFormula(undefined, 0, 0)).toBeNull();
    expect(cellFormat(undefined, 0, 0)).toBeNull();
    expect(cellFormula(data, 0, 1)).toBeNull();
    expect(cellFormat(data, 0, 1)).toBeNull();
    expect(cellFormat(scores, 2, 2)).toBeNull();
  });

  test('text is trimmed and written as stored; empty is ""', () => {
    expect(cellText(scores, 1, 2)).toBe('8.5');
    expect(cellText(scores, 1, 1)).toBe('10');
    expect(cellText(scores, 2, 3)).toBe('true');
    expect(cellText(scores, 2, 1)).toBe('');
    expect(cellText(undefined, 0, 0)).toBe('');
  });

  test('A1 variants read through parseA1', () => {
    expect(cellValueA1(scores, 'B2')).toBe(10);
    expect(cellValueA1(scores, '$b$2')).toBe(10);
    expect(cellFormulaA1(scores, 'C3')).toBe('=SUM(C2:C2)');
    expect(cellFormatA1(scores, 'C2')).toBe('0.00%');
    for (const bad of ['', 'B0', '评分', 'B2:C3', 'ABCD1']) {
      expect(cellValueA1(scores, bad)).toBeNull();
      expect(cellFormulaA1(scores, bad)).toBeNull();
      expect(cellFormatA1(scores, bad)).toBeNull();
    }
    expect(cellValueA1(undefined, 'A1')).toBeNull();
    expect(cellValueA1(sheetOf(snapshot, 'Data'), 'B1')).toBe(100);
  });

  test('blank values and sheet width', () => {
    expect(isBlankValue(null)).toBe(true);
    expect(isBlankValue(undefined)).toBe(true);
    expect(isBlankValue('  ')).toBe(true);
    expect(isBlankValue('')).toBe(true);
    expect(isBlankValue(0)).toBe(false);
    expect(isBlankValue(false)).toBe(false);
    expect(isBlankValue(' x ')).toBe(false);
    expect(sheetWidth(scores)).toBe(4);
    expect(sheetWidth(undefined)).toBe(0);
    expect(sheetWidth({ name: 'empty', values: [] })).toBe(0);
  });
});
