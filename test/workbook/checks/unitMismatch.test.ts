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

describe('UNIT_MISMATCH inside a rate', () => {
  test('实际采购金额 “4.73元” against 5.34万元 and a stated 88.71%: a unit error on its cell, not a rate difference', () => {
    const a = analysed(shenzhenSnapshot({}, { 实际采购金额: '4.73元' }));
    expect(found(a, 'RATE_INCONSISTENT')).toEqual([]);
    const [w, ...rest] = found(a, 'UNIT_MISMATCH');
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ severity: 'error', sheet: '基础数据', address: 'B25' });
    expect(w.message).toContain('实际采购金额');
    expect(w.message).toContain('4.73元');
    expect(w.message).toContain('88.71%');
    expect(w.message).toContain('4.73万元 ÷ 5.34万元 = 88.58%');
    // the amount as read is shown with the decimals it needs, never as 0.00万元
    expect(w.message).toContain('0.000473万元');
    expect(w.message).not.toContain('0.00万元');
  });

  test('a 元 total that breaks both its parts and its rate is said once, on its cell', () => {
    const a = analysed(shenzhenSnapshot({}, { 全年支出: '1,887.42元' }));
    expect(found(a, 'RATE_INCONSISTENT')).toEqual([]);
    expect(found(a, 'UNIT_MISMATCH').map((w) => w.address)).toEqual(['B12']);
  });

  test('a rate that no unit explains stays RATE_INCONSISTENT, its tiny amounts printed with their decimals', () => {
    const a = analysed(shenzhenSnapshot({}, { 实际采购金额: '0.40元' }));
    expect(found(a, 'UNIT_MISMATCH')).toEqual([]);
    const [w] = found(a, 'RATE_INCONSISTENT');
    expect(w.message).toContain('0.00004万元 ÷ 5.34万元');
  });
});
