import { shenzhenSnapshot } from '../fixtures';
import { analysed, found } from '../helpers';

describe('UNIT_MISMATCH', () => {
  test("seed 000: “2000.41 元” whose parts 566.25 + 1434.16 万元 sum to 2000.41 is an error", () => {
    const a = analysed(shenzhenSnapshot({}, { 全年支出: '2000.41 元', 基本支出: 566.25, 项目支出: 1434.16 }));
    const [w] = found(a, 'UNIT_MISMATCH');
    expect(w).toMatchObject({ severity: 'error', sheet: '基础数据', address: 'B12' });
    expect(w.message).toContain('2000.41元');
    expect(w.message).toContain('2,000.41万元');
    // The same relation is not reported twice as a parts mismatch.
    expect(found(a, 'PARTS_SUM_MISMATCH').every((x) => x.address !== 'B12')).toBe(true);
  });
  test('amounts in the same unit draw nothing', () => {
    expect(found(analysed(shenzhenSnapshot()), 'UNIT_MISMATCH')).toEqual([]);
  });
  test('an amount genuinely in 元 that fits its parts after conversion draws nothing', () => {
    const a = analysed(shenzhenSnapshot({}, { 全年支出: '18,874,200.00元' }));
    expect(found(a, 'UNIT_MISMATCH')).toEqual([]);
  });
});
