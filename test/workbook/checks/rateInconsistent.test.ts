import { shenzhenSnapshot } from '../fixtures';
import { analysed, found } from '../helpers';

describe('RATE_INCONSISTENT (rounding-aware)', () => {
  test("seed 002's 88.71% from 4.73 / 5.34 lies inside 88.40–88.75%: no finding", () => {
    expect(found(analysed(shenzhenSnapshot()), 'RATE_INCONSISTENT')).toEqual([]);
  });
  test("seed 003's 43.51% beside 10.83% progress against 25% is outside 43.30–43.34%: a warning", () => {
    const a = analysed(shenzhenSnapshot({}, { 一季度支出进度: '10.83%', 一季度预算执行率: '43.51%' }));
    const [w] = found(a, 'RATE_INCONSISTENT');
    expect(w).toMatchObject({ severity: 'warning', sheet: '基础数据' });
    expect(w.message).toContain('43.51%');
    expect(w.message).toContain('43.32%');
    expect(w.message).toContain('43.30%–43.34%');
  });
  test('a procurement rate outside the interval is flagged', () => {
    const [w] = found(analysed(shenzhenSnapshot({}, { 政府采购执行率: '88.90%' })), 'RATE_INCONSISTENT');
    expect(w.message).toContain('88.40%–88.75%');
  });
});
