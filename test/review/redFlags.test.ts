import type { CellValue } from '../../src/workbook/port';
import { explainRisk, redFlagsOf, riskOf, sampleByRisk, type RedFlag } from '../../src/workbook/review';
import { sheet, shenzhenSnapshot } from '../workbook/fixtures';
import { analysed } from '../workbook/helpers';

/**
 * A national project form (10 + 50 + 30 + 10 points) built to show each sign once, worked by hand:
 * - 接待观众人次 ≥1万人次, 13,500人次: 135% of the target, no 偏差原因 → over-achievement without a reason (E7);
 * - 运行成本 ≤50万元, 60万元: a reverse indicator 20% over its target, (1 − 10 ÷ 50) × 15 = 12, yet the unit
 *   typed 15 → self above computed (G8);
 * - 展品完好率 ≥95%, "基本完好": a phrase where the target is a number (E9);
 * - 观众满意度 ≥90%, 100%: satisfaction at 100% (E10).
 * Its points add up and it has no total row, so no total disagrees with its parts.
 */
const E = null;
interface Over { visitors?: CellValue; cost?: CellValue; intact?: CellValue; satisfaction?: CellValue; satisfactionScore?: CellValue; points?: CellValue }
function projectRows(over: Over = {}): CellValue[][] {
  return [
    ['项目支出绩效自评表', E, E, E, E, E, E, E],
    ['（2024年度）', E, E, E, E, E, E, E],
    ['项目名称', '科技馆运行', E, E, E, E, E, E],
    ['项目资金（万元）', E, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', E, 300, 300, 294, 10, '98.00%', 9.8],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '接待观众人次', '≥1万人次', over.visitors ?? '13,500人次', 20, 20, E],
    [E, '成本指标', '运行成本', '≤50万元', over.cost ?? '60万元', 15, 15, E],
    [E, '质量指标', '展品完好率', '≥95%', over.intact ?? '基本完好', over.points ?? 15, 15, E],
    ['满意度指标', '服务对象满意度指标', '观众满意度', '≥90%', over.satisfaction ?? '100%', 10, over.satisfactionScore ?? 10, E],
    ['效益指标', '社会效益指标', '科普覆盖面', '显著', '显著', 30, 30, E],
  ];
}
const project = (over: Over = {}) => analysed({ sheets: [sheet('项目自评表', projectRows(over))] });
const codes = (flags: RedFlag[]) => flags.map((f) => f.code).sort();

describe('red flags of one workbook', () => {
  test('each sign of the built form is found on its own cell, and nothing else', () => {
    const flags = redFlagsOf(project());
    expect(flags.map((f) => [f.code, f.cells])).toEqual([
      ['SELF_ABOVE_COMPUTED', ['项目自评表!G8']],
      ['OVER_ACHIEVED_NO_REASON', ['项目自评表!E7']],
      ['PHRASE_AS_ACTUAL', ['项目自评表!E9']],
      ['SATISFACTION_FULL', ['项目自评表!E10']],
    ]);
    // 3 + 2 + 2 + 1
    expect(riskOf(flags)).toBe(8);
    expect(explainRisk(flags)).toBe('风险 8：自评得分高于计算得分（权重 3）；超额完成 130% 以上未说明原因（权重 2）；定量指标的完成值为文字（权重 2）；满意度为 100%（权重 1）');
  });

  test('the same form filled honestly shows none of them', () => {
    // 10,000人次 meets the target, 50万元 is within the cost, 96% is a number, 92% satisfaction
    const flags = redFlagsOf(project({ visitors: '10,000人次', cost: '50万元', intact: '96%', satisfaction: '92%' }));
    expect(flags).toEqual([]);
    expect(explainRisk(flags)).toBe('未见风险信号');
  });

  test('129% is under the 130% line', () => {
    expect(codes(redFlagsOf(project({ visitors: '12,900人次' })))).not.toContain('OVER_ACHIEVED_NO_REASON');
  });

  test('a score typed below full marks with no 偏差原因 is flagged on the reason cell', () => {
    // 85% of ≥90%: 85 ÷ 90 × 10 = 9.44, typed as such, reason left empty
    const flags = redFlagsOf(project({ visitors: '10,000人次', cost: '50万元', intact: '96%', satisfaction: '85%', satisfactionScore: 9.44 }));
    expect(flags.map((f) => [f.code, f.cells])).toEqual([['REASON_MISSING_BELOW_FULL', ['项目自评表!H10']]]);
  });

  test('points that do not add up are totals disagreeing with their parts', () => {
    // 展品完好率 given 5 points: 产出 sums to 40, not 50; its typed 15 is also above the 5 it can have
    const flags = redFlagsOf(project({ visitors: '10,000人次', cost: '50万元', intact: '96%', satisfaction: '92%', points: 5 }));
    expect(codes(flags)).toEqual(['SELF_ABOVE_COMPUTED', 'TOTALS_DISAGREE']);
  });

  test('a department table whose 满意度 figure is 100% is flagged on the 基础数据 cell', () => {
    const a = analysed(shenzhenSnapshot({}, { 满意度: '100%' }));
    const satisfaction = redFlagsOf(a).find((f) => f.code === 'SATISFACTION_FULL');
    expect(satisfaction?.count).toBe(1);
    expect(satisfaction?.cells[0]).toMatch(/^基础数据!B\d+$/);
    const honest = analysed(shenzhenSnapshot());
    expect(redFlagsOf(honest).find((f) => f.code === 'SATISFACTION_FULL')).toBeUndefined();
  });
});

describe('a sample drawn by risk', () => {
  const flag = (code: RedFlag['code'], weight: number): RedFlag => ({ code, name: code, weight, count: 1, cells: [] });
  const units = [
    { name: '丙', flags: [flag('SATISFACTION_FULL', 1)] },
    { name: '甲', flags: [flag('TOTALS_DISAGREE', 3), flag('SATISFACTION_FULL', 1)] },
    { name: '乙', flags: [flag('SELF_ABOVE_COMPUTED', 3), flag('SATISFACTION_FULL', 1)] },
    { name: '丁', flags: [] },
  ];

  test('heaviest first, ties by name, the first N drawn', () => {
    const ranked = sampleByRisk(units, (u) => u.flags, (u) => u.name, 2);
    expect(ranked.map((r) => [r.unit.name, r.risk, r.rank, r.sampled])).toEqual([
      ['乙', 4, 1, true],
      ['甲', 4, 2, true],
      ['丙', 1, 3, false],
      ['丁', 0, 4, false],
    ]);
  });

  test('a sample larger than the units showing signs is filled in name order', () => {
    const ranked = sampleByRisk(units, (u) => u.flags, (u) => u.name, 4);
    expect(ranked.filter((r) => r.sampled)).toHaveLength(4);
  });
});
