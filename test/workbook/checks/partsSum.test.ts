import { shenzhenSnapshot } from '../fixtures';
import { analysed, found } from '../helpers';

describe('PARTS_SUM_MISMATCH', () => {
  test('1,330.19 + 71.48 vs 1,401.66 is within rounding: info only', () => {
    const w = found(analysed(shenzhenSnapshot()), 'PARTS_SUM_MISMATCH');
    expect(w).toEqual([expect.objectContaining({ severity: 'info', address: 'B5' })]);
    expect(w[0].message).toContain('1,401.67万元');
  });
  test('parts off beyond rounding are a warning', () => {
    const w = found(analysed(shenzhenSnapshot({}, { 年初预算人员经费: 1300.19 })), 'PARTS_SUM_MISMATCH');
    expect(w).toEqual([expect.objectContaining({ severity: 'warning', address: 'B5' })]);
  });
  test('an exact sum draws nothing', () => {
    expect(found(analysed(shenzhenSnapshot({}, { 年初预算人员经费: 1330.18 })), 'PARTS_SUM_MISMATCH')).toEqual([]);
  });
  test('年初预算基本支出 stored as the number 1402: ±0.005, not ±0.5, so beyond rounding', () => {
    const w = found(analysed(shenzhenSnapshot({}, { 年初预算基本支出: 1402 })), 'PARTS_SUM_MISMATCH');
    const basic = w.find((x) => x.address === 'B5');
    expect(basic).toMatchObject({ severity: 'warning', sheet: '基础数据' });
    expect(basic?.message).toBe(
      '年初预算基本支出 1,402.00万元 与其组成部分 年初预算人员经费 1,330.19万元 + 年初预算公用经费 71.48万元 = 1,401.67万元 相差 0.33万元',
    );
  });
  test('a sum off by 0.015 (three roundings of ±0.005) is still only an info note; by 0.02 a warning', () => {
    expect(found(analysed(shenzhenSnapshot({}, { 年初预算基本支出: 1401.685 })), 'PARTS_SUM_MISMATCH').find((x) => x.address === 'B5')?.severity).toBe('info');
    expect(found(analysed(shenzhenSnapshot({}, { 年初预算基本支出: 1401.69 })), 'PARTS_SUM_MISMATCH').find((x) => x.address === 'B5')?.severity).toBe('warning');
  });
});
