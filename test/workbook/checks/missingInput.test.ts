import { shenzhenSnapshot } from '../fixtures';
import { analysed, found } from '../helpers';

describe('MISSING_INPUT and UNVERIFIED_SCORE', () => {
  test('a rule without its figures names them and the leaf; the typed score is carried unverified', () => {
    const a = analysed(shenzhenSnapshot({}, { 政府采购计划金额: undefined, 实际采购金额: undefined }));
    const [w] = found(a, 'MISSING_INPUT');
    expect(w).toMatchObject({ severity: 'warning', address: 'I18' });
    expect(w.message).toContain('政府采购执行情况');
    expect(w.message).toContain('实际采购金额');
    expect(w.message).toContain('政府采购计划金额');
    expect(w.message).toContain('1.89');
    // Said once: MISSING_INPUT already states the score is carried unverified.
    expect(found(a, 'UNVERIFIED_SCORE')).toEqual([]);
  });
  test('without a typed score the totals are reported incomplete', () => {
    const a = analysed(shenzhenSnapshot({ 政府采购执行情况: null }, { 政府采购计划金额: undefined }));
    const [w] = found(a, 'MISSING_INPUT');
    expect(w.message).toContain('不完整');
    expect(a.scored.complete).toBe(false);
    expect(found(a, 'UNVERIFIED_SCORE')).toEqual([]);
  });
  test('a typed score the rule rejects is carried unverified and said so', () => {
    const [u] = found(analysed(shenzhenSnapshot({ 政府采购执行情况: 0.5, 总分: 95.49 })), 'UNVERIFIED_SCORE');
    expect(u).toMatchObject({ severity: 'info', address: 'I18' });
    expect(u.message).toContain('0.50');
  });
  test('all figures present: nothing', () => {
    const a = analysed(shenzhenSnapshot());
    expect(found(a, 'MISSING_INPUT')).toEqual([]);
    expect(found(a, 'UNVERIFIED_SCORE')).toEqual([]);
  });
});
