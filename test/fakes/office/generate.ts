/**
 * A generated indicator table of any size, laid out like seed 002's 评分表 (一级/二级/三级 with
 * 参考分值, 评分标准, 评分), for measuring round trips at scale.
 */
import Decimal from 'decimal.js';
import { workbookFromRows, FakeWorkbookData, Scalar } from './model';

export function generatedTable(leaves: number): FakeWorkbookData {
  const perGroup2 = 10;
  const perGroup1 = 10;
  const cents = Math.floor(10000 / leaves);
  const points = Array.from({ length: leaves }, (_, i) =>
    i === leaves - 1 ? new Decimal(10000 - cents * (leaves - 1)).div(100) : new Decimal(cents).div(100),
  );
  const rows: (Scalar | null)[][] = [
    ['部门整体支出绩效评价指标体系评分表', null, null, null, null, null, null, null, null],
    ['评价指标', null, null, null, null, null, '指标说明', '评分标准', '评分'],
    ['一级指标', null, '二级指标', null, '三级指标', null, null, null, null],
    ['名称', '参考分值', '名称', '参考分值', '名称', '参考分值', null, null, null],
  ];
  const sum = (from: number, to: number) => points.slice(from, to).reduce((a, b) => a.plus(b), new Decimal(0));
  for (let i = 0; i < leaves; i++) {
    const g1 = Math.floor(i / (perGroup2 * perGroup1));
    const g2 = Math.floor(i / perGroup2);
    const first1 = i % (perGroup2 * perGroup1) === 0;
    const first2 = i % perGroup2 === 0;
    const g1End = Math.min(leaves, (g1 + 1) * perGroup2 * perGroup1);
    const g2End = Math.min(leaves, (g2 + 1) * perGroup2);
    // every fifth leaf loses a tenth of its points, so totals are not trivially full
    const score = i % 5 === 4 ? points[i].times(0.9).toDecimalPlaces(2) : points[i];
    rows.push([
      first1 ? `一级指标${g1 + 1}` : null,
      first1 ? sum(g1 * perGroup2 * perGroup1, g1End).toNumber() : null,
      first2 ? `二级指标${g2 + 1}` : null,
      first2 ? sum(g2 * perGroup2, g2End).toNumber() : null,
      `三级指标${i + 1}`,
      points[i].toNumber(),
      `第${i + 1}项指标的说明。`,
      '按完成情况酌情评分。',
      score.toNumber(),
    ]);
  }
  const last = rows.length;
  rows.push(['合计', null, null, null, null, 100, null, null, `=SUM(I5:I${last})`]);
  return workbookFromRows(`generated-${leaves}.xlsx`, [
    { name: '评分表', rows },
    { name: '基础数据', rows: [['项目', '数值', '单位', '说明'], ['单位名称', '示例单位', null, null], ['年度', 2024, null, null]] },
  ]);
}
