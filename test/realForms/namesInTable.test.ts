import { analysed } from '../workbook/helpers';
import type { CellValue } from '../../src/workbook/port';

const E = null;
const snap = (rows: CellValue[][]) => ({ sheets: [{ name: '表', values: rows }] });

describe('a table read with the points inside its names', () => {
  test('no points column: every level carries its points in its name (Dazhou / Sichuan 得分表)', () => {
    const a = analysed(
      snap([
        ['一级指标', '二级指标', '三级指标', '得分'],
        ['部门决策(25分)', '目标任务(15分)', '相关性(5分)', 5],
        [E, E, '明确性(5 分)', 4],
        [E, E, '合理性(5分)', 5],
        [E, '预算编制(10分)', '测算依据(5分)', 2],
        [E, E, '目标管理(5分)', 5],
      ]),
    );
    expect(a.layout.leaves.map((l) => `${l.path.join('/')} ${l.points.toString()}`)).toEqual([
      '部门决策/目标任务/相关性 5',
      '部门决策/目标任务/明确性 5',
      '部门决策/目标任务/合理性 5',
      '部门决策/预算编制/测算依据 5',
      '部门决策/预算编制/目标管理 5',
    ]);
    expect(a.scored.total.toString()).toBe('21');
    expect(a.warnings.filter((w) => w.severity !== 'info')).toEqual([]);
  });

  test('a group printed only as its points, and one leaf under a group carrying that group\'s points', () => {
    const a = analysed(
      snap([
        ['一级指标', '二级指标', '三级指标', '得分'],
        ['(20分)', '(10)', '必要性(5分)', E],
        [E, E, '可行性(5分)', E],
        [E, '履职成效(10分)', '部门特性指标', E],
        [E, E, E, E],
      ]),
    );
    expect(a.layout.leaves.map((l) => `${l.path.join('/')} ${l.points.toString()}`)).toEqual([
      '(20分)/(10)/必要性 5',
      '(20分)/(10)/可行性 5',
      '(20分)/履职成效/部门特性指标 10',
    ]);
    expect(a.layout.groups.find((g) => g.path.join('/') === '(20分)')?.statedPoints?.toString()).toBe('20');
  });
});

describe('placeholder rows and headings with no indicator are never glued to a name', () => {
  test('指标2 / …… rows, an unused heading, a new level-1 group on the next row', () => {
    const a = analysed(
      snap([
        ['一级指标', '二级指标', '三级指标', '分值', '得分'],
        ['产出指标(20分)', '数量指标', '指标1工程完工率', 10, 10],
        [E, E, '指标2', E, E],
        [E, E, '……', E, E],
        [E, '成本指标', '项目计划总投资', 10, 10],
        ['效益指标(10分)', '经济效益指标', E, E, E],
        [E, '社会效益指标', '受益人口数', 10, 9],
        [E, '生态效益指标', '指标1：', E, E],
      ]),
    );
    expect(a.layout.leaves.map((l) => l.path.join('/'))).toEqual([
      '产出指标/数量指标/指标1工程完工率',
      '产出指标/成本指标/项目计划总投资',
      '效益指标/社会效益指标/受益人口数',
    ]);
  });

  test('a name split by a page break (a repeated header between) is still joined', () => {
    const header: CellValue[] = ['一级指标', '二级指标', '三级指标', '分值', '得分'];
    const a = analysed(snap([header, ['部门', '经济', '公用经费', 6, 5], header, ['绩效', '性', '控制率', E, E]]));
    expect(a.layout.leaves.map((l) => l.path.join('/'))).toEqual(['部门绩效/经济性/公用经费控制率']);
  });
});

describe('a 得分 column that holds points, told apart by content', () => {
  const header: CellValue[] = ['一级指标', '得分', '二级指标', '得分', '三级指标', '得分', '评价标准', '得分'];
  test('得分 beside each level holds its points; the last 得分 holds the score', () => {
    const a = analysed(
      snap([
        header,
        ['投入', 16, '预算配置', 16, '在职人员控制率', 8, '标准', 8],
        [E, E, E, E, '三公经费变动率', 8, '标准', 0],
      ]),
    );
    expect(a.table.columns).toMatchObject({ level1Points: 1, level2Points: 3, points: 5, score: 7 });
    expect(a.layout.leaves.map((l) => `${l.path.join('/')} ${l.points.toString()} ${l.typedScore?.toString()}`)).toEqual([
      '投入/预算配置/在职人员控制率 8 8',
      '投入/预算配置/三公经费变动率 8 0',
    ]);
  });

  test('when a beside-name column holds figures above the points it cannot be points: the header is taken as printed', () => {
    const a = analysed(snap([header, ['投入', 16, '预算配置', 16, '在职人员控制率', 2, '标准', 8]]));
    expect(a.table.columns.points).toBeUndefined();
    expect(a.table.columns.score).toBe(1);
  });
});

describe('二者择其一: either of two indicators is assessed', () => {
  test('the second of the pair shares the first one\'s points and is not a leaf with no points', () => {
    const a = analysed(
      snap([
        ['考核内容', '考核指标', '年度工作目标', '评分标准', '权数', '考评得分'],
        ['结转结余情况', '结转结余率', 0.09, '二者择其一进行考核,按完成比例计算得分', 20, 18],
        [E, '结转结余变动率', -0.3, E, E, E],
        ['应付账款', '应付账款率', 0.09, '按完成比例计算得分', 10, 9],
        [E, '应付账款变动率', -0.3, E, E, E],
      ]),
    );
    expect(a.layout.leaves.map((l) => `${l.path.join('/')} ${l.points.toString()}`)).toEqual([
      '结转结余情况/结转结余率 20',
      '应付账款/应付账款率 10',
      '应付账款/应付账款变动率 0',
    ]);
  });
});
