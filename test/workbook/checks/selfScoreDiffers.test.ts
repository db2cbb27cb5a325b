import { shenzhenSnapshot } from '../fixtures';
import { analysed, found } from '../helpers';

describe('SELF_SCORE_DIFFERS', () => {
  test('a typed score unlike the computed one is a warning showing both', () => {
    const [w] = found(analysed(shenzhenSnapshot({ 固定资产利用率: 0.7, 总分: 96.58 })), 'SELF_SCORE_DIFFERS');
    expect(w).toMatchObject({ severity: 'warning', address: 'I34' });
    expect(w.message).toContain('0.70');
    expect(w.message).toContain('1.00');
  });
  test('matching scores draw nothing', () => {
    expect(found(analysed(shenzhenSnapshot()), 'SELF_SCORE_DIFFERS')).toEqual([]);
  });
});
