import { SHENZHEN_2024_STANDARDS } from '../../src/frameworks/shenzhen-2024-standards';
import { toJsonReport } from '../../src/workbook/analyse/jsonReport';
import { guangzhouSnapshot, shenzhenSnapshot } from './fixtures';
import { analysed } from './helpers';

describe('toJsonReport', () => {
  test('the contract of issue 3, decimals as 2-place strings', () => {
    const report = toJsonReport(analysed(shenzhenSnapshot()));
    expect(Object.keys(report)).toEqual(['framework', 'sheet', 'range', 'total', 'level1', 'indicators', 'warnings', 'narrative', 'checkNotes', 'notes']);
    expect(report).toMatchObject({
      framework: 'shenzhen-2024-department',
      sheet: '评分表',
      range: 'A3:I66',
      total: { score: '96.88', max: '100.00', grade: '优', complete: true, claimed: { stated: '96.88', sumOfLeaves: '96.88', blankLeaves: 0 } },
      narrative: [],
      checkNotes: [],
    });
    expect(report.level1).toEqual([
      { name: '部门决策', score: '20.00', max: '20.00' },
      { name: '部门管理', score: '18.89', max: '20.00' },
      { name: '部门绩效', score: '57.99', max: '60.00' },
    ]);
    expect(report.indicators.find((i) => i.rule === 'procurement-execution')).toEqual({
      path: ['部门管理', '资金管理', '政府采购执行情况'],
      cell: '评分表!I18',
      max: '2.00',
      score: '1.89',
      selfScore: '1.89',
      rule: 'procurement-execution',
      status: 'scored',
      missing: [],
      ruleSource: 'table-text',
      standard: SHENZHEN_2024_STANDARDS['政府采购执行情况'],
      ruleText: null,
      ruleNote: '评分标准与“深圳市部门整体支出绩效评价指标体系”所载文字相同，按其规则评分',
      // 4.73 ÷ 5.34 = 88.58% → 0.8858, and the policy point 1 worked out from the typed 1.89
      obtained: '自评核验',
      computedScore: '1.89',
      explanation: '政府采购执行率 = 4.73 ÷ 5.34 = 88.58%；88.58%（不超过 100.00%） × 1 = 0.8858；政府采购政策功能落实为判断评分，由自评分扣除计算部分得 1 分（满分 1）；合计得 1.89 分（满分 2.00 分）',
      findings: [],
    });
    expect(report.warnings[0]).toEqual({ code: 'PARTS_SUM_MISMATCH', severity: 'info', cell: '基础数据!B5', message: expect.stringContaining('1,401.66万元') });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  test('narrative is passed through; a missing score is null', () => {
    const report = toJsonReport(analysed(shenzhenSnapshot({ 政府采购执行情况: null }, { 政府采购计划金额: undefined })), [{ section: '自评结论', text: '……' }]);
    expect(report.narrative).toEqual([{ section: '自评结论', text: '……' }]);
    const leaf = report.indicators.find((i) => i.rule === 'procurement-execution');
    expect(leaf).toMatchObject({ score: null, selfScore: null, status: 'missing-input', obtained: '缺数据', computedScore: null });
    // a table with a blank score has no grade
    expect(report.total).toMatchObject({ grade: '不完整', complete: false });
    expect(leaf?.missing).toContain('procurement.plan');
  });

  test('notes: how the table was chosen, naming any other candidate table', () => {
    const snap = shenzhenSnapshot();
    const table = snap.sheets.find((s) => s.name === '评分表')!;
    snap.sheets = [{ ...table, name: '2023年评分表' }, { ...table, name: '2024年评分表' }, ...snap.sheets.filter((s) => s !== table)];
    const report = toJsonReport(analysed(snap));
    expect(report.sheet).toBe('2024年评分表');
    expect(report.notes[0]).toContain('另有候选指标表：“2023年评分表”');
    expect(report.notes.every((n) => typeof n === 'string')).toBe(true);
    expect(toJsonReport(analysed(shenzhenSnapshot())).notes[0]).toContain('在工作表“评分表”中找到指标表');
  });

  test('seed 003: the 合计 error appears with its cell', () => {
    const report = toJsonReport(analysed(guangzhouSnapshot()));
    expect(report.warnings.find((w) => w.code === 'SUM_MISMATCH')).toMatchObject({ severity: 'error', cell: '表5!E33' });
    expect(report.total.score).toBe('95.82');
  });
});
