import { SHENZHEN_2024_STANDARDS } from '../../src/frameworks/shenzhen-2024-standards';
/**
 * Messy workbooks found by a QA pass, built here as snapshots: one-row headers repeating 分值 /
 * 参考分值 per level, tables whose points do not add up to 100, seed 003's row printed out of its
 * columns, two candidate tables, and typed scores the tool proves impossible.
 */
import { fixed } from '../../src/engine/decimal';
import { leavesOf } from '../../src/engine/treeWalk';
import type { CellValue, WorkbookSnapshot } from '../../src/workbook/port';
import { guangzhouRows, sheet, shenzhenDataRows } from './fixtures';
import { analysed, found } from './helpers';

const E = null;

/** Seed 002's leaves: 一级, its points, 二级, its points, 三级, its points, score (domain.md §3). */
const SZ: [string, number, string, number, string, number, CellValue][] = [
  ['部门决策', 20, '预算编制', 10, '预算编制合理性', 5, 5],
  ['部门决策', 20, '预算编制', 10, '预算编制规范性', 5, 5],
  ['部门决策', 20, '目标设置', 10, '绩效目标完整性', 3, 3],
  ['部门决策', 20, '目标设置', 10, '绩效指标明确性', 7, 7],
  ['部门管理', 20, '资金管理', 8, '政府采购执行情况', 2, 1.89],
  ['部门管理', 20, '资金管理', 8, '财务规范性', 3, 3],
  ['部门管理', 20, '资金管理', 8, '预决算信息公开', 3, 3],
  ['部门管理', 20, '项目管理', 4, '项目实施程序', 2, 2],
  ['部门管理', 20, '项目管理', 4, '项目监管', 2, 2],
  ['部门管理', 20, '资产管理', 3, '资产管理安全性', 2, 2],
  ['部门管理', 20, '资产管理', 3, '固定资产利用率', 1, 1],
  ['部门管理', 20, '人员管理', 2, '财政供养人员控制率', 1, 1],
  ['部门管理', 20, '人员管理', 2, '编外人员控制率', 1, 0],
  ['部门管理', 20, '制度管理', 3, '管理制度健全性', 3, 3],
  ['部门绩效', 60, '经济性', 6, '公用经费控制率', 6, 5],
  ['部门绩效', 60, '效率性', 20, '预算执行率', 6, 5.99],
  ['部门绩效', 60, '效率性', 20, '重点工作完成情况', 8, 8],
  ['部门绩效', 60, '效率性', 20, '项目完成及时性', 6, 6],
  ['部门绩效', 60, '效果性', 25, '社会效益、经济效益、生态效益及持续影响等', 25, 24],
  ['部门绩效', 60, '公平性', 9, '群众信访办理情况', 3, 3],
  ['部门绩效', 60, '公平性', 9, '公众或服务对象满意度', 6, 6],
];

type Leaf = (typeof SZ)[number];

/** One header row `一级指标|分值|二级指标|分值|三级指标|分值|评分标准|评分`, every name written on every row. */
/** The row's 评分标准 as seed 002 publishes it (a table that prints it is scored by the framework's rules). */
const published = (name: CellValue): CellValue => SHENZHEN_2024_STANDARDS[String(name)] ?? E;

function oneRowHeader(word = '分值', edit: (l: Leaf) => Leaf = (l) => l, total: CellValue = 96.88): CellValue[][] {
  return [
    ['一级指标', word, '二级指标', word, '三级指标', word, '评分标准', '评分'],
    ...SZ.map(edit).map(([a, ap, b, bp, c, cp, s]) => [a, ap, b, bp, c, cp, published(c), s]),
    ['合计', E, E, E, E, 100, E, total],
  ];
}

/** 一级/二级 names and points only on a group's first row (merged cells as a host reads them), the header repeated at page breaks. */
function mergedWithRepeats(word = '参考分值'): CellValue[][] {
  const header = ['一级指标', word, '二级指标', word, '三级指标', word, '评分标准', '评分', '备注'];
  const rows: CellValue[][] = [['部门整体支出绩效评价指标体系评分表', E, E, E, E, E, E, E, E], header];
  let last1 = '';
  let last2 = '';
  SZ.forEach(([a, ap, b, bp, c, cp, s], i) => {
    if (i === 8 || i === 15) rows.push(header);
    rows.push([a === last1 ? E : a, a === last1 ? E : ap, b === last2 ? E : b, b === last2 ? E : bp, c, cp, published(c), s, E]);
    last1 = a;
    last2 = b;
  });
  rows.push(['合 计', E, E, E, E, 100, E, 98, E]);
  return rows;
}

function snapshot(rows: CellValue[][], name = '评分表', data: Record<string, CellValue | undefined> = {}): WorkbookSnapshot {
  return { sheets: [sheet(name, rows), sheet('基础数据', shenzhenDataRows(data))] };
}

const level1 = (a: ReturnType<typeof analysed>) => a.scored.roots.map((r) => `${r.name} ${fixed(r.score ?? 0)}/${fixed(r.max)}`);
const leafScore = (a: ReturnType<typeof analysed>, name: string) => {
  const l = leavesOf(a.scored.roots).find((x) => x.name === name);
  return l && l.score !== null ? fixed(l.score) : null;
};

describe('finding 1: a one-row header repeating 分值 per level', () => {
  test('each 分值 belongs to the name column on its left; the leaves take the one right of 三级指标', () => {
    const a = analysed(snapshot(oneRowHeader()));
    expect(a.table.columns).toMatchObject({ level1: 0, level1Points: 1, level2: 2, level2Points: 3, level3: 4, points: 5, score: 7 });
    expect(level1(a)).toEqual(['部门决策 20.00/20.00', '部门管理 18.89/20.00', '部门绩效 57.99/60.00']);
    expect(fixed(a.scored.total)).toBe('96.88');
    expect(fixed(a.scored.max)).toBe('100.00');
    expect(a.scored.grade).toBe('优');
    expect(found(a, 'POINTS_DIFFER')).toEqual([]);
    expect(found(a, 'POINTS_TOTAL_NOT_100')).toEqual([]);
  });

  test('参考分值 three times, names in merged cells, header repeated, a wrong 合计: 96.88 of 100', () => {
    const a = analysed(snapshot(mergedWithRepeats(), 'Sheet1'));
    expect(a.table.columns).toMatchObject({ level1Points: 1, level2Points: 3, points: 5, score: 7 });
    expect(level1(a)).toEqual(['部门决策 20.00/20.00', '部门管理 18.89/20.00', '部门绩效 57.99/60.00']);
    expect(fixed(a.scored.total)).toBe('96.88');
    expect(found(a, 'POINTS_MISSING')).toEqual([]);
    expect(found(a, 'SUM_MISMATCH').map((w) => w.message).join()).toContain('98.00');
  });

  test('a two-level table (一级指标|分值|二级指标|分值): the 二级 分值 is the leaf points', () => {
    const a = analysed({
      sheets: [
        sheet('S', [
          ['一级指标', '分值', '二级指标', '分值', '得分'],
          ['甲', 60, '甲一', 30, 30],
          ['甲', 60, '甲二', 30, 25],
          ['乙', 40, '乙一', 40, 40],
        ]),
      ],
    });
    expect(a.table.columns).toMatchObject({ level1: 0, level1Points: 1, level2: 2, points: 3, score: 4 });
    expect(a.table.columns.level2Points).toBeUndefined();
    expect(fixed(a.scored.total)).toBe('95.00');
    expect(fixed(a.scored.max)).toBe('100.00');
  });
});

describe('finding 2: points that do not add up to 100', () => {
  test('level-1 points summing to 90: POINTS_TOTAL_NOT_100 names the range and the sum; graded on the percentage', () => {
    // 部门绩效 stated as 50 with its leaves: 社会效益 15 of 15 instead of 25.
    const rows = oneRowHeader('分值', (l) => (l[4].startsWith('社会效益') ? [l[0], 50, l[2], 15, l[4], 15, 15] : l[0] === '部门绩效' ? [l[0], 50, l[2], l[3], l[4], l[5], l[6]] : l));
    const a = analysed(snapshot(rows));
    expect(fixed(a.scored.max)).toBe('90.00');
    expect(fixed(a.scored.total)).toBe('87.88');
    // 87.88 ÷ 90 × 100 = 97.64 → 优 (on the raw 87.88 it would read 良)
    expect(fixed(a.scored.percent as never)).toBe('97.64');
    expect(a.scored.grade).toBe('优');
    const w = found(a, 'POINTS_TOTAL_NOT_100');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'error', sheet: '评分表', address: 'F23' });
    expect(w[0].message).toContain('评分表!A1:H23');
    expect(w[0].message).toContain('一级指标分值合计为 90.00 分');
    expect(w[0].message).toContain('97.64');
  });

  test('no level-1 points: the leaves are summed', () => {
    const a = analysed({ sheets: [sheet('S', [['一级指标', '三级指标', '分值', '得分'], ['甲', '预算编制合理性', 5, 5], ['甲', '项目监管', 2, 2]])] }, { framework: 'shenzhen-2024-department' });
    const w = found(a, 'POINTS_TOTAL_NOT_100');
    expect(w).toHaveLength(1);
    expect(w[0].message).toContain('各指标分值合计为 7.00 分');
    expect(a.scored.grade).toBe('优');
  });

  test('a table no framework knows is not held to 100', () => {
    const a = analysed({ sheets: [sheet('S', [['指标名称', '分值', '得分'], ['自定义甲', 6, 5], ['自定义乙', 4, 4]])] });
    expect(a.framework.id).toBe('table-only');
    expect(found(a, 'POINTS_TOTAL_NOT_100')).toEqual([]);
  });
});

describe('finding 3: seed 003 with 采购意向公开时限 printed in the 一级 column', () => {
  function glitched(): WorkbookSnapshot {
    const rows = guangzhouRows().map((r) => [...r]);
    const at = rows.findIndex((r) => r[2] === '采购意向公开时限');
    // as the PDF printed it: name in A, 分值 under 三级, 得分 under 分值, nothing under 得分
    rows[at] = ['采购意向公开时限', E, 1.5, 1.5, E];
    return { sheets: [sheet('表5', rows)] };
  }

  test('the row is repaired into 管理效率 / 采购管理 with its 1.5 points and score, and a warning names it', () => {
    const a = analysed(glitched());
    expect(a.scored.roots.map((r) => r.name)).toEqual(['履职效能', '管理效率']);
    expect(level1(a)).toEqual(['履职效能 48.82/50.00', '管理效率 47.00/50.00']);
    expect(fixed(a.scored.total)).toBe('95.82');
    const leaves = leavesOf(a.scored.roots);
    expect(leaves).toHaveLength(28);
    expect(leaves.map((l) => l.name)).not.toContain('1.5');
    expect(leaves.find((l) => l.name === '采购意向公开时限')?.path).toEqual(['管理效率', '采购管理', '采购意向公开时限']);
    const layout = a.layout.leaves.find((l) => l.path[2] === '采购意向公开时限');
    expect(layout).toMatchObject({ nameAddress: 'A17', pointsAddress: 'C17', scoreAddress: 'D17' });
    const w = found(a, 'ROW_SHIFTED');
    expect(w).toEqual([expect.objectContaining({ severity: 'warning', sheet: '表5', address: 'A17' })]);
    expect(w[0].message).toContain('采购意向公开时限');
    expect(w[0].message).toContain('第 17 行');
    // the 合计 100 is still wrong
    expect(found(a, 'SUM_MISMATCH')).toEqual([expect.objectContaining({ severity: 'error', address: 'E33' })]);
  });

  test('a purely numeric cell is never an indicator name', () => {
    const rows = guangzhouRows().map((r) => [...r]);
    const at = rows.findIndex((r) => r[2] === '采购意向公开时限');
    rows[at] = [E, E, 1.5, 1.5, 1.5];
    const a = analysed({ sheets: [sheet('表5', rows)] });
    expect(leavesOf(a.scored.roots).map((l) => l.name)).not.toContain('1.5');
    expect(a.table.rows.flatMap((r) => r.path)).not.toContain('1.5');
  });
});

describe('finding 4: two candidate tables', () => {
  function twoTables(): WorkbookSnapshot {
    const table = (edit?: (l: Leaf) => Leaf) => [
      ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '评分'],
      ...SZ.map(edit ?? ((l) => l)).map(([a, , b, , c, cp, s]) => [a, b, c, cp, '标准', s]),
      ['合计', E, E, 100, E, 96.88],
    ];
    return {
      sheets: [
        sheet('2023年评分表', table((l) => (l[4].startsWith('社会效益') ? [...l.slice(0, 6), 18] as Leaf : l))),
        sheet('2024年评分表', table()),
        sheet('基础数据', shenzhenDataRows()),
      ],
    };
  }

  test('the sheet named with the workbook’s 年度 (2024) is preferred; the other is named in the notes', () => {
    const a = analysed(twoTables());
    expect(a.year).toBe('2024');
    expect(a.table.sheet).toBe('2024年评分表');
    expect(fixed(a.scored.total)).toBe('96.88');
    const note = a.notes.find((n) => n.includes('另有候选指标表'));
    expect(note).toContain('“2023年评分表”');
    expect(note).toContain('2024');
  });

  test('without a known year the first equal candidate stays, and the other is still named', () => {
    const snap = twoTables();
    snap.sheets = snap.sheets.filter((s) => s.name !== '基础数据');
    const a = analysed(snap);
    expect(a.table.sheet).toBe('2023年评分表');
    expect(a.notes.join()).toContain('另有候选指标表：“2024年评分表”');
  });
});

describe('finding 5: scores the tool proves impossible', () => {
  test('composite: typed 1.89 against 10.83 ÷ 25 counts 0.4332 + 1 = 1.43; total 96.42', () => {
    const a = analysed(snapshot(oneRowHeader(), '评分表', { 政府采购计划金额: 25, 实际采购金额: 10.83, 政府采购执行率: '43.32%' }));
    expect(leafScore(a, '政府采购执行情况')).toBe('1.43');
    expect(fixed(a.scored.total)).toBe('96.42');
    const err = found(a, 'JUDGEMENT_PART_OUT_OF_RANGE');
    expect(err).toHaveLength(1);
    expect(err[0].message).toContain('1.89');
    expect(err[0].message).toContain('1.43');
    expect(found(a, 'UNVERIFIED_SCORE')[0].message).toContain('1.43');
  });

  test('a judgement above its 分值 counts capped (项目监管 2.5 of 2 → 2), the finding says so', () => {
    const a = analysed(snapshot(oneRowHeader('分值', (l) => (l[4] === '项目监管' ? [...l.slice(0, 6), 2.5] as Leaf : l))));
    const w = found(a, 'SCORE_OUT_OF_RANGE');
    expect(w).toHaveLength(1);
    expect(w[0].message).toContain('2.50');
    expect(w[0].message).toContain('已按 2.00 分计入合计');
    expect(leafScore(a, '项目监管')).toBe('2.00');
    expect(fixed(a.scored.total)).toBe('96.88');
    expect(found(a, 'UNVERIFIED_SCORE')).toEqual([]);
  });

  test('w02b: 项目监管 2.5 and a blank 资产管理安全性: 94.88, not 92.88', () => {
    const rows = [
      ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '评分'],
      ...SZ.map(([a, , b, , c, cp, s]) => [a, b, c, cp, '标准', c === '项目监管' ? 2.5 : c === '资产管理安全性' ? E : s]),
      ['合计', E, E, 100, E, 96.88],
    ];
    const a = analysed(snapshot(rows));
    expect(fixed(a.scored.total)).toBe('94.88');
    expect(leafScore(a, '项目监管')).toBe('2.00');
  });

  test('a negative judgement counts in no total, with the error on its cell', () => {
    const a = analysed(snapshot(oneRowHeader('分值', (l) => (l[4] === '项目监管' ? [...l.slice(0, 6), -1] as Leaf : l))));
    expect(leafScore(a, '项目监管')).toBeNull();
    expect(found(a, 'SCORE_OUT_OF_RANGE')[0].message).toContain('未计入合计');
    // 96.88 less 项目监管's 2: the −1 adds nothing, not even a 0 that would make the total look complete
    expect(fixed(a.scored.total)).toBe('94.88');
    expect(a.scored.complete).toBe(false);
  });
});
