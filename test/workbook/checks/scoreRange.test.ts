import { shenzhenSnapshot } from '../fixtures';
import { analysed, found } from '../helpers';

describe('SCORE_OUT_OF_RANGE', () => {
  test('a typed score above its points is an error', () => {
    const w = found(analysed(shenzhenSnapshot({ 预算编制合理性: 6, 总分: 97.88 })), 'SCORE_OUT_OF_RANGE');
    expect(w).toEqual([expect.objectContaining({ severity: 'error', sheet: '评分表', address: 'I6' })]);
    expect(w[0].message).toContain('6.00');
    expect(w[0].message).toContain('5.00');
  });
  test('a negative typed score is an error', () => {
    expect(found(analysed(shenzhenSnapshot({ 项目监管: -1 })), 'SCORE_OUT_OF_RANGE')).toHaveLength(1);
  });
  test('scores within [0, points] draw nothing', () => {
    expect(found(analysed(shenzhenSnapshot()), 'SCORE_OUT_OF_RANGE')).toEqual([]);
  });
});
