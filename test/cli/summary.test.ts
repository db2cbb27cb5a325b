import { formatSummary } from '../../src/cli/commands/score/summary';
import { sheet, shenzhenSnapshot } from '../workbook/fixtures';
import { analysed } from '../workbook/helpers';

describe('formatSummary', () => {
  test('prints the analysis notes, naming another candidate table', () => {
    const snap = shenzhenSnapshot();
    const table = snap.sheets.find((s) => s.name === '评分表')!;
    snap.sheets = [{ ...table, name: '2023年评分表' }, { ...table, name: '2024年评分表' }, ...snap.sheets.filter((s) => s !== table)];
    const lines = formatSummary('a.xlsx', analysed(snap)).split('\n');
    expect(lines).toContain('指标表：2024年评分表!A3:I66');
    const note = lines.find((l) => l.includes('另有候选指标表'));
    expect(note).toMatch(/^说明：/);
    expect(note).toContain('“2023年评分表”（A3:I66）');
    expect(note).toContain('--sheet');
  });

  test('a table whose points are not 100 says its grade is on the 100-point scale', () => {
    const a = analysed(
      { sheets: [sheet('S', [['一级指标', '三级指标', '分值', '得分'], ['甲', '预算编制合理性', 5, 5], ['甲', '项目监管', 2, 1]])] },
      { framework: 'shenzhen-2024-department' },
    );
    const out = formatSummary('a.xlsx', a);
    // 6 of 7 = 85.71 → 良 (graded on 6 it would be 差)
    expect(out).toContain('总分：6.00 / 7.00，等级：良（满分不是 100，等级按百分制折算 85.71 分评定）');
    expect(out).toContain('各指标分值合计为 7.00 分');
  });

  test('blank scores: the total is 不完整 with no grade, and the unit’s claimed total is said to be incomplete too', () => {
    // 预算编制合理性 (5) and 重点工作完成情况 (8) are judged by eye: blank, they have no score; 96.88 − 5 − 8 = 83.88
    const out = formatSummary('a.xlsx', analysed(shenzhenSnapshot({ 预算编制合理性: null, 重点工作完成情况: null, 总分: null })));
    expect(out).toContain('总分：不完整（2 项指标没有得分；已有得分的指标合计 83.88 / 100.00），不评等级\n');
    expect(out).toContain('单位自评总分：未填齐（2 项自评分空白）');
    expect(out).not.toMatch(/等级：[优良中差]/);
  });
});
