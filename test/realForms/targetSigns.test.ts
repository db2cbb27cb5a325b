import { joinSplitTarget, readTarget } from '../../src/workbook/read';

describe('a target sign in words or in a column of its own', () => {
  test.each([
    ['不低于95%', 'positive', '0.95'],
    ['不少于500人次', 'positive', '500'],
    ['达到100%', 'positive', '1'],
    ['90%以上', 'positive', '0.9'],
    ['不高于30天', 'reverse', '30'],
    ['不超过50万元', 'reverse', '50'],
    ['30天以内', 'reverse', '30'],
    ['≦100%', 'reverse', '1'],
    ['≧100%', 'positive', '1'],
    ['═6万元', 'equal', '6'],
    ['＝8个', 'equal', '8'],
  ])('%s is %s %s', (text, direction, value) => {
    const t = readTarget(text);
    expect(t.kind).toBe('quantitative');
    if (t.kind !== 'quantitative') return;
    expect(t.direction).toBe(direction);
    expect(t.value.toString()).toBe(value);
  });

  test('a phrase stays qualitative, whatever words it ends with', () => {
    expect(readTarget('有效提升').kind).toBe('qualitative');
    expect(readTarget('管理水平提高以上').kind).toBe('qualitative');
  });

  test('指标性质 | 指标值 | 度量单位 read as the one text the national form writes', () => {
    expect(joinSplitTarget('≧', '100', '%')).toBe('≧100%');
    expect(joinSplitTarget('=', '6', '万元')).toBe('=6万元');
    expect(joinSplitTarget('正向', '90', '%')).toBe('≥90%');
    expect(joinSplitTarget('反向指标', '30', '天')).toBe('≤30天');
    expect(joinSplitTarget('定性', '优良中低差', '')).toBe('优良中低差');
    expect(readTarget(joinSplitTarget('≧', '90', '%'))).toMatchObject({ kind: 'quantitative', direction: 'positive' });
  });
});
