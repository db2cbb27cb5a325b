import { nationalSnapshot } from '../fixtures';
import { analysed, found } from '../helpers';

describe('OVER_ACHIEVEMENT', () => {
  const on = { settings: { overAchievementThreshold: '1.3' } };
  test('actual ≥ 130% of target with no 偏差原因 is a warning when the setting is on', () => {
    const a = analysed(nationalSnapshot({ actual: '700人次', score: 15, reason: null }), on);
    const [w] = found(a, 'OVER_ACHIEVEMENT');
    expect(w).toMatchObject({ severity: 'warning', address: 'H10' });
    expect(w.message).toContain('140.00%');
  });
  test('a stated reason draws nothing', () => {
    expect(found(analysed(nationalSnapshot({ actual: '700人次', score: 15, reason: '新增线上场次' }), on), 'OVER_ACHIEVEMENT')).toEqual([]);
  });
  test('the setting off draws nothing', () => {
    expect(found(analysed(nationalSnapshot({ actual: '700人次', score: 15, reason: null })), 'OVER_ACHIEVEMENT')).toEqual([]);
  });
});
