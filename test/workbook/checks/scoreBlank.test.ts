import { shenzhenSnapshot } from '../fixtures';
import { analysed, found } from '../helpers';

describe('SCORE_BLANK', () => {
  test('a blank score the rule computes is an info note with the computed score', () => {
    const [w] = found(analysed(shenzhenSnapshot({ 预算执行率: null })), 'SCORE_BLANK');
    expect(w).toMatchObject({ severity: 'info', address: 'I49' });
    expect(w.message).toContain('5.99');
  });
  test('a blank judgement score is a warning', () => {
    const [w] = found(analysed(shenzhenSnapshot({ 效益: null })), 'SCORE_BLANK');
    expect(w).toMatchObject({ severity: 'warning', address: 'I55' });
  });
  test('typed scores draw nothing', () => {
    expect(found(analysed(shenzhenSnapshot()), 'SCORE_BLANK')).toEqual([]);
  });
});
