import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import { scoreCorpusForm } from './corpus';

/**
 * What the national form's written fields say, checked where it can be: a whole and its 其中 parts in the
 * prose of 预期目标 / 实际完成情况 (池州), and a field still holding the template's own instruction (青神).
 * Worked by hand: 池州 村级 B12 2026400元 against 400000 + 252000 + 28000 + 960000 + 100000 = 1740000元;
 * 池州 委托 F12 89.97万元 against 30 + 30 + 29.99 = 89.99万元; 村级 F12 1329120.67元 against
 * 439120.67 + 152000 + 28000 + 660000 + 50000 = 1329120.67元, which holds.
 */

const read = scoreCorpusForm;
const found = (a: Analysis, code: string) => a.warnings.filter((w) => w.code === code);

describe('amounts in the written goal and result', () => {
  test('池州 村级: the goal\'s whole against its parts is flagged on B12; the result, which holds, is not', async () => {
    const a = await read('project-anhui-chizhou-cunji.json');
    const prose = found(a, 'PARTS_SUM_MISMATCH').filter((w) => ['B12', 'F12'].includes(w.address ?? ''));
    expect(prose.map((w) => [w.address, w.severity])).toEqual([['B12', 'warning']]);
    expect(prose[0].message).toContain('共 2026400元，其中所列各项 400000元 + 252000元 + 28000元 + 960000元 + 100000元 = 1740000元，相差 286400元');
  });

  test('池州 委托: 89.97万元 against parts of 89.99万元 is flagged on F12', async () => {
    const a = await read('project-anhui-chizhou-weituo.json');
    expect(found(a, 'PARTS_SUM_MISMATCH').find((w) => w.address === 'F12')?.message).toContain('相差 0.02万元');
  });

  test('an altered copy whose last part is 29.97万元 holds, and nothing is said of it', async () => {
    const a = await read('project-anhui-chizhou-weituo.json', (f) => {
      f.sheet.rows[11][5] = String(f.sheet.rows[11][5]).replace('29.99万元', '29.97万元');
    });
    expect(found(a, 'PARTS_SUM_MISMATCH').filter((w) => w.address === 'F12')).toEqual([]);
  });
});

describe('a written field still holding the template\'s instruction', () => {
  const QINGSHEN = 'project-sichuan-qingshen-gongzi.json';
  test('青神: 年度目标完成情况, 评价结论, 存在问题 and 改进措施 are each named on their cell', async () => {
    const a = await read(QINGSHEN);
    expect(found(a, 'TEMPLATE_TEXT').map((w) => w.address)).toEqual(['G6', 'B18', 'B19', 'B20']);
  });

  test('an altered copy with its own text in 年度目标完成情况 raises nothing there', async () => {
    const a = await read(QINGSHEN, (f) => (f.sheet.rows[5][6] = '工资及社保均已按时足额发放、缴纳。'));
    expect(found(a, 'TEMPLATE_TEXT').map((w) => w.address)).toEqual(['B18', 'B19', 'B20']);
  });
});

describe('a printed 注 setting the level-1 points', () => {
  const ZHONGJIANG = 'project-sichuan-zhongjiang-xianjie.json';
  test('中江: 产出指标(70分) and 效益指标(20分) against the note\'s 50 and 30 are flagged on their names', async () => {
    const a = await read(ZHONGJIANG);
    const noted = found(a, 'POINTS_DIFFER').filter((w) => w.message.includes('表下注明'));
    expect(noted.map((w) => [w.address, w.severity])).toEqual([['B11', 'warning'], ['B17', 'warning']]);
    expect(noted[0].message).toBe('“产出指标”分值 70.00 与表下注明的一级指标分值 50.00 分（自评表!A23）不同，请核对');
  });

  test('an altered copy whose note sets 70 and 20 raises nothing of it', async () => {
    const a = await read(ZHONGJIANG, (f) => {
      f.sheet.rows[22][0] = String(f.sheet.rows[22][0]).replace('产出指标50分、效益指标30分', '产出指标70分、效益指标20分');
    });
    expect(found(a, 'POINTS_DIFFER').filter((w) => w.message.includes('表下注明'))).toEqual([]);
  });
});

describe('a budget adjusted during the year, in a block whose printed rule asks for the reason', () => {
  const ANKE = 'project-sichuan-daying-anke.json';
  test('大英: 年初 0.00 → 调整后 3.36 with only the printed instructions in 原因 is flagged on I8', async () => {
    const a = await read(ANKE);
    const w = found(a, 'BUDGET_ADJUSTED_UNEXPLAINED');
    expect(w.map((x) => [x.address, x.severity])).toEqual([['I8', 'warning']]);
    expect(w[0].message).toBe('工作表“自评表”：预算由年初 0.00万元（C8）调整为 3.36万元（D8），原因栏 I8 只有表样的填写说明，未单独说明调整理由');
  });

  test('an altered copy with a reason written in I8 raises nothing', async () => {
    const a = await read(ANKE, (f) => (f.sheet.rows[7][8] = '年中追加安可替代补助资金3.36万元。'));
    expect(found(a, 'BUDGET_ADJUSTED_UNEXPLAINED')).toEqual([]);
  });

  test('an altered copy whose budget was not adjusted raises nothing', async () => {
    const a = await read(ANKE, (f) => (f.sheet.rows[7][2] = 3.36));
    expect(found(a, 'BUDGET_ADJUSTED_UNEXPLAINED')).toEqual([]);
  });
});
