import { readNumberFormat } from '../../src/workbook/read/numberFormat';

describe('readNumberFormat', () => {
  test('no format information at all is null, so it can be told from General', () => {
    expect(readNumberFormat(undefined)).toBeNull();
    expect(readNumberFormat(null)).toBeNull();
    expect(readNumberFormat('')).toBeNull();
  });
  test('General (and WPS G/通用格式) and text fix no decimals', () => {
    expect(readNumberFormat('General')).toEqual({ percent: false, decimals: null, shift: 0 });
    expect(readNumberFormat('G/通用格式')).toEqual({ percent: false, decimals: null, shift: 0 });
    expect(readNumberFormat('@')).toEqual({ percent: false, decimals: null, shift: 0 });
  });
  test('percentages: the stored number is a fraction shown × 100', () => {
    expect(readNumberFormat('0.00%')).toEqual({ percent: true, decimals: 2, shift: 2 });
    expect(readNumberFormat('0.0%')).toEqual({ percent: true, decimals: 1, shift: 2 });
    expect(readNumberFormat('0%')).toEqual({ percent: true, decimals: 0, shift: 2 });
  });
  test('fixed decimals, separators, currency, literals and colours', () => {
    expect(readNumberFormat('#,##0.00')).toEqual({ percent: false, decimals: 2, shift: 0 });
    expect(readNumberFormat('0')).toEqual({ percent: false, decimals: 0, shift: 0 });
    expect(readNumberFormat('[$¥-804]#,##0.00')).toEqual({ percent: false, decimals: 2, shift: 0 });
    expect(readNumberFormat('0.00"万元"')).toEqual({ percent: false, decimals: 2, shift: 0 });
    expect(readNumberFormat('"增长"0.0"%"')).toEqual({ percent: false, decimals: 1, shift: 0 }); // a quoted % does not scale
    expect(readNumberFormat('#,##0.00_);[Red](#,##0.00)')).toEqual({ percent: false, decimals: 2, shift: 0 });
  });
  test('the section for the value’s sign', () => {
    expect(readNumberFormat('0.00;(0.0)', -1.5)).toEqual({ percent: false, decimals: 1, shift: 0 });
    expect(readNumberFormat('0.00;(0.0)', 1.5)).toEqual({ percent: false, decimals: 2, shift: 0 });
  });
  test('scaling commas divide by 1000 each', () => {
    expect(readNumberFormat('#,##0,')).toEqual({ percent: false, decimals: 0, shift: -3 });
    expect(readNumberFormat('0.00,,"百万"')).toEqual({ percent: false, decimals: 2, shift: -6 });
  });
  test('dates, times, scientific and fractions fix no decimals of the figure', () => {
    for (const f of ['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', 'h:mm:ss', '0.00E+00', '# ?/?']) {
      expect(readNumberFormat(f)).toEqual({ percent: false, decimals: null, shift: 0 });
    }
  });
});
