import { analysed, found } from '../workbook/helpers';
import type { CellValue } from '../../src/workbook/port';
import { leavesOf } from '../../src/engine/treeWalk';

const E = null;
const snap = (rows: CellValue[][]) => ({ sheets: [{ name: '自评表', values: rows }] });
const INDICATORS: CellValue[][] = [
  ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  [E, '产出指标', '数量指标', '补助村数量', '=8个', 8, 90, 90, E],
];

function fundsLeaf(rows: CellValue[][]) {
  const a = analysed(snap(rows));
  const leaf = leavesOf(a.scored.roots).find((l) => l.ruleId !== null && l.path.some((p) => p.includes('预算执行')));
  return { a, leaf };
}

describe('the funds block in each version of the project form', () => {
  test('年度资金总额 left at 0 while 其中:本年财政拨款 holds the figures (Chizhou 2022): the parts are used, and said so', () => {
    const { a, leaf } = fundsLeaf([
      ['项目资金 (万元)', E, E, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [E, '年度资金总额:', E, 0, 0, 0, 10, 0, 0],
      [E, '其中:本年财政拨款', E, 90, 89.974, 89.974, E, E, E],
      [E, '上年结转资金', E, E, E, E, E, E, E],
      [E, '其他资金', E, E, E, E, E, E, E],
      ...INDICATORS,
    ]);
    expect(a.figures.get('project.budget')?.value.toString()).toBe('89.974');
    expect(leaf?.score?.toString()).toBe('10');
    const parts = found(a, 'PARTS_SUM_MISMATCH');
    expect(parts.map((w) => w.address)).toEqual(['D2', 'E2', 'F2']);
    expect(parts[1].message).toContain('已按其中各行的数字计算预算执行率');
    expect(found(a, 'SELF_SCORE_DIFFERS').map((w) => w.address)).toContain('I2');
    expect(found(a, 'DIVIDE_BY_ZERO' as never)).toEqual([]);
  });

  test('Sichuan 预算执行情况（10分）: 总额 with 年初预算 / 调整后预算数 / 预算执行数 / 权重, the rate on 调整后预算数', () => {
    const { a, leaf } = fundsLeaf([
      ['预算执行情况(10分)', '年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
      [E, '总额', 238.93, 251.89, 240, '95.28%', 10, 9.53, E],
      [E, '其中:财政资金', 238.93, 251.89, 240, '95.28%', '/', '/', E],
      [E, '单位资金', 0, 0, 0, '0.00%', '/', '/', E],
      ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
      [E, '产出指标', '数量指标', '覆盖率', '≧', 100, '%', 100, 90, 90, E],
    ]);
    expect(a.figures.get('project.budget')?.value.toString()).toBe('251.89');
    expect(a.figures.get('project.initial')?.value.toString()).toBe('238.93');
    expect(leaf?.score?.toFixed(2)).toBe('9.53');
    expect(found(a, 'PARTS_SUM_MISMATCH')).toEqual([]);
    const indicator = a.layout.leaves.find((l) => l.path.includes('覆盖率'));
    expect(indicator?.indicator).toMatchObject({ direction: 'positive', targetText: '≧100%' });
  });

  test('a 预算执行率 row of the table (Ningxia) is scored from the funds block, which has no points of its own', () => {
    const a = analysed(
      snap([
        ['项目资金(万元)', E, '年初预算数', '调整预算数(A)', '全年执行数(B)', '执行率(B/A)'],
        [E, '年度资金总额', 64.8, 64.8, 60, '92.59%'],
        ['一级指标', '二级指标', '三级指标', '分值', '指标值', '全年实际值', '得分', '未完成原因分析及改进措施'],
        ['项目管理(10分)', '投入管理', '预算执行率', 10, '≥100%', '92.59%', 10, E],
      ]),
    );
    expect(a.layout.leaves).toHaveLength(1);
    const leaf = leavesOf(a.scored.roots)[0];
    expect(leaf.score?.toFixed(2)).toBe('9.26');
  });
});

describe('a funds 分值 that is not the national form\'s 10', () => {
  const rows = (points: CellValue): CellValue[][] => [
    ['项目资金(万元)', E, E, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [E, '年度资金总额', E, 100, 100, 90, points, '90%', 18],
    ...INDICATORS,
  ];
  test('20 points is flagged on the 分值 cell and scored as printed', () => {
    const { a, leaf } = fundsLeaf(rows(20));
    expect(found(a, 'POINTS_DIFFER').map((w) => `${w.address} ${w.severity}`)).toEqual(['G2 warning']);
    expect(leaf?.score?.toString()).toBe('18');
  });
  test('10 points is not', () => {
    expect(found(fundsLeaf(rows(10)).a, 'POINTS_DIFFER')).toEqual([]);
  });
});
