import { planProblem, sheetNameProblem } from '../../src/workbook/plan';
import type { WritePlan } from '../../src/workbook/port';

const sheets = [{ name: '评分表', hidden: false }, { name: '_perfscore', hidden: true }];
const plan = (changes: WritePlan['changes']): WritePlan => ({ changes }) as WritePlan;
const cell = (sheet: string, address: string, value: number | string) => ({ kind: 'cell' as const, sheet, address, value, previous: { value: null, formula: null } });

describe('the plan rules every host applies', () => {
  it('accepts a plan whose sheets and cells are sound', () => {
    expect(planProblem(sheets, plan([cell('评分表', 'F5', 5.99)]))).toBeNull();
  });

  it('refuses the reserved sheet name History in any case, as Excel does', () => {
    expect(sheetNameProblem('History')).toBe('工作表名称「History」为 Excel 保留名称');
    expect(planProblem(sheets, plan([{ kind: 'add-sheet', sheet: 'history' }]))).toEqual({ index: 0, message: '写入计划第 1 项无法执行：工作表名称「history」为 Excel 保留名称' });
  });

  it('names the change that fails, counting from one', () => {
    const p = plan([
      cell('评分表', 'F5', 1),
      cell('评分表', 'F5:F6', 1),
    ]);
    expect(planProblem(sheets, p)).toEqual({ index: 1, message: '写入计划第 2 项无法执行：「评分表」的单元格地址「F5:F6」无效' });
  });

  it('sees sheets the plan adds or deletes before it', () => {
    expect(planProblem(sheets, plan([{ kind: 'add-sheet', sheet: '检查结果' }, cell('检查结果', 'A1', 'x')]))).toBeNull();
    expect(planProblem(sheets, plan([{ kind: 'delete-sheet', sheet: '评分表' }]))?.message).toBe('写入计划无法执行：执行后工作簿中将没有可见的工作表');
  });

  it('asks the host about existing cells only', () => {
    const asked: string[] = [];
    const merged = (sheet: string, address: string) => (asked.push(`${sheet}!${address}`), address === 'A6' ? '合并区域' : null);
    const p = plan([{ kind: 'add-sheet', sheet: '新表' }, cell('新表', 'A6', 1), cell('评分表', 'A6', 1)]);
    expect(planProblem(sheets, p, merged)).toEqual({ index: 2, message: '写入计划第 3 项无法执行：合并区域' });
    expect(asked).toEqual(['评分表!A6']);
  });

  it('refuses a drop-down list Excel cannot hold: no choices, an empty choice, a comma, over 255 characters', () => {
    const list = (options: unknown) => plan([{ kind: 'validation-list', sheet: '评分表', address: 'B5', options: options as string[], previous: null }]);
    const problem = (options: unknown) => planProblem(sheets, list(options))?.message;
    expect(problem(['是', '否'])).toBeUndefined();
    expect(problem(null)).toBeUndefined(); // removing a list
    expect(problem([])).toBe('写入计划第 1 项无法执行：下拉列表的选项不能为空');
    expect(problem(['是', ' '])).toBe('写入计划第 1 项无法执行：下拉列表的选项应为非空文字');
    expect(problem(['是', 1])).toBe('写入计划第 1 项无法执行：下拉列表的选项应为非空文字');
    expect(problem(['已公开,有瑕疵', '未公开'])).toBe('写入计划第 1 项无法执行：下拉列表的选项「已公开,有瑕疵」含有逗号');
    // 255 characters joined by commas is the limit: 85 choices of two characters make 254
    expect(problem(Array.from({ length: 85 }, (_, i) => String(i + 10)))).toBeUndefined();
    expect(problem(Array.from({ length: 86 }, (_, i) => String(i + 10)))).toBe('写入计划第 1 项无法执行：下拉列表的选项共 257 个字符，超过 Excel 的 255 个字符上限');
    expect(planProblem(sheets, plan([{ kind: 'validation-list', sheet: '评分表', address: 'B5:B6', options: ['是'], previous: null }]))?.message).toBe(
      '写入计划第 1 项无法执行：「评分表」的单元格地址「B5:B6」无效',
    );
    expect(planProblem(sheets, plan([{ kind: 'validation-list', sheet: '缺失', address: 'B5', options: ['是'], previous: null }]))?.message).toBe(
      '写入计划第 1 项无法执行：工作簿中没有名为「缺失」的工作表',
    );
  });
});
