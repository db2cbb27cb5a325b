import { analysed, found } from '../workbook/helpers';
import type { CellValue } from '../../src/workbook/port';

const E = null;

/**
 * Seed 004's level-2 roll-up (广州市科学技术局 2022): 一级指标 | 二级指标 | 得分 | 合计, each level-1 name and
 * its 合计 merged down its group (in the snapshot the merged cells below the first are blank), and a 总分
 * row whose only number stands under 合计. The published figures hold; the altered copies below are ours,
 * each with one sub-total or the total typed wrong, to show that the sub-totals are read and checked.
 */
function rollUp(change: (rows: CellValue[][]) => void = () => undefined): CellValue[][] {
  const rows: CellValue[][] = [
    ['一级指标', '二级指标', '得分', '合计'],
    ['履职效能', '整体效能', 24.49, 48.99],
    [E, '专项效能', 24.5, E],
    ['管理效能', '预算编制', 3, 48.5],
    [E, '预算执行', 3, E],
    [E, '信息公开', 4, E],
    [E, '绩效管理', 15, E],
    [E, '采购管理', 10, E],
    [E, '资产管理', 9.5, E],
    [E, '运行成本', 4, E],
    ['总分', E, E, 97.49],
  ];
  change(rows);
  return rows;
}

const analyse = (rows: CellValue[][]) => analysed({ sheets: [{ name: '自评得分', values: rows }] });

describe('a level-2-only roll-up with 合计 merged down each level-1 group (seed 004)', () => {
  test('the 合计 column is read as each group\'s stated score, and the 总分 row\'s number as the total', () => {
    const a = analyse(rollUp());
    const group = (name: string) => a.layout.groups.find((g) => g.path.join('/') === name);
    expect(group('履职效能')?.statedScore?.toString()).toBe('48.99');
    expect(group('履职效能')?.scoreAddress).toBe('D2');
    expect(group('管理效能')?.statedScore?.toString()).toBe('48.5');
    expect(group('管理效能')?.scoreAddress).toBe('D4');
    expect(a.layout.total?.statedScore?.toString()).toBe('97.49');
    expect(a.layout.total?.scoreAddress).toBe('D11');
  });

  test('sub-totals and the total that hold raise nothing', () => {
    expect(found(analyse(rollUp()), 'SUM_MISMATCH')).toEqual([]);
  });

  test('a sub-total that does not hold is flagged on its own cell', () => {
    const a = analyse(rollUp((rows) => (rows[3][3] = 49.5)));
    expect(found(a, 'SUM_MISMATCH').map((w) => [w.address, w.severity])).toEqual([['D4', 'error']]);
  });

  test('a 总分 that does not hold is flagged on its own cell', () => {
    const a = analyse(rollUp((rows) => (rows[10][3] = 98.49)));
    expect(found(a, 'SUM_MISMATCH').map((w) => [w.address, w.severity])).toEqual([['D11', 'error']]);
  });

  test('the level-2 names are leaves, never joined with their group or the 合计 figures', () => {
    const a = analyse(rollUp());
    expect(a.layout.leaves.map((l) => l.path.join('/'))).toEqual([
      '履职效能/整体效能',
      '履职效能/专项效能',
      '管理效能/预算编制',
      '管理效能/预算执行',
      '管理效能/信息公开',
      '管理效能/绩效管理',
      '管理效能/采购管理',
      '管理效能/资产管理',
      '管理效能/运行成本',
    ]);
  });

  test('no framework lends its points to a same-named row of a table that is not that framework', () => {
    const a = analyse(rollUp());
    expect(a.layout.leaves.map((l) => l.pointsSource)).toEqual(Array(9).fill('none'));
    expect(found(a, 'POINTS_MISSING').map((w) => w.address)).toEqual(['B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9', 'B10']);
  });
});

describe('a row whose points the form does not print (黄石 2022: only the block\'s 80分)', () => {
  const rows: CellValue[][] = [
    ['项目名称', '黄石市系统化全域海绵城市示范城市的申报工作经费', E, E, E, E, E],
    ['主管部门', '黄石市住房和城乡建设局', E, '项目实施单位', '黄石市住房和城乡建设局', E, E],
    ['预算执行情况(万元) (20分)', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分 (20分*执行率)', E, E],
    ['年度财政资金总额', 200, 195.5, '97.75%', 19.55, E, E],
    ['年度绩效目标1 (80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
    [E, '产出指标', '质量指标', '通过专家评审', '通过', '通过', 10],
    [E, E, '成本指标', '省级宣传片制作费、申报文本编制费、自评估报告编制费', '200万', '195.5万元', 10],
    ['总分', '99.55分', E, E, E, E, E],
  ];
  const a = analysed({ sheets: [{ name: '自评表', values: rows }] });

  test('is scored by no rule, so no finding claims its score is wrong out of 0 points', () => {
    const indicators = a.layout.leaves.filter((l) => l.row >= 5);
    expect(indicators.map((l) => [l.pointsSource, l.rule])).toEqual([
      ['none', null],
      ['none', null],
    ]);
    const onScores = a.warnings.filter((w) => w.address === 'G6' || w.address === 'G7').map((w) => w.code);
    expect(onScores).not.toContain('SELF_SCORE_DIFFERS');
    expect(onScores).not.toContain('UNKNOWN_GRADE');
    expect(found(a, 'POINTS_MISSING').map((w) => w.address)).toEqual(['D6', 'D7']);
  });

  test('the funds block takes its points from its label and its total from the one number of the 总分 row', () => {
    const funds = a.layout.leaves.find((l) => l.row === 3);
    expect(funds?.points.toString()).toBe('20');
    expect(funds?.pointsSource).toBe('table');
    expect(a.figures.get('project.budget')?.value.toString()).toBe('200');
    expect(a.figures.get('project.executed')?.value.toString()).toBe('195.5');
    expect(a.layout.total?.scoreAddress).toBe('B8');
    expect(a.layout.total?.statedScore?.toString()).toBe('99.55');
    expect(a.unitName).toBe('黄石市住房和城乡建设局');
  });
});
