import { analysed, found } from '../workbook/helpers';
import type { CellValue } from '../../src/workbook/port';

const E = null;

describe('a form published before it was scored (Qingshen 2023)', () => {
  const rows: CellValue[][] = [
    ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
    [E, '产出指标', '数量指标', '发放(缴纳)覆盖率', '=', 100, '%', E, 60, E, E],
    [E, '效益指标', '社会效益指标', '足额保障率(参保率)', '=', 100, '%', 98, 30, E, E],
    ['合计', E, E, E, E, E, E, E, 90, E, E],
  ];
  const a = analysed({ sheets: [{ name: '自评表', values: rows }] });

  test('a blank 完成值 is named on its own cell, where it is to be filled', () => {
    expect(found(a, 'MISSING_INPUT').map((w) => w.address)).toEqual(['H2']);
  });

  test('each blank score and the blank 合计 score are reported', () => {
    expect(found(a, 'SCORE_BLANK').map((w) => w.address).sort()).toEqual(['J2', 'J3', 'J4']);
    expect(found(a, 'SCORE_BLANK').find((w) => w.address === 'J4')?.message).toContain('合计行得分未填');
  });

  test('a scored 合计 row is not reported blank', () => {
    const scored = rows.map((r, i) => (i === 3 ? ['合计', E, E, E, E, E, E, E, 90, 30, E] : r));
    expect(found(analysed({ sheets: [{ name: '自评表', values: scored }] }), 'SCORE_BLANK').map((w) => w.address)).not.toContain('J4');
  });
});

describe('what a form holds that cannot be read is said, with where', () => {
  test('a row with points and a score but no name is named in the notes and scores nothing', () => {
    const a = analysed({
      sheets: [
        {
          name: '评分表',
          values: [
            ['一级指标', '二级指标', '三级指标', '分值', '得分'],
            ['决策', '目标', '相关性', 5, 5],
            [E, E, '指标1：', 5, 3],
            [E, E, '明确性', 5, 4],
          ],
        },
      ],
    });
    expect(a.layout.leaves.map((l) => l.path[2])).toEqual(['相关性', '明确性']);
    expect(a.scored.total.toString()).toBe('9');
    expect(a.notes.join('')).toContain('第 3 行有分值、得分或指标值却没有指标名称，未读取，也未计分；请在工作表“评分表”中补上名称。');
  });
});
