import { guangzhouSnapshot, shenzhenSnapshot } from '../fixtures';
import { analysed, found } from '../helpers';

describe('SUM_MISMATCH', () => {
  test('seed 003: 合计 100 against scores summing to 95.82 is an error stating both', () => {
    const [w] = found(analysed(guangzhouSnapshot(100)), 'SUM_MISMATCH');
    expect(w).toMatchObject({ severity: 'error', sheet: '表5', address: 'E33' });
    expect(w.message).toContain('100.00');
    expect(w.message).toContain('95.82');
    expect(w.message).toContain('4.18');
  });
  test('a 合计 equal to the sum draws nothing', () => {
    expect(found(analysed(guangzhouSnapshot(95.82)), 'SUM_MISMATCH')).toEqual([]);
  });
  test('a level-1 参考分值 that disagrees with its children is an error at that cell', () => {
    const snap = shenzhenSnapshot();
    snap.sheets[0].values[5][1] = 21; // 部门决策 20 → 21
    const w = found(analysed(snap), 'SUM_MISMATCH');
    expect(w).toEqual([expect.objectContaining({ severity: 'error', address: 'B6' })]);
    expect(w[0].message).toContain('21.00');
    expect(w[0].message).toContain('20.00');
  });
  test('seed 002 as printed: 总分 96.88 and level points all agree', () => {
    expect(found(analysed(shenzhenSnapshot()), 'SUM_MISMATCH')).toEqual([]);
  });
  test('a 合计 off by a rounding of its summed scores is a note; off by more, an error (one comparison for groups and the total)', () => {
    const [near] = found(analysed(guangzhouSnapshot(95.83)), 'SUM_MISMATCH');
    expect(near).toMatchObject({ severity: 'info', address: 'E33' });
    expect(near.message).toBe('合计行得分 95.83 与各末级指标填报得分之和 95.82 不符（相差 0.01 分），在四舍五入误差范围内');
    const [far] = found(analysed(guangzhouSnapshot(96.82)), 'SUM_MISMATCH');
    expect(far.message).toBe('合计行得分 96.82 与各末级指标填报得分之和 95.82 不符（相差 1.00 分）');
    expect(far.severity).toBe('error');
  });
});
