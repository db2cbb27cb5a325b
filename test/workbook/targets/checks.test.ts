/**
 * Each 绩效目标表 check on a form that triggers it and one that does not. The 湘潭 2023 form's findings
 * were worked by hand from the published page: 10辆 and 250万 carry no sign, 优良 is a phrase in a
 * 质量 row; ≥80M, the 2023.07-2024.01 span, ≥85% and ≥90% are complete; 250万 does not exceed the
 * 250万 budget; 效益 and 满意度 each have a filled row.
 */
import type { CellValue, WorkbookSnapshot } from '../../../src/workbook/port';
import { checkTargets, readTargetSheets, type TargetFindingCode } from '../../../src/workbook/targets';
import { XIANGTAN_2023_ROWS, xiangtanSnapshot } from '../../fixtures/targets/xiangtan-2023';

const E = null;
const sheetOf = (rows: CellValue[][]): WorkbookSnapshot => ({ sheets: [{ name: '目标表', values: rows }] });
const findings = (snapshot: WorkbookSnapshot) => checkTargets(readTargetSheets(snapshot)[0]);
const codes = (snapshot: WorkbookSnapshot, code: TargetFindingCode) => findings(snapshot).filter((f) => f.code === code);

const HEADER: CellValue[] = ['一级指标', '二级指标', '三级指标', '指标值', '权重', '上年实际'];
function form(rows: CellValue[][], goal: CellValue = '完成年度任务', budget: CellValue = '100万元'): WorkbookSnapshot {
  return sheetOf([['项目支出绩效目标表', E, E, E, E, E], ['总体目标', goal, E, '年度资金总额', budget, E], HEADER, ...rows]);
}
const SATISFIED: CellValue[][] = [
  ['效益指标', '社会效益指标', '受益人数', '≥500人', E, E],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', E, E],
];

describe('the 湘潭 2023 form', () => {
  it('gives the three findings worked by hand, in order', () => {
    expect(findings(xiangtanSnapshot()).map((f) => [f.code, f.severity, f.address, f.message])).toEqual([
      ['TARGET_NOT_QUANTIFIED', 'warning', 'E9', '绩效目标申报表!E9「雾炮车降尘抑尘服务配备车辆数」：指标值“10辆”缺少符号（≥、≤ 或 =）。'],
      ['TARGET_NOT_QUANTIFIED', 'warning', 'E13', '绩效目标申报表!E13「控制在预算成本内」：指标值“250万”缺少符号（≥、≤ 或 =）。'],
      ['TARGET_PHRASE', 'warning', 'E11', '绩效目标申报表!E11「服务周期内空气质量」：质量指标应以数值表述，填写的是定性表述“优良”。'],
    ]);
  });

  it('names the missing 年度目标 when its cell is emptied', () => {
    const rows = XIANGTAN_2023_ROWS.map((r, i) => (i === 6 ? [r[0], E, E, E, E, E] : r));
    expect(codes(xiangtanSnapshot(rows), 'TARGET_GOAL_MISSING').map((f) => f.message)).toEqual(['绩效目标申报表!B7：本年度绩效目标未填写。']);
  });
});

describe('one check at a time', () => {
  it('TARGET_VALUE_MISSING: a named indicator without a value', () => {
    expect(codes(form([['产出指标', '数量指标', '培训人次', E, E, E], ...SATISFIED]), 'TARGET_VALUE_MISSING').map((f) => f.address)).toEqual(['D4']);
    expect(codes(form([['产出指标', '数量指标', '培训人次', '≥100人次', E, E], ...SATISFIED]), 'TARGET_VALUE_MISSING')).toEqual([]);
  });

  it('TARGET_NOT_QUANTIFIED: a bare number lacks sign and unit; a phrase for a 满意度 lacks the number', () => {
    const found = codes(form([['产出指标', '数量指标', '培训人次', 100, E, E], SATISFIED[0], ['满意度指标', '服务对象满意度指标', '群众满意度', '较高', E, E]]), 'TARGET_NOT_QUANTIFIED');
    expect(found.map((f) => f.message)).toEqual(['目标表!D4「培训人次」：指标值“100”缺少符号（≥、≤ 或 =）、单位。', '目标表!D6「群众满意度」：指标值“较高”缺少数值。']);
    expect(codes(form([['产出指标', '数量指标', '培训人次', '≥100人次', E, E], ...SATISFIED]), 'TARGET_NOT_QUANTIFIED')).toEqual([]);
  });

  it('TARGET_PHRASE: 产出 rows only; a 时效 date is not a phrase', () => {
    const rows = [['产出指标', '时效指标', '完成时间', '≤12月31日', E, E], [E, '成本指标', '培训成本', '有效控制', E, E], ['效益指标', '可持续影响指标', '长效机制', '逐步建立', E, E], SATISFIED[1]];
    expect(codes(form(rows), 'TARGET_PHRASE').map((f) => f.address)).toEqual(['D5']);
  });

  it('TARGET_EFFECT_MISSING: no 满意度 row with a value', () => {
    expect(codes(form([['产出指标', '数量指标', '培训人次', '≥100人次', E, E], SATISFIED[0], ['满意度指标', '服务对象满意度指标', E, E, E, E]]), 'TARGET_EFFECT_MISSING').map((f) => f.message)).toEqual([
      '工作表“目标表”（A3:F6）：没有填写指标值的满意度指标，项目绩效目标应至少设置一项。',
    ]);
    expect(codes(form(SATISFIED), 'TARGET_EFFECT_MISSING')).toEqual([]);
  });

  it('TARGET_COST_ABOVE_BUDGET: 120万元 against a budget of 100万元; 80万元 passes', () => {
    const over = codes(form([['产出指标', '成本指标', '设备采购成本', '≤120万元', E, E], ...SATISFIED]), 'TARGET_COST_ABOVE_BUDGET');
    expect(over.map((f) => f.message)).toEqual(['目标表!D4「设备采购成本」：成本指标 120 万元高于年度资金总额 100 万元（目标表!E2）。']);
    expect(codes(form([['产出指标', '成本指标', '设备采购成本', '≤80万元', E, E], ...SATISFIED]), 'TARGET_COST_ABOVE_BUDGET')).toEqual([]);
  });

  it('TARGET_WEIGHT_SUM: 30 + 15 under a 50 heading, and 50 + 40 = 90 for the form', () => {
    const rows: CellValue[][] = [
      ['产出指标', E, E, E, 50, E],
      [E, '数量指标', '培训人次', '≥100人次', 30, E],
      [E, '质量指标', '合格率', '≥95%', 15, E],
      ['效益指标', E, E, E, 40, E],
      [E, '社会效益指标', '受益人数', '≥500人', 40, E],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', E, E],
    ];
    expect(codes(form(rows), 'TARGET_WEIGHT_SUM').map((f) => f.message)).toEqual([
      '目标表!E4「产出指标」：下级权重合计 45（30 + 15），与本级权重 50 不符。',
      '目标表!E3：权重合计 90，应为 100。',
    ]);
    const fixed = rows.map((r, i) => (i === 2 ? [E, '质量指标', '合格率', '≥95%', 20, E] : i === 3 ? ['效益指标', E, E, E, 50, E] : i === 4 ? [E, '社会效益指标', '受益人数', '≥500人', 50, E] : r));
    expect(codes(form(fixed), 'TARGET_WEIGHT_SUM')).toEqual([]);
  });

  it('TARGET_BELOW_LAST_YEAR: ≥1000人次 after 1200人次 last year; ≤30天 after 20天; ≥1500人次 passes', () => {
    const rows: CellValue[][] = [
      ['产出指标', '数量指标', '培训人次', '≥1000人次', E, '1200人次'],
      [E, '时效指标', '办理时限', '≤30天', E, '20天'],
      [E, '数量指标', '服务人次', '≥1500人次', E, '1200人次'],
      ...SATISFIED,
    ];
    expect(codes(form(rows), 'TARGET_BELOW_LAST_YEAR').map((f) => f.message)).toEqual([
      '目标表!D4「培训人次」：目标“≥1000人次”低于上年实际“1200人次”（F4），目标可能偏低。',
      '目标表!D5「办理时限」：目标“≤30天”宽于上年实际“20天”（F5），目标可能偏低。',
    ]);
  });
});
