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
});
