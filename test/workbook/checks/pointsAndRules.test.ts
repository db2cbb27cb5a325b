import { sheet, shenzhenSnapshot } from '../fixtures';
import { analysed, found } from '../helpers';

describe('POINTS_MISSING, POINTS_DIFFER and engine errors', () => {
  test('a blank points cell falls back to the framework and says so', () => {
    const snap = shenzhenSnapshot();
    snap.sheets[0].values[33][5] = null; // 固定资产利用率 分值
    const [w] = found(analysed(snap), 'POINTS_MISSING');
    expect(w).toMatchObject({ severity: 'warning', address: 'F34' });
    expect(w.message).toContain('1.00');
  });
  test('a leaf with no points anywhere is an error', () => {
    const a = analysed({ sheets: [sheet('S', [['指标名称', '分值', '得分'], ['自定义甲', null, 5], ['自定义乙', 40, 40]])] });
    expect(found(a, 'POINTS_MISSING')).toEqual([expect.objectContaining({ severity: 'error', address: 'B2' })]);
  });
  test('table points unlike a fixed-tier rule are noted', () => {
    const snap = shenzhenSnapshot();
    snap.sheets[0].values[60][5] = 5; // 满意度 6 → 5
    const [w] = found(analysed(snap), 'POINTS_DIFFER');
    expect(w).toMatchObject({ severity: 'info', address: 'F61' });
  });
  test('a judgement part outside its range is reported with the engine code', () => {
    const a = analysed(shenzhenSnapshot({ 政府采购执行情况: 0.5 }));
    expect(found(a, 'JUDGEMENT_PART_OUT_OF_RANGE')).toEqual([expect.objectContaining({ severity: 'error', address: 'I18' })]);
  });
  test('the seed layout draws none of these', () => {
    const a = analysed(shenzhenSnapshot());
    for (const code of ['POINTS_MISSING', 'POINTS_DIFFER', 'JUDGEMENT_PART_OUT_OF_RANGE']) expect(found(a, code)).toEqual([]);
  });
});
