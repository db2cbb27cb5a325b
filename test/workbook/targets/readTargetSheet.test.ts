/**
 * The 绩效目标表 reader over a published form (湘潭 2023, test/fixtures/targets/xiangtan-2023.ts) and over
 * layouts the published templates print: a two-row header without 一级指标, split sign/number/unit
 * columns, weights and last year's actual. Expected values are read off the forms by hand.
 */
import { D } from '../../../src/engine/decimal';
import type { CellValue, WorkbookSnapshot } from '../../../src/workbook/port';
import { readTargetSheets, splitTargetText } from '../../../src/workbook/targets';
import { XIANGTAN_SHEET, xiangtanSnapshot } from '../../fixtures/targets/xiangtan-2023';

const E = null;
const one = (rows: CellValue[][], name = '绩效目标表'): WorkbookSnapshot => ({ sheets: [{ name, values: rows }] });

describe('splitTargetText', () => {
  it.each([
    ['≥85%', 'number', '≥', '85', '%'],
    ['10辆', 'number', '', '10', '辆'],
    ['≥80M', 'number', '≥', '80', 'M'],
    ['250万', 'number', '', '250', '万'],
    ['不超过250万元', 'number', '不超过', '250', '万元'],
    ['95%以上', 'number', '以上', '95', '%'],
    ['≥95', 'number', '≥', '95', ''],
    ['优良', 'phrase', '', null, ''],
    ['2023.07-2024.01', 'period', '', null, ''],
    ['≤12月31日', 'period', '', null, ''],
    ['', 'blank', '', null, ''],
  ])('%s → %s, sign %s, number %s, unit %s', (text, kind, sign, number, unit) => {
    const v = splitTargetText(text);
    expect(v.kind).toBe(kind);
    expect(v.sign).toBe(sign);
    expect(v.number === null ? null : v.number.toString()).toBe(number);
    expect(v.unit).toBe(unit);
  });

  it('gives the value in the base unit: 85% is 0.85, 250万 is 250 万元', () => {
    expect(splitTargetText('≥85%').value!.toString()).toBe('0.85');
    expect(splitTargetText('250万')).toMatchObject({ measure: 'amount' });
    expect(splitTargetText('250万').value!.toString()).toBe('250');
    expect(splitTargetText('≤30天').direction).toBe('reverse');
  });
});

describe('the 湘潭 2023 published form', () => {
  const [t] = readTargetSheets(xiangtanSnapshot());

  it('is found as a project form with its goals and budget', () => {
    expect(t.sheet).toBe(XIANGTAN_SHEET);
    expect(t.kind).toBe('project');
    expect(t.title).toBe('2023年项目支出绩效目标申报表');
    expect(t.overall).toMatchObject({ label: '实施期绩效目标', cell: 'B6' });
    expect(t.annual).toMatchObject({ label: '本年度绩效目标', cell: 'B7' });
    expect(t.budget).toMatchObject({ label: '年度本级预算金额', cell: 'B4' });
    expect(t.budget!.value.eq(250)).toBe(true);
    expect(t.range).toBe('B8:E18');
  });

  it('reads its seven indicators with the merged 一级 / 二级 names carried down', () => {
    expect(t.indicators.map((i) => [i.valueCell, i.category, i.name, i.value.kind])).toEqual([
      ['E9', '数量', '雾炮车降尘抑尘服务配备车辆数', 'number'],
      ['E10', '数量', '雾炮车风炮射程', 'number'],
      ['E11', '质量', '服务周期内空气质量', 'phrase'],
      ['E12', '时效', '服务周期', 'period'],
      ['E13', '成本', '控制在预算成本内', 'number'],
      ['E15', '效益', '服务周期内，市民对空气质量改善的满意程度', 'number'],
      ['E18', '满意度', '市民满意度', 'number'],
    ]);
    expect(t.indicators[1]).toMatchObject({ level1: '产出指标', level2: '数量指标' });
    expect(t.emptySections.map((s) => s.level2)).toEqual(['经济效益指标', '生态效益指标', '可持续影响指标']);
  });
});

describe('other printed layouts', () => {
  it('a two-row header without 一级指标, with last year beside the plan (大庆 申报表 layout)', () => {
    const [t] = readTargetSheets(
      one([
        ['部门预算项目支出绩效目标申报表', E, E, E, E],
        ['绩效指标', '指标名称', E, '上年度实际水平', '本年度计划水平'],
        [E, '二级指标', '三级指标', E, E],
        [E, '数量指标', '培训人次', '1200人次', '≥1000人次'],
      ]),
    );
    expect(t.columns).toMatchObject({ level1: -1, level2: 1, name: 2, value: 4, lastYear: 3 });
    expect(t.indicators[0].lastYear).toMatchObject({ cell: 'D4' });
    expect(t.indicators[0].value.number!.eq(1000)).toBe(true);
  });

  it('a target over 指标性质 | 指标值 | 度量单位 is joined before it is split', () => {
    const [t] = readTargetSheets(
      one([
        ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
        ['产出指标', '质量指标', '验收合格率', '≧', 100, '%'],
      ]),
    );
    expect(t.indicators[0].value).toMatchObject({ kind: 'number', sign: '≧', direction: 'positive', unit: '%' });
    expect(t.indicators[0].value.value!.eq(new D(1))).toBe(true);
  });

  it('a self-evaluation table (with 实际完成值) is not a target form', () => {
    expect(readTargetSheets(one([['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '得分']]))).toEqual([]);
  });

  it('a 部门整体 form with weight headings', () => {
    const [t] = readTargetSheets(
      one([
        ['部门整体支出绩效目标表', E, E, E, E],
        ['年度总体目标', '保障机关正常运转', E, E, E],
        ['一级指标', '二级指标', '三级指标', '指标值', '权重'],
        ['产出指标', E, E, E, 50],
        [E, '数量指标', '发文数量', '≥200件', 30],
        [E, '质量指标', '办结率', '≥95%', 20],
      ]),
    );
    expect(t.kind).toBe('department');
    expect(t.weightParents).toEqual([{ row: 3, name: '产出指标', level: 1, cell: 'E4', weight: new D(50) }]);
    expect(t.indicators.map((i) => i.weight?.value.toString())).toEqual(['30', '20']);
  });
});
