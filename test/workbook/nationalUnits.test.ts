import { leavesOf } from '../../src/engine/treeWalk';
import type { CellValue } from '../../src/workbook/port';
import { sheet } from './fixtures';
import { analysed, found } from './helpers';

/**
 * The national form's 年度指标值 / 实际完成值 in different units (QA w20): 万-prefixed counts, 元 against
 * 万元, a fraction against a percentage, and a row whose two units cannot be compared.
 */
const E = null;
function rows(extra: CellValue[][] = []): CellValue[][] {
  return [
    ['项目支出绩效自评表', E, E, E, E, E, E, E],
    ['（2024年度）', E, E, E, E, E, E, E],
    ['项目名称', '科技馆运行', E, E, E, E, E, E],
    ['项目资金（万元）', E, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', E, 300, 300, 294, 10, '98.00%', 9.8],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '接待观众人次', '≥1万人次', '9,800人次', 20, 19.6, '闭馆维修两周'],
    [E, '成本指标', '运行成本', '≤50万元', '480,000元', 15, 15, E],
    [E, '质量指标', '展品完好率', '≥95%', '0.98', 15, 15, E],
    ...extra,
    ['满意度指标', '服务对象满意度指标', '观众满意度', '≥90%', '88%', 10, 9.78, '交通不便'],
  ];
}
const snap = (extra: CellValue[][] = []) => ({ sheets: [sheet('项目自评表', rows(extra))] });
const leaf = (a: ReturnType<typeof analysed>, name: string) => leavesOf(a.scored.roots).find((l) => l.name === name);

describe('national form units', () => {
  test('≥1万人次 against 9,800人次 is 9800 ÷ 10000 × 20 = 19.60, not full marks', () => {
    const a = analysed(snap());
    const people = leaf(a, '接待观众人次');
    expect(people?.score?.toFixed(2)).toBe('19.60');
    expect(found(a, 'SELF_SCORE_DIFFERS')).toEqual([]);
    expect(people?.steps.map((s) => s.text).join()).toContain('9800人次 ÷ 10000人次 × 20 = 19.6');
  });

  test('480,000元 against ≤50万元 is 48万元: full marks; 0.98 against ≥95% is 98%', () => {
    const a = analysed(snap());
    expect(leaf(a, '运行成本')?.score?.toFixed(2)).toBe('15.00');
    expect(leaf(a, '展品完好率')?.score?.toFixed(2)).toBe('15.00');
    expect(found(a, 'UNIT_MISMATCH')).toEqual([]);
    expect(found(a, 'BAD_NUMBER')).toEqual([]);
  });

  test('percent rows are shown as percentages in the steps, the score exact', () => {
    const a = analysed(snap());
    const sat = leaf(a, '观众满意度');
    const text = sat?.steps.map((s) => s.text).join('；') ?? '';
    expect(text).toContain('年度指标值 ≥90%，实际完成值 88%');
    expect(text).toContain('得分 = 88% ÷ 90% × 10 = 9.7778');
    expect(sat?.score?.toFixed(2)).toBe('9.78');
  });

  test('a bare target beside a unit actual takes the actual\'s unit (≥20 against 18场)', () => {
    const a = analysed(snap([[E, E, '举办场次', '≥20', '18场', 10, 9, '场地调整']]));
    expect(leaf(a, '举办场次')?.score?.toFixed(2)).toBe('9.00');
  });

  test('人次 against 天 is UNIT_MISMATCH naming the cell, never scored, and not also MISSING_INPUT', () => {
    const a = analysed(snap([[E, '时效指标', '培训人次', '≥500人次', '28天', 10, 10, E]]));
    const [w] = found(a, 'UNIT_MISMATCH');
    expect(w).toMatchObject({ severity: 'error', sheet: '项目自评表', address: 'E10' });
    expect(w.message).toContain('人次');
    expect(w.message).toContain('天');
    expect(w.message).toContain('培训人次');
    expect(leaf(a, '培训人次')?.status).toBe('missing-input');
    expect(found(a, 'MISSING_INPUT')).toEqual([]);
    expect(found(a, 'BAD_NUMBER')).toEqual([]);
  });

  test('万元 against 人 is a mismatch too; the same units after scaling are not', () => {
    const a = analysed(snap([[E, E, '培训经费', '≤5万元', '3人', 10, 10, E], [E, E, '覆盖人口', '≥0.5万人', '6,000人', 10, 10, E]]));
    expect(found(a, 'UNIT_MISMATCH').map((w) => w.address)).toEqual(['E10']);
    expect(leaf(a, '覆盖人口')?.score?.toFixed(2)).toBe('10.00');
  });
});

describe('qualitative rows use the engine\'s grade vocabulary', () => {
  test.each([
    ['未实现', 5, '未达成'],
    ['没有完成', 5, '未达成'],
    ['部分实现', 7, '部分达成'],
    ['基本实现', 7, '部分达成'],
    ['部分改善', 7, '部分达成'],
    ['有效提升', 9, '达成'],
  ])('“%s” with a typed %d of 10 is %s and in its band', (actual, typed, grade) => {
    const a = analysed(snap([[E, '效益指标', '群众获得感', '有效提升', actual, 10, typed, '说明']]));
    const l = leaf(a, '群众获得感');
    expect(l?.status).toBe('judgement');
    expect(l?.score?.toFixed(2)).toBe(`${typed}.00`);
    expect(l?.steps.map((s) => s.text).join()).toContain(grade);
    const layout = a.layout.leaves.find((x) => x.path[x.path.length - 1] === '群众获得感');
    expect(layout?.indicator?.actual).toBe(grade);
  });

  test('“未实现” typed at 9 of 10 is out of the 未达成 band', () => {
    const a = analysed(snap([[E, '效益指标', '群众获得感', '有效提升', '未实现', 10, 9, '说明']]));
    expect(leaf(a, '群众获得感')?.status).toBe('error');
  });
});
