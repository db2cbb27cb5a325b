/**
 * Each leaf's account (points, the unit's score, ours, how it was obtained, one line, findings) and the
 * claimed total beside ours. Truth worked by hand from the forms' figures (domain.md §3, §4).
 */
import { claimedTotal, claimedTotalText, computedTotalText, scoreAccounts } from '../../src/workbook/analyse/scoreAccounts';
import { guangzhouSnapshot, nationalSnapshot, shenzhenSnapshot } from './fixtures';
import { analysed } from './helpers';

const byName = (accounts: ReturnType<typeof scoreAccounts>) => new Map(accounts.map((a) => [a.name, a]));

describe('scoreAccounts', () => {
  test('national form: computed rows are 计算 (never 判断), a qualitative row is 自评核验', () => {
    const a = byName(scoreAccounts(analysed(nationalSnapshot())));
    // 培训人次: 480 ÷ 500 × 15 = 14.40 (the form says 14.4)
    expect(a.get('培训人次')).toEqual({
      ref: expect.any(String),
      path: ['产出指标', '数量指标', '培训人次'],
      name: '培训人次',
      points: '15.00',
      selfScore: '14.40',
      computedScore: '14.40',
      obtained: '计算',
      line: '年度指标值 ≥500人次，实际完成值 480人次；480人次 ÷ 500人次 × 15 = 14.4，得 14.40 分（满分 15.00 分）',
      findings: [],
      warnings: [],
    });
    // 预算执行率: min(171 ÷ 180, 1) × 10 = 9.50
    expect(a.get('预算执行率')).toMatchObject({ obtained: '计算', computedScore: '9.50' });
    // 公众科学素质: 基本达成 is 部分达成, 60–<80% of 30 = [18, 24); the typed 21 lies inside and stands, checked
    expect(a.get('公众科学素质')).toMatchObject({ obtained: '自评核验', selfScore: '21.00', computedScore: '21.00' });
    for (const account of a.values()) expect(account.obtained).not.toBe('判断');
  });

  test('Shenzhen: a judgement is the unit’s, so ours is null (未核验); a composite with a judged part is 自评核验', () => {
    const a = byName(scoreAccounts(analysed(shenzhenSnapshot())));
    expect(a.get('预算编制合理性')).toMatchObject({ obtained: '判断', selfScore: '5.00', computedScore: null, line: '评分标准需人工判断：自评 5.00 分，在 0 至 5.00 分之内，未经核验' });
    // 0.8858 from 4.73 ÷ 5.34, plus the policy point 1 worked out from the typed 1.89 → 1.89
    expect(a.get('政府采购执行情况')).toMatchObject({ obtained: '自评核验', computedScore: '1.89' });
    // 编外人员控制率 4 ÷ 27 = 14.81% > 10% → 0
    expect(a.get('编外人员控制率')).toMatchObject({
      obtained: '计算',
      computedScore: '0.00',
      line: '编外人员控制率 = 4 ÷ (23 + 4) = 14.81%；适用档次“>10.00%”，得 0.00 分（满分 1.00 分）',
    });
  });

  test('a leaf lacking its figures is 缺数据, says which, and its typed score is not ours', () => {
    const a = byName(scoreAccounts(analysed(guangzhouSnapshot())));
    const spending = a.get('部门预算资金支出率')!;
    expect(spending).toMatchObject({ obtained: '缺数据', selfScore: '4.38', computedScore: null, line: '缺少“年度平均执行率”，无法按评分标准计算；自评 4.38 分未核验' });
    expect(spending.findings.some((f) => f.includes('年度平均执行率'))).toBe(true);
    // the same findings as the checks gave them, each pointing at a cell of the leaf's own row (the pane selects it)
    expect(spending.warnings.map((w) => w.message)).toEqual(spending.findings);
    const [sheet, cell] = spending.ref.split('!');
    for (const w of spending.warnings) {
      expect(w.sheet).toBe(sheet);
      expect(/\d+$/.exec(w.address ?? '')?.[0]).toBe(/\d+$/.exec(cell)?.[0]);
    }
  });
});

describe('the claimed total beside ours', () => {
  test('Guangzhou: the 合计 row says 100, its leaves sum to 95.82', () => {
    const analysis = analysed(guangzhouSnapshot());
    expect(claimedTotal(analysis)).toEqual({ stated: '100.00', sumOfLeaves: '95.82', blankLeaves: 0 });
    expect(claimedTotalText(analysis)).toBe('100.00（合计行；各项自评分之和 95.82）');
    expect(computedTotalText(analysis)).toBe('95.82 / 100.00，等级：优');
  });

  test('blank scores: the total is 不完整 and no grade is given', () => {
    // 预算编制合理性 (5) and 重点工作完成情况 (8) are judged by eye: blank, they cannot be scored
    const analysis = analysed(shenzhenSnapshot({ 预算编制合理性: null, 重点工作完成情况: null, 总分: null }));
    expect(computedTotalText(analysis)).toBe('不完整（2 项指标没有得分；已有得分的指标合计 83.88 / 100.00），不评等级');
    expect(computedTotalText(analysis)).not.toMatch(/等级：/);
    expect(claimedTotalText(analysis)).toBe('未填齐（2 项自评分空白）');
  });
});
