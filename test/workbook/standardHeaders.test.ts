import type { CellValue } from '../../src/workbook/port';
import { sheet } from './fixtures';
import { analysed } from './helpers';

/** Published tables head their 评分标准 column in several ways (wanglu 2018: 评价标准; 寿县: 指标说明及评分标准). */
describe('the 评分标准 column under its published names', () => {
  it.each(['评分标准', '评价标准', '评分方法', '计分方法', '考核标准', '指标说明及评分标准'])('%s: each row is scored by its own text', (header) => {
    const rows: CellValue[][] = [
      ['一级指标', '二级指标', '三级指标', '分值', header, '得分'],
      ['产出', '质量', '验收合格率', 10, '验收合格率≥98%的，得10分；验收合格率<98%的，得5分。', 5],
    ];
    const a = analysed({ sheets: [sheet('评分表', rows), sheet('基础数据', [['项目', '数值', '单位'], ['验收合格率', '97%', '%']])] });
    const leaf = a.layout.leaves[0];
    expect(leaf.ruleChoice?.standard).toBe('验收合格率≥98%的，得10分；验收合格率<98%的，得5分。');
    expect(leaf.ruleChoice?.source).toBe('table-text');
    expect(a.scored.total.toFixed(2)).toBe('5.00');
  });
});
