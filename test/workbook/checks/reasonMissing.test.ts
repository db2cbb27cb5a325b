import { nationalSnapshot, shenzhenSnapshot } from '../fixtures';
import { analysed, found } from '../helpers';

describe('REASON_MISSING', () => {
  test('a leaf below full marks with an empty 偏差原因 is a warning at the reason cell', () => {
    const [w] = found(analysed(nationalSnapshot({ reason: null })), 'REASON_MISSING');
    expect(w).toMatchObject({ severity: 'warning', sheet: '项目自评表', address: 'H10' });
    expect(w.message).toContain('14.40');
    expect(w.message).toContain('15.00');
  });
  test('a stated reason draws nothing', () => {
    expect(found(analysed(nationalSnapshot()), 'REASON_MISSING')).toEqual([]);
  });
  test('a layout without a reason column draws nothing', () => {
    expect(found(analysed(shenzhenSnapshot()), 'REASON_MISSING')).toEqual([]);
  });
});
