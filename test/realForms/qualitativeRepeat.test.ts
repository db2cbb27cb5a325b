import { analysed, found } from '../workbook/helpers';
import type { CellValue } from '../../src/workbook/port';
import { leavesOf } from '../../src/engine/treeWalk';

const E = null;

/**
 * 银川 2021 (公用经费标准: 符合相关文件要求 | 符合相关文件要求) and 黄石 2022 (通过 | 通过) print a
 * qualitative row's actual as its target repeated: the unit states the target as reached.
 */
describe('a qualitative actual that repeats its target', () => {
  const rows: CellValue[][] = [
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '质量指标', '公用经费标准', '符合相关文件要求', '符合相关文件要求', 5, 5, E],
    [E, E, '专家评审', '通过', '通过。', 5, 5, E],
    [E, E, '验收', '通过', '未通过', 5, 0, '整改中'],
    [E, '效益指标', '安全生产', '未发生安全事故', '未发生安全事故', 5, 5, E],
  ];
  const a = analysed({ sheets: [{ name: '自评表', values: rows }] });
  const score = (row: number) => leavesOf(a.scored.roots).find((l) => l.ref === `自评表!G${row}`)?.score?.toString();

  test('is graded 达成: full marks, no unknown grade, no unverified score', () => {
    expect(score(2)).toBe('5');
    expect(score(3)).toBe('5');
    expect(a.warnings.filter((w) => ['G2', 'G3'].includes(w.address ?? '')).map((w) => w.code)).toEqual([]);
  });

  test('even when the target itself opens with a negation (未发生安全事故 is reached, not 未达成)', () => {
    expect(score(5)).toBe('5');
    expect(a.warnings.filter((w) => w.address === 'G5').map((w) => w.code)).toEqual([]);
  });

  test('a different actual is still read by its own words (未通过 is not reached)', () => {
    expect(score(4)).toBe('0');
    expect(found(a, 'UNKNOWN_GRADE')).toEqual([]);
  });
});
