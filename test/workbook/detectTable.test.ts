import type { CellValue } from '../../src/workbook/port';
import { detectTable } from '../../src/workbook/read/detectTable';
import { guangzhouSnapshot, nationalSnapshot, sheet, shenzhenSnapshot } from './fixtures';

function only(rows: CellValue[][], name = 'Sheet1') {
  return { sheets: [sheet(name, rows)] };
}

describe('detectTable', () => {
  test('seed 002: three header rows, repeated headers, carried and joined names, 总分 row', () => {
    const r = detectTable(shenzhenSnapshot());
    if (!r.ok) throw new Error(r.message);
    const t = r.table;
    expect(t.sheet).toBe('评分表');
    expect(t.columns).toMatchObject({ level1: 0, level1Points: 1, level2: 2, level2Points: 3, level3: 4, points: 5, description: 6, standard: 7, score: 8 });
    const leaves = t.rows.filter((x) => x.kind === 'leaf');
    expect(leaves).toHaveLength(21);
    expect(leaves.map((l) => l.path[2])).toContain('项目监管');
    expect(leaves.map((l) => l.path[2])).toContain('资产管理安全性');
    expect(leaves.find((l) => l.path[2] === '公用经费控制率')?.path).toEqual(['部门绩效', '经济性', '公用经费控制率']);
    expect(leaves.find((l) => l.path[2] === '预算执行率')?.path).toEqual(['部门绩效', '效率性', '预算执行率']);
    expect(leaves.map((l) => l.path[2])).toContain('社会效益、经济效益、生态效益及持续影响等');
    expect(leaves.find((l) => l.path[2] === '预算编制规范性')?.path).toEqual(['部门决策', '预算编制', '预算编制规范性']);
    expect(t.rows.filter((x) => x.kind === 'total')).toHaveLength(1);
    expect(t.headerRows.length).toBeGreaterThan(3 * 10);
    expect(t.groups.find((g) => g.path.join('/') === '部门决策')?.pointsCell).toEqual({ row: 5, col: 1 });
    expect(r.note).toContain('评分表');
  });

  test('columns in any order, single header row, flat name column', () => {
    const r = detectTable(
      only([
        ['得分', '评分标准', '分值', '指标名称'],
        [4, '…', 5, '预算编制合理性'],
        [2, '…', 2, '项目监管'],
      ]),
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.table.columns).toEqual({ score: 0, standard: 1, points: 2, level3: 3 });
    expect(r.table.rows.map((x) => x.path)).toEqual([['预算编制合理性'], ['项目监管']]);
    expect(r.table.range).toBe('A1:D3');
  });

  test('one header row repeating 分值 / 参考分值: each belongs to the name column on its left', () => {
    for (const word of ['分值', '参考分值']) {
      const r = detectTable(
        only([
          ['一级指标', word, '二级指标', word, '三级指标', word, '评分标准', '评分'],
          ['决策', 20, '编制', 10, 'a指标', 5, '…', 5],
        ]),
      );
      if (!r.ok) throw new Error(r.message);
      expect(r.table.columns).toEqual({ level1: 0, level1Points: 1, level2: 2, level2Points: 3, level3: 4, points: 5, standard: 6, score: 7 });
    }
  });

  test('a leaf printed in the 一级 column with a number under 三级 is repaired, never named by the number', () => {
    const r = detectTable(
      only([
        ['一级指标', '二级指标', '三级指标', '分值', '得分'],
        ['管理效率', '采购管理', '采购意向公开合规性', 0.5, 0.5],
        ['采购意向公开时限', null, 1.5, 1.5, null],
        [null, null, '采购内控制度建设', 1, 1],
      ]),
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.table.rows.map((x) => x.path.join('/'))).toEqual(['管理效率/采购管理/采购意向公开合规性', '管理效率/采购管理/采购意向公开时限', '管理效率/采购管理/采购内控制度建设']);
    expect(r.table.rows[1]).toMatchObject({ kind: 'leaf', shifted: { columns: { level3: 0, points: 2, score: 3 }, fromLevel: 1 } });
    expect(r.table.groups.map((g) => g.path.join('/'))).not.toContain('采购意向公开时限');
  });

  test('blank rows inside the table are skipped and merged cells filled by the host are accepted', () => {
    const r = detectTable(
      only([
        ['一级指标', '二级指标', '三级指标', '权重', '自评得分'],
        ['决策', '编制', 'a指标', 5, 5],
        [null, null, null, null, null],
        ['决策', '编制', 'b指标', 5, 4],
        ['决策', '目标', 'c指标', 10, 9],
      ]),
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.table.rows.map((x) => x.path.join('/'))).toEqual(['决策/编制/a指标', '决策/编制/b指标', '决策/目标/c指标']);
  });

  test('seed 003: 合计 in the 二级 column is a total, not a leaf', () => {
    const r = detectTable(guangzhouSnapshot());
    if (!r.ok) throw new Error(r.message);
    expect(r.table.rows.filter((x) => x.kind === 'leaf')).toHaveLength(28);
    expect(r.table.rows[r.table.rows.length - 1]).toMatchObject({ kind: 'total', row: 32 });
    expect(r.table.columns.score).toBe(4);
  });

  test('national form: the funds block header is not the indicator table', () => {
    const r = detectTable(nationalSnapshot());
    if (!r.ok) throw new Error(r.message);
    expect(r.table.range).toBe('A8:H14');
    expect(r.table.columns).toMatchObject({ target: 3, actual: 4, points: 5, score: 6, reason: 7 });
  });

  test('several sheets: the best one is taken and the choice reported; a named sheet is honoured', () => {
    const snap = {
      sheets: [
        sheet('说明', [['本表说明'], ['名称', '分值'], ['x', 1]]),
        ...shenzhenSnapshot().sheets,
      ],
    };
    const r = detectTable(snap);
    if (!r.ok) throw new Error(r.message);
    expect(r.table.sheet).toBe('评分表');
    expect(r.note).toContain('另有候选');
    const named = detectTable(snap, '说明');
    expect(named.ok && named.table.sheet).toBe('说明');
    const missing = detectTable(snap, '不存在');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.message).toContain('找不到工作表“不存在”');
  });

  test('no table: a clear Chinese message naming what was looked for', () => {
    const r = detectTable(only([['2024年工作总结'], ['我单位认真贯彻……']], '总结'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('未找到指标评分表');
      expect(r.message).toContain('一级指标');
      expect(r.message).toContain('分值');
      expect(r.message).toContain('“总结”');
    }
  });

  test('our own 系统评分 column is recognised as ours, not as the score', () => {
    const r = detectTable(only([['指标名称', '分值', '得分', '系统评分', '检查提示'], ['a', 5, 4, 4.5, '…']]));
    if (!r.ok) throw new Error(r.message);
    expect(r.table.columns).toMatchObject({ score: 2, ownScore: 3, ownNotes: 4 });
    expect(r.table.lastColumn).toBe(2);
  });
});
