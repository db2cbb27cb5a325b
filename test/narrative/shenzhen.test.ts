import { buildCheckNotes, buildNarrative, type Paragraph } from '../../src/engine/narrative';
import { narrativeInputFromAnalysis } from '../../src/workbook/analyse/narrativeInput';
import { parseA1 } from '../../src/workbook/read/address';
import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import { exampleAnalysis } from './fixtures';
import { allowedNumbers, unexplainedNumbers } from './numbers';

const FILES = ['shenzhen-2024.xlsx', 'national-project.xlsx', 'guangzhou-2023.xlsx'];

describe('narrative of examples/shenzhen-2024.xlsx (seed 002)', () => {
  let analysis: Analysis;
  let paragraphs: Paragraph[];
  beforeAll(async () => {
    analysis = await exampleAnalysis('shenzhen-2024.xlsx');
    paragraphs = buildNarrative(narrativeInputFromAnalysis(analysis));
  });

  test('预算执行情况 states the budget, its split, the spending, the rate and the quarterly progress', () => {
    const budget = paragraphs.filter((p) => p.section === '预算执行情况');
    const spending = budget.find((p) => p.heading === '资金支出情况')!;
    for (const figure of ['1,936.12万元', '1,401.66万元', '534.46万元', '1,912.37万元', '1,887.42万元', '98.70%']) {
      expect(spending.text).toContain(figure);
    }
    expect(spending.text).toContain('一至四季度支出进度分别为26.24%、51.31%、76.51%、98.70%');
    expect(spending.text.startsWith('2024年度，我中心年初预算1,936.12万元，其中基本支出1,401.66万元')).toBe(true);
    expect(spending.cells).toEqual(expect.arrayContaining(['基础数据!B4', '基础数据!B15']));
    expect(budget.find((p) => p.heading === '政府采购执行情况')!.text).toBe(
      '政府采购方面，2024年度我中心政府采购计划金额为5.34万元，实际采购金额为4.73万元，政府采购执行率为88.71%。',
    );
    expect(budget.find((p) => p.heading === '公用经费控制情况')!.text).toContain('“三公”经费全年预算数为5.31万元，实际支出3.10万元，“三公”经费控制率为58.38%');
  });

  test('自评结论 states the total, the grade and each level-1 score with its share, as seed 003 does', () => {
    const [conclusion] = paragraphs.filter((p) => p.section === '自评结论');
    expect(conclusion.text).toBe(
      '我中心2024年度部门整体支出绩效自评得分为96.88分，评价等级为“优”。其中，部门决策得分20.00分，得分百分比为100.00%；部门管理得分18.89分，得分百分比为94.45%；部门绩效得分57.99分，得分百分比为96.65%。',
    );
  });

  test('扣分情况 covers exactly the leaves below full marks, and no other', () => {
    const headings = paragraphs.filter((p) => p.section === '扣分情况').map((p) => p.heading);
    expect(headings).toEqual(['政府采购执行情况', '编外人员控制率', '公用经费控制率', '预算执行率', '社会效益、经济效益、生态效益及持续影响等']);
  });

  test('each 扣分 paragraph states the points lost and the figures as the unit states them, with no formula', () => {
    const byHeading = new Map(paragraphs.filter((p) => p.section === '扣分情况').map((p) => [p.heading, p]));
    // 88.71% is the unit's own rate: 4.73 ÷ 5.34 = 88.58%, but figures rounded to 2 decimals allow 88.40–88.75%, so it stands as stated (domain.md §6)
    expect(byHeading.get('政府采购执行情况')!.text).toBe('政府采购执行情况分值2.00分，得分1.89分，扣0.11分。政府采购计划金额为5.34万元，实际采购金额为4.73万元，政府采购执行率为88.71%。');
    expect(byHeading.get('政府采购执行情况')!.cells).toEqual(expect.arrayContaining(['评分表!I9', '基础数据!B20', '基础数据!B21']));
    expect(byHeading.get('编外人员控制率')!.text).toBe('编外人员控制率分值1.00分，得分0.00分，扣1.00分。核定编制数为25人，在编人数为23人，编外人数为4人。');
    expect(byHeading.get('预算执行率')!.text).toBe('预算执行率分值6.00分，得分5.99分，扣0.01分。预算执行率为98.70%，一至四季度支出进度分别为26.24%、51.31%、76.51%、98.70%。');
    // A judgement leaf with no reason written: the report says what was lost; the missing reason is a 检查说明
    const effects = byHeading.get('社会效益、经济效益、生态效益及持续影响等')!;
    expect(effects.text).toBe('社会效益、经济效益、生态效益及持续影响等分值25.00分，得分24.00分，扣1.00分。');
    expect(effects.cells).toEqual(['评分表!I26']);
    const notes = buildCheckNotes(narrativeInputFromAnalysis(analysis)).map((n) => n.text);
    expect(notes).toContain('社会效益、经济效益、生态效益及持续影响等扣1.00分，评分表中未写扣分理由，请补充后重新生成报告。');
  });

  test('存在问题 numbers one problem per loss (一是…五是) and 改进措施 answers each', () => {
    const problems = paragraphs.filter((p) => p.section === '存在问题').slice(1);
    expect(problems.map((p) => p.text.slice(0, 2))).toEqual(['一是', '二是', '三是', '四是', '五是']);
    expect(problems[0].text).toBe('一是政府采购执行情况有待进一步提高。政府采购计划金额为5.34万元，实际采购金额为4.73万元，政府采购执行率为88.71%，该指标得分1.89分，扣0.11分。');
    const measures = paragraphs.filter((p) => p.section === '改进措施').slice(1);
    expect(measures).toHaveLength(5);
    expect(measures[0].text).toContain('政府采购计划管理');
    expect(measures[1].text).toContain('编外人员');
  });

  test('the same workbook gives the same text, read twice', async () => {
    const again = buildNarrative(narrativeInputFromAnalysis(await exampleAnalysis('shenzhen-2024.xlsx')));
    expect(again).toEqual(paragraphs);
  });
});

describe.each(FILES)('every number in the report of %s is in the workbook or the scoring result', (file) => {
  test('no number is invented, and every cell cited exists', async () => {
    const analysis = await exampleAnalysis(file);
    const paragraphs = buildNarrative(narrativeInputFromAnalysis(analysis));
    expect(paragraphs.length).toBeGreaterThan(0);
    const allowed = allowedNumbers(analysis);
    const stray = paragraphs.flatMap((p) => unexplainedNumbers(p.text, analysis, allowed).map((n) => `${n} in “${p.text}”`));
    expect(stray).toEqual([]);
    for (const p of paragraphs) {
      for (const ref of p.cells) {
        const [sheet, address] = ref.split('!');
        expect(analysis.snapshot.sheets.some((s) => s.name === sheet)).toBe(true);
        expect(parseA1(address)).not.toBeNull();
      }
    }
  });
});

test('the number check itself catches a figure the workbook does not hold', async () => {
  const analysis = await exampleAnalysis('shenzhen-2024.xlsx');
  const allowed = allowedNumbers(analysis);
  expect(unexplainedNumbers('年初预算1,936.12万元，执行率98.70%。', analysis, allowed)).toEqual([]);
  expect(unexplainedNumbers('年初预算1,936.13万元，执行率98.71%，扣3.33分。', analysis, allowed)).toEqual(['1,936.13', '98.71%', '3.33']);
});
