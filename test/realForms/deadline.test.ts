import { deadlineMet, readDeadline } from '../../src/workbook/read';
import { analysed, found } from '../workbook/helpers';
import { leavesOf } from '../../src/engine/treeWalk';
import type { CellValue } from '../../src/workbook/port';

describe('deadline and date targets', () => {
  test.each([
    ['≤12月31日', { year: null, month: 12, day: 31 }],
    ['9月前', { year: null, month: 9, day: null }],
    ['2023年10月', { year: 2023, month: 10, day: null }],
    ['2021年12月完成', { year: 2021, month: 12, day: null }],
    ['2019年', { year: 2019, month: null, day: null }],
  ])('%s is a date', (text, date) => expect(readDeadline(text)).toEqual(date));

  test.each(['在项目计划完成时间内完成', '100%', '2370人', '15万元', '及时', '≥90%'])('%s is not a date', (text) => expect(readDeadline(text)).toBeNull());

  test('met when the actual\'s last day is not after the deadline\'s', () => {
    const d = (t: string) => readDeadline(t)!;
    expect(deadlineMet(d('2021年12月完成'), d('2021年12月完成'))).toBe(true);
    expect(deadlineMet(d('2019年'), d('2019年'))).toBe(true);
    expect(deadlineMet(d('2019年'), d('2020年'))).toBe(false);
    expect(deadlineMet(d('≤12月31日'), d('2023年11月20日'))).toBe(true);
    expect(deadlineMet(d('9月前'), d('10月'))).toBe(false);
  });

  const E = null;
  const form = (target: CellValue, actual: CellValue, score: CellValue) => ({
    sheets: [
      {
        name: '自评表',
        values: [
          ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
          ['产出指标', '时效指标', '完成时限', target, actual, 20, score, E],
        ] as CellValue[][],
      },
    ],
  });

  test('a met deadline earns full marks, and a lower self-score is flagged', () => {
    const a = analysed(form('2021年12月完成', '2021年12月完成', 4));
    expect(leavesOf(a.scored.roots)[0].score?.toString()).toBe('20');
    expect(found(a, 'SELF_SCORE_DIFFERS').map((w) => w.address)).toEqual(['G2']);
  });

  test('a missed deadline is the unit\'s judgement, never an error', () => {
    const a = analysed(form('2019年', '2020年', 10));
    const leaf = leavesOf(a.scored.roots)[0];
    expect(leaf.status).toBe('judgement');
    expect(leaf.score?.toString()).toBe('10');
    expect(a.warnings.filter((w) => w.address === 'G2' && w.severity !== 'info')).toEqual([]);
  });
});

describe('a form that writes its scores to one decimal (Jishan 2021)', () => {
  const E = null;
  const form = (scores: CellValue[]) => ({
    sheets: [
      {
        name: '自评表',
        values: [
          ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
          ['产出指标', '数量指标', '接种率', '100.00%', '97.30%', 2, scores[0]],
          [E, E, '孕产妇访视数', '214人', '203人', 2, scores[1]],
        ] as CellValue[][],
      },
    ],
  });

  test('1.9 for 1.946 is that score as the form writes it; 1.8 for 1.897 is not', () => {
    const a = analysed(form([1.9, 1.8]));
    const differs = found(a, 'SELF_SCORE_DIFFERS');
    expect(differs.map((w) => `${w.address} ${w.severity}`).sort()).toEqual(['G2 info', 'G3 warning']);
  });

  test('a form of whole-number scores is compared at two places: 6 for 5.96 is flagged', () => {
    const a = analysed(form([2, 2]));
    expect(found(a, 'SELF_SCORE_DIFFERS').map((w) => `${w.address} ${w.severity}`)).toEqual(['G2 warning', 'G3 warning']);
  });
});
